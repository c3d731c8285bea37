import { commitAuthor } from '../../core/git.js';
import { localRecords, reviewResult } from '../approval/result.js';
import type { StepContext, StepResult } from '../types.js';

/**
 * A review outside GitHub: the signed records `tollgate approve --step peer-review` keeps for
 * the commit, verified with the reviewer keys, judged like GitHub reviews (someone other than
 * the commit's author, no standing rejection). No record means no review, never a pass.
 */
export async function localReview(ctx: StepContext): Promise<StepResult> {
  const records = await localRecords(ctx, 'peer-review', ctx.inputs['reviewer-keys']);
  ctx.log(`peer-review: ${records.length} signed local review(s) of ${ctx.commit.slice(0, 12)}`);
  const min = Number(ctx.inputs['min-approvals'] || '1');
  return reviewResult({
    title: 'Peer review (local records)',
    records,
    author: commitAuthor(ctx.repoDir, ctx.commit) ?? 'unknown',
    commit: ctx.commit,
    rules: {
      approvers: [],
      allowSelfApproval: false,
      minApprovals: Number.isInteger(min) && min >= 0 ? min : 1,
    },
    none: `no review of ${ctx.commit.slice(0, 12)}: on GitHub the step reads the pull request's reviews; locally a reviewer runs tollgate approve --step peer-review`,
  });
}
