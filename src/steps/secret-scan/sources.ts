import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';
import { COMMIT_MARK, parseAddedLines, writeMirror } from './diff.js';

export type Mode = 'staged' | 'range' | 'tree';
export const MODES: readonly Mode[] = ['staged', 'range', 'tree'];

/** What one scan covers: the folder gitleaks reads, and a description for logs and the summary. */
export interface ScanTarget {
  dir: string;
  describe: string;
  /** Range mode: the folder names under dir are commits. */
  commitFolders: boolean;
  /** Nothing to scan (e.g. no staged additions): gitleaks need not start at all. */
  empty: boolean;
}

const ZERO_SHA = /^0+$/;

async function git(ctx: StepContext, args: string[]): Promise<string> {
  const r = await ctx.exec.run('git', args, { cwd: ctx.repoDir, signal: ctx.signal });
  if (r.code !== 0) {
    throw new TollgateError(
      'INPUT_INVALID',
      `git ${args[0]} failed in ${ctx.repoDir}: ${r.stderr.trim()}`,
      {
        hint: 'secret-scan needs a git checkout (with history for range mode: fetch-depth: 0)',
      },
    );
  }
  return r.stdout;
}

// Plain output whatever the user's git configuration says (colour, external diff, renames
// shown as such rather than as additions: a renamed file's content is not new).
const DIFF_FLAGS = ['-U0', '--no-color', '--no-ext-diff', '--find-renames', '--diff-filter=d'];

/**
 * The base of a range: the `base` input, else the pull request's base branch that GitHub
 * sets (GITHUB_BASE_REF); a zero sha (a new branch pushed) or nothing means the last commit.
 */
async function rangeOf(ctx: StepContext): Promise<{ range: string[]; describe: string }> {
  let base = ctx.inputs.base?.trim() || undefined;
  if (!base && process.env.GITHUB_BASE_REF) base = `origin/${process.env.GITHUB_BASE_REF}`;
  if (!base || ZERO_SHA.test(base)) {
    return { range: ['-1', 'HEAD'], describe: 'the last commit (no base given)' };
  }
  const verify = await ctx.exec.run(
    'git',
    ['rev-parse', '--verify', '--quiet', `${base}^{commit}`],
    {
      cwd: ctx.repoDir,
      signal: ctx.signal,
    },
  );
  if (verify.code !== 0) {
    throw new TollgateError('INPUT_INVALID', `secret-scan: the base ${base} is not a commit here`, {
      hint: 'fetch the history the range needs (actions/checkout with fetch-depth: 0)',
    });
  }
  return { range: [`${verify.stdout.trim()}..HEAD`], describe: `commits ${base}..HEAD` };
}

/** Prepares what gitleaks scans for the mode; `scratch` is an empty temp folder. */
export async function prepareTarget(
  ctx: StepContext,
  mode: Mode,
  scratch: string,
): Promise<ScanTarget> {
  if (mode === 'tree') {
    return { dir: ctx.repoDir, describe: 'the working tree', commitFolders: false, empty: false };
  }
  let patch: string;
  let describe: string;
  if (mode === 'staged') {
    patch = await git(ctx, ['diff', '--cached', ...DIFF_FLAGS]);
    describe = 'the staged changes';
  } else {
    const { range, describe: d } = await rangeOf(ctx);
    patch = await git(ctx, [
      'log',
      '-p',
      '--no-merges',
      `--format=${COMMIT_MARK}%H`,
      ...DIFF_FLAGS,
      ...range,
    ]);
    describe = d;
  }
  const files = parseAddedLines(patch);
  await writeMirror(scratch, files);
  return { dir: scratch, describe, commitFolders: mode === 'range', empty: files.length === 0 };
}
