import { loadSpec } from './openapi.js';
import { user, type Urls } from './shapes.js';
import type { ArtifactRec, PullRec, RunApprovalRec, WorkflowRunRec } from './state.js';

/**
 * Answers for pull requests, workflow runs, artifacts and contents, built from the examples
 * GitHub publishes in its OpenAPI description (every field a real answer has, realistic
 * values) with the double's records written over the fields that matter. The double checks
 * them against the response schemas like every other answer.
 */
type Json = Record<string, unknown>;

function example(name: string): Json {
  const examples = (loadSpec().doc.components as Json).examples as Record<
    string,
    { value: unknown }
  >;
  const v = examples[name]?.value;
  if (v === undefined) throw new Error(`the OpenAPI description has no example ${name}`);
  return structuredClone((Array.isArray(v) ? v[0] : v) as Json);
}

const nodeId = (kind: string, id: number) => Buffer.from(`${kind}:${id}`).toString('base64');

export function pullRequest(u: Urls, p: PullRec, full = false): Json {
  const base = example(full ? 'pull-request' : 'pull-request-simple-items');
  const [owner, name] = p.repo.split('/') as [string, string];
  const api = `${u.api}/repos/${p.repo}`;
  const html = `${u.web}/${p.repo}/pull/${p.number}`;
  const head = base.head as Json;
  const baseSide = base.base as Json;
  const headRepo = {
    ...(head.repo as Json),
    full_name: `${p.headOwner}/${name}`,
    name,
    fork: p.headOwner !== owner,
    owner: user(u, p.headOwner),
  };
  const baseRepo = {
    ...(baseSide.repo as Json),
    full_name: p.repo,
    name,
    fork: false,
    owner: user(u, owner),
  };
  return {
    ...base,
    id: p.number * 1000 + 7,
    node_id: nodeId('PullRequest', p.number),
    number: p.number,
    state: p.state,
    url: `${api}/pulls/${p.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.headSha}`,
    user: user(u, p.author),
    // GitHub's own example lists a team without the `type` its schema requires.
    requested_teams: [],
    requested_reviewers: [],
    head: {
      ...head,
      label: `${p.headOwner}:${p.headRef}`,
      ref: p.headRef,
      sha: p.headSha,
      user: user(u, p.headOwner),
      repo: headRepo,
    },
    base: {
      ...baseSide,
      label: `${owner}:${p.baseRef}`,
      ref: p.baseRef,
      user: user(u, owner),
      repo: baseRepo,
    },
  };
}

export function workflowRun(u: Urls, r: WorkflowRunRec): Json {
  const base = example('workflow-run-paginated');
  const run = structuredClone((base.workflow_runs as Json[])[0] as Json);
  const api = `${u.api}/repos/${r.repo}/actions/runs/${r.id}`;
  return {
    ...run,
    id: r.id,
    node_id: nodeId('WorkflowRun', r.id),
    head_branch: r.headBranch,
    head_sha: r.headSha,
    path: r.path,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflowId,
    url: api,
    html_url: `${u.web}/${r.repo}/actions/runs/${r.id}`,
    artifacts_url: `${api}/artifacts`,
    pull_requests: [],
    created_at: r.createdAt,
    updated_at: r.createdAt,
    run_started_at: r.createdAt,
  };
}

export function artifact(u: Urls, a: ArtifactRec): Json {
  const base = structuredClone((example('artifact-paginated').artifacts as Json[])[0] as Json);
  const api = `${u.api}/repos/${a.repo}/actions/artifacts/${a.id}`;
  return {
    ...base,
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.zip.length,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: a.expired,
    workflow_run: { ...(base.workflow_run as Json), id: a.runId },
  };
}

export function contentFile(u: Urls, repo: string, path: string, ref: string, text: string): Json {
  const base = example('content-file-response-if-content-is-a-file');
  const bytes = Buffer.from(text);
  const api = `${u.api}/repos/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const html = `${u.web}/${repo}/blob/${ref}/${path}`;
  return {
    ...base,
    size: bytes.length,
    name: path.split('/').at(-1),
    path,
    content: bytes.toString('base64'),
    url: api,
    html_url: html,
    _links: { ...(base._links as Json), self: api, html },
  };
}

export function runApproval(u: Urls, a: RunApprovalRec): Json {
  const v = example('environment-approvals-items');
  const env = (v.environments as Json[])[0]!;
  return {
    ...v,
    state: a.state,
    comment: a.comment,
    user: user(u, a.user),
    environments: a.environments.map((name, i) => ({ ...env, id: 161088068 + i, name })),
  };
}
