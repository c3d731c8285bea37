import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * GitHub's published OpenAPI description (@octokit/openapi), loaded once per test process
 * (13 MB; about a second) and indexed by method + path template. Validators are compiled
 * on first use for the operations a test actually calls.
 */
type Json = Record<string, unknown>;

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
  /** JSON pointer of the parameter's schema, so that its $refs resolve. */
  schemaPointer: string;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  /** JSON pointer of the operation in the description, for $ref-based validators. */
  pointer: string;
  parameters: Param[];
  bodyRequired: boolean;
  hasJsonBody: boolean;
  successStatus: number;
}

interface Spec {
  ajv: Ajv;
  ops: { regex: RegExp; names: string[]; op: Operation }[];
  doc: Json;
}

let spec: Spec | undefined;
const ID = 'https://api.github.com/openapi.json';
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * OpenAPI 3.0 `nullable: true` next to `type` is understood by Ajv; next to only `allOf`,
 * `anyOf` or `$ref` it is not (Ajv refuses it), so those become "that or null".
 */
function normaliseNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normaliseNullable);
  if (!node || typeof node !== 'object') return node;
  const o: Json = {};
  for (const [k, v] of Object.entries(node)) o[k] = normaliseNullable(v);
  if (o.nullable === true && o.type === undefined) {
    delete o.nullable;
    return { anyOf: [o, { type: 'null' }] };
  }
  return o;
}

export function loadSpec(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = normaliseNullable(JSON.parse(readFileSync(file, 'utf8'))) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /T/.test(s));
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  for (const f of ['email', 'uri-template', 'date', 'binary', 'hostname', 'uuid', 'repo.nwo'])
    ajv.addFormat(f, true);
  ajv.addSchema({ ...doc, $id: ID });
  const ops: Spec['ops'] = [];
  for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
    const shared = (item.parameters ?? []) as Json[];
    for (const [method, raw] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const o = raw as Json;
      const pointer = `/paths/${esc(template)}/${method}`;
      const at = (base: string) => (p: Json, i: number) => ({
        ...resolve(doc, p),
        schemaPointer: `${typeof p.$ref === 'string' ? p.$ref.slice(1) : `${base}/parameters/${i}`}/schema`,
      });
      const params = [
        ...shared.map(at(`/paths/${esc(template)}`)),
        ...((o.parameters ?? []) as Json[]).map(at(pointer)),
      ];
      const body = o.requestBody as Json | undefined;
      const codes = Object.keys(o.responses as Json).filter((c) => /^2/.test(c));
      const names: string[] = [];
      const regex = new RegExp(
        '^' +
          template.replace(/\{([^}]+)\}/g, (_m, n: string) => {
            names.push(n);
            return '([^/]+)';
          }) +
          '$',
      );
      ops.push({
        regex,
        names,
        op: {
          operationId: String(o.operationId),
          method: method.toUpperCase(),
          template,
          pointer,
          parameters: params as unknown as Param[],
          bodyRequired: body?.required === true,
          hasJsonBody: !!(body?.content as Json | undefined)?.['application/json'],
          successStatus: Number(codes[0] ?? 200),
        },
      });
    }
  }
  spec = { ajv, ops, doc };
  return spec;
}

function resolve(doc: Json, node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((n, k) => n[k.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, doc);
}

/** The operation for a method and concrete path, with its path parameters. */
export function findOperation(method: string, path: string) {
  const s = loadSpec();
  let pathKnown = false;
  for (const { regex, names, op } of s.ops) {
    const m = regex.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (op.method !== method) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
    return { op, params, pathKnown };
  }
  return { pathKnown };
}

const cache = new Map<string, ValidateFunction>();

/** A validator for the schema at `pointer` (a JSON pointer into the description). */
export function validatorAt(pointer: string): ValidateFunction {
  let v = cache.get(pointer);
  if (!v) {
    v = loadSpec().ajv.compile({ $ref: `${ID}#${pointer}` });
    cache.set(pointer, v);
  }
  return v;
}

export const bodyPointer = (op: Operation) =>
  `${op.pointer}/requestBody/content/application~1json/schema`;

export function responsePointer(op: Operation, status: number): string | undefined {
  const s = loadSpec();
  const o = resolve(s.doc, { $ref: `#${op.pointer}` });
  const r = (o.responses as Json)[String(status)] as Json | undefined;
  if (!r) return undefined;
  const base = typeof r.$ref === 'string' ? r.$ref.slice(1) : `${op.pointer}/responses/${status}`;
  const content = resolve(s.doc, r).content as Json | undefined;
  return content?.['application/json'] ? `${base}/content/application~1json/schema` : undefined;
}
