import fc from 'fast-check';
import { CROSS, fuzzArb, type SchemaContext } from './schema-arb.js';
import type { Operation, Parameter } from './spec.js';

/**
 * One generated input of an operation (parameter values and body, `undefined` = left out)
 * and the HTTP request it becomes, printed as a curl line that reproduces it by hand.
 */
export interface FuzzInput {
  params: Record<string, unknown>;
  body?: unknown;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Headers OpenAPI says are not parameters (RFC 9110 semantics decide them). */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const ABSENT = Symbol('absent');
const keyOf = (p: Parameter) => `${p.in}:${p.name}`;

function paramArb(ctx: SchemaContext, p: Parameter): fc.Arbitrary<unknown> {
  const value = fuzzArb(ctx, p.schema);
  if (p.in === 'path') return value; // a path without the segment is another route
  return p.required
    ? fc.oneof(
        CROSS,
        { arbitrary: value, weight: 8 },
        { arbitrary: fc.constant(ABSENT), weight: 1 },
      )
    : fc.oneof(
        CROSS,
        { arbitrary: fc.constant(ABSENT), weight: 2 },
        { arbitrary: value, weight: 6 },
      );
}

export function operationArb(ctx: SchemaContext, op: Operation): fc.Arbitrary<FuzzInput> {
  const params: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of op.parameters) {
    if (p.in === 'header' && RESERVED_HEADERS.has(p.name.toLowerCase())) continue;
    params[keyOf(p)] = paramArb(ctx, p);
  }
  const body = op.body
    ? op.body.required
      ? fc.oneof(
          CROSS,
          { arbitrary: fuzzArb(ctx, op.body.schema), weight: 8 },
          { arbitrary: fc.constant(ABSENT), weight: 1 },
        )
      : fc.oneof(
          CROSS,
          { arbitrary: fc.constant(ABSENT), weight: 1 },
          { arbitrary: fuzzArb(ctx, op.body.schema), weight: 4 },
        )
    : fc.constant(ABSENT);
  return fc.record({ params: fc.record(params), body }).map(({ params: values, body: b }) => {
    const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ABSENT));
    return b === ABSENT ? { params: kept } : { params: kept, body: b };
  });
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(text).join(',');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Node refuses control characters in header values; they are dropped, not sent. */
const headerSafe = (s: string) => s.replace(/[^\t\x20-\x7e]/g, '');

/** `.` and `..` would be folded away by any URL parser: the request would hit another path. */
function pathSegment(v: unknown): string {
  const s = text(v);
  return s === '' || s === '.' || s === '..' ? '_' : encodeURIComponent(s);
}

export function buildRequest(
  baseUrl: string,
  op: Operation,
  input: FuzzInput,
  extraHeaders: Record<string, string> = {},
): HttpRequest {
  let path = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { ...extraHeaders };
  const cookies: string[] = [];
  for (const p of op.parameters) {
    const key = keyOf(p);
    if (!(key in input.params)) {
      if (p.in === 'path') path = path.replace(`{${p.name}}`, '_');
      continue;
    }
    const v = input.params[key];
    if (p.in === 'path') path = path.split(`{${p.name}}`).join(pathSegment(v));
    else if (p.in === 'query') {
      // form style, exploded: the OpenAPI default for query parameters
      if (Array.isArray(v)) for (const item of v) query.append(p.name, text(item));
      else query.append(p.name, text(v));
    } else if (p.in === 'header') headers[p.name] = headerSafe(text(v));
    else cookies.push(`${p.name}=${encodeURIComponent(text(v))}`);
  }
  if (cookies.length) headers.Cookie = cookies.join('; ');
  const qs = query.toString();
  const url = `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
  if (!op.body || input.body === undefined) return { method: op.method, url, headers };
  const type = op.body.mediaType;
  const body = /json/i.test(type)
    ? JSON.stringify(input.body)
    : /x-www-form-urlencoded/i.test(type) && input.body && typeof input.body === 'object'
      ? new URLSearchParams(
          Object.entries(input.body as Record<string, unknown>).map(([k, v]): [string, string] => [
            k,
            text(v),
          ]),
        ).toString()
      : text(input.body);
  return { method: op.method, url, headers: { ...headers, 'Content-Type': type }, body };
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A curl command line that sends the same request. Headers of the `headers` input (API keys,
 * tokens) are written as `$TOLLGATE_HEADER_<n>`: a report must not carry the secret.
 */
export function curlOf(req: HttpRequest, secret: ReadonlySet<string> = new Set()): string {
  const parts = ['curl', '-sS', '-i', '-X', req.method, shellQuote(req.url)];
  let n = 0;
  for (const [k, v] of Object.entries(req.headers)) {
    if (secret.has(k.toLowerCase())) parts.push('-H', `"${k}: $TOLLGATE_HEADER_${++n}"`);
    else parts.push('-H', shellQuote(`${k}: ${v}`));
  }
  if (req.body !== undefined) parts.push('--data-raw', shellQuote(req.body));
  return parts.join(' ');
}
