import { TollgateError } from '../../core/errors.js';
import type { Component, OsvRecord, VulnSource } from '../types.js';
import { isOsvRecord } from './record.js';

/**
 * The OSV API (https://google.github.io/osv.dev/api/): `POST /v1/querybatch` answers only ids
 * per query (paged with next_page_token, at most 1000 queries per call), so every id is then
 * fetched with `GET /v1/vulns/{id}`. 5xx, 429 and network errors are retried with exponential
 * backoff; anything else, or retries used up, is an error naming the URL.
 */
export interface OsvApiOptions {
  fetch?: typeof fetch;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (default 500). */
  backoffMs?: number;
  /** Parallel `GET /v1/vulns/{id}` requests (default 8). */
  concurrency?: number;
}

export const OSV_API = 'https://api.osv.dev';
const BATCH = 1000;

interface BatchAnswer {
  results?: { vulns?: { id?: unknown }[]; next_page_token?: unknown }[];
}

export class OsvApiSource implements VulnSource {
  readonly describe: string;
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly records = new Map<string, Promise<OsvRecord>>();

  private readonly opts: OsvApiOptions;

  constructor(base: string, opts: OsvApiOptions = {}) {
    this.opts = opts;
    this.base = base.replace(/\/+$/, '');
    this.describe = `OSV API ${this.base}`;
    this.fetch = opts.fetch ?? globalThis.fetch;
  }

  async query(components: Component[], signal?: AbortSignal): Promise<Map<string, OsvRecord[]>> {
    const queryable = components.filter((c) => c.name && c.version && c.ecosystem);
    const ids = new Map<string, Set<string>>(queryable.map((c) => [c.purl, new Set()]));
    let pending: { c: Component; token?: string }[] = queryable.map((c) => ({ c }));
    while (pending.length) {
      const next: typeof pending = [];
      for (let i = 0; i < pending.length; i += BATCH) {
        const chunk = pending.slice(i, i + BATCH);
        const answer = (await this.request('POST', '/v1/querybatch', signal, {
          queries: chunk.map(({ c, token }) => ({
            package: { name: c.name, ecosystem: c.ecosystem },
            version: c.version,
            ...(token ? { page_token: token } : {}),
          })),
        })) as BatchAnswer;
        const results = answer?.results;
        if (!Array.isArray(results) || results.length !== chunk.length)
          throw this.error(
            '/v1/querybatch',
            `answered ${Array.isArray(results) ? results.length : 'no'} results for ${chunk.length} queries`,
          );
        results.forEach((r, j) => {
          const { c } = chunk[j]!;
          for (const v of r?.vulns ?? []) if (typeof v.id === 'string') ids.get(c.purl)!.add(v.id);
          if (typeof r?.next_page_token === 'string' && r.next_page_token)
            next.push({ c, token: r.next_page_token });
        });
      }
      pending = next;
    }
    const unique = [...new Set([...ids.values()].flatMap((s) => [...s]))];
    await this.fetchAll(unique, signal);
    const out = new Map<string, OsvRecord[]>();
    for (const [purl, set] of ids)
      out.set(purl, await Promise.all([...set].map((id) => this.records.get(id)!)));
    return out;
  }

  private async fetchAll(ids: string[], signal?: AbortSignal): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        if (!this.records.has(id)) {
          // A failed fetch is not cached: the next scan asks again.
          const pending = this.record(id, signal);
          pending.catch(() => this.records.delete(id));
          this.records.set(id, pending);
        }
        await this.records.get(id);
      }
    };
    await Promise.all(Array.from({ length: this.opts.concurrency ?? 8 }, worker));
  }

  private async record(id: string, signal?: AbortSignal): Promise<OsvRecord> {
    const path = `/v1/vulns/${encodeURIComponent(id)}`;
    const r = await this.request('GET', path, signal);
    if (!isOsvRecord(r)) throw this.error(path, 'answered something that is not an OSV record');
    return r;
  }

  private error(path: string, why: string, cause?: unknown): TollgateError {
    return new TollgateError('INPUT_UNREADABLE', `OSV API ${this.base}${path} ${why}`, {
      ...(cause ? { cause } : {}),
      hint: `check that ${this.base} is reachable from here, or point the vulnerability source at a folder of OSV records (an export of https://osv-vulnerabilities.storage.googleapis.com)`,
    });
  }

  private async request(
    method: string,
    path: string,
    signal?: AbortSignal,
    body?: unknown,
  ): Promise<unknown> {
    const retries = this.opts.retries ?? 3;
    const backoff = this.opts.backoffMs ?? 500;
    let last = '';
    for (let attempt = 0; ; attempt++) {
      let res: Response | undefined;
      try {
        res = await this.fetch(`${this.base}${path}`, {
          method,
          headers: {
            accept: 'application/json',
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
          ...(signal ? { signal } : {}),
        });
      } catch (e) {
        if (signal?.aborted) throw e;
        last = `could not be reached (${(e as Error).message})`;
      }
      if (res) {
        const text = await res.text();
        if (res.ok) {
          try {
            return JSON.parse(text) as unknown;
          } catch (e) {
            throw this.error(path, `answered ${res.status} with a body that is not JSON`, e);
          }
        }
        const message = messageOf(text);
        last = `answered ${res.status}${message ? `: ${message}` : ''}`;
        if (res.status < 500 && res.status !== 429) throw this.error(path, last);
      }
      if (attempt >= retries)
        throw this.error(path, `${last} (gave up after ${attempt + 1} attempts)`);
      await sleep(backoff * 2 ** attempt, signal);
    }
  }
}

/** OSV errors are `{code, message}` (gRPC gateway); other bodies are cut short. */
function messageOf(text: string): string {
  try {
    const m = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof m === 'string') return m;
  } catch {
    // not JSON: fall through
  }
  return text.trim().slice(0, 200);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
