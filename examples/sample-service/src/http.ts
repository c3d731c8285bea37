// Response helpers shared by every route: security headers, JSON and problem+json bodies,
// and a bounded JSON body reader.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FieldError } from './validation.ts';

/** Headers sent on every response, errors included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.end();
}

export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

// Field names may come from the request (unknown keys): keep them short and printable.
const clean = (text: string, max: number): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  text.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, max);

/** An RFC 9457 problem document. `code` names the problem type. */
export function sendProblem(
  res: ServerResponse,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): void {
  const body: Record<string, unknown> = {
    type: `urn:sample-service:problem:${code}`,
    title: PROBLEM_TITLES[status] ?? 'Error',
    status,
    detail: clean(detail, 500),
  };
  if (errors) {
    body.errors = errors.slice(0, 20).map((e) => ({
      field: clean(e.field, 60),
      message: clean(e.message, 200),
    }));
  }
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; code: string; detail: string };

/** True when the Content-Type is JSON in UTF-8 (the only charset JSON allows). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/**
 * Reads and parses a JSON body of at most `limit` bytes. A declared length over the limit is
 * refused before anything is read; a chunked body is cut off as soon as it passes the limit.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return {
      ok: false,
      status: 415,
      code: 'unsupported-media-type',
      detail: 'send application/json',
    };
  }
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'body-too-large',
    detail: `the body must not exceed ${limit} bytes`,
  } as const;
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) return tooLarge;

  // Events rather than `for await`: leaving an async iterator early destroys the socket, and
  // the client would never see the 413.
  const body = await new Promise<Buffer | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume(); // discard the rest; the response closes the connection
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    // 'close' also follows a normal 'end'; by then the promise is settled and this is a no-op.
    req.once('close', () => reject(new Error('request aborted')));
  });
  if (body === undefined) return tooLarge;
  if (body.length === 0)
    return { ok: false, status: 400, code: 'invalid-json', detail: 'the body is empty' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, status: 400, code: 'invalid-json', detail: 'the body is not valid UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, code: 'invalid-json', detail: 'the body is not valid JSON' };
  }
}
