import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openapiOperations, specOperations } from '../../src/steps/dast/openapi-urls.js';
import type { StepContext } from '../../src/steps/types.js';

const SPEC = `
openapi: 3.0.3
info: { title: shop, version: '1' }
paths:
  /items:
    get:
      parameters:
        - $ref: '#/components/parameters/Query'
        - $ref: '#/components/parameters/Limit'
    post:
      requestBody: { $ref: '#/components/requestBodies/NewItem' }
  /items/{id}:
    parameters:
      - $ref: '#/components/parameters/ItemId'
    get:
      parameters:
        - name: view
          in: query
          examples: { short: { value: compact } }
  /orders/{orderId}/lines/{line}:
    get: {}
  /search:
    get:
      parameters:
        - $ref: '#/components/parameters/Missing'
        - name: tags
          in: query
          schema: { $ref: '#/components/schemas/Tags' }
components:
  parameters:
    Query: { name: q, in: query, schema: { type: string, example: shoes } }
    Limit: { name: limit, in: query, schema: { $ref: '#/components/schemas/Limit' } }
    ItemId: { name: id, in: path, required: true, schema: { type: integer, example: 42 } }
  schemas:
    Limit: { type: integer, default: 10 }
    Tags: { type: string, enum: [new, sale] }
    Item:
      type: object
      properties:
        name: { type: string, example: lamp }
        price: { $ref: '#/components/schemas/Price' }
    Price: { type: number }
  requestBodies:
    NewItem:
      content:
        application/json:
          schema: { $ref: '#/components/schemas/Item' }
`;

const dir = mkdtempSync(join(tmpdir(), 'tollgate-dast-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'openapi.yaml'), SPEC);
const ctx = { repoDir: dir, inputs: { 'openapi-path': 'openapi.yaml' } } as unknown as StepContext;

describe('dast: the OpenAPI spec as requests', () => {
  it('resolves $ref parameters into query strings and fills path templates', async () => {
    const ops = await openapiOperations(ctx, 'http://127.0.0.1:8080/');
    const gets = ops.filter((o) => o.method === 'GET').map((o) => o.url);
    expect(gets).toEqual([
      'http://127.0.0.1:8080/items?q=shoes&limit=10',
      'http://127.0.0.1:8080/items/42?view=compact',
      'http://127.0.0.1:8080/orders/1/lines/1',
      'http://127.0.0.1:8080/search?tags=new',
    ]);
    for (const url of gets) expect(decodeURIComponent(url)).not.toMatch(/[{}]/);
  });

  it('samples a $ref request body from its schema', async () => {
    const ops = await openapiOperations(ctx, 'http://127.0.0.1:8080/');
    expect(ops.find((o) => o.method === 'POST')).toEqual({
      method: 'POST',
      url: 'http://127.0.0.1:8080/items',
      body: { contentType: 'application/json', body: '{"name":"lamp","price":1}' },
    });
  });

  it('keeps the base path, and a form body is URL-encoded', () => {
    const ops = specOperations(
      {
        paths: {
          '/login': {
            post: {
              requestBody: {
                content: {
                  'application/x-www-form-urlencoded': {
                    schema: {
                      properties: { user: { type: 'string' }, remember: { type: 'boolean' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      'http://127.0.0.1:8080/api/',
    );
    expect(ops).toEqual([
      {
        method: 'POST',
        url: 'http://127.0.0.1:8080/api/login',
        body: { contentType: 'application/x-www-form-urlencoded', body: 'user=test&remember=true' },
      },
    ]);
  });

  it('a reference cycle ends instead of looping', () => {
    const ops = specOperations(
      {
        paths: { '/a': { get: { parameters: [{ $ref: '#/components/parameters/A' }] } } },
        components: {
          parameters: {
            A: { $ref: '#/components/parameters/B' },
            B: { $ref: '#/components/parameters/A' },
          },
        },
      },
      'http://127.0.0.1:8080/',
    );
    expect(ops).toEqual([{ method: 'GET', url: 'http://127.0.0.1:8080/a' }]);
  });
});
