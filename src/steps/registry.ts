import { sast } from './sast/index.js';
import { secretScan } from './secret-scan/index.js';
import type { StepImplementation } from './types.js';

/**
 * The step implementations that exist. A step of the pipeline graph that is not here is
 * reported as `not-implemented` by the runner and the actions: it never passes by default.
 */
const IMPLEMENTATIONS: StepImplementation[] = [secretScan, sast];

const BY_ID = new Map(IMPLEMENTATIONS.map((i) => [i.id, i]));

export function implementationOf(step: string): StepImplementation | undefined {
  return BY_ID.get(step);
}

export function implementedSteps(): string[] {
  return [...BY_ID.keys()];
}
