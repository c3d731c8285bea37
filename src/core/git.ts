import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { TollgateError } from './errors.js';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** The commit under evaluation when none is given: HEAD of the repository at `cwd`. */
export function headCommit(cwd: string): string {
  const sha = git(cwd, ['rev-parse', 'HEAD']);
  if (!sha) {
    throw new TollgateError(
      'USAGE',
      `cannot tell the commit: ${cwd} is not a git repository with commits`,
      {
        hint: 'pass --commit <sha>',
      },
    );
  }
  return sha;
}

/** A stable name for the repository: `owner/repo` from the origin URL, else the folder name. */
export function repositoryName(cwd: string): string {
  const url = git(cwd, ['config', '--get', 'remote.origin.url']);
  const m = url && /[/:]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(url);
  return m?.[1] ?? basename(git(cwd, ['rev-parse', '--show-toplevel']) ?? cwd);
}

/** The author's e-mail address of a commit: who a self-approval check compares with. */
export function commitAuthor(cwd: string, commit: string): string | undefined {
  return git(cwd, ['log', '-1', '--format=%ae', commit]) || undefined;
}

/** Who the user is to git here (`user.email`), the default identity of a local approval. */
export function gitUserEmail(cwd: string): string | undefined {
  return git(cwd, ['config', '--get', 'user.email']) || undefined;
}

/** Whether `cwd` is a folder inside a git repository that has at least one commit. */
export function isGitRepository(cwd: string): boolean {
  return git(cwd, ['rev-parse', '--verify', '-q', 'HEAD']) !== undefined;
}
