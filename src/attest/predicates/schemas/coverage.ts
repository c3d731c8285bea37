import { DIALECT, stepMetaRef, type JsonSchema } from './common.js';

const counter = (what: string): JsonSchema => ({
  description: `${what}: covered, total and percentage.`,
  type: 'object',
  required: ['covered', 'total', 'pct'],
  additionalProperties: false,
  properties: {
    covered: { description: 'Number covered.', type: 'integer', minimum: 0 },
    total: { description: 'Number in all.', type: 'integer', minimum: 0 },
    pct: {
      description:
        'Percentage covered, a JSON number from 0 to 100 (not a fraction, not a string). The gate reads only this field.',
      type: 'number',
      minimum: 0,
      maximum: 100,
    },
  },
});

export const COVERAGE_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/attestation/coverage/v1.json',
  title: 'Tollgate coverage',
  description:
    "Predicate of type https://tollgate.dev/attestation/coverage/v1: aggregated code coverage. The gate compares `lines.pct` and `branches.pct` with the step's minLineCoverage and minBranchCoverage.",
  type: 'object',
  required: ['lines', 'tollgate'],
  additionalProperties: false,
  properties: {
    lines: counter('Line coverage'),
    branches: counter(
      'Branch coverage; required in practice when the policy sets minBranchCoverage (without it the step fails)',
    ),
    files: {
      description: 'Per-file coverage, for people reading the attestation. Not read by the gate.',
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'lines'],
        additionalProperties: false,
        properties: {
          path: { description: 'File path.', type: 'string', minLength: 1 },
          lines: counter('Line coverage of the file'),
          branches: counter('Branch coverage of the file'),
        },
      },
    },
    tollgate: stepMetaRef,
  },
};

export interface CoveragePredicate {
  lines: { covered: number; total: number; pct: number };
  branches?: { covered: number; total: number; pct: number };
}
