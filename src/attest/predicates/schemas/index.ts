import { PREDICATE } from '../types.js';
import type { JsonSchema } from './common.js';
import { COVERAGE_SCHEMA } from './coverage.js';
import { CYCLONEDX_SCHEMA } from './cyclonedx.js';
import { PROVENANCE_SCHEMA } from './provenance.js';
import { REVIEW_SCHEMA } from './review.js';
import { SCAN_RESULT_SCHEMA } from './scan-result.js';
import { TEST_RESULT_SCHEMA } from './test-result.js';
import { VSA_SCHEMA } from './vsa.js';
import { VULNS_SCHEMA } from './vulns.js';

export type { JsonSchema } from './common.js';
export { STEP_META_SCHEMA } from './step-meta.js';

export interface PredicateSchema {
  predicateType: string;
  /** File name under docs/schemas/. */
  file: string;
  schema: JsonSchema;
}

/** One schema per predicate type the gate evaluates, in the order docs/predicates.md lists them. */
export const PREDICATE_SCHEMAS: readonly PredicateSchema[] = [
  {
    predicateType: PREDICATE.scanResult,
    file: 'scan-result.schema.json',
    schema: SCAN_RESULT_SCHEMA,
  },
  { predicateType: PREDICATE.vulns, file: 'vulns.schema.json', schema: VULNS_SCHEMA },
  {
    predicateType: PREDICATE.testResult,
    file: 'test-result.schema.json',
    schema: TEST_RESULT_SCHEMA,
  },
  { predicateType: PREDICATE.coverage, file: 'coverage.schema.json', schema: COVERAGE_SCHEMA },
  { predicateType: PREDICATE.review, file: 'review.schema.json', schema: REVIEW_SCHEMA },
  {
    predicateType: PREDICATE.slsaProvenance,
    file: 'slsa-provenance.schema.json',
    schema: PROVENANCE_SCHEMA,
  },
  {
    predicateType: PREDICATE.cyclonedx,
    file: 'cyclonedx-bom.schema.json',
    schema: CYCLONEDX_SCHEMA,
  },
  { predicateType: PREDICATE.vsa, file: 'slsa-vsa.schema.json', schema: VSA_SCHEMA },
];

export const STEP_META_FILE = 'step-meta.schema.json';

export function schemaFor(predicateType: string): JsonSchema | undefined {
  return PREDICATE_SCHEMAS.find((s) => s.predicateType === predicateType)?.schema;
}
