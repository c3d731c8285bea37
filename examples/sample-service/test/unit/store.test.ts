import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ItemStore } from '../../src/store.ts';

const item = (sku: string, tags: string[] = []) => ({
  sku,
  name: sku,
  quantity: 1,
  priceCents: 1,
  tags,
});

describe('ItemStore', () => {
  test('adds items with a fresh UUID and creation time', () => {
    const store = new ItemStore(10, () => new Date('2026-01-01T00:00:00Z'));
    const added = store.add(item('AAA'));
    assert.ok(added.ok);
    assert.match(added.item.id, /^[0-9a-f-]{36}$/);
    assert.equal(added.item.createdAt, '2026-01-01T00:00:00.000Z');
    assert.deepEqual(store.get(added.item.id), added.item);
    assert.equal(store.size, 1);
  });

  test('refuses a duplicate sku, and accepts it again after the first is removed', () => {
    const store = new ItemStore(10);
    const first = store.add(item('AAA'));
    assert.deepEqual(store.add(item('AAA')), { ok: false, reason: 'duplicate-sku' });
    assert.ok(first.ok && store.remove(first.item.id));
    assert.equal(store.remove(first.ok ? first.item.id : ''), false, 'second removal');
    assert.equal(store.add(item('AAA')).ok, true);
  });

  test('refuses items beyond capacity', () => {
    const store = new ItemStore(1);
    store.add(item('AAA'));
    assert.deepEqual(store.add(item('BBB')), { ok: false, reason: 'store-full' });
  });

  test('lists in insertion order with paging and tag filter', () => {
    const store = new ItemStore(10);
    for (const [sku, tags] of [
      ['AAA', ['x']],
      ['BBB', []],
      ['CCC', ['x', 'y']],
    ] as const) {
      store.add(item(sku, [...tags]));
    }
    assert.deepEqual(
      store.list(0, 10).items.map((i) => i.sku),
      ['AAA', 'BBB', 'CCC'],
    );
    assert.deepEqual(store.list(1, 1), { items: [store.list(0, 10).items[1]!], total: 3 });
    const tagged = store.list(0, 10, 'x');
    assert.deepEqual(
      tagged.items.map((i) => i.sku),
      ['AAA', 'CCC'],
    );
    assert.equal(tagged.total, 2);
    assert.equal(store.get('missing'), undefined);
  });
});
