// Checks recorded HTTP exchanges against openapi.json: the status must be declared for the
// operation, the media type must match, and the body must validate against the declared schema.
// The schema checker covers the JSON Schema keywords the spec uses and refuses any other
// validation keyword, so a spec change cannot make it pass silently.
import { readFileSync } from 'node:fs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export interface Exchange {
  method: string;
  /** Path and query, e.g. /items?limit=2 */
  target: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const spec = JSON.parse(
  readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
) as Obj;

const ANNOTATIONS = new Set(['description', 'examples', 'default', 'readOnly', 'title', 'format']);
const HANDLED = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
]);
const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
};

export function resolve(node: Json, root: Obj = spec): Obj {
  let current = node as Obj;
  while (typeof current.$ref === 'string') {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce<Json>((at, key) => (at as Obj)[key] as Json, root) as Obj;
    if (current === undefined) throw new Error(`unresolved reference ${String(node)}`);
  }
  return current;
}

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Returns the ways `value` breaks `schema`; empty when it conforms. */
export function validate(value: Json, schemaNode: Json, at = '$', root: Obj = spec): string[] {
  const schema = resolve(schemaNode, root);
  for (const key of Object.keys(schema)) {
    if (!HANDLED.has(key) && !ANNOTATIONS.has(key)) {
      throw new Error(`${at}: schema keyword "${key}" is not supported by this checker`);
    }
  }
  const errs: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return [`${at}: expected ${types.join('|')}, got ${actual}`];
  }
  if (schema.enum && !(schema.enum as Json[]).includes(value)) errs.push(`${at}: not in enum`);
  if ('const' in schema && schema.const !== value)
    errs.push(`${at}: must equal ${String(schema.const)}`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      errs.push(`${at}: too short`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      errs.push(`${at}: too long`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errs.push(`${at}: does not match ${schema.pattern}`);
    }
    const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
    if (format && !format.test(value)) errs.push(`${at}: not a ${String(schema.format)}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errs.push(`${at}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errs.push(`${at}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errs.push(`${at}: too many items`);
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errs.push(`${at}: too few items`);
    if (
      schema.uniqueItems === true &&
      new Set(value.map((v) => JSON.stringify(v))).size !== value.length
    ) {
      errs.push(`${at}: items repeat`);
    }
    if (schema.items !== undefined) {
      value.forEach((v, i) => errs.push(...validate(v, schema.items as Json, `${at}[${i}]`, root)));
    }
  }
  if (typeOf(value) === 'object') {
    const obj = value as Obj;
    const props = (schema.properties ?? {}) as Obj;
    for (const name of (schema.required ?? []) as string[]) {
      if (!(name in obj)) errs.push(`${at}.${name}: required`);
    }
    for (const [name, v] of Object.entries(obj)) {
      if (name in props) errs.push(...validate(v, props[name] as Json, `${at}.${name}`, root));
      else if (schema.additionalProperties === false) errs.push(`${at}.${name}: not allowed`);
    }
  }
  return errs;
}

/** The operation a request addresses, matched on the spec's path templates. */
export function findOperation(
  method: string,
  pathname: string,
): { path: string; op: Obj } | undefined {
  for (const [template, item] of Object.entries(spec.paths as Obj)) {
    const regex = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    const op = (item as Obj)[method.toLowerCase()];
    if (regex.test(pathname) && op) return { path: template, op: op as Obj };
  }
  return undefined;
}

/** Problems with one exchange; undefined when the spec declares no such operation. */
export function checkExchange(ex: Exchange): string[] | undefined {
  const pathname = new URL(ex.target, 'http://x').pathname;
  const found = findOperation(ex.method, pathname);
  if (!found) return undefined;
  const where = `${ex.method} ${ex.target} → ${ex.status}`;
  const responses = found.op.responses as Obj;
  const declared = responses[String(ex.status)] ?? responses[`${String(ex.status)[0]}XX`];
  if (!declared) return [`${where}: status not declared for ${found.op.operationId as string}`];
  const response = resolve(declared);
  const problems = checkHeaders(ex, response);
  const content = response.content as Obj | undefined;
  if (!content) {
    if (ex.body !== '') problems.push('body sent where none is declared');
  } else {
    const mediaType = (ex.headers['content-type'] ?? '').split(';')[0]!.trim();
    const media = content[mediaType] as Obj | undefined;
    if (!media) problems.push(`content type "${mediaType}" not declared`);
    else {
      try {
        problems.push(...validate(JSON.parse(ex.body) as Json, media.schema as Json));
      } catch {
        problems.push('body is not JSON');
      }
    }
  }
  return problems.map((p) => `${where}: ${p}`);
}

function checkHeaders(ex: Exchange, response: Obj): string[] {
  const problems: string[] = [];
  for (const [name, header] of Object.entries((response.headers ?? {}) as Obj)) {
    const raw = ex.headers[name.toLowerCase()];
    if (raw === undefined) continue;
    const schema = resolve(resolve(header).schema as Json);
    const value = schema.type === 'integer' && /^\d+$/.test(raw) ? Number(raw) : raw;
    problems.push(...validate(value, schema, `header ${name}`));
  }
  return problems;
}

/** Checks all exchanges and names the operations that were exercised. */
export function checkAll(exchanges: Exchange[]): { problems: string[]; operations: Set<string> } {
  const problems: string[] = [];
  const operations = new Set<string>();
  for (const ex of exchanges) {
    const result = checkExchange(ex);
    if (result === undefined) continue;
    const { op } = findOperation(ex.method, new URL(ex.target, 'http://x').pathname)!;
    operations.add(op.operationId as string);
    problems.push(...result);
  }
  return { problems, operations };
}

export function allOperationIds(): string[] {
  return Object.values(spec.paths as Obj).flatMap((item) =>
    Object.values(item as Obj)
      .filter((op): op is Obj => typeof op === 'object' && op !== null && 'operationId' in op)
      .map((op) => op.operationId as string),
  );
}
