import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { secretRefusal } from './hook-refusal.js';
import { writeFileAtomic } from '../../core/fs.js';
import { headCommit, repositoryName } from '../../core/git.js';
import { nodeProcessRunner } from '../../core/process.js';
import { collectBundles } from '../../gate/collect.js';
import { runGate } from '../../gate/gate.js';
import { trustFromPolicy } from '../../gate/trust.js';
import { parsePolicy } from '../../policy/load.js';
import { INPUTS_FILE, loadInputsFile, parseInputFlags } from '../../runner/inputs-file.js';
import { loadLocalKey, localKeyPath } from '../../runner/local-key.js';
import { renderLocalPolicy } from '../../runner/local-policy.js';
import { makePlan } from '../../runner/plan.js';
import { defaultInputs } from '../../runner/step-task.js';
import { executeStep, type StepOutcome } from '../../steps/execute.js';
import { implementationOf } from '../../steps/registry.js';
import type { Io } from '../command.js';

/** Where the hook leaves what it signed: the attestation and a one-line summary, nothing else. */
export const HOOK_DIR = '.tollgate/hook';
export const HOOK_SUMMARY = 'summary.txt';

/** The commit a pre-commit run names when the repository has none yet (git's "no commit"). */
const UNBORN = '0'.repeat(40);

/**
 * The hook's own path, for what a commit needs and nothing else: the pre-commit stage's
 * steps (secret-scan, in staged mode whatever the repository's inputs say) run one after the
 * other in this process, each signs its attestation with the local key, and the gate judges
 * them with the local policy. No run folder, logs, report files, HTML or Markdown: the
 * attestations go to .tollgate/hook/ with a one-line summary, and the step's reports live in
 * a temporary folder for as long as the hook needs them (the findings it lists). `tollgate
 * hook run --full` is the complete local run instead, with its run folder.
 *
 * Everything is printed to standard error, as git shows it; a refusal lists each finding by
 * file, line and rule (never the secret).
 */
export async function runHookFast(dir: string, io: Io): Promise<number> {
  let commit: string;
  try {
    commit = headCommit(dir);
  } catch {
    commit = UNBORN; // the first commit: still scanned, attested against no commit yet
  }
  const inputsPath = resolve(dir, INPUTS_FILE);
  const inputs = parseInputFlags(
    ['secret-scan.mode=staged'],
    await loadInputsFile(inputsPath, relative(io.cwd, inputsPath) || inputsPath, false),
  );
  const plan = makePlan(['pre-commit'], []);
  const key = await loadLocalKey(io.env);
  if (key.created) io.err(`created the local signing key ${localKeyPath(io.env).path}\n`);

  const out = join(dir, HOOK_DIR);
  const work = await mkdtemp(join(tmpdir(), 'tollgate-hook-'));
  const logs: string[] = [];
  try {
    const outcomes: StepOutcome[] = [];
    // Earlier attestations of the hook are replaced, never judged with this commit's.
    await rm(out, { recursive: true, force: true });
    for (const def of plan.steps) {
      outcomes.push(
        await executeStep(
          await implementationOf(def.id),
          {
            step: def,
            repoDir: dir,
            outDir: join(work, def.id),
            reportsOf: (step) => join(work, step),
            inputs: { ...defaultInputs(def.id), ...inputs[def.id] },
            commit,
            repository: repositoryName(dir),
            upstream: {},
            log: (line) => logs.push(`${def.id}: ${line}`),
            exec: nodeProcessRunner,
            signal: new AbortController().signal,
          },
          key.signer,
          { attestationsDir: out, env: io.env, now: io.now },
        ),
      );
    }
    await writeFileAtomic(join(work, 'local.pub'), key.publicKeyPem);
    const policyText = renderLocalPolicy(plan.steps, 'local.pub', false);
    const policy = await parsePolicy(policyText, 'policy.yml', work);
    const { trust, keyIds } = trustFromPolicy(policy, {});
    const verdict = runGate({
      policy,
      trust,
      keyIds,
      bundles: await collectBundles(out, dir).catch(() => []),
      commit,
      now: io.now(),
    });
    const failed = verdict.steps.filter((s) => s.status !== 'passed');
    const summary =
      failed.length === 0
        ? `tollgate: pre-commit passed: ${verdict.steps.map((s) => `${s.step} ${s.reason}`).join('; ')}`
        : `tollgate: pre-commit failed: ${failed.map((s) => `${s.step} ${s.status}: ${s.reason}`).join('; ')}`;
    await writeFileAtomic(join(out, HOOK_SUMMARY), `${summary}\n`);
    io.err(`${summary}\n`);
    if (failed.length === 0) return 0;
    return refuse(work, outcomes, logs, io);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Why the commit is refused: each finding by file, line and rule, or the step's own words. */
async function refuse(work: string, outcomes: StepOutcome[], logs: string[], io: Io) {
  let lines = await secretRefusal(join(work, 'secret-scan'));
  if (!lines.length) {
    const why = outcomes.map((o) => `${o.step} ${o.status}: ${o.reason}`).join('; ');
    lines = [
      `tollgate: commit refused: the pre-commit stage did not pass (${why})`,
      ...logs.slice(-20).map((l) => `  ${l}`),
    ];
  }
  io.err(lines.join('\n') + '\n');
  return 1;
}
