import { parseJsonUntrusted, parseYamlUntrusted } from '../../core/untrusted.js';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';

/**
 * The OpenAPI document as the fuzzer needs it: operations with their parameters, body and
 * responses, every local `$ref` followed, and for each response schema the JSON pointer of
 * where it really lives (ajv compiles it from there, so refs inside it resolve against the
 * whole document). External refs (`other.yaml#/...`) are refused with a message: fuzzing
 * against a half-resolved spec would report the spec's gaps as the service's faults.
 */
export type Json = Record<string, unknown>;
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
}

export interface ResponseDef {
  /** Media type → JSON pointer of its schema in the document (absent: any body is fine). */
  content: Record<string, string | undefined>;
}

export interface Operation {
  method: string;
  path: string;
  /** `GET /items`: the name in reports. */
  name: string;
  /** `#/paths/~1items/get`, for messages. */
  pointer: string;
  parameters: Parameter[];
  body?: { required: boolean; mediaType: string; schema: Json };
  /** By status key as written: `200`, `4XX`, `default`. */
  responses: Record<string, ResponseDef>;
}

export interface Spec {
  file: string;
  doc: Json;
  version: string;
  operations: Operation[];
}

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Follows `$ref` chains to the object they name; returns it with its own pointer. */
export function resolve(doc: Json, node: unknown, pointer: string, file: string): [Json, string] {
  let cur = node;
  let at = pointer;
  for (let hops = 0; isObj(cur) && typeof cur.$ref === 'string'; hops++) {
    const ref = cur.$ref;
    if (hops > 32) throw bad(file, `$ref loop at ${at}`);
    if (!ref.startsWith('#/'))
      throw bad(file, `${at} refers to ${ref}; only refs inside the document are followed`);
    at = ref;
    cur = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((o, k) => (isObj(o) || Array.isArray(o) ? (o as Json)[k] : undefined), doc);
    if (cur === undefined) throw bad(file, `${pointer}: $ref ${ref} points at nothing`);
  }
  if (!isObj(cur)) throw bad(file, `${at} is not an object`);
  return [cur, at];
}

function bad(file: string, why: string): TollgateError {
  return new TollgateError('INPUT_INVALID', `${file}: ${why}`, {
    hint: 'fix the OpenAPI spec (bundle external refs into one file), or point openapi-path at the right one',
  });
}

/**
 * OpenAPI 3.0 schemas say `nullable: true` and boolean `exclusiveMinimum`; JSON Schema 2020-12
 * (what 3.1 uses and ajv checks) says `type: [..., "null"]` and numeric bounds. Rewritten in
 * place so that one validator and one generator serve both versions.
 */
function normalize30(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(normalize30);
  if (!isObj(node)) return;
  for (const v of Object.values(node)) normalize30(v);
  if (node.nullable === true && typeof node.type === 'string') node.type = [node.type, 'null'];
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (node[flag] === true && typeof node[bound] === 'number') {
      node[flag] = node[bound];
      delete node[bound];
    } else if (node[flag] === false) delete node[flag];
  }
}

function parameters(doc: Json, list: unknown, at: string, file: string): Parameter[] {
  if (!Array.isArray(list)) return [];
  return list.map((p, i) => {
    const [param, ptr] = resolve(doc, p, `${at}/parameters/${i}`, file);
    const where = param.in;
    if (
      typeof param.name !== 'string' ||
      !['path', 'query', 'header', 'cookie'].includes(String(where))
    )
      throw bad(file, `${ptr} needs a name and in: path, query, header or cookie`);
    const schema = isObj(param.schema)
      ? resolve(doc, param.schema, `${ptr}/schema`, file)[0]
      : isObj(param.content)
        ? ((Object.values(param.content).find(isObj)?.schema as Json | undefined) ?? {})
        : {};
    return {
      name: param.name,
      in: where as Parameter['in'],
      required: where === 'path' || param.required === true,
      schema,
    };
  });
}

function responses(
  doc: Json,
  node: unknown,
  at: string,
  file: string,
): Record<string, ResponseDef> {
  const out: Record<string, ResponseDef> = {};
  if (!isObj(node)) throw bad(file, `${at}/responses is missing`);
  for (const [status, value] of Object.entries(node)) {
    const [res, ptr] = resolve(doc, value, `${at}/responses/${escapePointer(status)}`, file);
    const content: Record<string, string | undefined> = {};
    if (isObj(res.content)) {
      for (const [type, media] of Object.entries(res.content)) {
        content[type.toLowerCase()] =
          isObj(media) && isObj(media.schema)
            ? `${ptr}/content/${escapePointer(type)}/schema`
            : undefined;
      }
    }
    out[status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase()] = { content };
  }
  return out;
}

export function operationsOf(doc: Json, file: string): Operation[] {
  if (!isObj(doc.paths)) throw bad(file, 'no paths object');
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const itemPtr = `#/paths/${escapePointer(path)}`;
    const [pathItem] = resolve(doc, item, itemPtr, file);
    const shared = parameters(doc, pathItem.parameters, itemPtr, file);
    for (const method of METHODS) {
      const op = pathItem[method];
      if (!isObj(op)) continue;
      const at = `${itemPtr}/${method}`;
      const own = parameters(doc, op.parameters, at, file);
      // An operation's parameter replaces the path item's one of the same name and location.
      const merged = [
        ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
        ...own,
      ];
      let body: Operation['body'];
      if (op.requestBody !== undefined) {
        const [rb] = resolve(doc, op.requestBody, `${at}/requestBody`, file);
        const entries = isObj(rb.content) ? Object.entries(rb.content) : [];
        const chosen = entries.find(([t]) => /json/i.test(t)) ?? entries[0];
        if (chosen) {
          const media = chosen[1];
          const schema = isObj(media) && isObj(media.schema) ? media.schema : {};
          body = { required: rb.required === true, mediaType: chosen[0], schema };
        }
      }
      ops.push({
        method: method.toUpperCase(),
        path,
        name: `${method.toUpperCase()} ${path}`,
        pointer: at,
        parameters: merged,
        ...(body ? { body } : {}),
        responses: responses(doc, op.responses, at, file),
      });
    }
  }
  return ops;
}

export async function loadSpec(file: string, display: string): Promise<Spec> {
  const text = (await readInput(file, 'the OpenAPI spec')).toString('utf8');
  let doc: unknown;
  try {
    doc = /\.ya?ml$/i.test(file)
      ? parseYamlUntrusted(text, 'OpenAPI spec', display)
      : parseJsonUntrusted(text, 'OpenAPI spec', display);
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${display}: not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}`,
      {
        cause: e,
        hint: 'run lint-openapi on the spec to see where',
      },
    );
  }
  if (!isObj(doc) || typeof doc.openapi !== 'string' || !/^3\.[01]\./.test(doc.openapi))
    throw bad(display, 'not an OpenAPI 3.0 or 3.1 document (the "openapi" field says which)');
  if (doc.openapi.startsWith('3.0.')) normalize30(doc);
  return { file: display, doc, version: doc.openapi, operations: operationsOf(doc, display) };
}
