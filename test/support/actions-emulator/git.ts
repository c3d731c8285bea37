import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Extracts `git archive <commit>` of `repo` into `target`: committed files only, nothing else. */
export function extractArchive(repo: string, commit: string, target: string): void {
  mkdirSync(target, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], {
    cwd: repo,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', target], { input: tar, maxBuffer: 1 << 30 });
}

export const resolveCommit = (repo: string, rev: string) =>
  git(repo, 'rev-parse', `${rev}^{commit}`);

export interface CheckoutOptions {
  repo: string;
  commit: string;
  /** refs/heads/x: checked out as that branch, as actions/checkout does for a push. */
  ref: string;
  /** 1 (actions/checkout's default): only the commit; 0: all history. */
  fetchDepth: number;
  /** The repository's address on GitHub, set as origin (never fetched from). */
  remote: string;
}

/**
 * What actions/checkout leaves: the commit's files (from `git archive`) and a repository whose
 * HEAD is that commit, with `fetch-depth` commits of history, `origin` pointing at GitHub and
 * no credentials in its configuration.
 */
export function checkout(target: string, o: CheckoutOptions): void {
  extractArchive(o.repo, o.commit, target);
  git(target, 'init', '-q');
  git(target, 'remote', 'add', 'origin', o.remote);
  const depth = o.fetchDepth > 0 ? [`--depth=${o.fetchDepth}`] : [];
  git(target, 'fetch', '-q', '--no-tags', ...depth, o.repo, o.commit);
  // fetch-depth 0 brings every branch and tag too, as remote-tracking refs of origin.
  if (o.fetchDepth === 0)
    git(target, 'fetch', '-q', '--tags', o.repo, '+refs/heads/*:refs/remotes/origin/*');
  const branch = o.ref.startsWith('refs/heads/') ? o.ref.slice('refs/heads/'.length) : undefined;
  if (branch) {
    git(target, 'update-ref', `refs/remotes/origin/${branch}`, o.commit);
    git(target, 'update-ref', `refs/heads/${branch}`, o.commit);
    git(target, 'symbolic-ref', 'HEAD', `refs/heads/${branch}`);
  } else {
    git(target, 'update-ref', '--no-deref', 'HEAD', o.commit);
  }
  // Index from the commit; the files are already those of the archive.
  git(target, 'reset', '-q');
}
