import type { RepoRef } from './port.js';
import type { GitHubReadPort, PullSummary } from './read-port.js';

/** What a `workflow_run` event says about the run that finished (the fields used here). */
export interface WorkflowRunEvent {
  id?: number;
  workflow_id?: number;
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { owner?: { login?: string } | null; full_name?: string } | null;
  pull_requests?: { number?: number; head?: { sha?: string }; base?: { ref?: string } }[];
}

export type PullLookup = { found: PullSummary[]; how: string } | { found: []; why: string };

/**
 * The pull request(s) a finished run is about. GitHub lists them on the event only for
 * branches of this repository; for a fork the list is empty, so the open pull requests of
 * `<fork owner>:<branch>` are looked up, then the ones associated with the commit. Only a
 * pull request whose head is still the run's commit counts: otherwise the results would be
 * posted on code they were not about (a newer push has its own run coming).
 */
export async function findPullsOfRun(
  port: GitHubReadPort,
  repo: RepoRef,
  run: WorkflowRunEvent,
): Promise<PullLookup> {
  const sha = run.head_sha;
  if (!sha) return { found: [], why: 'the workflow_run event names no head commit' };
  const listed = (run.pull_requests ?? []).filter((p) => typeof p.number === 'number');
  const current = listed.filter((p) => p.head?.sha === sha);
  if (current.length)
    return {
      found: current.map((p) => ({
        number: p.number!,
        state: 'open',
        author: '',
        headSha: sha,
        headLabel: '',
        baseRef: p.base?.ref ?? '',
      })),
      how: 'listed on the workflow_run event',
    };
  const owner = run.head_repository?.owner?.login;
  const branch = run.head_branch;
  let moved: PullSummary[] = [];
  if (owner && branch) {
    const open = await port.listOpenPullsByHead(repo, `${owner}:${branch}`);
    const found = open.filter((p) => p.headSha === sha);
    if (found.length) return { found, how: `open pull request of ${owner}:${branch}` };
    moved = open;
  }
  if (!moved.length) {
    const found = (await port.listPullsForCommit(repo, sha)).filter(
      (p) => p.state === 'open' && p.headSha === sha,
    );
    if (found.length) return { found, how: `pull request associated with ${sha.slice(0, 12)}` };
  }
  if (moved.length)
    return {
      found: [],
      why: `the head of ${moved.map((p) => `#${p.number} is now ${p.headSha.slice(0, 12)}`).join(', ')}, not ${sha.slice(0, 12)} of this run: no comment, the run of the newer commit reports`,
    };
  return {
    found: [],
    why: `no open pull request has ${sha.slice(0, 12)} as its head${owner && branch ? ` (looked for ${owner}:${branch})` : ''}`,
  };
}
