import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { findStep } from '../../pipeline/graph.js';
import { COMMON_INPUTS, STEP_INPUTS } from '../../pipeline/inputs.js';
import { executeStep, type StepOutcome } from '../../steps/execute.js';
import type { StepActionDeps } from './ports.js';
import { findingsOf, stepSummary } from './summary.js';
import { upstreamProducts } from './upstream.js';

/** The step's inputs by name, each falling back to the catalogue's default. */
export function readInputs(
  step: string,
  getInput: (name: string) => string,
): Record<string, string> {
  const defs = [...COMMON_INPUTS, ...(STEP_INPUTS[step] ?? [])];
  return Object.fromEntries(defs.map((d) => [d.name, getInput(d.name) || d.default]));
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
  const inputs = readInputs(stepId, (n) => core.getInput(n));
  const workspace = env.GITHUB_WORKSPACE || deps.cwd;
  const reportsDir = resolve(workspace, inputs['reports-dir']!);
  const outDir = join(reportsDir, stepId);
  await mkdir(outDir, { recursive: true });
  const signerSettings = {
    kind: inputs.signer!,
    key: inputs.key,
    fulcioUrl: inputs['fulcio-url'],
    rekorUrl: inputs['rekor-url'],
    tsaUrl: inputs['tsa-url'],
  };
  const outcome = await executeStep(
    await deps.implementationOf(stepId),
    {
      step: def,
      repoDir: resolve(workspace, inputs['working-directory']!),
      outDir,
      reportsOf: (step) => join(reportsDir, step),
      inputs,
      commit: requireEnv(env, 'GITHUB_SHA'),
      repository: requireEnv(env, 'GITHUB_REPOSITORY'),
      upstream: await upstreamProducts(reportsDir, def.needs),
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
  const files = [...outcome.bundles, ...reports];
  if (files.length) {
    const store = await deps.artifacts();
    await store.upload(`tollgate-${stepId}`, files, reportsDir);
  }
  // A step that does not apply is judged by the gate's policy, not by the job's colour.
  if (outcome.status !== 'passed' && outcome.status !== 'not-applicable') {
    core.setFailed(`tollgate ${stepId}: ${outcome.status}: ${outcome.reason}`);
  }
  return outcome;
}
