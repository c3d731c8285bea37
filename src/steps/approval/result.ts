import { hasApprovals, readApprovals, type ApprovalRecord } from '../../approval/record.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import type { StepContext, StepResult } from '../types.js';
import { decide, type ApprovalRules } from './decide.js';
import { approverKeys } from './keys.js';

/**
 * The signed local records of one step (`approval` or `peer-review`) about the commit, each
 * verified with the keys the input names; no key is needed when there is no record.
 */
export async function localRecords(
  ctx: StepContext,
  step: string,
  keysInput: string | undefined,
): Promise<ApprovalRecord[]> {
  if (!(await hasApprovals(ctx.repoDir, ctx.commit, step))) return [];
  const keys = await approverKeys(keysInput, ctx.repoDir, process.env);
  return readApprovals(ctx.repoDir, ctx.commit, keys, step);
}

/**
 * The result both review steps attest: the review predicate (author, commit, approvals,
 * standing rejections) and the rules' decision; `none` says why when there is no record.
 */
export function reviewResult(o: {
  title: string;
  records: ApprovalRecord[];
  author: string;
  commit: string;
  rules: ApprovalRules;
  none: string;
}): StepResult {
  const d = decide(o.records, o.author, o.rules);
  const reason = o.records.length === 0 ? o.none : d.reason;
  const predicate = {
    author: o.author,
    headSha: o.commit,
    approvals: o.records
      .filter((r) => r.decision === 'approved')
      .map((r) => ({ reviewer: r.reviewer, at: r.at })),
    changesRequested: d.rejectedBy,
  };
  return {
    status: d.ok ? 'passed' : 'failed',
    ...(d.ok ? {} : { reason, failure: 'findings' as const }),
    attestations: [{ predicateType: PREDICATE.review, predicate }],
    products: [],
    reports: [],
    summary: `**${o.title}** of \`${o.commit.slice(0, 12)}\` (author ${o.author}): ${reason}`,
    metrics: { approvals: d.counted.length },
  };
}
