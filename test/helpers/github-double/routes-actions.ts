import * as shape from './shapes-actions.js';
import type { Call, Reply } from './routes.js';
import type { PullRec } from './state.js';
import { apiError } from './validate.js';

/**
 * Pull requests, workflow runs, artifacts, file contents and team membership: what the
 * report follow-up and the peer-review step read. Filters behave as GitHub documents them
 * (pulls: state, head "owner:branch", base; runs: branch, event, status incl. conclusions).
 */
const repoOf = (c: Call) => `${c.params.owner}/${c.params.repo}`;
const notFound = (): Reply => {
  const e = apiError(404, 'Not Found');
  return { status: e.status, body: e.body };
};
/** Where the double serves artifact archives, like GitHub's short-lived storage URLs. */
export const STORAGE_PREFIX = '/_storage/artifacts/';

function list<T>(c: Call, items: T[], render: (t: T) => unknown): Reply {
  const per = Math.min(Math.max(Number(c.query.get('per_page') ?? 30), 1), 100);
  const n = Math.max(Number(c.query.get('page') ?? 1), 1);
  return { status: 200, body: items.slice((n - 1) * per, n * per).map(render) };
}

const RUN_STATUSES = ['queued', 'in_progress', 'completed'];

function runs(c: Call, workflow?: string): Reply {
  const q = c.query;
  const status = q.get('status');
  const found = c.state.workflowRuns
    .filter(
      (r) =>
        r.repo === repoOf(c) &&
        (workflow === undefined ||
          String(r.workflowId) === workflow ||
          r.path.endsWith(`/${workflow}`)) &&
        (!q.get('branch') || r.headBranch === q.get('branch')) &&
        (!q.get('event') || r.event === q.get('event')) &&
        (!q.get('head_sha') || r.headSha === q.get('head_sha')) &&
        // status takes a run status or a conclusion, as on GitHub.
        (!status ||
          (RUN_STATUSES.includes(status) ? r.status === status : r.conclusion === status)),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const per = Math.min(Math.max(Number(q.get('per_page') ?? 30), 1), 100);
  const n = Math.max(Number(q.get('page') ?? 1), 1);
  return {
    status: 200,
    body: {
      total_count: found.length,
      workflow_runs: found.slice((n - 1) * per, n * per).map((r) => shape.workflowRun(c.urls, r)),
    },
  };
}

export const ACTION_ROUTES: Record<string, (c: Call) => Reply> = {
  'pulls/list': (c) => {
    const state = c.query.get('state') ?? 'open';
    const head = c.query.get('head');
    const base = c.query.get('base');
    const match = (p: PullRec) =>
      p.repo === repoOf(c) &&
      (state === 'all' || p.state === state) &&
      (!head || `${p.headOwner}:${p.headRef}` === head) &&
      (!base || p.baseRef === base);
    return list(c, c.state.pulls.filter(match), (p) => shape.pullRequest(c.urls, p));
  },
  'pulls/get': (c) => {
    const p = c.state.pulls.find(
      (x) => x.repo === repoOf(c) && x.number === Number(c.params.pull_number),
    );
    return p ? { status: 200, body: shape.pullRequest(c.urls, p, true) } : notFound();
  },
  // GitHub associates a commit with pull requests of this repository's branches; a fork's
  // head commit lives in the fork, so its pull requests are found only once merged.
  'repos/list-pull-requests-associated-with-commit': (c) =>
    list(
      c,
      c.state.pulls.filter(
        (p) =>
          p.repo === repoOf(c) &&
          p.headSha === c.params.commit_sha &&
          p.headOwner === c.params.owner,
      ),
      (p) => shape.pullRequest(c.urls, p),
    ),
  'actions/list-workflow-runs': (c) => runs(c, String(c.params.workflow_id)),
  'actions/list-workflow-runs-for-repo': (c) => runs(c),
  'actions/list-workflow-run-artifacts': (c) => {
    const name = c.query.get('name');
    const found = c.state.artifacts.filter(
      (a) =>
        a.repo === repoOf(c) && a.runId === Number(c.params.run_id) && (!name || a.name === name),
    );
    const r = list(c, found, (a) => shape.artifact(c.urls, a));
    return { ...r, body: { total_count: found.length, artifacts: r.body } };
  },
  'actions/download-artifact': (c) => {
    const a = c.state.artifacts.find(
      (x) => x.repo === repoOf(c) && x.id === Number(c.params.artifact_id),
    );
    if (!a || c.params.archive_format !== 'zip') return notFound();
    if (a.expired) {
      const e = apiError(410, 'Artifact has expired');
      return { status: e.status, body: e.body };
    }
    return {
      status: 302,
      headers: { location: `${c.urls.api}${STORAGE_PREFIX}${a.id}?sig=local` },
    };
  },
  'actions/get-reviews-for-run': (c) => {
    const runId = Number(c.params.run_id);
    if (!c.state.workflowRuns.some((r) => r.repo === repoOf(c) && r.id === runId))
      return notFound();
    const found = c.state.runApprovals.filter((a) => a.repo === repoOf(c) && a.runId === runId);
    return { status: 200, body: found.map((a) => shape.runApproval(c.urls, a)) };
  },
  'repos/get-content': (c) => {
    const ref = c.query.get('ref') ?? 'main';
    const path = String(c.params.path);
    const text = c.state.files.get(`${repoOf(c)}@${ref}:${path}`);
    return text === undefined
      ? notFound()
      : { status: 200, body: shape.contentFile(c.urls, repoOf(c), path, ref, text) };
  },
  'teams/get-membership-for-user-in-org': (c) => {
    if (c.state.denyTeams) {
      const e = apiError(403, 'Resource not accessible by integration');
      return { status: e.status, body: e.body };
    }
    const members = c.state.teams.get(`${c.params.org}/${c.params.team_slug}`);
    if (!members?.includes(String(c.params.username))) return notFound();
    return {
      status: 200,
      body: {
        url: `${c.urls.api}/organizations/1/team/2/memberships/${c.params.username}`,
        role: 'member',
        state: 'active',
      },
    };
  },
};
