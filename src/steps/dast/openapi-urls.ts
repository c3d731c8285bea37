import { resolveInside } from '../../core/confine.js';
import { parseYamlUntrusted } from '../../core/untrusted.js';
import { isTollgateError, TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import { findSpec } from '../lint-openapi/find-spec.js';
import type { StepContext } from '../types.js';

/**
 * The GET operations of the service's OpenAPI spec as concrete URLs (path and query
 * parameters filled with their example, default, first enum value or a plain value of their
 * type): the pages the passive checks fetch and the start URLs wapiti attacks, so that the
 * scan reaches endpoints no link points to.
 */
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;

/** A value for a parameter, so that a request reaches the handler rather than a 400. */
function sampleValue(param: Obj): string {
  const schema = obj(param.schema) ?? {};
  const v =
    param.example ??
    schema.example ??
    schema.default ??
    (Array.isArray(schema.enum) ? schema.enum[0] : undefined);
  if (v !== undefined && v !== null && typeof v !== 'object') return String(v);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    default:
      return 'test';
  }
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
    if (isTollgateError(e) && e.code === 'INPUT_UNREADABLE') return undefined; // no spec: fine
    throw e;
  }
}

export async function openapiGetUrls(ctx: StepContext, baseUrl: string): Promise<string[]> {
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
  const paths = obj(doc?.paths);
  if (!paths)
    throw new TollgateError('INPUT_INVALID', `${spec.file} has no "paths": not an OpenAPI spec`);
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  const urls: string[] = [];
  for (const [path, itemValue] of Object.entries(paths)) {
    const item = obj(itemValue);
    const op = obj(item?.get);
    if (!item || !op) continue;
    const params = [
      ...(Array.isArray(item.parameters) ? item.parameters : []),
      ...(Array.isArray(op.parameters) ? op.parameters : []),
    ]
      .map(obj)
      .filter((p): p is Obj => !!p && typeof p.name === 'string');
    let filled = path;
    const query = new URLSearchParams();
    for (const p of params) {
      const value = sampleValue(p);
      if (p.in === 'path')
        filled = filled.replaceAll(`{${String(p.name)}}`, encodeURIComponent(value));
      else if (p.in === 'query') query.set(String(p.name), value);
    }
    const url = new URL(`${prefix}${filled}`, base.origin);
    url.search = query.toString();
    urls.push(url.href);
  }
  return [...new Set(urls)];
}
