import { resolve, type Json } from './spec.js';

/** What the schema arbitraries share: refs followed, allOf merged, types and numeric bounds. */
export const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

export interface SchemaContext {
  doc: Json;
  file: string;
}

export function deref(ctx: SchemaContext, s: unknown): Json {
  if (!isObj(s)) return {};
  if (typeof s.$ref !== 'string') return s;
  return resolve(ctx.doc, s, '(schema)', ctx.file)[0];
}

/** allOf merged into one schema: properties and required united, other keys last wins. */
export function flatten(ctx: SchemaContext, raw: unknown): Json {
  const s = deref(ctx, raw);
  if (!Array.isArray(s.allOf)) return s;
  const out: Json = { ...s };
  delete out.allOf;
  for (const part of s.allOf.map((p) => flatten(ctx, p))) {
    const props = { ...(out.properties as Json | undefined), ...(part.properties as Json) };
    const required = [
      ...((out.required as string[]) ?? []),
      ...((part.required as string[]) ?? []),
    ];
    Object.assign(out, part, { properties: props, required });
  }
  return out;
}

export function typesOf(s: Json): string[] {
  if (Array.isArray(s.type)) return s.type.map(String);
  if (typeof s.type === 'string') return [s.type];
  if (isObj(s.properties)) return ['object'];
  if (s.items !== undefined) return ['array'];
  return [];
}

export function bounds(s: Json, integer: boolean): { min?: number; max?: number } {
  const step = integer ? 1 : Number.EPSILON;
  const min =
    typeof s.exclusiveMinimum === 'number'
      ? s.exclusiveMinimum + step
      : typeof s.minimum === 'number'
        ? s.minimum
        : undefined;
  const max =
    typeof s.exclusiveMaximum === 'number'
      ? s.exclusiveMaximum - step
      : typeof s.maximum === 'number'
        ? s.maximum
        : undefined;
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}
