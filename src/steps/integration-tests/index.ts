import type { StepImplementation } from '../types.js';
import { runTests } from '../unit-tests/run-tests.js';

/** Same mechanics as unit-tests; only the default command and JUnit path differ (see inputs.ts). */
export const integrationTestsStep: StepImplementation = { id: 'integration-tests', run: runTests };
