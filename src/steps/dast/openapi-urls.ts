import { resolveInside } from '../../core/confine.js';
import { parseYamlUntrusted } from '../../core/untrusted.js';
import { isTollgateError, TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import { findSpec, NoSpec } from '../lint-openapi/find-spec.js';
import type { StepContext } from '../types.js';

/**
 * The operations of the service's OpenAPI spec as concrete requests: path and query
 * parameters (inline or `$ref`) filled with their example, default, first enum value or a
 * plain value of their type, path templates no parameter declares filled too, and a sample
 * request body. The GET ones are the pages the passive checks fetch and the start URLs wapiti
 * attacks, so that the scan reaches endpoints no link points to, with the parameters it
 * injects into.
 */
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;

/** Deepest chain of `$ref`s followed; a cycle or a longer chain stops there. */
const MAX_REF_DEPTH = 16;

/**
 * `v` with its local `$ref` (`#/components/parameters/Id`, Swagger's `#/parameters/Id`)
 * followed; a reference outside the document or to nothing gives undefined.
 */
function deref(doc: Obj, v: unknown, depth = 0): Obj | undefined {
  const o = obj(v);
  if (!o || typeof o.$ref !== 'string') return o;
  if (depth >= MAX_REF_DEPTH || !o.$ref.startsWith('#/')) return undefined;
  let target: unknown = doc;
  for (const raw of o.$ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    target = obj(target)?.[key];
  }
  return deref(doc, target, depth + 1);
}

/** A sample of a schema: its example, default or first enum value, else one of its type. */
function sampleOf(doc: Obj, schemaValue: unknown, depth = 0): unknown {
  const schema = deref(doc, schemaValue) ?? {};
  const given =
    schema.example ??
    schema.default ??
    (Array.isArray(schema.enum) ? schema.enum[0] : undefined) ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
  if (given !== undefined && given !== null) return given;
  const all = Array.isArray(schema.allOf) ? schema.allOf : [];
  const one = [schema.oneOf, schema.anyOf].find(Array.isArray)?.[0];
  if (depth < MAX_REF_DEPTH && (all.length || one !== undefined)) {
    const parts = (all.length ? all : [one]).map((s) => sampleOf(doc, s, depth + 1));
    return parts.every((p) => obj(p)) ? Object.assign({}, ...parts) : parts[0];
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  const props = obj(schema.properties);
  if (type === 'object' || (type === undefined && props)) {
    if (depth >= MAX_REF_DEPTH) return {};
    return Object.fromEntries(
      Object.entries(props ?? {}).map(([k, v]) => [k, sampleOf(doc, v, depth + 1)]),
    );
  }
  switch (type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return depth >= MAX_REF_DEPTH ? [] : [sampleOf(doc, schema.items, depth + 1)];
    default:
      return 'test';
  }
}

/** A value for a parameter, so that a request reaches the handler rather than a 400. */
function sampleValue(doc: Obj, param: Obj): string {
  const firstExample = Object.values(obj(param.examples) ?? {})
    .map((e) => deref(doc, e)?.value)
    .find((v) => v !== undefined);
  const v = param.example ?? firstExample ?? sampleOf(doc, param.schema ?? {});
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The request body a client would send: the media type's example, else a sample of its schema. */
function sampleBody(doc: Obj, op: Obj): { contentType: string; body: string } | undefined {
  const content = obj(deref(doc, op.requestBody)?.content);
  if (!content) return undefined;
  const types = Object.keys(content);
  const contentType =
    types.find((t) => /json/i.test(t)) ??
    types.find((t) => t === 'application/x-www-form-urlencoded') ??
    types[0];
  if (contentType === undefined) return undefined;
  const media = obj(content[contentType]) ?? {};
  const firstExample = Object.values(obj(media.examples) ?? {})
    .map((e) => deref(doc, e)?.value)
    .find((v) => v !== undefined);
  const value = media.example ?? firstExample ?? sampleOf(doc, media.schema ?? {});
  if (contentType === 'application/x-www-form-urlencoded' && obj(value)) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(obj(value)!))
      form.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
    return { contentType, body: form.toString() };
  }
  return { contentType, body: typeof value === 'string' ? value : JSON.stringify(value) };
}

export interface SpecOperation {
  method: string;
  url: string;
  /** The sample request body, for operations that take one. */
  body?: { contentType: string; body: string };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation of a parsed spec as a concrete request against `baseUrl`. */
export function specOperations(doc: Obj, baseUrl: string): SpecOperation[] {
  const paths = obj(doc.paths) ?? {};
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  const out: SpecOperation[] = [];
  for (const [path, itemValue] of Object.entries(paths)) {
    const item = deref(doc, itemValue);
    if (!item) continue;
    for (const method of METHODS) {
      const op = obj(item[method]);
      if (!op) continue;
      // An operation's parameter overrides the path item's of the same name and location.
      const byKey = new Map<string, Obj>();
      for (const raw of [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ]) {
        const p = deref(doc, raw);
        if (p && typeof p.name === 'string') byKey.set(`${String(p.in)}:${p.name}`, p);
      }
      let filled = path;
      const query = new URLSearchParams();
      for (const p of byKey.values()) {
        const value = sampleValue(doc, p);
        if (p.in === 'path')
          filled = filled.replaceAll(`{${String(p.name)}}`, encodeURIComponent(value));
        else if (p.in === 'query') query.set(String(p.name), value);
      }
      // A template no parameter declares still needs a value, not a literal `{id}`.
      filled = filled.replace(/\{[^}/]*\}/g, '1');
      const url = new URL(`${prefix}${filled}`, base.origin);
      url.search = query.toString();
      const body = sampleBody(doc, op);
      out.push({ method: method.toUpperCase(), url: url.href, ...(body ? { body } : {}) });
    }
  }
  return out;
}

/** The spec named by openapi-path (it must exist), else compile's or a common one, else none. */
async function specText(ctx: StepContext): Promise<{ file: string; text: string } | undefined> {
  const input = ctx.inputs['openapi-path']?.trim();
  if (input) {
    const file = resolveInside(ctx.repoDir, input, 'the dast input "openapi-path"');
    return { file, text: (await readInput(file, 'the openapi-path spec')).toString('utf8') };
  }
  try {
    const found = await findSpec(ctx);
    return {
      file: found.file,
      text: (await readInput(found.file, 'the OpenAPI spec')).toString('utf8'),
    };
  } catch (e) {
    // No spec: fine, the scan starts from the base URL alone.
    if (e instanceof NoSpec || (isTollgateError(e) && e.code === 'INPUT_UNREADABLE'))
      return undefined;
    throw e;
  }
}

/** The spec's operations (none without a spec); a spec that does not parse is bad input. */
export async function openapiOperations(
  ctx: StepContext,
  baseUrl: string,
): Promise<SpecOperation[]> {
  const spec = await specText(ctx);
  if (!spec) return [];
  let doc: Obj | undefined;
  try {
    // YAML is a superset of JSON: one parser for both.
    doc = obj(parseYamlUntrusted(spec.text, 'OpenAPI spec', spec.file));
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${spec.file} is not valid JSON or YAML`, {
      cause: e,
    });
  }
  if (!doc || !obj(doc.paths))
    throw new TollgateError('INPUT_INVALID', `${spec.file} has no "paths": not an OpenAPI spec`);
  return specOperations(doc, baseUrl);
}
