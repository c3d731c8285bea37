import type { ErrorObject } from 'ajv';
import { bodyPointer, validatorAt, type Operation, type Param } from './openapi.js';

export interface ApiError {
  status: 400 | 403 | 404 | 410 | 422;
  body: { message: string; documentation_url: string; status: string; errors?: unknown[] };
}

const DOCS = 'https://docs.github.com/rest';

export function apiError(
  status: ApiError['status'],
  message: string,
  errors?: unknown[],
): ApiError {
  return {
    status,
    body: {
      message,
      documentation_url: DOCS,
      status: String(status),
      ...(errors ? { errors } : {}),
    },
  };
}

const describe = (where: string, errs: ErrorObject[] | null | undefined) =>
  (errs ?? []).map(
    (e) =>
      `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? `: ${JSON.stringify(e.params.allowedValues)}` : ''}`,
  );

/** Query and path values arrive as text; the schema says what they must parse as. */
function coerce(p: Param, raw: string): unknown {
  const type = p.schema?.type;
  if (type === 'integer' || type === 'number')
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'array') return raw.split(',');
  return raw;
}

/**
 * Checks a request against its operation as GitHub's description states it: every
 * required path/query parameter present and of the right type, the JSON body present when
 * required and valid against its schema. Returns the GitHub-style error to answer, or
 * undefined when the request is valid.
 */
export function validateRequest(
  op: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  rawBody: string,
): { error?: ApiError; body?: unknown } {
  const problems: string[] = [];
  for (const p of op.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const raw = p.in === 'path' ? pathParams[p.name] : (query.get(p.name) ?? undefined);
    if (raw === undefined) {
      if (p.required) problems.push(`${p.in} parameter ${p.name} is missing`);
      continue;
    }
    if (!p.schema) continue;
    const v = validatorAt(p.schemaPointer);
    if (!v(coerce(p, raw))) problems.push(...describe(`${p.in} parameter ${p.name}`, v.errors));
  }
  if (problems.length)
    return { error: apiError(422, `Invalid request.\n\n${problems.join('\n')}`) };

  let body: unknown;
  if (rawBody.trim() !== '') {
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { error: apiError(400, 'Problems parsing JSON') };
    }
  }
  if (!op.hasJsonBody) return { body };
  if (body === undefined) {
    return op.bodyRequired ? { error: apiError(400, 'Requires a JSON body') } : { body };
  }
  const v = validatorAt(bodyPointer(op));
  if (!v(body)) {
    const msgs = describe('body', v.errors);
    return {
      error: apiError(
        422,
        `Invalid request.\n\n${msgs.join('\n')}`,
        (v.errors ?? []).map((e) => ({
          resource: op.operationId,
          field: e.instancePath,
          code: 'invalid',
          message: e.message,
        })),
      ),
    };
  }
  return { body };
}
