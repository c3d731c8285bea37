import type { ImplementationLookup } from '../../steps/registry.js';
import { renderRunText } from '../../report/run-text.js';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { INPUTS_FILE, loadInputsFile, parseInputFlags } from '../../runner/inputs-file.js';
import { TollgateError } from '../../core/errors.js';
import { headCommit, isGitRepository, repositoryName } from '../../core/git.js';
import { nodeProcessRunner } from '../../core/process.js';
import { STAGES } from '../../pipeline/graph.js';
import { exitCodeOf } from '../../report/run-types.js';
import { containerProcessRunner, imageDigestOf, requirePodman } from '../../runner/isolation.js';
import { loadLocalKey, localKeyPath } from '../../runner/local-key.js';
import { makePlan } from '../../runner/plan.js';
import { createProgress } from '../../runner/progress.js';
import { runLocal } from '../../runner/runner.js';
import { implementationOf } from '../../steps/registry.js';
import type { RunFolder } from '../../runner/run-folder.js';
import type { RunVerdict } from '../../report/run-types.js';
import { list, optional, type Command, type Io, type Options, type Values } from '../command.js';

const HELP = `Usage: tollgate run [--repo DIR] [--stage S]... [--only STEP]... [--out DIR]
                    [--jobs N] [--isolation process|container] [--image REF]
                    [--inputs FILE] [--input STEP.NAME=VALUE]...

Runs the pipeline's steps on this machine with the same implementations as the GitHub
Actions, signs their attestations with the local key, and judges them with the gate.
Independent steps run in parallel. Results go to a new run folder, also reachable as
<out>/latest: attestations/, reports/<step>/, logs/<step>.log, summary.md, report.html
and verdict.json.

Options:
  --repo DIR         repository to check (default: the current folder)
  --stage S          only the steps of this stage (repeatable): ${STAGES.join(', ')}
  --only STEP        only this step (repeatable); the steps it needs are not added
  --out DIR          parent of the run folders (default: <repo>/.tollgate/runs)
  --jobs N           most steps at once (default: the number of CPUs)
  --isolation KIND   process (default) or container: every process a step starts runs
                     in a podman container with a read-only root and only the
                     repository (and the run folder) mounted
  --image REF        image for --isolation container (default: $TOLLGATE_IMAGE)
  --inputs FILE      the steps' inputs, as the actions' \`with:\` (default:
                     <repo>/${INPUTS_FILE} when it exists), e.g.
                       container:
                         builder: node
  --input S.N=V      one input of one step, over the file (repeatable)

The local key is $TOLLGATE_KEY, else $XDG_CONFIG_HOME/tollgate/local.key (default
~/.config/tollgate/local.key), created on first use.

A step whose needs did not pass is skipped, with the reason. Ctrl-C stops every running
step, writes the run folder (verdict "interrupted") and exits 130.

Exit codes: 0 the gate passed, 1 it failed, 2 bad usage, 130 interrupted.
`;

/** The options of `tollgate run`. */
export const RUN_OPTIONS: Options = {
  repo: { type: 'string' },
  stage: { type: 'string', multiple: true },
  only: { type: 'string', multiple: true },
  out: { type: 'string' },
  jobs: { type: 'string' },
  isolation: { type: 'string' },
  image: { type: 'string' },
  inputs: { type: 'string' },
  input: { type: 'string', multiple: true },
};

function jobsOf(values: Values): number {
  const raw = optional(values, 'jobs');
  if (raw === undefined) return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new TollgateError('USAGE', `--jobs must be a whole number of at least 1, not "${raw}"`);
  }
  return n;
}

/** How a caller other than `tollgate run` itself (the pre-commit hook) adjusts a run. */
export interface PipelineOverrides {
  /** The commit the attestations name, when HEAD cannot be used as it is (no commit yet). */
  commit?: (repoDir: string) => string;
}

