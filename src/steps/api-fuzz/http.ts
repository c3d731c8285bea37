import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { HttpRequest } from './request.js';

/**
 * Sends one request on its own connection and reads the answer. node:http rather than fetch:
 * fetch normalises the URL (dot segments, encodings) and keeps connections alive, so a
 * reused socket that the server closed would look like a service that dropped a request.
 */
export type HttpOutcome =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'error'; code: string; message: string; ms: number };

/** Enough of a body to validate; a response larger than this is cut off (and reported so). */
const MAX_BODY = 1024 * 1024;

export function send(
  req: HttpRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<HttpOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let done = false;
    const finish = (o: HttpOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(o);
    };
    const url = new URL(req.url);
    const make = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string | number> = { ...req.headers, Connection: 'close' };
    if (req.body !== undefined) headers['Content-Length'] = Buffer.byteLength(req.body);
    const r = make(
      {
        method: req.method,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        // The raw path as built: no URL object re-encodes or folds it on the way.
        path: req.url.slice(req.url.indexOf('/', url.protocol.length + 2)) || '/',
        headers,
        agent: false,
        ...(signal ? { signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= MAX_BODY) chunks.push(c);
        });
        res.on('end', () =>
          finish({
            kind: 'response',
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [
                k,
                Array.isArray(v) ? v.join(', ') : String(v),
              ]),
            ),
            body: Buffer.concat(chunks).toString('utf8'),
            ms: ms(),
          }),
        );
        res.on('error', (e: NodeJS.ErrnoException) =>
          finish({ kind: 'error', code: e.code ?? 'ERROR', message: e.message, ms: ms() }),
        );
      },
    );
    const timer = setTimeout(() => {
      finish({ kind: 'timeout', ms: ms() });
      r.destroy();
    }, timeoutMs);
    r.on('error', (e: NodeJS.ErrnoException) =>
      finish({ kind: 'error', code: e.code ?? 'ERROR', message: e.message, ms: ms() }),
    );
    r.end(req.body);
  });
}
