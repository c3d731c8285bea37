import type { ApprovalRecord } from '../../approval/record.js';
import { includesIdentity, normaliseIdentity, sameIdentity } from '../../core/identity.js';

export interface ApprovalRules {
  /** Who may approve (logins or e-mail addresses); empty means anyone but the author. */
  approvers: string[];
  allowSelfApproval: boolean;
  minApprovals: number;
}

export interface ApprovalDecision {
  ok: boolean;
  reason: string;
  counted: ApprovalRecord[];
  rejectedBy: string[];
}

/**
 * Applies the rules to the approvals of one change. The latest record of each reviewer
 * counts (a later rejection withdraws an approval); any standing rejection blocks.
 */
export function decide(
  records: ApprovalRecord[],
  author: string,
  rules: ApprovalRules,
): ApprovalDecision {
  const latest = new Map<string, ApprovalRecord>();
  for (const r of [...records].sort((a, b) => a.at.localeCompare(b.at))) {
    latest.set(normaliseIdentity(r.reviewer), r);
  }
  const standing = [...latest.values()];
  const rejectedBy = standing.filter((r) => r.decision === 'rejected').map((r) => r.reviewer);
  const approved = standing.filter((r) => r.decision === 'approved');
  const self = approved.filter((r) => sameIdentity(r.reviewer, author));
  const listed = (r: ApprovalRecord) =>
    rules.approvers.length === 0 || includesIdentity(rules.approvers, r.reviewer);
  const counted = approved.filter(
    (r) => listed(r) && (rules.allowSelfApproval || !sameIdentity(r.reviewer, author)),
  );
  const fail = (reason: string) => ({ ok: false, reason, counted, rejectedBy });
  if (rejectedBy.length) return fail(`rejected by ${rejectedBy.join(', ')}`);
  if (counted.length >= rules.minApprovals) {
    return {
      ok: true,
      reason: `approved by ${counted.map((r) => r.reviewer).join(', ')}`,
      counted,
      rejectedBy,
    };
  }
  const notes: string[] = [];
  if (self.length && !rules.allowSelfApproval) {
    notes.push(`self-approved by the change's author ${author}, which the policy forbids`);
  }
  const unlisted = approved.filter((r) => !listed(r)).map((r) => r.reviewer);
  if (unlisted.length) {
    notes.push(
      `${unlisted.join(', ')} ${unlisted.length > 1 ? 'are' : 'is'} not among the approvers (${rules.approvers.join(', ')})`,
    );
  }
  return fail(
    `${counted.length} of ${rules.minApprovals} required approval(s)${notes.length ? `: ${notes.join('; ')}` : ''}`,
  );
}
