import { bounds, flatten, isObj, typesOf, type SchemaContext } from './schema-util.js';

/** Bodies of a few KB: long enough to hit limits, short enough to keep runs fast. */
const LONG = 'A'.repeat(4096);

/** Valid values at the edges of what the schema allows. */
export function boundaryValues(ctx: SchemaContext, raw: unknown): unknown[] {
  const s = flatten(ctx, raw);
  if (Array.isArray(s.enum) && s.enum.length) return [s.enum[0], s.enum[s.enum.length - 1]];
  const out: unknown[] = [];
  for (const type of typesOf(s)) {
    if (type === 'integer' || type === 'number') {
      const { min, max } = bounds(s, type === 'integer');
      const big = s.format === 'int32' ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
      out.push(min ?? -big, max ?? big);
      if ((min ?? -1) <= 0 && (max ?? 1) >= 0) out.push(0);
    } else if (type === 'string' && s.pattern === undefined && s.format === undefined) {
      const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
      out.push('a'.repeat(minLength));
      if (typeof s.maxLength === 'number') out.push('a'.repeat(s.maxLength));
    } else if (type === 'array') {
      if (typeof s.minItems !== 'number' || s.minItems === 0) out.push([]);
    }
  }
  return out;
}

/** Values the schema forbids: the inputs a service must refuse with a 4xx, not crash on. */
export function invalidValues(ctx: SchemaContext, raw: unknown): unknown[] {
  const s = flatten(ctx, raw);
  const types = typesOf(s);
  const out: unknown[] = [];
  if (!types.includes('null')) out.push(null);
  if (!types.includes('string')) out.push('not-a-number');
  if (!types.includes('integer') && !types.includes('number')) out.push(12345);
  if (!types.includes('object')) out.push({ unexpected: true });
  if (Array.isArray(s.enum)) out.push('__not_in_enum__');
  for (const type of types) {
    if (type === 'integer' || type === 'number') {
      const { min, max } = bounds(s, true);
      if (min !== undefined) out.push(min - 1);
      if (max !== undefined) out.push(max + 1);
      out.push(-1, 2 ** 53, 1e308);
      if (type === 'integer') out.push(1.5);
    } else if (type === 'string') {
      if (typeof s.maxLength === 'number') out.push('a'.repeat(s.maxLength + 1));
      if (typeof s.minLength === 'number' && s.minLength > 0) out.push('a'.repeat(s.minLength - 1));
      if (s.pattern !== undefined || s.format !== undefined) out.push('!not valid!');
      out.push(LONG, "' OR '1'='1", '<script>alert(1)</script>', '%00');
    } else if (type === 'object' && isObj(s.properties)) {
      out.push({});
      if (s.additionalProperties === false) out.push({ __unexpected__: 1 });
    }
  }
  return out;
}
