import { isScalar, visit, YAMLParseError, type Document } from 'yaml';

/**
 * The parse errors of `doc`, parsed with `uniqueKeys: false`, with the duplicate-key errors
 * that `uniqueKeys: true` would have given, in the same places. The yaml package finds
 * duplicates by comparing each key with every earlier key of its map, which is quadratic: a
 * policy of 1,000 steps spent a third of its parse there. Here each map's keys go through a
 * set once. What counts as a duplicate is the package's own rule: two scalar keys whose
 * values are `===` (so `1` and `"1"` differ, and `.nan` never repeats); other keys never.
 * Each error is at the key's first character and keeps its place among the other errors.
 */
export function errorsWithDuplicateKeys(doc: Document): YAMLParseError[] {
  const errors = [...doc.errors];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const value = key.value;
        if (value !== value) continue; // NaN equals nothing, itself included
        if (!seen.has(value)) {
          seen.add(value);
          continue;
        }
        const at = key.range![0]; // composed from text: every node has its range
        const e = new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
        const i = errors.findIndex((x) => x.pos[0] > at);
        errors.splice(i < 0 ? errors.length : i, 0, e);
      }
    },
  });
  return errors;
}
