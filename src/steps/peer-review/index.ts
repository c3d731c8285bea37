import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from '../../core/fs.js';
import { join } from 'node:path';
import { PREDICATE } from '../../attest/predicates/types.js';
import { describeError } from '../../core/errors.js';
import { createGitHubClient } from '../../github/client.js';
import { parseRepo } from '../../github/context.js';
import { octokitReadPort } from '../../github/octokit-read-port.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { assessPullRequest, type Assessment } from './assess.js';
import { localReview } from './local.js';

export const REPORT_NAME = 'peer-review.json';

/** An action default like `${{ github.token }}` arrives unevaluated outside GitHub: treat it as unset. */
const given = (v: string | undefined): string | undefined =>
  v && !v.trim().startsWith('${{') ? v.trim() : undefined;

/** Fails without an attestation of approval: the step could not look at any review. */
function cannotCheck(reason: string): StepResult {
  return { status: 'failed', reason, failure: 'tool', attestations: [], products: [], reports: [] };
}

/**
 * peer-review: approvals of the pull request's head commit by someone other than its
 * author (and by a code owner of every changed file when CODEOWNERS exists), and no
 * standing change request, read from the GitHub API. Outside a pull request on GitHub
 * there is nothing to check, and the step fails saying so: a review is never assumed.
 */
export const peerReview: StepImplementation = {
  id: 'peer-review',
  async run(ctx: StepContext): Promise<StepResult> {
    const token = given(ctx.inputs['github-token']);
    const prText = given(ctx.inputs['pull-request']);
    // Outside GitHub the reviews are the signed records of `tollgate approve --step peer-review`.
    if (!token) return localReview(ctx);
    if (!prText)
      return cannotCheck(
        'no pull request (input pull-request): peer review runs on pull request events',
      );
    const pull = Number(prText);
    if (!Number.isInteger(pull) || pull <= 0)
      return cannotCheck(`input pull-request is "${prText}", not a pull request number`);
    const apiUrl = given(ctx.inputs['api-url']) ?? 'https://api.github.com';
    const port = octokitReadPort(createGitHubClient({ token, baseUrl: apiUrl, warn: ctx.log }));
    let a: Assessment;
    try {
      a = await assessPullRequest(port, parseRepo(ctx.repository), pull, {
        minApprovals: Number(ctx.inputs['min-approvals'] || 1),
        codeOwners: (ctx.inputs['code-owners'] ?? 'true') !== 'false',
        expectedHead: given(ctx.inputs['head-sha']),
      });
    } catch (e) {
      return cannotCheck(`could not read the reviews of #${pull}: ${describeError(e)}`);
    }
    for (const line of a.log) ctx.log(`peer-review: ${line}`);
    await mkdir(ctx.outDir, { recursive: true });
    await writeFileAtomic(join(ctx.outDir, REPORT_NAME), JSON.stringify(a.details, null, 2) + '\n');
    return {
      status: a.problems.length ? 'failed' : 'passed',
      ...(a.problems.length ? { reason: a.problems.join('; '), failure: 'findings' as const } : {}),
      attestations: [{ predicateType: PREDICATE.review, predicate: a.predicate }],
      products: [],
      reports: [REPORT_NAME],
      summary: a.summary,
      metrics: { approvals: a.approvals },
    };
  },
};
