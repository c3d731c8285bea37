// Read-mostly checks against a deployed instance (the per-PR test environment). BASE_URL is
// required; with API_KEY set, one item is created and deleted again.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { Client } from '../helpers/client.ts';
import { checkAll } from '../helpers/openapi.ts';

const base = process.env.BASE_URL;
if (!base) {
  console.error('BASE_URL is required, e.g. BASE_URL=http://127.0.0.1:8080 npm run test:system');
  process.exit(2);
}
const apiKey = process.env.API_KEY || undefined;
const api = new Client(base, apiKey);

describe(`deployed service at ${base}`, () => {
  test('is healthy and sends the security headers', async () => {
    const res = await api.request('GET', '/healthz');
    assert.equal(res.status, 200);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(res.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['server'], undefined);
  });

  test('lists items', async () => {
    const res = await api.request('GET', '/items?limit=5');
    assert.equal(res.status, 200);
    assert.ok(Array.isArray(res.json().items));
  });

  test('refuses unauthenticated writes and unknown routes', async () => {
    assert.equal((await api.request('POST', '/items', { body: {} })).status, 401);
    assert.equal((await api.request('GET', '/nowhere')).status, 404);
  });

  test('creates and deletes an item', { skip: apiKey ? false : 'API_KEY not set' }, async () => {
    const sku = `SYS-${randomBytes(4).toString('hex').toUpperCase()}`;
    const created = await api.request('POST', '/items', {
      auth: true,
      body: { sku, name: 'System test item', quantity: 1, priceCents: 1 },
    });
    assert.equal(created.status, 201);
    const { id } = created.json();
    assert.equal((await api.request('GET', `/items/${id}`)).status, 200);
    assert.equal((await api.request('DELETE', `/items/${id}`, { auth: true })).status, 204);
  });

  after(() => {
    assert.deepEqual(checkAll(api.exchanges).problems, []);
  });
});
