// The request handler: routing, rate limiting, authentication and the item operations.
// Kept free of sockets and signals (see server.ts) so it is easy to test.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createKeyVerifier } from './auth.ts';
import type { Config } from './config.ts';
import { applySecurityHeaders, readJsonBody, sendEmpty, sendJson, sendProblem } from './http.ts';
import type { Logger } from './logger.ts';
import { createRateLimiter } from './ratelimit.ts';
import { ItemStore } from './store.ts';
import { isUuid, parseListQuery, validateNewItem } from './validation.ts';

export interface Context {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
}

type Handler = (ctx: Context) => void | Promise<void>;

interface Route {
  /** The path as openapi.json writes it. */
  path: string;
  pattern: RegExp;
  methods: Record<string, Handler>;
}

export interface App {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Once set, health checks fail and every response closes its connection. */
  startDraining(): void;
  readonly routes: ReadonlyArray<{ path: string; methods: string[] }>;
}

export function createApp(
  config: Config,
  log: Logger,
  store = new ItemStore(config.maxItems),
): App {
  const verifyKey = createKeyVerifier(config.apiKey);
  const limiter =
    config.rateLimitPerMinute > 0 ? createRateLimiter(config.rateLimitPerMinute) : undefined;
  let draining = false;

  const authorised = (ctx: Context): boolean => {
    if (verifyKey(ctx.req.headers['x-api-key'])) return true;
    ctx.res.setHeader('WWW-Authenticate', 'ApiKey header="X-API-Key"');
    sendProblem(ctx.res, 401, 'unauthorized', 'a valid X-API-Key header is required');
    return false;
  };

  const itemId = (ctx: Context): string | undefined => {
    const id = ctx.params[0] ?? '';
    if (isUuid(id)) return id;
    sendProblem(ctx.res, 400, 'invalid-id', 'the item id must be a UUID', [
      { field: 'id', message: 'must be a lower-case UUID' },
    ]);
    return undefined;
  };

  const routes: Route[] = [
    {
      path: '/healthz',
      pattern: /^\/healthz$/,
      methods: {
        GET: ({ res }) =>
          sendJson(res, draining ? 503 : 200, { status: draining ? 'draining' : 'ok' }),
      },
    },
    {
      path: '/items',
      pattern: /^\/items$/,
      methods: {
        GET: ({ res, url }) => {
          const query = parseListQuery(url.searchParams);
          if (!query.ok) {
            sendProblem(
              res,
              400,
              'invalid-query',
              'the query parameters are invalid',
              query.errors,
            );
            return;
          }
          const { limit, offset, tag } = query.value;
          sendJson(res, 200, { ...store.list(offset, limit, tag), limit, offset });
        },
        POST: async (ctx) => {
          if (!authorised(ctx)) return;
          const body = await readJsonBody(ctx.req, config.bodyLimitBytes);
          if (!body.ok) {
            if (body.status === 413) ctx.res.setHeader('Connection', 'close');
            sendProblem(ctx.res, body.status, body.code, body.detail);
            return;
          }
          const input = validateNewItem(body.value);
          if (!input.ok) {
            sendProblem(ctx.res, 400, 'invalid-item', 'the item is invalid', input.errors);
            return;
          }
          const added = store.add(input.value);
          if (!added.ok) {
            const detail =
              added.reason === 'duplicate-sku'
                ? 'an item with this sku already exists'
                : 'the inventory is full';
            sendProblem(ctx.res, 409, added.reason, detail);
            return;
          }
          ctx.res.setHeader('Location', `/items/${added.item.id}`);
          sendJson(ctx.res, 201, added.item);
          log.info('item created', { itemId: added.item.id, sku: added.item.sku });
        },
      },
    },
    {
      path: '/items/{id}',
      pattern: /^\/items\/([^/]+)$/,
      methods: {
        GET: (ctx) => {
          const id = itemId(ctx);
          if (id === undefined) return;
          const item = store.get(id);
          if (item) sendJson(ctx.res, 200, item);
          else sendProblem(ctx.res, 404, 'not-found', 'no item has this id');
        },
        DELETE: (ctx) => {
          if (!authorised(ctx)) return;
          const id = itemId(ctx);
          if (id === undefined) return;
          if (!store.remove(id)) {
            sendProblem(ctx.res, 404, 'not-found', 'no item has this id');
            return;
          }
          sendEmpty(ctx.res, 204);
          log.info('item deleted', { itemId: id });
        },
      },
    },
  ];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    let route = 'unmatched';
    applySecurityHeaders(res);
    res.setHeader('Access-Control-Allow-Origin', config.corsOrigin);
    res.setHeader('X-Request-Id', requestId);
    if (draining) res.setHeader('Connection', 'close');
    res.once('finish', () => {
      log.info('request', {
        requestId,
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });

    try {
      if (limiter) {
        const rate = limiter.take(req.socket.remoteAddress ?? 'unknown');
        res.setHeader('RateLimit-Limit', rate.limit);
        res.setHeader('RateLimit-Remaining', rate.remaining);
        res.setHeader('RateLimit-Reset', rate.resetSeconds);
        if (!rate.allowed) {
          res.setHeader('Retry-After', rate.resetSeconds);
          sendProblem(res, 429, 'rate-limited', 'too many requests; retry later');
          return;
        }
      }

      const target = req.url ?? '';
      if (!target.startsWith('/')) {
        sendProblem(res, 400, 'bad-target', 'the request target must be an absolute path');
        return;
      }
      const url = new URL(target, 'http://service.invalid');
      for (const candidate of routes) {
        const match = candidate.pattern.exec(url.pathname);
        if (!match) continue;
        route = candidate.path;
        const handler = candidate.methods[req.method ?? ''];
        if (!handler) {
          res.setHeader('Allow', Object.keys(candidate.methods).join(', '));
          sendProblem(
            res,
            405,
            'method-not-allowed',
            `${candidate.path} does not support this method`,
          );
          return;
        }
        await handler({ req, res, url, params: match.slice(1) });
        return;
      }
      sendProblem(res, 404, 'not-found', 'no such resource');
    } catch (err) {
      log.error('request failed', { requestId, route, err });
      if (!res.headersSent) sendProblem(res, 500, 'internal', 'the request could not be handled');
      else res.destroy();
    }
  }

  return {
    handle,
    startDraining: () => {
      draining = true;
    },
    routes: routes.map((r) => ({ path: r.path, methods: Object.keys(r.methods) })),
  };
}
