import type { CheckRunRec, CommentRec, PullFileRec, ReviewRec, StatusRec } from './state.js';

/**
 * Response bodies shaped as GitHub's description requires (every `required` field present,
 * with the right type), built from the double's records. The double checks its own
 * answers against the response schemas too, so a drift here shows up in the tests.
 */
export interface Urls {
  api: string;
  web: string;
}

const nodeId = (kind: string, id: number) => Buffer.from(`${kind}:${id}`).toString('base64');

export function user(u: Urls, login: string) {
  const api = `${u.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: [...login].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 1_000_000,
    node_id: nodeId('User', login.length),
    avatar_url: `${u.web}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url: api,
    html_url: `${u.web}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

export function comment(u: Urls, c: CommentRec) {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${u.api}/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `${u.web}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${u.api}/repos/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: user(u, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
  };
}

export function checkRun(u: Urls, r: CheckRunRec) {
  const url = `${u.api}/repos/${r.repo}/check-runs/${r.id}`;
  return {
    id: r.id,
    node_id: nodeId('CheckRun', r.id),
    head_sha: r.headSha,
    external_id: r.externalId,
    url,
    html_url: `${u.web}/${r.repo}/runs/${r.id}`,
    details_url: r.detailsUrl,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    output: {
      ...r.output,
      annotations_count: r.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: r.name,
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}

export function status(u: Urls, s: StatusRec, actor: string) {
  return {
    url: `${u.api}/repos/${s.repo}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: user(u, actor),
  };
}

export function review(u: Urls, r: ReviewRec) {
  const pr = `${u.api}/repos/${r.repo}/pulls/${r.pull}`;
  const html = `${u.web}/${r.repo}/pull/${r.pull}#pullrequestreview-${r.id}`;
  return {
    id: r.id,
    node_id: nodeId('PullRequestReview', r.id),
    user: user(u, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pr,
    _links: { html: { href: html }, pull_request: { href: pr } },
    submitted_at: r.submittedAt,
    commit_id: r.commitId,
    author_association: 'MEMBER',
  };
}

export function diffEntry(u: Urls, repo: string, f: PullFileRec) {
  const adds = f.additions ?? f.patch?.split('\n').filter((l) => l.startsWith('+')).length ?? 0;
  const dels = f.deletions ?? f.patch?.split('\n').filter((l) => l.startsWith('-')).length ?? 0;
  const sha = Buffer.from(f.filename).toString('hex').padEnd(40, '0').slice(0, 40);
  return {
    sha,
    filename: f.filename,
    status: f.status,
    additions: adds,
    deletions: dels,
    changes: adds + dels,
    blob_url: `${u.web}/${repo}/blob/${sha}/${f.filename}`,
    raw_url: `${u.web}/${repo}/raw/${sha}/${f.filename}`,
    contents_url: `${u.api}/repos/${repo}/contents/${f.filename}?ref=${sha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  };
}
