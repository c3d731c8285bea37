import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { PATTERN_NAMES, STEP_META_ID, type JsonSchema } from './schemas/common.js';
import { STEP_META_SCHEMA, schemaFor } from './schemas/index.js';

/**
 * Strict validation of predicates before the gate reads them. Validators are compiled on
 * first use, once per process and predicate type; a type without a schema (a policy's own
 * step) has only its step metadata checked.
 */

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** For predicate types the gate has no schema for: the step metadata alone. */
const META_ONLY: JsonSchema = {
  type: 'object',
  required: ['tollgate'],
  properties: { tollgate: { $ref: STEP_META_ID } },
};

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();
let metaOnly: ValidateFunction | undefined;

function compiler(): Ajv2020 {
  if (!ajv) {
    // verbose: the messages name what a `contains` expected, from the schema. validateSchema
    // off: checking our own schemas against the 2020-12 meta-schema costs a CLI run some
    // 100 ms each time; the tests check them instead (test/docs/schemas.test.ts).
    ajv = new Ajv2020({ allErrors: false, strict: true, verbose: true, validateSchema: false });
    ajv.addFormat('date-time', DATE_TIME);
    ajv.addSchema(STEP_META_SCHEMA);
  }
  return ajv;
}

function validatorFor(predicateType: string): ValidateFunction {
  let v = validators.get(predicateType);
  if (!v) {
    const schema = schemaFor(predicateType);
    v = schema ? compiler().compile(schema) : (metaOnly ??= compiler().compile(META_ONLY));
    validators.set(predicateType, v);
  }
  return v;
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
