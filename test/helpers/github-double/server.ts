import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findOperation, responsePointer, validatorAt } from './openapi.js';
import { STORAGE_PREFIX } from './routes-actions.js';
import { ROUTES, type Reply } from './routes.js';
import { GitHubState } from './state.js';
import { apiError, validateRequest } from './validate.js';

export interface Fault {
  method?: string;
  /** Matches the request path (without query). */
  path: string | RegExp;
  /** How many matching requests fail; then the fault is spent. */
  times: number;
  reply: Reply;
}

export interface RequestLog {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
}

export interface GitHubDouble {
  /** Base URL to use as GITHUB_API_URL / Octokit baseUrl. */
  url: string;
  state: GitHubState;
  /** Every request answered, in order. */
  requests: RequestLog[];
  /** Answers of the double that do not match GitHub's response schemas (should stay empty). */
  responseProblems: string[];
  /** The next `times` requests to `path` answer `status` (default 502) instead. */
  failNext(path: string | RegExp, times: number, status?: number, method?: string): void;
  /** The next `times` requests to `path` hit a secondary rate limit (403 + retry-after). */
  secondaryRateLimitNext(path: string | RegExp, times: number, retryAfterSeconds?: number): void;
  /** While true, check-run endpoints answer 403 as for a token without `checks: write`. */
  denyCheckRuns: boolean;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((ok, ko) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => ok(Buffer.concat(parts).toString('utf8')));
    req.on('error', ko);
  });

/**
 * A local stand-in for the GitHub REST API on 127.0.0.1 (ephemeral port). Every request is
 * checked against GitHub's OpenAPI description before anything else: unknown path → 404,
 * known path with another method → 404, invalid parameters or body → 400/422 with a
 * GitHub-style error. Only operations in ROUTES have behaviour; other valid requests get
 * 501 so that a test never silently relies on something the double does not model.
 */
export async function startGitHubDouble(): Promise<GitHubDouble> {
  const state = new GitHubState();
  const faults: Fault[] = [];
  const requests: RequestLog[] = [];
  const responseProblems: string[] = [];
  const double = { denyCheckRuns: false } as GitHubDouble;

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', double.url);
      const method = req.method ?? 'GET';
      const send = (r: Reply, operationId?: string, body?: unknown) => {
        requests.push({
          method,
          path: url.pathname,
          status: r.status,
          ...(operationId ? { operationId } : {}),
          ...(body !== undefined ? { body } : {}),
        });
        res.writeHead(r.status, {
          'content-type': 'application/json; charset=utf-8',
          ...(r.headers ?? {}),
        });
        res.end(r.body === undefined ? '' : JSON.stringify(r.body));
      };
      // Artifact storage, where download-artifact redirects: signed by the URL, no token.
      if (method === 'GET' && url.pathname.startsWith(STORAGE_PREFIX)) {
        const id = Number(url.pathname.slice(STORAGE_PREFIX.length));
        const a = state.artifacts.find((x) => x.id === id);
        requests.push({ method, path: url.pathname, status: a ? 200 : 404 });
        res.writeHead(a ? 200 : 404, { 'content-type': 'application/zip' });
        res.end(a?.zip ?? '');
        return;
      }
      if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? ''))
        return send({
          status: 401,
          body: {
            message: 'Requires authentication',
            documentation_url: 'https://docs.github.com/rest',
            status: '401',
          },
        });
      const found = findOperation(method, url.pathname);
      if (!found.op) return send({ status: 404, body: apiError(404, 'Not Found').body });
      const { op, params } = found;
      const v = validateRequest(op, params, url.searchParams, raw);
      if (v.error) return send({ status: v.error.status, body: v.error.body }, op.operationId, raw);
      const body = (v.body ?? {}) as Record<string, unknown>;
      const fault = faults.find(
        (f) =>
          f.times > 0 &&
          (!f.method || f.method === method) &&
          (typeof f.path === 'string' ? f.path === url.pathname : f.path.test(url.pathname)),
      );
      if (fault) {
        fault.times--;
        return send(fault.reply, op.operationId, body);
      }
      if (double.denyCheckRuns && op.operationId.startsWith('checks/'))
        return send(
          {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
              status: '403',
            },
          },
          op.operationId,
          body,
        );
      const route = ROUTES[op.operationId];
      if (!route)
        return send(
          {
            status: 501,
            body: { message: `the GitHub double does not implement ${op.operationId}` },
          },
          op.operationId,
          body,
        );
      const reply = route({
        params,
        query: url.searchParams,
        body,
        state,
        urls: { api: double.url, web: 'https://github.test' },
        self: `${double.url}${url.pathname}`,
      });
      const pointer = reply.status < 300 ? responsePointer(op, reply.status) : undefined;
      if (pointer) {
        const check = validatorAt(pointer);
        if (!check(reply.body))
          responseProblems.push(
            `${op.operationId} ${reply.status}: ${JSON.stringify(check.errors?.slice(0, 3))}`,
          );
      }
      send(reply, op.operationId, body);
    })().catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `double crashed: ${String(e)}` }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return Object.assign(double, {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    responseProblems,
    failNext(path: string | RegExp, times: number, status = 502, method?: string) {
      faults.push({
        path,
        times,
        ...(method ? { method } : {}),
        reply: { status, body: { message: 'Server Error' } },
      });
    },
    secondaryRateLimitNext(path: string | RegExp, times: number, retryAfterSeconds = 1) {
      faults.push({
        path,
        times,
        reply: {
          status: 403,
          headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403',
          },
        },
      });
    },
    close: () =>
      new Promise<void>((ok, ko) => {
        server.closeAllConnections();
        server.close((e) => (e ? ko(e) : ok()));
      }),
  });
}
