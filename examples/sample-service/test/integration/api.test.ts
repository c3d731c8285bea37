// The server over real HTTP on an ephemeral 127.0.0.1 port. Every response is recorded and,
// at the end, checked against openapi.json.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { SECURITY_HEADERS } from '../../src/http.ts';
import { createLogger } from '../../src/logger.ts';
import { start, type Running } from '../../src/server.ts';
import { Client } from '../helpers/client.ts';
import { allOperationIds, checkAll } from '../helpers/openapi.ts';

// A throwaway key made at run time: a literal here would read as a leaked credential.
const KEY = ['integration', 'key', '0'.repeat(10)].join('-');
const logs: string[] = [];
let running: Running;
let api: Client;

/** Sends raw bytes and returns whatever the server answers before closing. */
function raw(text: string): Promise<string> {
  const { port } = new URL(running.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (answer += d));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

before(async () => {
  const config = {
    ...loadConfig({ API_KEY: KEY, RATE_LIMIT_PER_MINUTE: '10000' }),
    host: '127.0.0.1',
    port: 0,
  };
  running = await start(config, createLogger({ write: (l) => logs.push(l) }));
  api = new Client(running.url, KEY);
});

after(async () => {
  await running.shutdown('tests done');
});

describe('inventory API over HTTP', () => {
  let id = '';

  test('health check with security headers and no banner', async () => {
    const res = await api.request('GET', '/healthz');
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      assert.equal(res.headers[name.toLowerCase()], value, name);
    }
    assert.equal(res.headers['server'], undefined);
    assert.equal(res.headers['x-powered-by'], undefined);
    assert.equal(res.headers['ratelimit-limit'], '10000');
  });

  test('starts empty', async () => {
    const res = await api.request('GET', '/items');
    assert.deepEqual(res.json(), { items: [], total: 0, limit: 20, offset: 0 });
    const filtered = await api.request('GET', '/items?tag=kitchen&limit=5');
    assert.equal(filtered.status, 200);
    assert.deepEqual(filtered.json(), { items: [], total: 0, limit: 5, offset: 0 });
  });

  test('refuses to create without the right key', async () => {
    const body = { sku: 'MUG-1', name: 'Mug', quantity: 1, priceCents: 1 };
    assert.equal((await api.request('POST', '/items', { body })).status, 401);
    const wrong = await api.request('POST', '/items', { body, headers: { 'x-api-key': 'nope' } });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers['www-authenticate'], 'ApiKey header="X-API-Key"');
  });

  test('creates, reads and lists items', async () => {
    const created = await api.request('POST', '/items', {
      auth: true,
      body: {
        sku: 'MUG-0001',
        name: 'Enamel mug ☕',
        quantity: 12,
        priceCents: 950,
        tags: ['kitchen'],
      },
    });
    assert.equal(created.status, 201);
    const item = created.json();
    id = item.id;
    assert.equal(created.headers['location'], `/items/${id}`);
    assert.equal(item.name, 'Enamel mug ☕');
    assert.deepEqual((await api.request('GET', `/items/${id}`)).json(), item);

    await api.request('POST', '/items', {
      auth: true,
      body: { sku: 'PLATE-01', name: 'Plate', quantity: 3, priceCents: 1200 },
    });
    const page = (await api.request('GET', '/items?limit=1&offset=1')).json();
    assert.equal(page.total, 2);
    assert.deepEqual(
      page.items.map((i: { sku: string }) => i.sku),
      ['PLATE-01'],
    );
    const tagged = (await api.request('GET', '/items?tag=kitchen')).json();
    assert.deepEqual(
      tagged.items.map((i: { sku: string }) => i.sku),
      ['MUG-0001'],
    );
  });

  test('a duplicate sku is a conflict', async () => {
    const res = await api.request('POST', '/items', {
      auth: true,
      body: { sku: 'MUG-0001', name: 'Other', quantity: 1, priceCents: 1 },
    });
    assert.equal(res.status, 409);
  });

  test('invalid items are refused with the fields at fault', async () => {
    const res = await api.request('POST', '/items', {
      auth: true,
      body: { sku: 'x', name: '', quantity: -1, priceCents: 1.5, admin: true },
    });
    assert.equal(res.status, 400);
    assert.match(res.headers['content-type']!, /^application\/problem\+json/);
    const fields = res
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    assert.deepEqual(fields, ['admin', 'name', 'priceCents', 'quantity', 'sku']);
  });

  test('bodies: wrong type 415, malformed 400, too large 413', async () => {
    const text = await api.request('POST', '/items', {
      auth: true,
      body: 'sku=A',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(text.status, 415);
    assert.equal(
      (await api.request('POST', '/items', { auth: true, body: '{"sku":' })).status,
      400,
    );
    const big = await api.request('POST', '/items', {
      auth: true,
      body: { sku: 'BIG-1', name: 'x'.repeat(20_000), quantity: 1, priceCents: 1 },
    });
    assert.equal(big.status, 413);
  });

  test('a chunked body that grows past the limit is cut off with 413', async () => {
    const { port } = new URL(running.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/items',
          headers: { 'content-type': 'application/json', 'x-api-key': KEY },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"name":"');
      req.write('x'.repeat(17_000));
      req.end('"}');
    });
    assert.equal(status, 413);
  });

  test('ids, queries, routes and methods', async () => {
    assert.equal((await api.request('GET', '/items/not-a-uuid')).status, 400);
    assert.equal(
      (await api.request('GET', '/items/0f8fad5b-d9cb-469f-a165-70867728950e')).status,
      404,
    );
    assert.equal((await api.request('GET', '/items?limit=1000')).status, 400);
    assert.equal((await api.request('GET', '/items?debug=1')).status, 400);
    assert.equal(
      (await api.request('GET', '/items/../healthz')).status,
      200,
      'fetch normalises ..',
    );
    const missing = await api.request('GET', '/admin');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['x-frame-options'], 'DENY');
    const put = await api.request('PUT', '/items', { auth: true, body: {} });
    assert.equal(put.status, 405);
    assert.equal(put.headers['allow'], 'GET, POST');
  });

  test('deletes with the key only', async () => {
    assert.equal((await api.request('DELETE', `/items/${id}`)).status, 401);
    const del = await api.request('DELETE', `/items/${id}`, { auth: true });
    assert.equal(del.status, 204);
    assert.equal(del.text, '');
    assert.equal((await api.request('DELETE', `/items/${id}`, { auth: true })).status, 404);
    assert.equal((await api.request('GET', `/items/${id}`)).status, 404);
  });

  test('malformed HTTP gets a 400 with the security headers', async () => {
    const answer = await raw('NONSENSE\r\n\r\n');
    assert.match(answer, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(answer, /X-Content-Type-Options: nosniff/);
    assert.match(answer, /Connection: close/);
  });

  test('oversized headers get 431', async () => {
    const answer = await raw(
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(10_000)}\r\n\r\n`,
    );
    assert.match(answer, /^HTTP\/1\.1 431 /);
  });

  test('an absolute-form request target is refused', async () => {
    const answer = await raw(
      'GET http://evil.example/items HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    );
    assert.match(answer, /^HTTP\/1\.1 400 /);
    assert.match(answer, /bad-target/);
  });

  test('logs are JSON lines and never contain the API key', () => {
    const entries = logs.map((l) => JSON.parse(l));
    assert.ok(entries.some((e) => e.msg === 'listening' && e.authentication === 'api-key'));
    assert.ok(entries.filter((e) => e.msg === 'request').length >= 20);
    assert.ok(entries.some((e) => e.msg === 'item created' && e.sku === 'MUG-0001'));
    assert.ok(!logs.join('').includes(KEY));
  });

  test('every response matches openapi.json, and every operation was exercised', () => {
    const { problems, operations } = checkAll(api.exchanges);
    assert.deepEqual(problems, []);
    assert.deepEqual([...operations].sort(), allOperationIds().sort());
  });
});
