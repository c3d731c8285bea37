import { lintIac } from './lint-iac/index.js';
import { lintLanguage } from './lint-language/index.js';
import { lintOpenapi } from './lint-openapi/index.js';
import type { StepImplementation } from './types.js';

/**
 * The step implementations that exist. A step of the pipeline graph that is not here is
 * reported as `not-implemented` by the runner and the actions: it never passes by default.
 */
const IMPLEMENTATIONS: StepImplementation[] = [lintLanguage, lintIac, lintOpenapi];

const BY_ID = new Map(IMPLEMENTATIONS.map((i) => [i.id, i]));

export function implementationOf(step: string): StepImplementation | undefined {
  return BY_ID.get(step);
}

export function implementedSteps(): string[] {
  return [...BY_ID.keys()];
}
