import type { ApprovalRecord } from '../../approval/record.js';
import { createGitHubClient } from '../../github/client.js';
import { parseRepo } from '../../github/context.js';
import { octokitReadPort } from '../../github/octokit-read-port.js';
import type { GitHubReadPort } from '../../github/read-port.js';

/** An action default like `${{ github.token }}` arrives unevaluated outside GitHub: unset. */
export const given = (v: string | undefined): string | undefined =>
  v && !v.trim().startsWith('${{') ? v.trim() : undefined;

/**
 * On GitHub the approval is the Environment's: the job waits until its required reviewers
 * decide, then this reads their decisions on the run (deployment reviews API). GitHub gives
 * no time for a decision; the step's own time stands for it, since the job could not start
 * before the approval.
 */
export async function githubApprovals(
  i: { repository: string; runId: number; environment: string; now: Date },
  port: GitHubReadPort,
): Promise<ApprovalRecord[]> {
  const all = await port.listRunApprovals(parseRepo(i.repository), i.runId);
  return all
    .filter((a) => a.environments.includes(i.environment))
    .filter((a) => a.state === 'approved' || a.state === 'rejected')
    .map((a) => ({
      reviewer: a.user,
      decision: a.state as 'approved' | 'rejected',
      at: i.now.toISOString(),
      ...(a.comment ? { comment: a.comment } : {}),
      file: `${i.repository} run ${i.runId}`,
    }));
}

export function githubReadPort(token: string, apiUrl: string, warn: (l: string) => void) {
  return octokitReadPort(createGitHubClient({ token, baseUrl: apiUrl, warn }));
}
