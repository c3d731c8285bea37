import { copyFile, link, lstat, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

/**
 * Prepares what gitleaks scans for the mode; `scratch` is an empty private temp folder.
 *
 * Staged mode reads the index (`git diff --cached`: the blobs about to be committed, with
 * their line numbers there), never the working tree: a secret staged and then removed from
 * the file on disk is still committed, and a secret only on disk is not. In a hook run by
 * `git commit -a` or `git commit <file>`, git points GIT_INDEX_FILE at the index it is about
 * to commit, and the git started here inherits it.
 *
 * The patch is data that holds the secrets in clear: git writes it into scratch (--output)
 * rather than to its standard output, which the runner copies into the step's log.
 */
export async function prepareTarget(
  ctx: StepContext,
  mode: Mode,
  scratch: string,
): Promise<ScanTarget> {
  if (mode === 'tree') return trackedTree(ctx, join(scratch, 'tree'));
  const patchFile = join(scratch, 'changes.patch');
  const tree = join(scratch, 'tree');
  let describe: string;
  if (mode === 'staged') {
    await git(ctx, ['diff', '--cached', ...DIFF_FLAGS, `--output=${patchFile}`]);
    describe = 'the staged changes';
  } else {
    const { range, describe: d } = await rangeOf(ctx);
    await git(ctx, [
      'log',
      '-p',
      '--no-merges',
      `--format=${COMMIT_MARK}%H`,
      ...DIFF_FLAGS,
      `--output=${patchFile}`,
      ...range,
    ]);
    describe = d;
  }
  // git creates the file even for an empty change: a missing one means the patch went
  // elsewhere (a git run where this folder is not visible), and scanning nothing must not pass.
  const patch = await readFile(patchFile, 'utf8').catch((e: unknown) => {
    throw new TollgateError('INTERNAL', `git wrote no patch at ${patchFile}`, {
      cause: e,
      hint: 'secret-scan reads the patch from its temporary folder; run it where git can write there',
    });
  });
  await rm(patchFile, { force: true });
  const files = parseAddedLines(patch);
  await writeMirror(tree, files);
  return { dir: tree, describe, commitFolders: mode === 'range', empty: files.length === 0 };
}

/** Links made at once while mirroring the tracked files (a bound on open file handles). */
const LINKS_IN_FLIGHT = 64;

/**
 * Tree mode scans the tracked files only (`git ls-files`), as they are in the working tree:
 * build outputs, dependencies and run folders that git ignores are not the repository's
 * content, and in a checkout with node_modules they are most of the bytes. gitleaks reads a
 * folder, so the tracked files are hard-linked (copied across file systems) into a mirror
 * with the same relative paths; symbolic links, submodules and files deleted from the
 * working tree are left out. Outside a git checkout the whole folder is scanned, and the
 * log says so.
 */
async function trackedTree(ctx: StepContext, mirror: string): Promise<ScanTarget> {
  const listed = await ctx.exec.run('git', ['ls-files', '-z', '--cached'], {
    cwd: ctx.repoDir,
    signal: ctx.signal,
  });
  if (listed.code !== 0) {
    ctx.log(`secret-scan: ${ctx.repoDir} is not a git checkout; scanning every file in it`);
    return { dir: ctx.repoDir, describe: 'the working tree', commitFolders: false, empty: false };
  }
  const files = [...new Set(listed.stdout.split('\0').filter(Boolean))];
  let linked = 0;
  const one = async (rel: string): Promise<void> => {
    const from = join(ctx.repoDir, rel);
    const info = await lstat(from).catch(() => undefined);
    if (!info?.isFile()) return;
    const to = join(mirror, rel);
    await mkdir(dirname(to), { recursive: true });
    await link(from, to).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EXDEV' && e.code !== 'EPERM') throw e;
      return copyFile(from, to);
    });
    linked++;
  };
  for (let i = 0; i < files.length; i += LINKS_IN_FLIGHT)
    await Promise.all(files.slice(i, i + LINKS_IN_FLIGHT).map(one));
  await mkdir(mirror, { recursive: true });
  return {
    dir: mirror,
    describe: `the ${linked} tracked file(s) of the working tree`,
    commitFolders: false,
    empty: linked === 0,
  };
}
