import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { collectBundles } from '../gate/collect.js';
import { runGate } from '../gate/gate.js';
import { trustFromPolicy } from '../gate/trust.js';
import { writeFileAtomic } from '../core/fs.js';
import { redactor as processRedactor } from '../core/redact.js';
import { parsePolicy } from '../policy/load.js';
import type { RunVerdict } from '../report/run-types.js';
import type { Subject } from '../attest/statement.js';
import { localPolicy } from './local-policy.js';
import { mergeVerdict } from './merge-verdict.js';
import { makePlan } from './plan.js';
import type { Progress } from './progress.js';
import {
  createRunFolder,
  earlierStepFolders,
  linkLatest,
  runId,
  type RunFolder,
} from './run-folder.js';
import { runGraph } from './scheduler.js';
import { tearDownDeployments } from '../steps/deploy-test/teardown.js';
import { CROSS_STAGE_INPUTS } from './consumes.js';
import {
  crashed,
  notRun,
  runStepTask,
  type RunnerOutcome,
  type StepTaskDeps,
} from './step-task.js';
import { redactLogFile } from './step-log.js';
import { writeRunReports } from './write-reports.js';
import type { StepInputs } from './inputs-file.js';
import { describeApplied } from './step-thresholds.js';

export interface RunOptions {
  repoDir: string;
  /** Parent of the run folders (`<repo>/.tollgate/runs` by default). */
  outDir: string;
  stages: string[];
  only: string[];
  jobs: number;
  commit: string;
  repository: string;
  /** Per step, inputs over the defaults (see inputs-file.ts). */
  inputs?: StepInputs;
}

export interface RunnerDeps extends StepTaskDeps {
  publicKeyPem: string;
  progress: Progress;
  signal: AbortSignal;
}

/**
 * Runs the planned steps locally, then the gate, and leaves a complete run folder behind,
 * also when the run is aborted. Steps whose needs did not pass are skipped with the reason:
 * their inputs (the upstream products) do not exist, so running them would check nothing real.
 */
