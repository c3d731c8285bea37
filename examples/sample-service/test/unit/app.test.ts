// The request handler without sockets: routing, auth, errors and the headers every response
// carries. Every exchange is also checked against openapi.json at the end.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { SECURITY_HEADERS } from '../../src/http.ts';
import { createLogger } from '../../src/logger.ts';
import { ItemStore } from '../../src/store.ts';
import { call } from '../helpers/fake-http.ts';
import { checkAll, type Exchange } from '../helpers/openapi.ts';

// A throwaway key made at run time: a literal here would read as a leaked credential.
const KEY = ['unit', 'test', 'key', '0'.repeat(10)].join('-');
const logs: string[] = [];
const log = createLogger({ write: (l) => logs.push(l) });
const exchanges: Exchange[] = [];
const app = createApp(loadConfig({ API_KEY: KEY, MAX_ITEMS: '3' }), log);
const json = { 'content-type': 'application/json' };
const auth = { ...json, 'x-api-key': KEY };
const mug = { sku: 'MUG-1', name: 'Mug', quantity: 1, priceCents: 100 };

describe('app', () => {
  test('every response carries the security headers and a request id, and no banner', async () => {
    for (const url of ['/healthz', '/nowhere', '/items/x']) {
      const res = await call(app, { method: 'GET', url }, exchanges);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        assert.equal(res.getHeader(name), value, `${url} ${name}`);
      }
      assert.match(res.getHeader('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(res.getHeader('server'), undefined);
      assert.equal(res.getHeader('x-powered-by'), undefined);
    }
  });

  test('health, then create, read, list and delete an item', async () => {
    assert.deepEqual((await call(app, { method: 'GET', url: '/healthz' }, exchanges)).json, {
      status: 'ok',
    });
    const created = await call(
      app,
      { method: 'POST', url: '/items', headers: auth, body: JSON.stringify(mug) },
      exchanges,
    );
    assert.equal(created.statusCode, 201);
    const item = created.json as { id: string };
    assert.equal(created.getHeader('location'), `/items/${item.id}`);
    const read = await call(app, { method: 'GET', url: `/items/${item.id}` }, exchanges);
    assert.deepEqual(read.json, item);
    const list = await call(app, { method: 'GET', url: '/items?limit=5' }, exchanges);
    assert.deepEqual(list.json, { items: [item], total: 1, limit: 5, offset: 0 });
    const del = await call(
      app,
      { method: 'DELETE', url: `/items/${item.id}`, headers: auth },
      exchanges,
    );
    assert.equal(del.statusCode, 204);
    assert.equal(del.body, '');
    assert.equal(
      (await call(app, { method: 'GET', url: `/items/${item.id}` }, exchanges)).statusCode,
      404,
    );
  });

  const statusCases: Array<[string, Parameters<typeof call>[1], number, string]> = [
    [
      'POST without key',
      { method: 'POST', url: '/items', headers: json, body: '{}' },
      401,
      'unauthorized',
    ],
    [
      'POST with a wrong key',
      { method: 'POST', url: '/items', headers: { ...json, 'x-api-key': KEY + 'x' }, body: '{}' },
      401,
      'unauthorized',
    ],
    [
      'DELETE without key',
      { method: 'DELETE', url: '/items/0f8fad5b-d9cb-469f-a165-70867728950e' },
      401,
      'unauthorized',
    ],
    [
      'POST as text',
      {
        method: 'POST',
        url: '/items',
        headers: { ...auth, 'content-type': 'text/plain' },
        body: '{}',
      },
      415,
      'unsupported-media-type',
    ],
    [
      'POST too large',
      {
        method: 'POST',
        url: '/items',
        headers: { ...auth, 'content-length': '999999' },
        body: '{}',
      },
      413,
      'body-too-large',
    ],
    [
      'POST invalid JSON',
      { method: 'POST', url: '/items', headers: auth, body: '{' },
      400,
      'invalid-json',
    ],
    [
      'POST invalid item',
      { method: 'POST', url: '/items', headers: auth, body: '{"sku":1}' },
      400,
      'invalid-item',
    ],
    ['GET bad query', { method: 'GET', url: '/items?limit=0' }, 400, 'invalid-query'],
    ['GET bad id', { method: 'GET', url: '/items/123' }, 400, 'invalid-id'],
    ['DELETE bad id', { method: 'DELETE', url: '/items/123', headers: auth }, 400, 'invalid-id'],
    [
      'DELETE unknown id',
      { method: 'DELETE', url: '/items/0f8fad5b-d9cb-469f-a165-70867728950e', headers: auth },
      404,
      'not-found',
    ],
    ['unknown path', { method: 'GET', url: '/admin' }, 404, 'not-found'],
    ['trailing slash', { method: 'GET', url: '/items/' }, 404, 'not-found'],
    [
      'absolute-form target',
      { method: 'GET', url: 'http://evil.example/items' },
      400,
      'bad-target',
    ],
  ];
  for (const [name, req, status, code] of statusCases) {
    test(`${name} → ${status} ${code}`, async () => {
      const res = await call(app, req, exchanges);
      assert.equal(res.statusCode, status);
      assert.match(res.getHeader('content-type') ?? '', /^application\/problem\+json/);
      const body = res.json as { type: string; status: number };
      assert.equal(body.type, `urn:sample-service:problem:${code}`);
      assert.equal(body.status, status);
    });
  }

  test('401 names the scheme; 413 closes the connection', async () => {
    const r401 = await call(app, { method: 'POST', url: '/items', headers: json, body: '{}' });
    assert.equal(r401.getHeader('www-authenticate'), 'ApiKey header="X-API-Key"');
    const r413 = await call(app, {
      method: 'POST',
      url: '/items',
      headers: { ...auth, 'content-length': '999999' },
    });
    assert.equal(r413.getHeader('connection'), 'close');
  });

  test('405 lists the allowed methods', async () => {
    const res = await call(app, { method: 'PUT', url: '/items' }, exchanges);
    assert.equal(res.statusCode, 405);
    assert.equal(res.getHeader('allow'), 'GET, POST');
    const one = await call(app, {
      method: 'PATCH',
      url: '/items/0f8fad5b-d9cb-469f-a165-70867728950e',
    });
    assert.equal(one.getHeader('allow'), 'GET, DELETE');
  });

  test('duplicate sku and a full inventory are conflicts', async () => {
    for (const sku of ['AAA', 'BBB', 'CCC']) {
      const res = await call(
        app,
        { method: 'POST', url: '/items', headers: auth, body: JSON.stringify({ ...mug, sku }) },
        exchanges,
      );
      assert.equal(res.statusCode, 201);
    }
    const dup = await call(
      app,
      {
        method: 'POST',
        url: '/items',
        headers: auth,
        body: JSON.stringify({ ...mug, sku: 'AAA' }),
      },
      exchanges,
    );
    assert.equal((dup.json as { type: string }).type, 'urn:sample-service:problem:duplicate-sku');
    const full = await call(
      app,
      {
        method: 'POST',
        url: '/items',
        headers: auth,
        body: JSON.stringify({ ...mug, sku: 'DDD' }),
      },
      exchanges,
    );
    assert.equal(full.statusCode, 409);
    assert.equal((full.json as { type: string }).type, 'urn:sample-service:problem:store-full');
  });

  test('rate limiting: headers on every response, then 429 with Retry-After', async () => {
    const limited = createApp(loadConfig({ RATE_LIMIT_PER_MINUTE: '2' }), log);
    const first = await call(limited, { method: 'GET', url: '/items' }, exchanges);
    assert.equal(first.getHeader('ratelimit-limit'), '2');
    assert.equal(first.getHeader('ratelimit-remaining'), '1');
    await call(limited, { method: 'GET', url: '/items' }, exchanges);
    const third = await call(limited, { method: 'GET', url: '/items' }, exchanges);
    assert.equal(third.statusCode, 429);
    assert.match(third.getHeader('retry-after') ?? '', /^\d+$/);
    const other = await call(limited, { method: 'GET', url: '/items', remoteAddress: '10.0.0.2' });
    assert.equal(other.statusCode, 200, 'another client is not limited');
    const off = createApp(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }), log);
    assert.equal(
      (await call(off, { method: 'GET', url: '/items' })).getHeader('ratelimit-limit'),
      undefined,
    );
  });

  test('a failing handler answers 500 without internals, and logs the error', async () => {
    const broken = new ItemStore(1);
    broken.list = () => {
      throw new Error('disk on fire at /var/lib/secret');
    };
    const failing = createApp(loadConfig({}), log, broken);
    const res = await call(failing, { method: 'GET', url: '/items' }, exchanges);
    assert.equal(res.statusCode, 500);
    assert.doesNotMatch(res.body, /fire|secret|at /);
    assert.ok(logs.some((l) => l.includes('"request failed"') && l.includes('disk on fire')));
  });

  test('draining: health answers 503 and connections close', async () => {
    const draining = createApp(loadConfig({}), log);
    draining.startDraining();
    const res = await call(draining, { method: 'GET', url: '/healthz' }, exchanges);
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json, { status: 'draining' });
    assert.equal(res.getHeader('connection'), 'close');
  });

  test('each request is logged as JSON, without the API key', () => {
    const requests = logs.map((l) => JSON.parse(l)).filter((e) => e.msg === 'request');
    assert.ok(requests.length > 20);
    for (const e of requests) {
      assert.match(e.requestId, /^[0-9a-f-]{36}$/);
      assert.equal(typeof e.status, 'number');
      assert.equal(typeof e.durationMs, 'number');
    }
    assert.ok(!logs.join('').includes(KEY));
  });

  after(() => {
    // Runs after the tests above; a failure here fails the suite.
    const { problems, operations } = checkAll(exchanges);
    assert.deepEqual(problems, []);
    assert.equal(operations.size, 5);
  });
});
