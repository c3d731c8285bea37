import { DIALECT, resourceDescriptor, stepMetaRef, type JsonSchema } from './common.js';

const testList = (which: string): JsonSchema => ({
  description: `Names of the tests that ${which}: an array of strings.`,
  type: 'array',
  items: { type: 'string' },
});

/**
 * in-toto test-result v0.1 (https://github.com/in-toto/attestation/blob/main/spec/predicates/test-result.md).
 * A standard predicate: fields the spec allows and the gate does not read stay open.
 */
export const TEST_RESULT_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/in-toto/test-result/v0.1.json',
  title: 'in-toto test result v0.1, as the gate reads it',
  description:
    'Predicate of type https://in-toto.io/attestation/test-result/v0.1. The gate fails the step when more tests are listed in `failedTests` than maxFailedTests allows (default 0), or when `result` is FAILED and no failed test is listed.',
  type: 'object',
  required: ['result', 'tollgate'],
  properties: {
    result: {
      description: 'Outcome of the test run, exactly one of these words (upper case).',
      enum: ['PASSED', 'WARNED', 'FAILED'],
    },
    configuration: {
      description: 'What configured the run (ResourceDescriptors). Not read by the gate.',
      type: 'array',
      items: resourceDescriptor,
    },
    url: { description: 'Where the run can be seen. Not read by the gate.', type: 'string' },
    passedTests: testList('passed'),
    warnedTests: testList('passed with warnings'),
    failedTests: testList('failed; each one counts against maxFailedTests'),
    tollgate: stepMetaRef,
  },
};

export interface TestResultPredicate {
  result: 'PASSED' | 'WARNED' | 'FAILED';
  passedTests?: string[];
  warnedTests?: string[];
  failedTests?: string[];
}
