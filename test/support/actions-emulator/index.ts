// The GitHub Actions emulator of the tests; see README.md in this folder.
export { runWorkflow, TOLLGATE_ROOT, type EmulatorOptions, type RunReport } from './emulator.js';
export type { EventSpec } from './events.js';
export type { Artifact } from './artifacts.js';
export type { JobReport, JobResultKind, RunEvent, StepReport } from './types.js';
export { makeRepo } from './repo.js';
