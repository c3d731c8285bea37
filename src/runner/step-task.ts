import type { ImplementationLookup } from '../steps/registry.js';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Subject } from '../attest/statement.js';
import type { ProcessRunner } from '../core/process.js';
import { describeError } from '../core/errors.js';
import { redactor as processRedactor, type Redactor } from '../core/redact.js';
import { COMMON_INPUTS, STEP_INPUTS } from '../pipeline/inputs.js';
import type { StepDef } from '../pipeline/graph.js';
import { executeStep, type SignerSource, type StepOutcome } from '../steps/execute.js';
import type { RunFolder } from './run-folder.js';
import { openStepLog, redactLogFile } from './step-log.js';

/** What the runner records per step: an executed step's outcome, or why it did not run. */
export type RunnerOutcome =
  StepOutcome | (Omit<StepOutcome, 'status'> & { status: 'skipped' | 'interrupted' });

export interface StepTaskDeps {
  implementationOf: ImplementationLookup;
  exec: ProcessRunner;
  signer: SignerSource;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** What masks the log (default: the process's redactor, which secret-scan teaches). */
  redactor?: Redactor;
}

export interface StepTaskInput {
  def: StepDef;
  folder: RunFolder;
  repoDir: string;
  commit: string;
  repository: string;
  upstream: Record<string, Subject[]>;
  /** Inputs over the catalogue's defaults (the repository's inputs file and --input flags). */
  inputs?: Record<string, string>;
  /** The folder of another step's reports (see StepContext.reportsOf). */
  reportsOf: (step: string) => string;
  signal: AbortSignal;
}

/** Locally a step takes the catalogue's defaults: the same values an action gets with no `with:`. */
export function defaultInputs(step: string): Record<string, string> {
  const all = [...COMMON_INPUTS, ...(STEP_INPUTS[step] ?? [])];
  return Object.fromEntries(all.map((i) => [i.name, i.default]));
}

/**
 * Runs one step of a local run: its log file gets the runner's lines and every tool's
 * output, and every process it starts is tied to the run's abort signal even if the step
 * forgets to pass it on.
 */
export async function runStepTask(i: StepTaskInput, deps: StepTaskDeps): Promise<StepOutcome> {
  await mkdir(i.folder.reportsOf(i.def.id), { recursive: true });
  const redactor = deps.redactor ?? processRedactor;
  const known = redactor.secretCount;
  const log = openStepLog(i.folder.logOf(i.def.id), redactor);
  const exec: ProcessRunner = {
    run(command, args, options) {
      log.line(`$ ${[command, ...args].join(' ')}`);
      return deps.exec.run(command, args, {
        ...options,
        signal: options.signal ?? i.signal,
        onOutput: (chunk, stream) => {
          log.chunk(chunk);
          options.onOutput?.(chunk, stream);
        },
      });
    },
  };
  try {
    let impl: Awaited<ReturnType<ImplementationLookup>>;
    try {
      impl = await deps.implementationOf(i.def.id);
    } catch (e) {
      // A module that does not load (a syntax error, an API this Node lacks, a missing
      // dependency) fails its step only: the other steps, the gate and the reports still run.
      const reason = `the step's code could not be loaded: ${describeError(e)}`;
      log.line(reason);
      if (e instanceof Error && e.stack) log.line(e.stack);
      return notRun(i.def, 'failed', reason, deps.now()) as StepOutcome;
    }
    return await executeStep(
      impl,
      {
        step: i.def,
        repoDir: i.repoDir,
        outDir: i.folder.reportsOf(i.def.id),
        reportsOf: i.reportsOf,
        inputs: { ...defaultInputs(i.def.id), ...i.inputs },
        commit: i.commit,
        repository: i.repository,
        upstream: i.upstream,
        log: (l) => log.line(l),
        exec,
        signal: i.signal,
      },
      deps.signer,
      { attestationsDir: i.folder.attestations, env: deps.env, now: deps.now },
    ).then((o) => ({
      ...o,
      reports: o.reports.map((r) => resolve(i.folder.reportsOf(i.def.id), r)),
    }));
  } finally {
    await log.close();
    // What the step found is masked in what it printed before it knew.
    if (redactor.secretCount > known) await redactLogFile(i.folder.logOf(i.def.id), redactor);
  }
}

/** The record of a step that did not run (or failed before its code ran). */
export function notRun(
  def: StepDef,
  status: RunnerOutcome['status'],
  reason: string,
  now: Date,
): RunnerOutcome {
  const at = now.toISOString();
  return {
    step: def.id,
    stage: def.stage,
    status,
    reason,
    bundles: [],
    reports: [],
    products: [],
    metrics: {},
    environment: {},
    startedOn: at,
    finishedOn: at,
  };
}

/**
 * The record of a step whose task threw outside the step's own code (its folder could not be
 * made, say): the step failed, and the run goes on to its verdict and reports.
 */
export function crashed(def: StepDef, e: unknown, now: Date): RunnerOutcome {
  return notRun(def, 'failed', `the runner could not run the step: ${describeError(e)}`, now);
}
