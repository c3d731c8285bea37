import { normaliseIdentity, sameIdentity } from '../../core/identity.js';
import type { ReviewSummary } from '../../github/read-port.js';

/**
 * What the reviews of a pull request amount to for its head commit. As on GitHub, a
 * reviewer's latest APPROVED, CHANGES_REQUESTED or DISMISSED review is their standing one (a
 * later plain comment changes nothing); only an approval of the head commit counts (an
 * approval of an older commit did not see the latest changes), and never the author's own.
 */
export interface ReviewStanding {
  /** Reviewers other than the author whose standing review approves the head commit. */
  approvedBy: { reviewer: string; commit: string; submittedAt?: string }[];
  /** Approvals by the author (GitHub refuses them in the UI, but other tokens may post them). */
  selfApproved: boolean;
  /** Reviewers whose standing approval is of an older commit. */
  staleApprovals: { reviewer: string; commit: string }[];
  /** Reviewers whose standing review requests changes. */
  changesRequested: string[];
}

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export function reviewStanding(
  reviews: ReviewSummary[],
  author: string,
  headSha: string,
): ReviewStanding {
  const latest = new Map<string, ReviewSummary>();
  // The API lists reviews oldest first; submitted_at breaks any tie the order would not.
  const ordered = [...reviews].sort((a, b) =>
    (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  );
  for (const r of ordered) {
    const login = normaliseIdentity(r.user); // one entry per person, however the login is spelt
    if (login && DECISIVE.has(r.state)) latest.set(login, r);
  }
  const out: ReviewStanding = {
    approvedBy: [],
    selfApproved: false,
    staleApprovals: [],
    changesRequested: [],
  };
  for (const [login, r] of latest) {
    if (r.state === 'CHANGES_REQUESTED') out.changesRequested.push(r.user);
    if (r.state !== 'APPROVED') continue;
    if (sameIdentity(login, author)) out.selfApproved = true;
    else if (r.commitId !== headSha)
      out.staleApprovals.push({ reviewer: r.user, commit: r.commitId });
    else
      out.approvedBy.push({
        reviewer: r.user,
        commit: r.commitId,
        ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}),
      });
  }
  return out;
}
