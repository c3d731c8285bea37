/**
 * What the double remembers between requests. Tests may read it directly (what was posted)
 * and seed it (comments already on a PR, the files a PR changes). Keys are "owner/repo".
 */
export interface CommentRec {
  id: number;
  repo: string;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunRec {
  id: number;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation ever added (GitHub appends them on each update). */
  annotations: Record<string, unknown>[];
}

export interface StatusRec {
  id: number;
  repo: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}

export interface ReviewRec {
  id: number;
  repo: string;
  pull: number;
  user: string;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';
  commitId: string;
  submittedAt: string;
}

export interface SarifUploadRec {
  id: string;
  repo: string;
  commitSha: string;
  ref: string;
  toolName: string | null;
  /** The decoded SARIF log. */
  sarif: { version: string; runs: Record<string, unknown>[] } & Record<string, unknown>;
  gzipBytes: number;
}

export interface PullFileRec {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
  additions?: number;
  deletions?: number;
}

export interface PullRec {
  repo: string;
  number: number;
  author: string;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  /** Owner of the head repository: the fork's owner for a pull request from a fork. */
  headOwner: string;
  baseRef: string;
}

export interface WorkflowRunRec {
  id: number;
  repo: string;
  workflowId: number;
  /** .github/workflows/<file> */
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  createdAt: string;
}

export interface ArtifactRec {
  id: number;
  repo: string;
  runId: number;
  name: string;
  /** The zip archive GitHub would serve. */
  zip: Buffer;
  expired: boolean;
}

/** A reviewer's decision on a run waiting for an Environment's required reviewers. */
export interface RunApprovalRec {
  repo: string;
  runId: number;
  state: 'approved' | 'rejected';
  user: string;
  comment: string;
  environments: string[];
}

export class GitHubState {
  private seq = 1000;
  /** The login the double answers as: the token's user (GitHub Actions' bot by default). */
  actor = 'github-actions[bot]';
  comments: CommentRec[] = [];
  checkRuns: CheckRunRec[] = [];
  statuses: StatusRec[] = [];
  reviews: ReviewRec[] = [];
  sarifUploads: SarifUploadRec[] = [];
  pullFiles = new Map<string, PullFileRec[]>();
  pulls: PullRec[] = [];
  workflowRuns: WorkflowRunRec[] = [];
  artifacts: ArtifactRec[] = [];
  runApprovals: RunApprovalRec[] = [];
  /** File texts by "owner/repo@ref:path" (the contents API). */
  files = new Map<string, string>();
  /** Active members by "org/team-slug". */
  teams = new Map<string, string[]>();
  /** While true, the teams API answers 403, as for a GITHUB_TOKEN (no organisation read). */
  denyTeams = false;

  nextId(): number {
    return ++this.seq;
  }

  now(): string {
    return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  }

  /** Seeds a comment as if someone (by default another user) had written it. */
  addComment(repo: string, issue: number, body: string, user = 'octocat'): CommentRec {
    const t = this.now();
    const c = { id: this.nextId(), repo, issue, body, user, createdAt: t, updatedAt: t };
    this.comments.push(c);
    return c;
  }

  commentsOn(repo: string, issue: number): CommentRec[] {
    return this.comments.filter((c) => c.repo === repo && c.issue === issue);
  }

  setPullFiles(repo: string, pull: number, files: PullFileRec[]): void {
    this.pullFiles.set(`${repo}#${pull}`, files);
  }

  /** Seeds a review, e.g. an approval for a peer-review step. */
  addReview(r: Omit<ReviewRec, 'id' | 'submittedAt'> & { submittedAt?: string }): ReviewRec {
    const rec = { ...r, id: this.nextId(), submittedAt: r.submittedAt ?? this.now() };
    this.reviews.push(rec);
    return rec;
  }

  addPull(p: Omit<PullRec, 'state'> & { state?: PullRec['state'] }): PullRec {
    const rec = { state: 'open' as const, ...p };
    this.pulls.push(rec);
    return rec;
  }

  /** A finished run; `conclusion` success by default, newest last. */
  addWorkflowRun(
    r: Omit<WorkflowRunRec, 'id' | 'createdAt' | 'status' | 'conclusion' | 'workflowId' | 'path'> &
      Partial<Pick<WorkflowRunRec, 'conclusion' | 'path'>>,
  ): WorkflowRunRec {
    const path = r.path ?? '.github/workflows/tollgate.yml';
    const rec: WorkflowRunRec = {
      conclusion: 'success',
      ...r,
      path,
      id: this.nextId(),
      workflowId: 161335,
      status: 'completed',
      // Distinct, increasing times so that "newest first" is well defined.
      createdAt: new Date(Date.parse('2026-11-01T00:00:00Z') + this.seq * 1000)
        .toISOString()
        .replace(/\.\d+Z$/, 'Z'),
    };
    this.workflowRuns.push(rec);
    return rec;
  }

  addArtifact(a: Omit<ArtifactRec, 'id' | 'expired'> & { expired?: boolean }): ArtifactRec {
    const rec = { expired: false, ...a, id: this.nextId() };
    this.artifacts.push(rec);
    return rec;
  }

  setFile(repo: string, ref: string, path: string, text: string): void {
    this.files.set(`${repo}@${ref}:${path}`, text);
  }
}
