import type { GitHubClient } from './client.js';
import { GitHubError, toGitHubError } from './errors.js';
import type { RepoRef } from './port.js';
import type {
  ArtifactSummary,
  GitHubReadPort,
  PullSummary,
  ReviewSummary,
  RunApproval,
  TeamMembership,
  WorkflowRunSummary,
} from './read-port.js';

/** GitHub's archives of Actions artifacts are zip files; a verdict artifact is a few kB. */
export const MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toGitHubError(e, what);
  }
}

interface PullLike {
  number: number;
  state: string;
  user: { login: string } | null;
  head: { sha: string; label: string };
  base: { ref: string };
}

const pull = (p: PullLike): PullSummary => ({
  number: p.number,
  state: p.state,
  author: p.user?.login ?? '',
  headSha: p.head.sha,
  headLabel: p.head.label,
  baseRef: p.base.ref,
});

/** GitHubReadPort over Octokit's REST methods: one endpoint per method, paginated where lists grow. */
export function octokitReadPort(client: GitHubClient): GitHubReadPort {
  const rest = client.rest;
  return {
    listOpenPullsByHead: (r: RepoRef, head: string) =>
      attempt(`listing open pull requests of ${head}`, async () =>
        (await client.paginate(rest.pulls.list, { ...r, state: 'open', head, per_page: 100 })).map(
          pull,
        ),
      ),
    listPullsForCommit: (r, sha) =>
      attempt(`listing the pull requests of commit ${sha.slice(0, 12)}`, async () =>
        (
          await client.paginate(rest.repos.listPullRequestsAssociatedWithCommit, {
            ...r,
            commit_sha: sha,
            per_page: 100,
          })
        ).map(pull),
      ),
    getPull: (r, n) =>
      attempt(`reading pull request #${n}`, async () =>
        pull((await rest.pulls.get({ ...r, pull_number: n })).data),
      ),
    listWorkflowRuns: (r, q) =>
      attempt(`listing ${q.status} runs on ${q.branch}`, async () => {
        const query = {
          ...r,
          branch: q.branch,
          status: q.status,
          per_page: Math.min(q.limit, 100),
          ...(q.event ? { event: q.event } : {}),
        };
        // One page is enough: only the newest few runs are ever looked at.
        const { data } =
          q.workflow === undefined
            ? await rest.actions.listWorkflowRunsForRepo(query)
            : await rest.actions.listWorkflowRuns({ ...query, workflow_id: q.workflow });
        return data.workflow_runs.slice(0, q.limit).map((w): WorkflowRunSummary => ({
          id: w.id,
          headSha: w.head_sha,
          headBranch: w.head_branch ?? '',
          event: w.event,
          conclusion: w.conclusion,
          createdAt: w.created_at,
        }));
      }),
    listRunArtifacts: (r, runId, name) =>
      attempt(`listing the artifacts of run ${runId}`, async () =>
        (
          await client.paginate(rest.actions.listWorkflowRunArtifacts, {
            ...r,
            run_id: runId,
            per_page: 100,
            ...(name ? { name } : {}),
          })
        ).map((a): ArtifactSummary => ({
          id: a.id,
          name: a.name,
          sizeInBytes: a.size_in_bytes,
          expired: a.expired,
        })),
      ),
    downloadArtifact: (r, id) =>
      attempt(`downloading artifact ${id}`, async () => {
        // fetch follows GitHub's 302 to the storage URL and drops our token on the way there.
        const { data } = await rest.actions.downloadArtifact({
          ...r,
          artifact_id: id,
          archive_format: 'zip',
        });
        const bytes = Buffer.from(data as ArrayBuffer);
        if (bytes.length > MAX_ARTIFACT_BYTES)
          throw new GitHubError(
            'GITHUB_INVALID',
            `artifact ${id} is ${bytes.length} bytes, more than the ${MAX_ARTIFACT_BYTES} a verdict artifact may have`,
          );
        return bytes;
      }),
    listRunApprovals: (r, runId) =>
      attempt(`listing the approvals of run ${runId}`, async () =>
        (await rest.actions.getReviewsForRun({ ...r, run_id: runId })).data.map(
          (a): RunApproval => ({
            user: a.user.login,
            state: a.state,
            comment: a.comment,
            environments: a.environments.map((e) => e.name ?? ''),
          }),
        ),
      ),
    listReviews: (r, n) =>
      attempt(`listing the reviews of #${n}`, async () =>
        (
          await client.paginate(rest.pulls.listReviews, { ...r, pull_number: n, per_page: 100 })
        ).map((v): ReviewSummary => ({
          id: Number(v.id),
          user: v.user?.login ?? '',
          state: v.state,
          commitId: v.commit_id ?? '',
          ...(v.submitted_at ? { submittedAt: v.submitted_at } : {}),
        })),
      ),
    listPullFileNames: (r, n) =>
      attempt(`listing the files of #${n}`, async () =>
        (await client.paginate(rest.pulls.listFiles, { ...r, pull_number: n, per_page: 100 })).map(
          (f) => f.filename,
        ),
      ),
    getFileText: async (r, path, ref) => {
      try {
        const { data } = await rest.repos.getContent({ ...r, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (e) {
        const err = toGitHubError(e, `reading ${path} at ${ref.slice(0, 12)}`);
        if (err.code === 'GITHUB_NOT_FOUND') return undefined;
        throw err;
      }
    },
    teamMembership: async (org, team, user): Promise<TeamMembership> => {
      try {
        const { data } = await rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: team,
          username: user,
        });
        return data.state === 'active' ? 'member' : 'not-member';
      } catch (e) {
        const err = toGitHubError(e, `reading the membership of ${user} in @${org}/${team}`);
        // GitHub answers 404 both for "not a member" and for a team the token may not see;
        // 403 means the token may not read teams at all (GITHUB_TOKEN cannot read org teams).
        if (err.code === 'GITHUB_NOT_FOUND') return 'not-member';
        if (err.code === 'GITHUB_FORBIDDEN') return { unknown: err.message };
        throw err;
      }
    },
  };
}
