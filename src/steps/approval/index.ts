import type { ApprovalRecord } from '../../approval/record.js';
import { commitAuthor } from '../../core/git.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import type { ApprovalRules } from './decide.js';
import { given, githubApprovals, githubReadPort } from './github.js';
import { localRecords, reviewResult } from './result.js';

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
      records = await localRecords(ctx, 'approval', ctx.inputs['approver-keys']);
      ctx.log(`approval: ${records.length} signed record(s) for ${ctx.commit.slice(0, 12)}`);
    }
    return reviewResult({
      title: 'Approval',
      records,
      author,
      commit: ctx.commit,
      rules: rulesOf(ctx.inputs),
      none: onGitHub
        ? `no approval on run ${runId}: give the Environment ${environment} required reviewers`
        : `no approval of ${ctx.commit.slice(0, 12)}: an approver runs tollgate approve`,
    });
  },
};
