import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { TollgateError } from '../../core/errors.js';

/** One response as the passive checks see it: status, every header value, the body's start. */
export interface Page {
  url: string;
  status: number;
  /** Lower-case header name → every value (Set-Cookie comes as several). */
  headers: Record<string, string[]>;
  body: string;
}

/** Bodies are only searched for leaks and stack traces; the first 256 KiB are enough. */
const MAX_BODY = 256 * 1024;

function normalise(raw: IncomingHttpHeaders): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v : [v];
  }
  return out;
}

/**
 * A GET without following redirects (a redirect is itself a response whose headers count).
 * Certificates are not verified: a test environment commonly uses a self-signed one, and its
 * TLS quality is judged by sslscan, not by whether this request succeeds.
 */
export function getPage(
  url: string,
  options: { headers?: Record<string, string>; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Page> {
  const u = new URL(url);
  const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      u,
      {
        method: 'GET',
        headers: { 'user-agent': 'tollgate-dast', ...options.headers },
        rejectUnauthorized: false,
        timeout: options.timeoutMs ?? 10_000,
        ...(options.signal ? { signal: options.signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < MAX_BODY) chunks.push(c);
          size += c.length;
        });
        res.on('end', () =>
          resolve({
            url,
            status: res.statusCode ?? 0,
            headers: normalise(res.headers),
            body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no response within the timeout')));
    req.on('error', (e) =>
      reject(
        new TollgateError('INPUT_UNREADABLE', `dast could not GET ${url}: ${e.message}`, {
          cause: e,
          hint: 'check that the deployment runs and that base-url points at it',
        }),
      ),
    );
    req.end();
  });
}

export const header = (page: Page, name: string): string | undefined =>
  page.headers[name.toLowerCase()]?.join(', ');
