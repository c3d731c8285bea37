import { gunzipSync } from 'node:zlib';
import { ACTION_ROUTES } from './routes-actions.js';
import * as shape from './shapes.js';
import type { GitHubState } from './state.js';
import { apiError, type ApiError } from './validate.js';

type Json = Record<string, unknown>;

export interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Json;
  state: GitHubState;
  urls: shape.Urls;
  /** The request URL without its query, for Link headers. */
  self: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const repoOf = (c: Call) => `${c.params.owner}/${c.params.repo}`;
const fail = (e: ApiError): Reply => ({ status: e.status, body: e.body });
const notFound = () => fail(apiError(404, 'Not Found'));

/** One page of `items` with GitHub's Link header (rel next/last/first/prev) and per_page ≤ 100. */
function page<T>(c: Call, items: T[], render: (t: T) => unknown): Reply {
  const per = Math.min(Math.max(Number(c.query.get('per_page') ?? 30), 1), 100);
  const n = Math.max(Number(c.query.get('page') ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / per), 1);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(c.query);
    q.set('per_page', String(per));
    q.set('page', String(p));
    return `<${c.self}?${q.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(n < last ? [link(n + 1, 'next'), link(last, 'last')] : []),
    ...(n > 1 ? [link(1, 'first'), link(n - 1, 'prev')] : []),
  ];
  return {
    status: 200,
    body: items.slice((n - 1) * per, n * per).map(render),
    ...(links.length ? { headers: { link: links.join(', ') } } : {}),
  };
}

/** Decodes an uploaded SARIF (base64 of gzip) and checks it is a SARIF 2.1.0 log. */
function decodeSarif(b64: string): { sarif?: Json; bytes: number; error?: string } {
  const zipped = Buffer.from(b64, 'base64');
  if (zipped.toString('base64') !== b64.replace(/\s/g, ''))
    return { bytes: 0, error: 'sarif is not valid base64' };
  let log: Json;
  try {
    log = JSON.parse(gunzipSync(zipped).toString('utf8')) as Json;
  } catch {
    return { bytes: zipped.length, error: 'sarif is not gzip-compressed JSON' };
  }
  if (log.version !== '2.1.0' || !Array.isArray(log.runs))
    return { bytes: zipped.length, error: 'sarif is not a SARIF 2.1.0 log (version, runs)' };
  return { sarif: log, bytes: zipped.length };
}

export const ROUTES: Record<string, (c: Call) => Reply> = {
  ...ACTION_ROUTES,
  'checks/create': (c) => {
    const b = c.body;
    const t = c.state.now();
    const out = (b.output ?? {}) as Json;
    const done = b.conclusion !== undefined || b.status === 'completed';
    const rec = {
      id: c.state.nextId(),
      repo: repoOf(c),
      name: String(b.name),
      headSha: String(b.head_sha),
      status: done ? 'completed' : String(b.status ?? 'queued'),
      conclusion: (b.conclusion as string | undefined) ?? null,
      detailsUrl: (b.details_url as string | undefined) ?? null,
      externalId: (b.external_id as string | undefined) ?? null,
      startedAt: (b.started_at as string | undefined) ?? t,
      completedAt: done ? ((b.completed_at as string | undefined) ?? t) : null,
      output: {
        title: (out.title as string | undefined) ?? null,
        summary: (out.summary as string | undefined) ?? null,
        text: (out.text as string | undefined) ?? null,
      },
      annotations: (out.annotations as Json[] | undefined) ?? [],
    };
    c.state.checkRuns.push(rec);
    return { status: 201, body: shape.checkRun(c.urls, rec) };
  },
  'checks/update': (c) => {
    const rec = c.state.checkRuns.find((r) => r.id === Number(c.params.check_run_id));
    if (!rec || rec.repo !== repoOf(c)) return notFound();
    const out = (c.body.output ?? {}) as Json;
    for (const k of ['title', 'summary', 'text'] as const)
      if (typeof out[k] === 'string') rec.output[k] = out[k];
    rec.annotations.push(...((out.annotations as Json[] | undefined) ?? []));
    if (typeof c.body.conclusion === 'string') {
      rec.conclusion = c.body.conclusion;
      rec.status = 'completed';
      rec.completedAt = c.state.now();
    }
    return { status: 200, body: shape.checkRun(c.urls, rec) };
  },
  'checks/list-for-ref': (c) => {
    const runs = c.state.checkRuns.filter(
      (r) => r.repo === repoOf(c) && r.headSha === c.params.ref,
    );
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: runs.map((r) => shape.checkRun(c.urls, r)) },
    };
  },
  'repos/create-commit-status': (c) => {
    const rec = {
      id: c.state.nextId(),
      repo: repoOf(c),
      sha: String(c.params.sha),
      state: String(c.body.state),
      context: String(c.body.context ?? 'default'),
      description: (c.body.description as string | undefined) ?? null,
      targetUrl: (c.body.target_url as string | undefined) ?? null,
      createdAt: c.state.now(),
    };
    c.state.statuses.push(rec);
    return { status: 201, body: shape.status(c.urls, rec, c.state.actor) };
  },
  'issues/list-comments': (c) =>
    page(c, c.state.commentsOn(repoOf(c), Number(c.params.issue_number)), (x) =>
      shape.comment(c.urls, x),
    ),
  'issues/create-comment': (c) => {
    const rec = c.state.addComment(
      repoOf(c),
      Number(c.params.issue_number),
      String(c.body.body),
      c.state.actor,
    );
    return { status: 201, body: shape.comment(c.urls, rec) };
  },
  'issues/update-comment': (c) => {
    const rec = c.state.comments.find(
      (x) => x.id === Number(c.params.comment_id) && x.repo === repoOf(c),
    );
    if (!rec) return notFound();
    if (rec.user !== c.state.actor) return fail(apiError(404, 'Not Found')); // as GitHub hides what one may not edit
    rec.body = String(c.body.body);
    rec.updatedAt = c.state.now();
    return { status: 200, body: shape.comment(c.urls, rec) };
  },
  'pulls/list-files': (c) =>
    page(c, c.state.pullFiles.get(`${repoOf(c)}#${c.params.pull_number}`) ?? [], (f) =>
      shape.diffEntry(c.urls, repoOf(c), f),
    ),
  'pulls/list-reviews': (c) =>
    page(
      c,
      c.state.reviews.filter(
        (r) => r.repo === repoOf(c) && r.pull === Number(c.params.pull_number),
      ),
      (r) => shape.review(c.urls, r),
    ),
  'pulls/create-review': (c) => {
    const event = c.body.event as string | undefined;
    const state =
      event === 'APPROVE'
        ? 'APPROVED'
        : event === 'REQUEST_CHANGES'
          ? 'CHANGES_REQUESTED'
          : event === 'COMMENT'
            ? 'COMMENTED'
            : 'PENDING';
    const rec = c.state.addReview({
      repo: repoOf(c),
      pull: Number(c.params.pull_number),
      user: c.state.actor,
      body: String(c.body.body ?? ''),
      state,
      commitId: String(c.body.commit_id ?? '0'.repeat(40)),
    });
    return { status: 200, body: shape.review(c.urls, rec) };
  },
  'code-scanning/upload-sarif': (c) => {
    const d = decodeSarif(String(c.body.sarif));
    if (d.bytes > 10 * 1024 * 1024)
      return {
        status: 413,
        body: {
          message: 'Payload Too Large',
          documentation_url: 'https://docs.github.com/rest',
          status: '413',
        },
      };
    if (d.error || !d.sarif) return fail(apiError(400, d.error ?? 'invalid sarif'));
    const id = `${c.state.nextId()}-sarif`;
    c.state.sarifUploads.push({
      id,
      repo: repoOf(c),
      commitSha: String(c.body.commit_sha),
      ref: String(c.body.ref),
      toolName: (c.body.tool_name as string | undefined) ?? null,
      sarif: d.sarif as never,
      gzipBytes: d.bytes,
    });
    return {
      status: 202,
      body: { id, url: `${c.urls.api}/repos/${repoOf(c)}/code-scanning/sarifs/${id}` },
    };
  },
};
