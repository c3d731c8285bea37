import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isUuid, parseListQuery, validateNewItem } from '../../src/validation.ts';

const valid = { sku: 'MUG-0001', name: 'Enamel mug', quantity: 12, priceCents: 950 };

const fields = (body: unknown): string[] => {
  const r = validateNewItem(body);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe('validateNewItem', () => {
  test('accepts a valid item and defaults tags to []', () => {
    assert.deepEqual(validateNewItem(valid), { ok: true, value: { ...valid, tags: [] } });
    const tagged = validateNewItem({ ...valid, tags: ['kitchen', 'blue-2'] });
    assert.ok(tagged.ok && tagged.value.tags.length === 2);
  });

  test('accepts the edges of every range', () => {
    for (const edge of [
      { quantity: 0 },
      { quantity: 1_000_000 },
      { priceCents: 0 },
      { priceCents: 100_000_000 },
      { sku: 'ABC' },
      { sku: 'A'.repeat(32) },
      { name: 'x' },
      { name: '☕'.repeat(100) },
      { tags: Array.from({ length: 10 }, (_, i) => `t${i}`) },
      { name: ' padded ' },
    ]) {
      assert.equal(validateNewItem({ ...valid, ...edge }).ok, true, JSON.stringify(edge));
    }
  });

  const cases: Array<[string, unknown, string[]]> = [
    ['not an object', [valid], ['']],
    ['null', null, ['']],
    ['missing everything', {}, ['sku', 'name', 'quantity', 'priceCents']],
    ['unknown field', { ...valid, id: 'x' }, ['id']],
    ['lower-case sku', { ...valid, sku: 'mug-1' }, ['sku']],
    ['short sku', { ...valid, sku: 'AB' }, ['sku']],
    ['long sku', { ...valid, sku: 'A'.repeat(33) }, ['sku']],
    ['numeric sku', { ...valid, sku: 123 }, ['sku']],
    ['blank name', { ...valid, name: '   ' }, ['name']],
    ['empty name', { ...valid, name: '' }, ['name']],
    ['long name', { ...valid, name: 'x'.repeat(101) }, ['name']],
    ['name with control character', { ...valid, name: 'a\u0007b' }, ['name']],
    ['name with newline', { ...valid, name: 'a\nb' }, ['name']],
    ['negative quantity', { ...valid, quantity: -1 }, ['quantity']],
    ['fractional quantity', { ...valid, quantity: 1.5 }, ['quantity']],
    ['string quantity', { ...valid, quantity: '3' }, ['quantity']],
    ['too large price', { ...valid, priceCents: 100_000_001 }, ['priceCents']],
    ['tags not array', { ...valid, tags: 'kitchen' }, ['tags']],
    ['too many tags', { ...valid, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, ['tags']],
    ['bad tag', { ...valid, tags: ['ok', 'Not OK'] }, ['tags[1]']],
    ['repeated tag', { ...valid, tags: ['a', 'a'] }, ['tags']],
  ];
  for (const [name, body, expected] of cases) {
    test(`rejects ${name}`, () => assert.deepEqual(fields(body), expected));
  }

  test('reports at most 20 errors', () => {
    const body = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, i]));
    const r = validateNewItem(body);
    assert.ok(!r.ok);
    assert.equal(r.errors.length, 20);
  });
});

describe('parseListQuery', () => {
  const parse = (q: string) => parseListQuery(new URLSearchParams(q));

  test('defaults and explicit values', () => {
    assert.deepEqual(parse(''), { ok: true, value: { limit: 20, offset: 0, tag: undefined } });
    assert.deepEqual(parse('limit=100&offset=5&tag=kitchen'), {
      ok: true,
      value: { limit: 100, offset: 5, tag: 'kitchen' },
    });
  });

  for (const [q, field] of [
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=1e2', 'limit'],
    ['offset=100001', 'offset'],
    ['offset=99999999', 'offset'],
    ['tag=Kitchen', 'tag'],
    ['tag=', 'tag'],
    ['sort=name', 'sort'],
    ['limit=1&limit=2', 'limit'],
  ]) {
    test(`rejects ${q}`, () => {
      const r = parse(q!);
      assert.ok(!r.ok);
      assert.deepEqual(
        r.errors.map((e) => e.field),
        [field],
      );
    });
  }
});

test('isUuid accepts lower-case RFC 9562 UUIDs only', () => {
  assert.equal(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e'), true);
  assert.equal(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E'), false);
  assert.equal(isUuid('0f8fad5b-d9cb-469f-a165-70867728950'), false);
  assert.equal(isUuid('../etc/passwd'), false);
});
