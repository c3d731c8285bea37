import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { TollgateError } from '../../core/errors.js';
import type { HttpOutcome } from './http.js';
import type { Json, Operation, ResponseDef } from './spec.js';

/**
 * Judges one answer against the spec: a 5xx, a status the operation does not declare, a
 * content type it does not declare for that status, a JSON body that breaks the declared
 * schema, no answer in time, or no answer at all. The first problem found is the one
 * reported: a 500 with an HTML page is a server error first.
 */
export type ProblemKind =
  | 'server-error'
  | 'undeclared-status'
  | 'schema-violation'
  | 'content-type'
  | 'timeout'
  | 'no-response';

export interface Problem {
  kind: ProblemKind;
  detail: string;
  status?: number;
}

/** Formats the fuzzer generates, checked the same way in answers; others are not checked. */
const FORMATS = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  email: /^[^\s@]+@[^\s@]+$/,
};

/** The documents' own URI in ajv: response schemas are compiled by pointer into it. */
const DOC_ID = 'https://tollgate.invalid/openapi.json';

export class ResponseChecker {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: false,
      validateSchema: false,
      logger: false,
      formats: FORMATS,
    });
    this.ajv.addSchema(doc, DOC_ID);
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.cache.get(pointer);
    if (!v) {
      const fragment = pointer.slice(1).split('/').map(encodeURIComponent).join('/');
      try {
        v = this.ajv.compile({ $ref: `${DOC_ID}#${fragment}` });
      } catch (e) {
        throw new TollgateError(
          'INPUT_INVALID',
          `the schema at ${pointer} cannot be compiled: ${(e as Error).message}`,
          {
            cause: e,
            hint: 'run lint-openapi on the spec; fix the schema it names',
          },
        );
      }
      this.cache.set(pointer, v);
    }
    return v;
  }

  /** Compiles the operation's response schemas up front: a broken schema is the spec's fault, said once. */
  prepare(op: Operation): void {
    for (const def of Object.values(op.responses))
      for (const pointer of Object.values(def.content)) if (pointer) this.validator(pointer);
  }

  check(op: Operation, outcome: HttpOutcome, timeoutMs: number): Problem | undefined {
    if (outcome.kind === 'timeout')
      return { kind: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    if (outcome.kind === 'error')
      return {
        kind: 'no-response',
        detail: `connection failed: ${outcome.code} ${outcome.message}`,
      };
    const { status } = outcome;
    if (status >= 500)
      return { kind: 'server-error', status, detail: `answered ${status}${snippet(outcome.body)}` };
    const def = declared(op, status);
    if (!def)
      return {
        kind: 'undeclared-status',
        status,
        detail: `answered ${status}, which the spec does not declare (declared: ${Object.keys(op.responses).join(', ')})`,
      };
    const types = Object.keys(def.content);
    if (!types.length || op.method === 'HEAD' || outcome.body.length === 0) return undefined;
    const got = (outcome.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const media = types.find((t) => mediaMatches(t, got));
    if (!media)
      return {
        kind: 'content-type',
        status,
        detail: `answered ${status} with content type ${got || '(none)'}; the spec declares ${types.join(', ')}`,
      };
    const pointer = def.content[media];
    if (!pointer || !/json/.test(got)) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(outcome.body);
    } catch {
      return {
        kind: 'schema-violation',
        status,
        detail: `answered ${status} with ${got} that is not JSON${snippet(outcome.body)}`,
      };
    }
    const validate = this.validator(pointer);
    if (validate(body)) return undefined;
    const e = validate.errors?.[0];
    return {
      kind: 'schema-violation',
      status,
      detail:
        `answered ${status} with a body that breaks the schema at ${pointer}: ${e?.instancePath || '(root)'} ${e?.message ?? ''}`.trim(),
    };
  }
}

/** The response the spec declares for a status: exact, then range (`4XX`), then `default`. */
export function declared(op: Operation, status: number): ResponseDef | undefined {
  return (
    op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default
  );
}

function mediaMatches(declaredType: string, got: string): boolean {
  if (declaredType === '*/*' || declaredType === got) return true;
  const [type, sub] = declaredType.split('/');
  return sub === '*' && got.startsWith(`${type}/`);
}

function snippet(body: string): string {
  const s = body.replace(/\s+/g, ' ').trim().slice(0, 120);
  return s ? `: ${s}` : '';
}
