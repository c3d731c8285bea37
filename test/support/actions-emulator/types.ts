import type { Annotation } from './commands.js';

export type JobResultKind = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface StepReport {
  /** The step's `id:`, or the one the parser made up (`__actions_checkout`). */
  id: string;
  name: string;
  uses?: string;
  /** The resolved action: `emulated:actions/checkout`, `tollgate:actions/sast`, `run`. */
  kind: string;
  /** Before continue-on-error, as GitHub's `steps.<id>.outcome`. */
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled';
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled';
  outputs: Record<string, string>;
  /** Standard output and error, interleaved, masks applied. */
  log: string;
  annotations: Annotation[];
  /** The inputs the action got (after defaults), for assertions. */
  inputs?: Record<string, string>;
  exitCode?: number;
  /** What the emulator said about the step (why it failed when no process ran). */
  error?: string;
  /** Hosts outside this machine the step tried to reach, refused by the runner's proxy. */
  refused?: string[];
}

export interface JobReport {
  /** `job`, or `caller/job` for a job of a called workflow. */
  id: string;
  name: string;
  /** Workflow file the job is defined in. */
  workflow: string;
  result: JobResultKind;
  outputs: Record<string, string>;
  steps: StepReport[];
  /** Names of the artifacts this job uploaded. */
  artifacts: string[];
  /** Permissions the job's token had (after the caller's limits); undefined: the default. */
  permissions?: Record<string, 'none' | 'read' | 'write'>;
  environment?: { name: string; url?: string };
  concurrency?: { group: string; cancelInProgress: boolean };
  runsOn?: unknown;
  /** Inputs of a called workflow (for the caller job). */
  inputs?: Record<string, unknown>;
  /** Secret names a called workflow received. */
  secrets?: string[];
  /** The job's own message when it failed before or outside its steps. */
  error?: string;
  /** The first error annotation or emulator message, for summaries. */
  firstError?: string;
}

export type RunEvent =
  | { type: 'job-start' | 'job-end'; job: string; result?: JobResultKind }
  | { type: 'step-start' | 'step-end'; job: string; step: string; outcome?: string };
