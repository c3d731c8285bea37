import { hasApprovals, readApprovals } from '../../approval/record.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { commitAuthor } from '../../core/git.js';
import { decide } from '../approval/decide.js';
import { approverKeys } from '../approval/keys.js';
import type { StepContext, StepResult } from '../types.js';

/**
 * A review outside GitHub: the signed records `tollgate approve --step peer-review` keeps for
 * the commit, verified with the reviewer keys, judged like GitHub reviews (someone other than
 * the commit's author, no standing rejection). No record means no review, never a pass.
 */
export async function localReview(ctx: StepContext): Promise<StepResult> {
  const author = commitAuthor(ctx.repoDir, ctx.commit) ?? 'unknown';
  const records = (await hasApprovals(ctx.repoDir, ctx.commit, 'peer-review'))
    ? await readApprovals(
        ctx.repoDir,
        ctx.commit,
        await approverKeys(ctx.inputs['reviewer-keys'], ctx.repoDir, process.env),
        'peer-review',
      )
    : [];
  ctx.log(`peer-review: ${records.length} signed local review(s) of ${ctx.commit.slice(0, 12)}`);
  const min = Number(ctx.inputs['min-approvals'] || '1');
  const d = decide(records, author, {
    approvers: [],
    allowSelfApproval: false,
    minApprovals: Number.isInteger(min) && min >= 0 ? min : 1,
  });
  const reason =
    records.length === 0
      ? `no review of ${ctx.commit.slice(0, 12)}: on GitHub the step reads the pull request's reviews; locally a reviewer runs tollgate approve --step peer-review`
      : d.reason;
  return {
    status: d.ok ? 'passed' : 'failed',
    ...(d.ok ? {} : { reason, failure: 'findings' as const }),
    attestations: [
      {
        predicateType: PREDICATE.review,
        predicate: {
          author,
          headSha: ctx.commit,
          approvals: records
            .filter((r) => r.decision === 'approved')
            .map((r) => ({ reviewer: r.reviewer, at: r.at })),
          changesRequested: d.rejectedBy,
        },
      },
    ],
    products: [],
    reports: [],
    summary: `**Peer review** (local records) of \`${ctx.commit.slice(0, 12)}\`: ${d.ok ? d.reason : reason}`,
    metrics: { approvals: d.counted.length },
  };
}
