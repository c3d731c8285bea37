import type { StepImplementation } from '../types.js';
import { runTests } from './run-tests.js';

export const unitTestsStep: StepImplementation = { id: 'unit-tests', run: runTests };
