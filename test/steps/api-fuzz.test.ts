import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFuzz } from '../../src/steps/api-fuzz/index.js';
import { startInventory, type Running } from '../fixtures/per-pr-fuzz/inventory-server.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const SPEC = join(import.meta.dirname, '../fixtures/per-pr-fuzz/inventory.openapi.json');

describe('api-fuzz against the fixture inventory service', () => {
  const servers: Running[] = [];
  const dirs: string[] = [];
  let clean: Running;
  let crash: Running;
  let undeclared: Running;

  beforeAll(async () => {
    [clean, crash, undeclared] = await Promise.all([
      startInventory('clean'),
      startInventory('crash'),
      startInventory('undeclared'),
    ]);
    servers.push(clean, crash, undeclared);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(dirs.map(removeDir));
  });

  async function run(url: string, inputs: Record<string, string> = {}) {
    const dir = await tempDir('api-fuzz');
    dirs.push(dir);
    const out = join(dir, 'out', 'api-fuzz');
    // The spec is copied into the repository: file inputs are read only inside it.
    await copyFile(inputs['openapi-path'] ?? SPEC, join(dir, 'openapi.json'));
    const ctx = stepContext('api-fuzz', dir, out, {
      'base-url': url,
      seed: '4242',
      runs: '40',
      ...inputs,
      'openapi-path': 'openapi.json',
    });
    const result = await apiFuzz.run(ctx);
    return { result, out, ctx };
  }

  it('passes a service that answers every input as its spec says', async () => {
    const { result, out, ctx } = await run(clean.url);
    expect(result.reason, ctx.lines.join('\n')).toMatch(/^0 findings/);
    expect(result.status).toBe('passed');
    expect(result.metrics?.requests).toBeGreaterThan(100);
    expect(result.metrics?.requestsPerSecond).toBeGreaterThan(0);
    expect(result.summary).toMatch(/Seed \*\*4242\*\*/);
    expect(result.summary).toMatch(/requests\/s/);
    const details = JSON.parse(await readFile(join(out, 'api-fuzz.json'), 'utf8'));
    // Invalid inputs were really sent: the clean service refused some with 400.
    const statuses = details.operations.flatMap((o: { statuses: Record<string, number> }) =>
      Object.keys(o.statuses),
    );
    expect(statuses).toContain('400');
    expect(statuses).toContain('200');
    expect(existsSync(join(out, 'api-fuzz.sarif'))).toBe(true);
  });

  it('fails on a 500 and prints a minimal curl line that reproduces it', async () => {
    const { result, out } = await run(crash.url);
    expect(result.status).toBe('failed');
    const details = JSON.parse(await readFile(join(out, 'api-fuzz.json'), 'utf8'));
    const f = details.failures.find((x: { kind: string }) => x.kind === 'server-error');
    expect(f.operation).toBe('GET /items');
    expect(f.severity).toBe('high');
    // Shrunk: only the parameter that matters is left, and it is out of range.
    const url = new URL(f.request.url);
    expect([...url.searchParams.keys()]).toEqual(['limit']);
    const limit = Number(url.searchParams.get('limit'));
    expect(limit < 0 || limit > 2 ** 32).toBe(true);
    // The printed line really reproduces it (async: the service runs in this process).
    const { stdout: head } = await promisify(execFile)('sh', ['-c', f.curl], { encoding: 'utf8' });
    expect(head).toMatch(/^HTTP\/1\.1 500/);
    const sarif = JSON.parse(await readFile(join(out, 'api-fuzz.sarif'), 'utf8'));
    const r = sarif.runs[0].results.find(
      (x: { ruleId: string }) => x.ruleId === 'api-fuzz/server-error',
    );
    expect(r.message.text).toContain('curl -sS -i -X GET');
    expect(r.message.text).toContain('seed 4242');
    expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('finds the same failure again from the same seed', async () => {
    const a = await run(crash.url);
    const b = await run(crash.url);
    const curlOf = async (out: string) =>
      JSON.parse(await readFile(join(out, 'api-fuzz.json'), 'utf8')).failures.map(
        (f: { curl: string }) => f.curl.replace(/127\.0\.0\.1:\d+/, 'host'),
      );
    expect(await curlOf(a.out)).toEqual(await curlOf(b.out));
  });

  it('reports a status the spec does not declare', async () => {
    const { result, out } = await run(undeclared.url, { 'fail-on': 'medium' });
    expect(result.status).toBe('failed');
    const details = JSON.parse(await readFile(join(out, 'api-fuzz.json'), 'utf8'));
    const f = details.failures.find((x: { kind: string }) => x.kind === 'undeclared-status');
    expect(f.operation).toBe('POST /items');
    expect(f.status).toBe(422);
    expect(f.severity).toBe('medium');
    expect(f.curl).toContain('--data-raw');
    expect(details.failures.some((x: { kind: string }) => x.kind === 'server-error')).toBe(false);
  });

  it('reports a body that breaks the schema and a content type the spec does not declare', async () => {
    const drift = await startInventory('drift');
    servers.push(drift);
    const { result, out } = await run(drift.url, { 'fail-on': 'low' });
    expect(result.status).toBe('failed');
    const details = JSON.parse(await readFile(join(out, 'api-fuzz.json'), 'utf8'));
    const kinds = details.failures.map((f: { operation: string; kind: string; severity: string }) =>
      [f.operation, f.kind, f.severity].join(' '),
    );
    expect(kinds.sort()).toEqual([
      'GET /items schema-violation medium',
      'GET /items/{id} content-type low',
    ]);
    const schema = details.failures.find((f: { kind: string }) => f.kind === 'schema-violation');
    expect(schema.detail).toMatch(/\/0\/quantity must be integer/);
    // Shrunk to the request without any parameter: the fault does not depend on them.
    expect(schema.curl).toMatch(/\/items'$/);
  });

  it('fails on an answer that does not come within timeout-ms', async () => {
    const hang = await startInventory('hang');
    servers.push(hang);
    const { result, out } = await run(hang.url, { 'timeout-ms': '300' });
    expect(result.status).toBe('failed');
    const details = JSON.parse(await readFile(join(out, 'api-fuzz.json'), 'utf8'));
    const f = details.failures.find((x: { kind: string }) => x.kind === 'timeout');
    expect(f.operation).toBe('GET /items');
    expect(f.severity).toBe('high');
    expect(f.curl).toMatch(/'http:\/\/127\.0\.0\.1:\d+\/items\?limit=100'$/);
  });

  it('refuses a spec with a ref to another file, naming the spec and the ref', async () => {
    const dir = await tempDir('api-fuzz-ref');
    dirs.push(dir);
    const spec = JSON.parse(await readFile(SPEC, 'utf8'));
    spec.paths['/items'].post.requestBody.content['application/json'].schema = {
      $ref: 'schemas.yaml#/NewItem',
    };
    await writeFile(join(dir, 'openapi.json'), JSON.stringify(spec));
    const { result } = await run(clean.url, { 'openapi-path': join(dir, 'openapi.json') });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /openapi\.json: .* refers to schemas\.yaml#\/NewItem; only refs inside the document/,
    );
  });

  it('fails with a message when nothing answers at base-url', async () => {
    const { result } = await run('http://127.0.0.1:9');
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/nothing answers at http:\/\/127\.0\.0\.1:9/);
  });
});