/**
 * A local run from the command line's values: checks the names, loads the inputs and the
 * key, runs the steps and the gate. Shared by `tollgate run` and `tollgate hook run`.
 */
export async function runPipeline(
  values: Values,
  io: Io,
  registry: ImplementationLookup = implementationOf,
  overrides: PipelineOverrides = {},
): Promise<{ verdict: RunVerdict; folder: RunFolder }> {
  const repoDir = resolve(io.cwd, optional(values, 'repo') ?? '.');
  const outDir = resolve(repoDir, optional(values, 'out') ?? '.tollgate/runs');
  const isolation = optional(values, 'isolation') ?? 'process';
  if (isolation !== 'process' && isolation !== 'container') {
    throw new TollgateError(
      'USAGE',
      `--isolation must be process or container, not "${isolation}"`,
    );
  }
  const jobs = jobsOf(values);
  const inputsFile = optional(values, 'inputs');
  const inputsPath = resolve(inputsFile ? io.cwd : repoDir, inputsFile ?? INPUTS_FILE);
  const inputs = parseInputFlags(
    list(values, 'input'),
    await loadInputsFile(inputsPath, relative(io.cwd, inputsPath) || inputsPath, !!inputsFile),
  );
  // Names are checked before anything touches the repository or the key.
  makePlan(list(values, 'stage'), list(values, 'only'));
  for (const [step, given] of Object.entries(inputs)) {
    const problem = (await registry(step))?.checkInputs?.(given);
    if (problem) {
      throw new TollgateError('USAGE', `input ${step}.${problem}`, {
        hint: `see docs/steps/ for the inputs of ${step}`,
      });
    }
  }
  const env = { ...io.env };
  let exec = nodeProcessRunner;
  if (isolation === 'container') {
    const image = optional(values, 'image') ?? io.env.TOLLGATE_IMAGE;
    const podman = requirePodman(io.env, image);
    exec = containerProcessRunner(
      { image: image!, workspace: repoDir, writable: [outDir], podman },
      exec,
    );
    const digest = imageDigestOf(image!);
    if (digest) env.TOLLGATE_IMAGE_DIGEST = digest;
  }
  // The hook names the commit itself (a repository's first commit has no HEAD yet).
  if (!overrides.commit && !isGitRepository(repoDir)) {
    throw new TollgateError('USAGE', `${repoDir} is not a git repository with commits`, {
      hint: 'pass --repo with the folder of a git repository that has a commit (or run it inside one)',
    });
  }
  const commit = (overrides.commit ?? headCommit)(repoDir);
  const key = await loadLocalKey(io.env);
  if (key.created) io.err(`created the local signing key ${localKeyPath(io.env).path}\n`);

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const t0 = Date.now();
  try {
    return await runLocal(
      {
        repoDir,
        outDir,
        stages: list(values, 'stage'),
        only: list(values, 'only'),
        jobs,
        commit,
        repository: repositoryName(repoDir),
        inputs,
      },
      {
        implementationOf: registry,
        exec,
        signer: key.signer,
        publicKeyPem: key.publicKeyPem,
        env,
        now: io.now,
        signal: controller.signal,
        progress: createProgress({
          write: io.err,
          tty: io.env.TOLLGATE_PROGRESS === 'tty' || (process.stderr.isTTY && !io.env.CI),
          now: () => Date.now() - t0,
        }),
      },
    );
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
  }
}

/** The command, with the step registry as a parameter so tests can run fake steps through it. */
export function createRunCommand(registry: ImplementationLookup = implementationOf): Command {
  return {
    name: 'run',
    summary: 'run the pipeline locally, sign every step, and gate the result',
    help: HELP,
    options: RUN_OPTIONS,
    async run(values, _pos, io) {
      const { verdict, folder } = await runPipeline(values, io, registry);
      io.out(renderRunText(verdict, folder.dir, io.cwd));
      return exitCodeOf(verdict);
    },
  };
}

export const runCommand = createRunCommand();
