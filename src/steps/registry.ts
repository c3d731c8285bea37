import { compileStep } from './compile/index.js';
import { coverageStep } from './coverage/index.js';
import { instrumentStep } from './instrument/index.js';
import { integrationTestsStep } from './integration-tests/index.js';
import { lintIac } from './lint-iac/index.js';
import { lintLanguage } from './lint-language/index.js';
import { lintOpenapi } from './lint-openapi/index.js';
import { sast } from './sast/index.js';
import { secretScan } from './secret-scan/index.js';
import type { StepImplementation } from './types.js';
import { unitTestsStep } from './unit-tests/index.js';

/**
 * The step implementations that exist. A step of the pipeline graph that is not here is
 * reported as `not-implemented` by the runner and the actions: it never passes by default.
 */
const IMPLEMENTATIONS: StepImplementation[] = [
  secretScan,
  lintLanguage,
  lintIac,
  compileStep,
  lintOpenapi,
  instrumentStep,
  unitTestsStep,
  integrationTestsStep,
  coverageStep,
  sast,
];

const BY_ID = new Map(IMPLEMENTATIONS.map((i) => [i.id, i]));

export function implementationOf(step: string): StepImplementation | undefined {
  return BY_ID.get(step);
}

export function implementedSteps(): string[] {
  return [...BY_ID.keys()];
}
