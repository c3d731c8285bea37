import { batches } from './annotations.js';
import { GitHubError } from './errors.js';
import type { Annotation, CheckConclusion, GitHubPort, RepoRef } from './port.js';

export interface CheckInput {
  name: string;
  sha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown, at most 65,535 characters (the caller keeps it under). */
  summary: string;
  annotations: Annotation[];
  detailsUrl?: string;
}

export type CheckResult =
  { kind: 'check'; id: number; annotations: number } | { kind: 'status'; reason: string };

/** A 403 that means "this token may not write checks", not a rate limit (retried elsewhere). */
function forbidden(e: unknown): boolean {
  return e instanceof GitHubError && e.status === 403 && !/rate limit/i.test(e.message);
}

/**
 * Publishes the verdict as a check run: created complete with the first 50 annotations,
 * then updated with the rest, 50 per request, as the Checks API requires. When the token
 * may not create check runs (a GITHUB_TOKEN without `checks: write`, or a PAT; GitHub
 * answers 403), the verdict becomes a commit status of the same name instead, which branch
 * protection can require just as well.
 */
export async function publishCheck(
  port: GitHubPort,
  repo: RepoRef,
  c: CheckInput,
): Promise<CheckResult> {
  const [first = [], ...rest] = batches(c.annotations);
  const output = { title: c.title, summary: c.summary };
  let id: number;
  try {
    ({ id } = await port.createCheckRun(repo, {
      name: c.name,
      headSha: c.sha,
      conclusion: c.conclusion,
      ...(c.detailsUrl ? { detailsUrl: c.detailsUrl } : {}),
      output: { ...output, ...(first.length ? { annotations: first } : {}) },
    }));
  } catch (e) {
    if (!forbidden(e)) throw e;
    await port.createStatus(repo, c.sha, {
      state: c.conclusion === 'success' ? 'success' : 'failure',
      context: c.name,
      description: c.title,
      ...(c.detailsUrl ? { targetUrl: c.detailsUrl } : {}),
    });
    return { kind: 'status', reason: (e as Error).message };
  }
  for (const batch of rest) await port.updateCheckRun(repo, id, { ...output, annotations: batch });
  return { kind: 'check', id, annotations: c.annotations.length };
}
