/**
 * The few GitHub operations Tollgate needs, behind one small interface: the reporting logic
 * (check, comment, SARIF) is written against this, so it can be tested with a fake or with
 * the local API double, and the Octokit specifics stay in one file.
 */
export interface RepoRef {
  owner: string;
  repo: string;
}

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: Annotation[];
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  detailsUrl?: string;
  output: CheckOutput;
}

export type StatusState = 'success' | 'failure' | 'error' | 'pending';

export interface StatusInput {
  state: StatusState;
  context: string;
  /** GitHub keeps only the first 140 characters. */
  description: string;
  targetUrl?: string;
}

export interface IssueComment {
  id: number;
  body: string;
}

export interface SarifUploadInput {
  commitSha: string;
  /** refs/heads/<branch> or refs/pull/<n>/head (or /merge). */
  ref: string;
  /** The SARIF log, gzip-compressed then base64-encoded, as the API requires. */
  sarif: string;
  toolName?: string;
}

export interface ChangedFile {
  filename: string;
  status: string;
  /** Unified diff of the file; GitHub leaves it out for binary or very large diffs. */
  patch?: string;
}

export interface GitHubPort {
  createCheckRun(repo: RepoRef, input: CheckRunInput): Promise<{ id: number; htmlUrl?: string }>;
  /** Appends `output.annotations` to the check run (GitHub adds, never replaces, them). */
  updateCheckRun(repo: RepoRef, id: number, output: CheckOutput): Promise<void>;
  createStatus(repo: RepoRef, sha: string, input: StatusInput): Promise<void>;
  /** Every comment of an issue or pull request, across all pages, oldest first. */
  listIssueComments(repo: RepoRef, issue: number): AsyncIterable<IssueComment>;
  createIssueComment(repo: RepoRef, issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, id: number, body: string): Promise<void>;
  uploadSarif(repo: RepoRef, input: SarifUploadInput): Promise<{ id: string }>;
  listPullRequestFiles(repo: RepoRef, pull: number): Promise<ChangedFile[]>;
}