export async function runLocal(
  o: RunOptions,
  deps: RunnerDeps,
): Promise<{ verdict: RunVerdict; folder: RunFolder }> {
  const plan = makePlan(o.stages, o.only);
  const redactor = deps.redactor ?? processRedactor;
  const known = redactor.secretCount;
  const startedOn = deps.now();
  const folder = await createRunFolder(o.outDir, runId(startedOn));
  await writeFileAtomic(`${folder.dir}/local.pub`, deps.publicKeyPem);
  const { text: policyText, applied } = localPolicy(
    plan.steps,
    'local.pub',
    o.only.length > 0,
    o.inputs,
  );
  await writeFileAtomic(`${folder.dir}/policy.yml`, policyText);

  const defs = new Map(plan.steps.map((s) => [s.id, s]));
  // A step of this run reads its upstream's folder in this run; a step that is not part of
  // the run (per-pr after a per-commit run) is read from the newest earlier run that has it.
  const earlier = await earlierStepFolders(o.outDir, folder.id);
  const reportsOf = (step: string) =>
    (!defs.has(step) && earlier.get(step)) || folder.reportsOf(step);
  // What became of the earlier-stage steps read from an earlier run: a reader of a step that
  // did not pass there is skipped as it would be in one run.
  const earlierStatus = await earlierStatuses(
    plan.steps.flatMap((s) => CROSS_STAGE_INPUTS[s.id] ?? []).filter((n) => !defs.has(n)),
    earlier,
  );
  const nodes = plan.steps.map((s) => ({
    id: s.id,
    needs: [
      ...(plan.needs.get(s.id) ?? []),
      ...(plan.through.get(s.id) ?? []),
      ...(plan.after.get(s.id) ?? []),
    ],
  }));
  const outcomes = await runGraph<RunnerOutcome>(nodes, {
    jobs: o.jobs,
    signal: deps.signal,
    skip: (node, done) => {
      // A need that did not apply (no integration tests) leaves its dependants to do without
      // it; an earlier-stage step whose output the step reads (the image) must have passed.
      const blocked = [
        ...[...(plan.needs.get(node.id) ?? []), ...(plan.through.get(node.id) ?? [])].filter(
          (n) => !['passed', 'not-applicable'].includes(done.get(n)?.status ?? ''),
        ),
        ...(CROSS_STAGE_INPUTS[node.id] ?? []).filter((n) =>
          defs.has(n) ? done.get(n)?.status !== 'passed' : earlierStatus.has(n),
        ),
      ];
      if (blocked.length === 0) return undefined;
      const why = blocked
        .map((n) => (defs.has(n) ? `${n} ${done.get(n)?.status}` : earlierStatus.get(n)))
        .join(', ');
      const out = notRun(defs.get(node.id)!, 'skipped', `not run: needs ${why}`, deps.now());
      deps.progress.finished(node.id, out.status, out.reason);
      return out;
    },
    aborted: (node) =>
      notRun(defs.get(node.id)!, 'interrupted', 'not started: the run was interrupted', deps.now()),
    run: async (node, done) => {
      deps.progress.started(node.id);
      const upstream: Record<string, Subject[]> = {};
      for (const n of plan.needs.get(node.id) ?? []) upstream[n] = done.get(n)?.products ?? [];
      const out = await runStepTask(
        {
          def: defs.get(node.id)!,
          folder,
          repoDir: o.repoDir,
          commit: o.commit,
          repository: o.repository,
          upstream,
          inputs: o.inputs?.[node.id],
          reportsOf,
          signal: deps.signal,
        },
        deps,
      ).catch((e: unknown) => crashed(defs.get(node.id)!, e, deps.now()));
      deps.progress.finished(node.id, out.status, out.reason);
      return out;
    },
    // Deployments (deploy-test) outlive their step for the steps after it; they end with the
    // run, however it ends.
  }).finally(() => tearDownDeployments(plan.steps.map((s) => folder.reportsOf(s.id))));
  deps.progress.close();
  // A secret found late in the run (secret-scan ends after steps that ran beside it) is
  // masked in every log of the run, not only in those written after it was found.
  if (redactor.secretCount > known) {
    for (const s of plan.steps) await redactLogFile(folder.logOf(s.id), redactor);
  }

  const policy = await parsePolicy(policyText, 'policy.yml', folder.dir);
  const { trust, keyIds } = trustFromPolicy(policy, {});
  const gate = runGate({
    policy,
    trust,
    keyIds,
    bundles: await collectBundles(folder.attestations, folder.dir),
    commit: o.commit,
    now: deps.now(),
  });
  const merged = mergeVerdict({
    gate,
    outcomes,
    order: plan.steps.map((s) => ({ id: s.id, stage: s.stage })),
    runDir: folder.dir,
    runId: folder.id,
    repository: o.repository,
    startedOn: startedOn.toISOString(),
    finishedOn: deps.now().toISOString(),
    interrupted: deps.signal.aborted,
  });
  // Where a step's input and the policy disagree on a threshold, the summary says which applied.
  const verdict = { ...merged, notes: [...applied.map(describeApplied), ...merged.notes] };
  await writeRunReports(folder, verdict, plan, redactor);
  await linkLatest(o.outDir, folder.id);
  return { verdict, folder };
}

/**
 * For each step read from an earlier run, `<step> <status> in run <id>` when that run's
 * verdict says it did not pass; absent when it passed or no verdict says (an older run
 * folder): then the step's output is read as it is.
 */
async function earlierStatuses(
  steps: string[],
  earlier: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const step of new Set(steps)) {
    const reports = earlier.get(step);
    if (!reports) continue;
    const runDir = dirname(dirname(reports));
    const text = await readFile(join(runDir, 'verdict.json'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    try {
      const v = JSON.parse(text) as RunVerdict;
      const status = v.steps?.find((s) => s.step === step)?.status;
      if (status && status !== 'passed') out.set(step, `${step} ${status} in run ${v.runId}`);
    } catch {
      // a verdict that cannot be read says nothing: the step's output is read as it is
    }
  }
  return out;
}
