import type { Severity } from '../attest/predicates/types.js';
import type { StepStatus } from '../gate/types.js';

/**
 * A step's status in a local run: the gate's statuses, plus what only the runner knows
 * (the gate would call all three `missing`).
 */
export type RunStepStatus = StepStatus | 'not-implemented' | 'skipped' | 'interrupted';

export interface RunStepVerdict {
  stage: string;
  step: string;
  status: RunStepStatus;
  reason: string;
  counts?: Partial<Record<Severity, number>>;
  /** Paths relative to the run folder. */
  bundles: string[];
  reports: string[];
  log: string;
  startedOn?: string;
  finishedOn?: string;
}

/** verdict.json of a run folder. `interrupted` only when the run was stopped (Ctrl-C). */
export interface RunVerdict {
  verdict: 'pass' | 'fail' | 'interrupted';
  commit: string;
  repository: string;
  runId: string;
  policy: string;
  startedOn: string;
  finishedOn: string;
  steps: RunStepVerdict[];
  notes: string[];
}

export const EXIT_INTERRUPTED = 130;

export function exitCodeOf(v: RunVerdict): number {
  return v.verdict === 'pass' ? 0 : v.verdict === 'fail' ? 1 : EXIT_INTERRUPTED;
}
