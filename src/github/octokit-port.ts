import type { GitHubClient } from './client.js';
import { toGitHubError } from './errors.js';
import type {
  ChangedFile,
  CheckOutput,
  CheckRunInput,
  GitHubPort,
  IssueComment,
  RepoRef,
  SarifUploadInput,
  StatusInput,
} from './port.js';

/** Runs `fn`, turning any failure into a GitHubError that says what was being done. */
async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toGitHubError(e, what);
  }
}

/** GitHubPort over Octokit's REST methods. Each method is one endpoint; no logic lives here. */
export function octokitPort(client: GitHubClient): GitHubPort {
  const rest = client.rest;
  return {
    createCheckRun: (r, i: CheckRunInput) =>
      attempt(`creating check run "${i.name}"`, async () => {
        const { data } = await rest.checks.create({
          ...r,
          name: i.name,
          head_sha: i.headSha,
          status: 'completed',
          conclusion: i.conclusion,
          completed_at: new Date().toISOString(),
          ...(i.detailsUrl ? { details_url: i.detailsUrl } : {}),
          output: i.output,
        });
        return { id: Number(data.id), ...(data.html_url ? { htmlUrl: data.html_url } : {}) };
      }),
    updateCheckRun: (r, id, output: CheckOutput) =>
      attempt(`updating check run ${id}`, async () => {
        await rest.checks.update({ ...r, check_run_id: id, output });
      }),
    createStatus: (r, sha, i: StatusInput) =>
      attempt(`setting commit status "${i.context}"`, async () => {
        await rest.repos.createCommitStatus({
          ...r,
          sha,
          state: i.state,
          context: i.context,
          description: i.description.slice(0, 140),
          ...(i.targetUrl ? { target_url: i.targetUrl } : {}),
        });
      }),
    listIssueComments: (r: RepoRef, issue: number) => listComments(client, r, issue),
    createIssueComment: (r, issue, body) =>
      attempt(`commenting on #${issue}`, async () => {
        const { data } = await rest.issues.createComment({ ...r, issue_number: issue, body });
        return { id: Number(data.id), body: data.body ?? '' };
      }),
    updateIssueComment: (r, id, body) =>
      attempt(`updating comment ${id}`, async () => {
        await rest.issues.updateComment({ ...r, comment_id: id, body });
      }),
    uploadSarif: (r, i: SarifUploadInput) =>
      attempt('uploading SARIF to code scanning', async () => {
        const { data } = await rest.codeScanning.uploadSarif({
          ...r,
          commit_sha: i.commitSha,
          ref: i.ref,
          sarif: i.sarif,
          ...(i.toolName ? { tool_name: i.toolName } : {}),
        });
        return { id: data.id ?? '' };
      }),
    listPullRequestFiles: (r, pull) =>
      attempt(`listing the files of #${pull}`, async () => {
        const files = await client.paginate(rest.pulls.listFiles, {
          ...r,
          pull_number: pull,
          per_page: 100,
        });
        return files.map((f): ChangedFile => ({
          filename: f.filename,
          status: f.status,
          ...(f.patch ? { patch: f.patch } : {}),
        }));
      }),
  };
}

/** Page by page, so that a caller looking for one comment can stop early. */
async function* listComments(
  client: GitHubClient,
  r: RepoRef,
  issue: number,
): AsyncIterable<IssueComment> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    ...r,
    issue_number: issue,
    per_page: 100,
  });
  try {
    for await (const page of pages) {
      for (const c of page.data) yield { id: Number(c.id), body: c.body ?? '' };
    }
  } catch (e) {
    throw toGitHubError(e, `listing the comments of #${issue}`);
  }
}
