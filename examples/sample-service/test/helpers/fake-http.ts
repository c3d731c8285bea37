// Just enough of IncomingMessage and ServerResponse to drive App.handle without sockets.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Exchange } from './openapi.ts';

export interface FakeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Buffer[];
  remoteAddress?: string;
}

export function fakeRequest(r: FakeRequest): IncomingMessage {
  const chunks = r.body === undefined ? [] : Array.isArray(r.body) ? r.body : [Buffer.from(r.body)];
  const req = Readable.from(chunks, { objectMode: false }) as unknown as IncomingMessage;
  const headers = Object.fromEntries(
    Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
  Object.assign(req, {
    method: r.method,
    url: r.url,
    headers,
    socket: { remoteAddress: r.remoteAddress ?? '127.0.0.1' },
  });
  return req;
}

export class FakeResponse extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  destroyed = false;
  body = '';
  readonly #headers = new Map<string, string>();

  setHeader(name: string, value: string | number): this {
    this.#headers.set(name.toLowerCase(), String(value));
    return this;
  }
  getHeader(name: string): string | undefined {
    return this.#headers.get(name.toLowerCase());
  }
  get headers(): Record<string, string> {
    return Object.fromEntries(this.#headers);
  }
  end(chunk?: string): this {
    this.headersSent = true;
    if (chunk !== undefined) this.body += chunk;
    this.emit('finish');
    return this;
  }
  destroy(): this {
    this.destroyed = true;
    return this;
  }
  get json(): unknown {
    return JSON.parse(this.body);
  }
}

export interface Handles {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** Runs one request through `app` and records it for the spec check. */
export async function call(
  app: Handles,
  r: FakeRequest,
  record?: Exchange[],
): Promise<FakeResponse> {
  const res = new FakeResponse();
  await app.handle(fakeRequest(r), res as unknown as ServerResponse);
  record?.push({
    method: r.method,
    target: r.url,
    status: res.statusCode,
    headers: res.headers,
    body: res.body,
  });
  return res;
}
