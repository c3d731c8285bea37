import { readApprovals } from '../../approval/record.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { commitAuthor } from '../../core/git.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { decide, type ApprovalRules } from './decide.js';
import { approverKeys } from './keys.js';
import { given, githubApprovals, githubReadPort } from './github.js';
import type { ApprovalRecord } from '../../approval/record.js';

export function rulesOf(inputs: Readonly<Record<string, string>>): ApprovalRules {
  const min = Number(inputs['min-approvals'] || '1');
  return {
    approvers: (inputs.approvers ?? '')
      .split(/[,\s]+/)
      .map((a) => a.trim())
      .filter(Boolean),
    allowSelfApproval: inputs['allow-self-approval'] === 'true',
    minApprovals: Number.isInteger(min) && min >= 0 ? min : 1,
  };
}

/**
 * approval: who approved this change for release. Locally the approvals are the signed
 * records of `tollgate approve`; every record must verify with an approver key. The step
 * attests the review predicate (author, commit, approvals, rejections), which the gate judges
 * again with the policy's thresholds.
 */
export const approvalStep: StepImplementation = {
  id: 'approval',
  async run(ctx: StepContext): Promise<StepResult> {
    const token = given(ctx.inputs['github-token']);
    const runId = Number(given(ctx.inputs['run-id']));
    const onGitHub = token !== undefined && Number.isInteger(runId) && runId > 0;
    const environment = ctx.inputs.environment || 'production-approval';
    const author =
      (onGitHub ? given(ctx.inputs.author) : undefined) ??
      commitAuthor(ctx.repoDir, ctx.commit) ??
      'unknown';
    let records: ApprovalRecord[];
    if (onGitHub) {
      const apiUrl = given(ctx.inputs['api-url']) ?? 'https://api.github.com';
      records = await githubApprovals(
        { repository: ctx.repository, runId, environment, now: new Date() },
        githubReadPort(token, apiUrl, ctx.log),
      );
      ctx.log(
        `approval: ${records.length} decision(s) of ${environment}'s reviewers on run ${runId}`,
      );
    } else {
      const keys = await approverKeys(ctx.inputs['approver-keys'], ctx.repoDir, process.env);
      records = await readApprovals(ctx.repoDir, ctx.commit, keys);
      ctx.log(`approval: ${records.length} signed record(s) for ${ctx.commit.slice(0, 12)}`);
    }
    const d = decide(records, author, rulesOf(ctx.inputs));
    const predicate = {
      author,
      headSha: ctx.commit,
      approvals: records
        .filter((r) => r.decision === 'approved')
        .map((r) => ({ reviewer: r.reviewer, at: r.at })),
      changesRequested: d.rejectedBy,
    };
    const reason =
      records.length === 0
        ? onGitHub
          ? `no approval on run ${runId}: give the Environment ${environment} required reviewers`
          : `no approval of ${ctx.commit.slice(0, 12)}: an approver runs tollgate approve`
        : d.reason;
    return {
      status: d.ok ? 'passed' : 'failed',
      ...(d.ok ? {} : { reason, failure: 'findings' as const }),
      attestations: [{ predicateType: PREDICATE.review, predicate }],
      products: [],
      reports: [],
      summary: `**Approval** of \`${ctx.commit.slice(0, 12)}\` (author ${author}): ${d.ok ? d.reason : reason}`,
      metrics: { approvals: d.counted.length },
    };
  },
};
