import type { RepoRef } from './port.js';

/**
 * The GitHub reads that find things out rather than publish: which pull request a run is
 * about, the base branch's last report, the reviews of a pull request. Kept apart from
 * GitHubPort (the writes of the gate) so that each side stays small; the Octokit adapter is
 * octokit-read-port.ts, and tests run it against the local API double.
 */
export interface PullSummary {
  number: number;
  state: string;
  /** Login of the pull request's author. */
  author: string;
  headSha: string;
  /** owner:branch of the head, as GitHub labels it. */
  headLabel: string;
  baseRef: string;
}

export interface WorkflowRunSummary {
  id: number;
  headSha: string;
  headBranch: string;
  event: string;
  conclusion: string | null;
  createdAt: string;
}

export interface ArtifactSummary {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewSummary {
  id: number;
  /** Login of the reviewer; empty for a deleted ("ghost") account. */
  user: string;
  state: ReviewState | string;
  /** The commit the review was made on. */
  commitId: string;
  submittedAt?: string;
}

/** Whether someone is an active member of a team, or why that cannot be told. */
export type TeamMembership = 'member' | 'not-member' | { unknown: string };

export interface WorkflowRunQuery {
  /** Workflow file name (tollgate.yml) or numeric id; absent lists runs of every workflow. */
  workflow?: string | number;
  branch: string;
  event?: string;
  status: 'success' | 'completed';
  /** At most this many runs, newest first. */
  limit: number;
}

/** A decision of an Environment's required reviewer on a workflow run. */
export interface RunApproval {
  user: string;
  state: 'approved' | 'rejected' | string;
  comment: string;
  environments: string[];
}

export interface GitHubReadPort {
  /** Open pull requests whose head is `head` ("owner:branch"). */
  listOpenPullsByHead(repo: RepoRef, head: string): Promise<PullSummary[]>;
  /** Pull requests GitHub associates with a commit (of this repository or, for forks, none). */
  listPullsForCommit(repo: RepoRef, sha: string): Promise<PullSummary[]>;
  getPull(repo: RepoRef, pull: number): Promise<PullSummary>;
  listWorkflowRuns(repo: RepoRef, q: WorkflowRunQuery): Promise<WorkflowRunSummary[]>;
  listRunArtifacts(repo: RepoRef, runId: number, name?: string): Promise<ArtifactSummary[]>;
  /** The artifact's zip archive (GitHub answers with a redirect to short-lived storage). */
  downloadArtifact(repo: RepoRef, artifactId: number): Promise<Buffer>;
  listReviews(repo: RepoRef, pull: number): Promise<ReviewSummary[]>;
  /** Every path the pull request changes (the new name for renames). */
  listPullFileNames(repo: RepoRef, pull: number): Promise<string[]>;
  /** A file's text at `ref`, or undefined when there is no such file. */
  getFileText(repo: RepoRef, path: string, ref: string): Promise<string | undefined>;
  teamMembership(org: string, teamSlug: string, user: string): Promise<TeamMembership>;
  /** The required reviewers' decisions on a run that deploys to a protected Environment. */
  listRunApprovals(repo: RepoRef, runId: number): Promise<RunApproval[]>;
}
