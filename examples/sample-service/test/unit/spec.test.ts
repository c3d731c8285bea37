// openapi.json must describe exactly what the server implements, with the same limits, and the
// checker the integration tests rely on must catch what it claims to catch.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { LIMITS } from '../../src/validation.ts';
import { checkExchange, resolve, spec, validate } from '../helpers/openapi.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const schemas = (spec.components as Obj).schemas as Obj;

describe('openapi.json', () => {
  test('declares exactly the routes and methods the server has', () => {
    const app = createApp(loadConfig({}), createLogger({ write: () => {} }));
    const fromApp = app.routes.map((r) => `${r.path} ${r.methods.sort().join(',')}`).sort();
    const fromSpec = Object.entries(spec.paths as Obj)
      .map(([path, item]) => {
        const methods = Object.keys(item)
          .filter((k) => k !== 'parameters')
          .map((m) => m.toUpperCase());
        return `${path} ${methods.sort().join(',')}`;
      })
      .sort();
    assert.deepEqual(fromApp, fromSpec);
  });

  test('uses the same limits as the validation code', () => {
    const newItem = schemas.NewItem.properties;
    assert.equal(schemas.Sku.pattern, LIMITS.sku.pattern.source);
    assert.equal(schemas.Sku.maxLength, LIMITS.sku.maxLength);
    assert.equal(newItem.name.pattern, LIMITS.name.pattern.source);
    assert.equal(newItem.name.maxLength, LIMITS.name.maxLength);
    assert.equal(newItem.quantity.maximum, LIMITS.quantity.maximum);
    assert.equal(newItem.priceCents.maximum, LIMITS.priceCents.maximum);
    assert.equal(newItem.tags.maxItems, LIMITS.tags.maxItems);
    assert.equal(schemas.Tag.pattern, LIMITS.tags.pattern.source);
    const params = (spec.components as Obj).parameters;
    assert.equal(params.Limit.schema.maximum, LIMITS.list.limitMax);
    assert.equal(params.Limit.schema.default, LIMITS.list.limitDefault);
    assert.equal(params.Offset.schema.maximum, LIMITS.list.offsetMax);
  });

  test('mutating operations need the API key; reads are public', () => {
    for (const item of Object.values(spec.paths as Obj)) {
      for (const [method, op] of Object.entries(item as Obj)) {
        if (method === 'parameters') continue;
        const expected = ['post', 'delete'].includes(method) ? [{ ApiKey: [] }] : [];
        assert.deepEqual(op.security, expected, op.operationId);
      }
    }
  });
});

describe('the spec checker', () => {
  const item = {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    sku: 'MUG-1',
    name: 'Mug',
    quantity: 1,
    priceCents: 1,
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const ok = (status: number, body: unknown, type = 'application/json') => ({
    method: 'GET',
    target: `/items/${item.id}`,
    status,
    headers: { 'content-type': `${type}; charset=utf-8` },
    body: JSON.stringify(body),
  });

  test('passes a conforming response', () => {
    assert.deepEqual(checkExchange(ok(200, item)), []);
  });
  test('flags an undeclared status', () => {
    assert.match(checkExchange(ok(418, item))!.join(), /status not declared/);
  });
  test('flags a wrong content type', () => {
    assert.match(checkExchange(ok(200, item, 'text/html'))!.join(), /content type/);
  });
  test('flags a missing field, an extra field and a wrong type', () => {
    const { sku: _sku, ...rest } = item;
    const problems = checkExchange(ok(200, { ...rest, quantity: '1', extra: true }))!.join('\n');
    assert.match(problems, /\.sku: required/);
    assert.match(problems, /\.quantity: expected integer/);
    assert.match(problems, /\.extra: not allowed/);
  });
  test('flags a bad header value and a body on 204', () => {
    const del = {
      method: 'DELETE',
      target: `/items/${item.id}`,
      status: 204,
      headers: { 'ratelimit-limit': 'lots' },
      body: '',
    };
    assert.match(checkExchange(del)!.join(), /RateLimit-Limit/);
    assert.match(checkExchange({ ...del, headers: {}, body: 'x' })!.join(), /body sent/);
  });
  test('ignores operations the spec does not declare', () => {
    assert.equal(checkExchange({ ...ok(404, {}), target: '/nowhere' }), undefined);
  });
  test('refuses schema keywords it cannot check', () => {
    assert.throws(() => validate(1, { oneOf: [] }), /not supported/);
    assert.equal(resolve({ $ref: '#/components/schemas/Tag' }).maxLength, 20);
  });
});
