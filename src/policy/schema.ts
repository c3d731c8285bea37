/**
 * JSON schema of the policy file (draft 2020-12 subset understood by ajv). The docs copy in
 * docs/schemas/policy.schema.json is generated from this object and checked for drift in the tests.
 */
const stepId = { type: 'string', pattern: '^[a-z][a-z0-9-]*$' };
const globList = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };
const stringOrList = { oneOf: [{ type: 'string', minLength: 1 }, globList] };
const severity = { enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] };
/**
 * Something other than white space. An exception selector of `""` or `" "` used to count as
 * no selector at all, which waives the whole step: a typo must not do that.
 */
export const NOT_BLANK = '\\S';
const selector = { type: 'string', pattern: NOT_BLANK };

export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://tollgate.dev/schemas/policy/v1.json',
  title: 'Tollgate policy',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'signers', 'stages'],
  properties: {
    version: { const: 1 },
    signers: {
      type: 'object',
      minProperties: 1,
      additionalProperties: {
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: false,
        properties: {
          github: {
            type: 'object',
            additionalProperties: false,
            required: ['repository'],
            properties: {
              issuer: { type: 'string', minLength: 1 },
              repository: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' },
              workflow: stringOrList,
              ref: stringOrList,
            },
          },
          spiffe: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'trustBundle'],
            properties: {
              id: stringOrList,
              trustBundle: { type: 'string', minLength: 1 },
            },
          },
          key: { type: 'string', minLength: 1 },
        },
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: { signers: { type: 'array', items: { type: 'string' }, minItems: 1 } },
    },
    sigstore: {
      type: 'object',
      additionalProperties: false,
      properties: { trustedRoot: { type: 'string', minLength: 1 } },
    },
    promotion: {
      type: 'object',
      additionalProperties: false,
      properties: { mode: { enum: ['manual', 'automatic'] } },
    },
    stages: {
      type: 'object',
      minProperties: 1,
      propertyNames: { enum: ['pre-commit', 'per-commit', 'per-pr', 'per-merge'] },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['require'],
        properties: { require: { type: 'array', items: stepId } },
      },
    },
    steps: {
      type: 'object',
      propertyNames: stepId,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          signers: { type: 'array', items: { type: 'string' }, minItems: 1 },
          predicateType: stringOrList,
          allowNotApplicable: { type: 'boolean' },
          thresholds: {
            type: 'object',
            additionalProperties: false,
            properties: {
              failOn: severity,
              // ajv counts Infinity (YAML `.inf`, `1e400`) as an integer: a bound keeps it out.
              maxFailedTests: { type: 'integer', minimum: 0, maximum: 1_000_000 },
              minLineCoverage: { type: 'number', minimum: 0, maximum: 100 },
              minBranchCoverage: { type: 'number', minimum: 0, maximum: 100 },
              deniedLicenses: { type: 'array', items: { type: 'string' } },
              minApprovals: { type: 'integer', minimum: 0, maximum: 1000 },
              approvers: { type: 'array', items: { type: 'string', pattern: NOT_BLANK } },
              allowSelfApproval: { type: 'boolean' },
            },
          },
        },
      },
    },
    chains: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['step', 'materialsFrom'],
        properties: { step: stepId, materialsFrom: stepId, match: { type: 'string' } },
      },
    },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['step', 'reason', 'expires'],
        properties: {
          step: stepId,
          ruleId: selector,
          id: selector,
          fingerprint: selector,
          path: selector,
          reason: { type: 'string', minLength: 3 },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
    },
  },
} as const;
