import fc from 'fast-check';
import { sample } from 'openapi-sampler';
import { boundaryValues, invalidValues } from './schema-edges.js';
import { bounds, deref, flatten, isObj, typesOf, type SchemaContext } from './schema-util.js';
import type { Json } from './spec.js';

export type { SchemaContext } from './schema-util.js';

/**
 * JSON Schema → fast-check arbitraries, in three families mixed at every leaf:
 * - valid values (types, enum/const, bounds, lengths, patterns, formats uuid, date-time,
 *   date, email, uri), with openapi-sampler's example as the simplest one;
 * - boundary values that are still valid (minimum, maximum, shortest and longest strings);
 * - invalid values (wrong type, out of range, too long, not in the enum, missing required).
 * `fc.oneof` shrinks towards its first member, so a failing request shrinks towards valid
 * values everywhere except where the failure needs something else: the minimal request.
 */
const MAX_DEPTH = 5;
/** Lets a failing value shrink into an earlier member of a oneof (invalid → valid, present → absent). */
export const CROSS = { withCrossShrink: true } as const;

/** A string arbitrary that meets pattern and lengths; undefined when none could be found. */
function stringArb(s: Json): fc.Arbitrary<string> | undefined {
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : Math.max(minLength, 64);
  const fits = (v: string) => v.length >= minLength && v.length <= maxLength;
  let pattern: RegExp | undefined;
  try {
    pattern = typeof s.pattern === 'string' ? new RegExp(s.pattern, 'u') : undefined;
  } catch {
    pattern = undefined; // not an ECMAScript regex: generate by lengths only
  }
  const matches = (v: string) => fits(v) && (!pattern || pattern.test(v));
  const byFormat: Record<string, fc.Arbitrary<string>> = {
    uuid: fc.uuid({ version: [4] }),
    'date-time': fc
      .date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })
      .map((d) => d.toISOString()),
    date: fc
      .date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    email: fc.emailAddress(),
    uri: fc.webUrl(),
    ipv4: fc.ipV4(),
  };
  let base = typeof s.format === 'string' ? byFormat[s.format] : undefined;
  if (!base && pattern) {
    try {
      base = fc.stringMatching(pattern, { size: 'small' });
    } catch {
      base = undefined;
    }
  }
  base ??= fc.string({ minLength, maxLength, unit: 'grapheme-ascii' });
  // Probe first: a filter that never passes would loop forever inside fast-check.
  const probe = fc.sample(base, { numRuns: 30, seed: 1 });
  return probe.some(matches) ? base.filter(matches) : undefined;
}

function scalarValid(ctx: SchemaContext, s: Json, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'integer': {
      const { min, max } = bounds(s, true);
      const lo = Math.ceil(min ?? -(2 ** 31));
      const hi = Math.floor(max ?? 2 ** 31 - 1);
      const m = typeof s.multipleOf === 'number' && s.multipleOf > 0 ? s.multipleOf : 1;
      return fc.integer({ min: Math.ceil(lo / m), max: Math.floor(hi / m) }).map((k) => k * m);
    }
    case 'number': {
      const { min, max } = bounds(s, false);
      return fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringArb(s) ?? fc.constant(exampleOf(ctx, s) ?? '');
    default:
      return fc.oneof(fc.string(), fc.integer(), fc.boolean());
  }
}

/** openapi-sampler's example for the schema (its own defaults, examples and formats). */
export function exampleOf(ctx: SchemaContext, s: Json): unknown {
  try {
    return sample(s as never, { skipReadOnly: true, quiet: true, enablePatterns: true }, ctx.doc);
  } catch {
    return undefined;
  }
}

export function validArb(ctx: SchemaContext, raw: unknown, depth = 0): fc.Arbitrary<unknown> {
  const s = flatten(ctx, raw);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...s.enum);
  const branches = (
    Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []
  ) as unknown[];
  if (branches.length) return fc.oneof(...branches.map((b) => validArb(ctx, b, depth + 1)));
  const types = typesOf(s);
  if (!types.length) return scalarValid(ctx, s, '');
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      if (type === 'array') {
        if (depth > MAX_DEPTH) return fc.constant([]);
        const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
        const maxLength = Math.min(typeof s.maxItems === 'number' ? s.maxItems : 4, minLength + 4);
        const item = validArb(ctx, s.items, depth + 1);
        return s.uniqueItems === true
          ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
          : fc.array(item, { minLength, maxLength });
      }
      if (type === 'object') return objectArb(ctx, s, depth, (p) => validArb(ctx, p, depth + 1));
      return scalarValid(ctx, s, type);
    }),
  );
}

function objectArb(
  ctx: SchemaContext,
  s: Json,
  depth: number,
  member: (schema: unknown) => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const required = Array.isArray(s.required) ? s.required.map(String) : [];
  if (depth > MAX_DEPTH) return fc.constant({});
  const props = Object.entries(isObj(s.properties) ? s.properties : {}).filter(
    ([, p]) => deref(ctx, p).readOnly !== true, // the server sets these; a client sends none
  );
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, p] of props) record[k] = member(p);
  return fc.record(record, {
    requiredKeys: props.map(([k]) => k).filter((k) => required.includes(k)),
  });
}

/** valid (most often), boundary or invalid, at every level of the value. */
export function fuzzArb(ctx: SchemaContext, raw: unknown, depth = 0): fc.Arbitrary<unknown> {
  const s = flatten(ctx, raw);
  const example = exampleOf(ctx, s);
  const required = Array.isArray(s.required) ? s.required.map(String) : [];
  const valid =
    typesOf(s).includes('object') && !s.oneOf && !s.anyOf && depth <= MAX_DEPTH
      ? fc
          .tuple(
            objectArb(ctx, s, depth, (p) => fuzzArb(ctx, p, depth + 1)),
            // Now and then one required member is left out (shrinks to "none left out").
            required.length
              ? fc.oneof(
                  CROSS,
                  { arbitrary: fc.constant(undefined), weight: 8 },
                  { arbitrary: fc.constantFrom(...required), weight: 1 },
                )
              : fc.constant(undefined),
          )
          .map(([o, drop]) => {
            if (drop === undefined || !isObj(o)) return o;
            const rest = { ...o };
            delete rest[drop];
            return rest;
          })
      : validArb(ctx, s, depth);
  const edge = boundaryValues(ctx, s);
  const bad = invalidValues(ctx, s);
  return fc.oneof(
    CROSS,
    ...(example !== undefined ? [{ arbitrary: fc.constant(example), weight: 1 }] : []),
    { arbitrary: valid, weight: 6 },
    ...(edge.length ? [{ arbitrary: fc.constantFrom(...edge), weight: 1 }] : []),
    { arbitrary: fc.constantFrom(...bad), weight: 2 },
  );
}
