import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFuzz } from '../../src/steps/api-fuzz/index.js';
import { SAMPLE_DIR, startSampleService } from '../fixtures/per-pr-fuzz/sample-service.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/** The clean path on a real service and its real spec (examples/sample-service/openapi.json). */
describe('api-fuzz on the sample service', () => {
  const KEY = 'fixture-key-0123456789';
  let service: Awaited<ReturnType<typeof startSampleService>>;
  let dir: string;

  beforeAll(async () => {
    service = await startSampleService({ API_KEY: KEY });
    dir = await tempDir('api-fuzz-sample');
  });
  afterAll(async () => {
    await service?.stop();
    await removeDir(dir);
  });

  it('finds nothing: every answer is one the spec declares, with its schema', async () => {
    const out = join(dir, 'api-fuzz');
    const ctx = stepContext('api-fuzz', SAMPLE_DIR, out, {
      'base-url': service.url,
      seed: '20261126',
      runs: '40',
      headers: `X-API-Key: ${KEY}`,
      'fail-on': 'info',
    });
    const result = await apiFuzz.run(ctx);
    expect(result.reason, ctx.lines.join('\n')).toMatch(/^0 findings/);
    expect(result.status).toBe('passed');
    const text = await readFile(join(out, 'api-fuzz.json'), 'utf8');
    const details = JSON.parse(text);
    // The spec was found by name in the service's folder, and all five operations ran.
    expect(details.spec).toBe('openapi.json');
    expect(details.operations.map((o: { operation: string }) => o.operation)).toEqual([
      'GET /healthz',
      'GET /items',
      'POST /items',
      'GET /items/{id}',
      'DELETE /items/{id}',
    ]);
    // With the key, creation really happened; invalid bodies were refused, not crashed on.
    const post = details.operations.find(
      (o: { operation: string }) => o.operation === 'POST /items',
    );
    expect(post.statuses['201']).toBeGreaterThan(0);
    expect(post.statuses['400']).toBeGreaterThan(0);
    expect(text).not.toContain(KEY);
  });
});
