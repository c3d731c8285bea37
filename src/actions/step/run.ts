import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { findStep } from '../../pipeline/graph.js';
import { COMMON_INPUTS, STEP_INPUTS } from '../../pipeline/inputs.js';
import { INPUTS_FILE, loadInputsFile } from '../../runner/inputs-file.js';
import { executeStep, type StepOutcome } from '../../steps/execute.js';
import type { StepImplementation } from '../../steps/types.js';
import { uploadArtifact } from './artifact.js';
import { withDeployment } from './deployment.js';
import type { StepActionDeps } from './ports.js';
import { findingsOf, stepSummary } from './summary.js';
import { upstreamProducts } from './upstream.js';
import { carryProducts, restoreProducts } from './workspace-products.js';

/**
 * The step's inputs by name: a non-empty action input (`with:`, or a workflow input passed
 * on), else the repository's inputs file (the step's entry, then its `defaults:`), else the
 * catalogue's default. The workflows and action.yml files leave these empty by default for
 * that reason: an empty input means "not set".
 */
export function readInputs(
  step: string,
  getInput: (name: string) => string,
  fromFile: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const defs = [...COMMON_INPUTS, ...(STEP_INPUTS[step] ?? [])];
  return Object.fromEntries(
    defs.map((d) => [d.name, getInput(d.name) || (fromFile[d.name] ?? d.default)]),
  );
}

/**
 * What the action set explicitly (non-empty inputs) over the inputs file: the values a local
 * run would check with the step's own input check.
 */
function givenInputs(
  step: string,
  getInput: (name: string) => string,
  fromFile: Readonly<Record<string, string>>,
): Record<string, string> {
  const given: Record<string, string> = { ...fromFile };
  for (const d of [...COMMON_INPUTS, ...(STEP_INPUTS[step] ?? [])]) {
    const v = getInput(d.name);
    if (v) given[d.name] = v;
  }
  return given;
}

function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) {
    throw new TollgateError('USAGE', `${name} is not set: this action runs inside GitHub Actions`, {
      hint: 'use `tollgate run` to run the steps on another machine',
    });
  }
  return v;
}

/**
 * One step in its GitHub Action: inputs → context → executeStep → job summary, outputs and
 * the `tollgate-<step>` artifact. A step that did not pass fails the job; what it found is
 * still signed and uploaded first, so the gate and the reviewer see it.
 */
export async function runStep(stepId: string, deps: StepActionDeps): Promise<StepOutcome> {
  const def = findStep(stepId);
  if (!def) throw new TollgateError('USAGE', `unknown step "${stepId}"`);
  const { core, env } = deps;
  const workspace = env.GITHUB_WORKSPACE || deps.cwd;
  // The repository's inputs file, read and checked exactly as `tollgate run` does.
  const inputsFile = await loadInputsFile(join(workspace, INPUTS_FILE), INPUTS_FILE);
  const fromFile = inputsFile[stepId] ?? {};
  const getInput = (n: string) => core.getInput(n);
  const impl = await deps.implementationOf(stepId);
  const problem = impl?.checkInputs?.(givenInputs(stepId, getInput, fromFile));
  if (problem) {
    throw new TollgateError('USAGE', `input ${stepId}.${problem}`, {
      hint: `see docs/steps/ for the inputs of ${stepId}`,
    });
  }
  const inputs = readInputs(stepId, getInput, fromFile);
  const reportsDir = resolve(workspace, inputs['reports-dir']!);
  const outDir = join(reportsDir, stepId);
  await mkdir(outDir, { recursive: true });
  const repoDir = resolve(workspace, inputs['working-directory']!);
  // The products of consumed steps this job builds on (compile's dist/), from their artifacts.
  const restore = await restoreProducts(def.consumes, reportsDir, repoDir);
  if ('restored' in restore && restore.restored.length)
    core.info(`restored ${restore.restored.length} attested product file(s) into the workspace`);
  const signerSettings = {
    kind: inputs.signer!,
    key: inputs.key,
    fulcioUrl: inputs['fulcio-url'],
    rekorUrl: inputs['rekor-url'],
    tsaUrl: inputs['tsa-url'],
  };
  const deployed = withDeployment(impl, {
    // deploy-test's settings as its own job reads them: the inputs file, else the catalogue.
    deployInputs: readInputs('deploy-test', () => '', inputsFile['deploy-test'] ?? {}),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    env,
  });
  const outcome = await executeStep(
    'failed' in restore ? refused(stepId, restore.failed) : deployed,
    {
      step: def,
      repoDir,
      outDir,
      reportsOf: (step) => join(reportsDir, step),
      inputs,
      commit: requireEnv(env, 'GITHUB_SHA'),
      repository: requireEnv(env, 'GITHUB_REPOSITORY'),
      upstream: await upstreamProducts(reportsDir, [...new Set([...def.needs, ...def.consumes])]),
      log: (l) => core.info(l),
      exec: deps.exec,
      signal: deps.signal,
    },
    () => deps.signer(signerSettings, env, workspace),
    { attestationsDir: reportsDir, env, now: deps.now },
  );
  const reports = outcome.reports.map((r) => resolve(outDir, r));
  await core.summary(stepSummary(def, outcome));
  core.setOutput('result', outcome.status);
  core.setOutput('findings', String(findingsOf(outcome)));
  core.setOutput('report-path', relative(workspace, outDir) || '.');
  core.setOutput('bundle-path', outcome.bundles[0] ? relative(workspace, outcome.bundles[0]) : '');
  const uploadProblem = await uploadArtifact(deps, `tollgate-${stepId}`, reportsDir, async () => [
    ...outcome.bundles,
    ...reports,
    ...(outcome.status === 'passed'
      ? await carryProducts(def, outcome.products, repoDir, outDir)
      : []),
  ]);
  // The step's own failure is what the job reports; an upload that failed as well is a
  // warning beside it. A passing step whose artifact is missing fails: later jobs need it.
  // A step that does not apply is judged by the gate's policy, not by the job's colour.
  if (outcome.status !== 'passed' && outcome.status !== 'not-applicable') {
    core.setFailed(`tollgate ${stepId}: ${outcome.status}: ${outcome.reason}`);
    if (uploadProblem) core.warning(uploadProblem);
    return outcome;
  }
  if (uploadProblem) {
    core.setFailed(`tollgate ${stepId}: failed: ${uploadProblem}`);
    return { ...outcome, status: 'failed', reason: uploadProblem };
  }
  return outcome;
}

/** Stands in for a step that cannot run, so that it fails with the reason like any other. */
function refused(stepId: string, reason: string): StepImplementation {
  return {
    id: stepId,
    run: async () => ({
      status: 'failed',
      failure: 'tool',
      reason,
      attestations: [],
      products: [],
      reports: [],
    }),
  };
}
