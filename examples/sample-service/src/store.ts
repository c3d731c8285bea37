// In-memory inventory. Good enough for a sample: the pipeline deploys one replica and throws it
// away after the tests. A capacity bound keeps fuzzing from exhausting memory.
import { randomUUID } from 'node:crypto';
import type { NewItem } from './validation.ts';

export interface Item extends NewItem {
  id: string;
  createdAt: string;
}

export type AddResult =
  { ok: true; item: Item } | { ok: false; reason: 'duplicate-sku' | 'store-full' };

export class ItemStore {
  readonly #items = new Map<string, Item>();
  readonly #skus = new Set<string>();
  readonly #capacity: number;
  readonly #now: () => Date;

  constructor(capacity: number, now: () => Date = () => new Date()) {
    this.#capacity = capacity;
    this.#now = now;
  }

  get size(): number {
    return this.#items.size;
  }

  add(input: NewItem): AddResult {
    if (this.#skus.has(input.sku)) return { ok: false, reason: 'duplicate-sku' };
    if (this.#items.size >= this.#capacity) return { ok: false, reason: 'store-full' };
    const item: Item = { id: randomUUID(), ...input, createdAt: this.#now().toISOString() };
    this.#items.set(item.id, item);
    this.#skus.add(item.sku);
    return { ok: true, item };
  }

  get(id: string): Item | undefined {
    return this.#items.get(id);
  }

  remove(id: string): boolean {
    const item = this.#items.get(id);
    if (!item) return false;
    this.#items.delete(id);
    this.#skus.delete(item.sku);
    return true;
  }

  /** Items in insertion order, optionally only those carrying `tag`. */
  list(offset: number, limit: number, tag?: string): { items: Item[]; total: number } {
    const all = [...this.#items.values()].filter((i) => tag === undefined || i.tags.includes(tag));
    return { items: all.slice(offset, offset + limit), total: all.length };
  }
}
