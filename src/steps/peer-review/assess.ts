import type { RepoRef } from '../../github/port.js';
import type { GitHubReadPort } from '../../github/read-port.js';
import { checkCodeOwners, findCodeowners, type CodeOwnerResult } from './code-owner-check.js';
import { CODEOWNERS_PATHS, parseCodeowners } from './codeowners.js';
import { reviewStanding } from './reviews.js';

export interface AssessOptions {
  minApprovals: number;
  /** Require a code owner's approval of every owned changed file when CODEOWNERS exists. */
  codeOwners: boolean;
  /** The head commit the run is about; a pull request that moved on since fails. */
  expectedHead?: string | undefined;
}

export interface Assessment {
  /** The review predicate (https://tollgate.dev/attestation/review/v1, docs/schemas/review.schema.json). */
  predicate: Record<string, unknown>;
  /** Everything looked at (peer-review.json): what was not counted and why, code owners. */
  details: Record<string, unknown>;
  /** Why the review is not sufficient; empty when it is. */
  problems: string[];
  log: string[];
  summary: string;
  approvals: number;
}

const short = (sha: string) => sha.slice(0, 12);

/** GitHub answers 404 both for "not a member" and for a team the token cannot see. */
const teamHint = (missing: { owners: string[] }[]) =>
  missing.some((f) => f.owners.some((o) => o.startsWith('@') && o.includes('/')))
    ? ' (team membership as the token sees it: GitHub answers 404 also for a team the token may not see)'
    : '';

/** Reads the pull request, its reviews and CODEOWNERS, and says whether its head is approved. */
export async function assessPullRequest(
  port: GitHubReadPort,
  repo: RepoRef,
  number: number,
  o: AssessOptions,
): Promise<Assessment> {
  const pr = await port.getPull(repo, number);
  const head = pr.headSha;
  const problems: string[] = [];
  const log: string[] = [`#${number} by ${pr.author}, head ${short(head)}, base ${pr.baseRef}`];
  if (pr.state !== 'open') problems.push(`pull request #${number} is ${pr.state}`);
  if (o.expectedHead && o.expectedHead !== head)
    problems.push(
      `the head of #${number} is now ${short(head)}, not ${short(o.expectedHead)} of this run`,
    );

  const s = reviewStanding(await port.listReviews(repo, number), pr.author, head);
  if (s.changesRequested.length)
    problems.push(`changes requested by ${s.changesRequested.join(', ')}`);
  if (s.approvedBy.length < o.minApprovals) {
    const why: string[] = [];
    if (s.selfApproved)
      why.push(`self-approved: an approval by the author ${pr.author} does not count`);
    for (const a of s.staleApprovals)
      why.push(
        `${a.reviewer} approved an older commit ${short(a.commit)}, not the head ${short(head)}`,
      );
    problems.push(
      `${s.approvedBy.length} approval(s) of the head commit ${short(head)}, ${o.minApprovals} required${why.length ? ` (${why.join('; ')})` : ''}`,
    );
  }
  const approvers = s.approvedBy.map((a) => a.reviewer);

  let owners: (CodeOwnerResult & { file: string }) | undefined;
  if (o.codeOwners) {
    // The base branch's CODEOWNERS, as GitHub uses: the pull request cannot name its own owners.
    const found = await findCodeowners(port, repo, pr.baseRef, CODEOWNERS_PATHS);
    if (found) {
      const changed = await port.listPullFileNames(repo, number);
      owners = {
        file: found.path,
        ...(await checkCodeOwners(port, parseCodeowners(found.text), changed, approvers)),
      };
      const missing = owners.files.filter((f) => !f.approvedBy);
      log.push(
        `${found.path}: ${owners.files.length} of ${changed.length} changed file(s) have owners, ${missing.length} without an owner's approval`,
      );
      if (missing.length) {
        const list = missing.slice(0, 10).map((f) => `${f.path} (${f.owners.join(' ')})`);
        problems.push(
          `no approval by a code owner of ${list.join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}${owners.unresolved.length ? `; ${owners.unresolved.join('; ')}` : ''}${teamHint(missing)}`,
        );
      }
    } else log.push(`no CODEOWNERS on ${pr.baseRef}: any reviewer other than the author counts`);
  }

  // Only approvals that count are listed: the gate counts the list (minus the author).
  const predicate: Record<string, unknown> = {
    author: pr.author,
    headSha: head,
    approvals: s.approvedBy.map((a) => ({
      reviewer: a.reviewer,
      ...(a.submittedAt ? { at: a.submittedAt } : {}),
    })),
    changesRequested: s.changesRequested,
  };
  const details: Record<string, unknown> = {
    pullRequest: {
      repository: `${repo.owner}/${repo.repo}`,
      number,
      baseRef: pr.baseRef,
      state: pr.state,
    },
    headSha: head,
    author: pr.author,
    minApprovals: o.minApprovals,
    approvals: s.approvedBy,
    changesRequested: s.changesRequested,
    notCounted: { selfApproval: s.selfApproved, staleApprovals: s.staleApprovals },
    ...(owners ? { codeOwners: owners } : {}),
    problems,
  };
  const summary = [
    `**Peer review of #${number}** (head \`${short(head)}\`): ${problems.length ? '❌' : '✅'} ${approvers.length ? `approved by ${approvers.join(', ')}` : 'no approval of the head commit'}`,
    ...problems.map((p) => `- ${p}`),
  ].join('\n');
  return { predicate, details, problems, log, summary, approvals: approvers.length };
}
