// A fetch wrapper for the integration and system tests that records every exchange, so each
// suite can end by checking all responses against openapi.json.
import type { Exchange } from './openapi.ts';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class Client {
  readonly exchanges: Exchange[] = [];
  readonly #base: string;
  readonly #apiKey: string | undefined;

  constructor(base: string, apiKey?: string) {
    this.#base = base.replace(/\/$/, '');
    this.#apiKey = apiKey;
  }

  async request(
    method: string,
    target: string,
    options: { body?: string | object; headers?: Record<string, string>; auth?: boolean } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    if (options.auth && this.#apiKey) headers['x-api-key'] = this.#apiKey;
    const res = await fetch(this.#base + target, { method, headers, body, redirect: 'manual' });
    const text = await res.text();
    const replyHeaders = Object.fromEntries(res.headers);
    this.exchanges.push({ method, target, status: res.status, headers: replyHeaders, body: text });
    return { status: res.status, headers: replyHeaders, text, json: () => JSON.parse(text) };
  }
}
