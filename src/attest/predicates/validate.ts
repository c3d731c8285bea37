import type { ErrorObject } from 'ajv';
import { byPredicateType, metaOnly, patternNames } from './validators.generated.js';

/**
 * Strict validation of predicates before the gate reads them. The validators are compiled
 * from the schemas at build time (ajv standalone code, src/attest/predicates/standalone.ts):
 * the gate neither loads ajv's compiler nor compiles a schema when it runs. A type without a
 * schema (a policy's own step) has only its step metadata checked.
 */

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validators = byPredicateType as ReadonlyMap<string, Validator>;
const PATTERN_NAMES = patternNames as ReadonlyMap<string, string>;

function validatorFor(predicateType: string): Validator {
  return validators.get(predicateType) ?? (metaOnly as Validator);
}

/**
 * Why `predicate` is not a valid predicate of `predicateType`, as
 * `predicate /failedTests: must be array`; undefined when it is valid.
 */
export function predicateProblem(predicateType: string, predicate: unknown): string | undefined {
  const validate = validatorFor(predicateType);
  if (validate(predicate)) return undefined;
  const errors = validate.errors ?? [];
  // A failed anyOf reports its branches first; the anyOf itself says what was expected.
  const e = errors.find((x) => x.keyword === 'anyOf') ?? errors[0];
  return e ? `predicate ${explain(e)}` : 'predicate is invalid';
}

const quote = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};
const got = (v: unknown): string =>
  v === null || typeof v !== 'object' ? ` (got ${quote(v)})` : '';

function explain(e: ErrorObject): string {
  const at = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${e.instancePath}/${String(p.missingProperty)}: is required`;
    case 'additionalProperties':
      return `${e.instancePath}/${String(p.additionalProperty)}: is not a field of this predicate`;
    case 'enum':
      return `${at}: must be one of ${(p.allowedValues as unknown[]).map(quote).join(', ')}${got(e.data)}`;
    case 'const':
      return `${at}: must be ${quote(p.allowedValue)}${got(e.data)}`;
    case 'pattern': {
      const pattern = String(p.pattern);
      return `${at}: must be ${PATTERN_NAMES.get(pattern) ?? `a string matching ${pattern}`}${got(e.data)}`;
    }
    case 'type':
      return `${at}: must be ${String(p.type)}${got(e.data)}`;
    case 'contains': {
      const name = (e.parentSchema as { contains?: { properties?: { name?: { const?: string } } } })
        .contains?.properties?.name?.const;
      const min = Number(p.minContains ?? 1);
      const max = p.maxContains === undefined ? undefined : Number(p.maxContains);
      const times =
        min === 1 && max === 1 ? 'exactly once' : max === 1 ? 'at most once' : 'at least once';
      return name ? `${at}: must list "${name}" ${times}` : `${at}: ${e.message ?? 'is invalid'}`;
    }
    case 'anyOf': {
      const branches = (e.schema as { required?: string[] }[]).map((b) => b.required ?? []);
      return branches.every((b) => b.length === 1)
        ? `${at}: must have one of the fields ${branches.map((b) => b[0]).join(', ')}`
        : `${at}: ${e.message ?? 'is invalid'}`;
    }
    default:
      return `${at}: ${e.message ?? 'is invalid'}${got(e.data)}`;
  }
}
