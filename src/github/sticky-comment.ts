import type { GitHubPort, RepoRef } from './port.js';

export type CommentResult = { action: 'created' | 'updated' | 'unchanged'; id: number };

/**
 * Keeps one comment per pull request: finds the comment whose body starts with `marker`
 * (reading every page, since a busy PR has more than 100 comments), and updates it, or
 * creates it when there is none. Only a marker at the very start counts, so a quote of our
 * comment in someone else's reply is never taken for it.
 */
export async function upsertStickyComment(
  port: GitHubPort,
  repo: RepoRef,
  issue: number,
  marker: string,
  body: string,
): Promise<CommentResult> {
  for await (const c of port.listIssueComments(repo, issue)) {
    if (!c.body.startsWith(marker)) continue;
    if (c.body === body) return { action: 'unchanged', id: c.id };
    await port.updateIssueComment(repo, c.id, body);
    return { action: 'updated', id: c.id };
  }
  const created = await port.createIssueComment(repo, issue, body);
  return { action: 'created', id: created.id };
}
