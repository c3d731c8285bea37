import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
    },
  }).trim();

/** Folders made by makeRepo (and any a test adds, such as a run's workDir), for removeScratch. */
export const scratch: string[] = [];

export function removeScratch(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A git repository in a new temporary folder with `files` (and an optional folder copied in) committed on main. */
export function makeRepo(
  files: Record<string, string>,
  copyFrom?: string,
): { dir: string; head: string; commit(files: Record<string, string>, message?: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'emulated-repo-'));
  scratch.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  if (copyFrom)
    cpSync(copyFrom, dir, {
      recursive: true,
      filter: (src) =>
        !/(^|\/)(node_modules|\.tollgate|dist)(\/|$)/.test(src.slice(copyFrom.length)),
    });
  const commit = (more: Record<string, string>, message = 'change') => {
    for (const [path, text] of Object.entries(more)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', message, '--allow-empty');
    return git(dir, 'rev-parse', 'HEAD');
  };
  const head = commit(files, 'initial');
  return { dir, head, commit };
}
