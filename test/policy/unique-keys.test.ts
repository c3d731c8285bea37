import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { errorsWithDuplicateKeys } from '../../src/policy/unique-keys.js';

// The policy loader finds duplicate keys itself, in linear time, instead of with the yaml
// package's quadratic `uniqueKeys: true`. It must find exactly the same ones, in the same
// places and order among the other errors.
const CASES = [
  'a: 1\na: 2\n',
  'a: 1\nb:\n  c: 1\n  c: 2\n',
  '{a: 1, a: 2}\n',
  '"a": 1\na: 2\n',
  '&x a: 1\na: 2\n',
  'a: 1\n&y a: 2\n',
  '!!str a: 1\n!!str a: 2\n',
  '? a\n: 1\n? a\n: 2\n',
  ': 1\n: 2\n',
  '1: a\n"1": b\n',
  '1: a\n1: b\n',
  '.nan: 1\n.nan: 2\n',
  'null: 1\n~: 2\n',
  'true: 1\nTrue: 2\n',
  '0x10: a\n16: b\n',
  '[a: 1, a: 2]\n',
  '? [a]\n: 1\n? [a]\n: 2\n',
  'x:\n  - {k: 1, k: 2}\n  - k: 1\n    k: 2\n',
  'a: 1\na: 2\na: 3\n',
  'a: [1\nb: 2\nb: 3\n',
  'b: 1\nb: 2\nc: [1\n',
  'a:   1\n  a: 2\n',
  'version: 1\nsigners:\n  ci: { key: a.pub }\n  ci: { key: b.pub }\nstages: {}\n',
  '',
  'just a scalar\n',
];

const summary = (errors: { code: string; pos: [number, number]; message: string }[]) =>
  errors.map((e) => `${e.code}@${e.pos[0]}-${e.pos[1]}: ${e.message}`);

describe('duplicate keys found in linear time', () => {
  it.each(CASES)('gives the errors of uniqueKeys: true for %j', (text) => {
    const reference = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const fast = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    expect(summary(errorsWithDuplicateKeys(fast))).toEqual(summary(reference.errors));
  });

  it('on a map of thousands of keys, with repeats far apart', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `k${i % 2500}: ${i}`);
    const text = `steps:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
    const reference = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const fast = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    const errors = errorsWithDuplicateKeys(fast);
    expect(errors).toHaveLength(500);
    expect(summary(errors)).toEqual(summary(reference.errors));
  });
});
