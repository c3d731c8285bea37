import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTollgateError } from '../../src/core/errors.js';
import { loadScenarios } from '../../src/steps/performance/scenarios.js';
import { latencyStats, percentile } from '../../src/steps/performance/stats.js';
import { removeDir, tempDir } from './step-context.js';

describe('performance scenarios', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('perf-scenarios');
    await writeFile(join(dir, 'body.json'), '{"sku":"MUG-1"}');
    await writeFile(
      join(dir, 'load.yml'),
      [
        'scenarios:',
        '  - name: list',
        '    path: /items?limit=10',
        '    p95Ms: 25',
        '    maxErrorRate: 0.5%',
        '  - method: post',
        '    path: /items',
        '    bodyFile: body.json',
        '    headers: { X-API-Key: k }',
        '    connections: 4',
      ].join('\n'),
    );
  });
  afterAll(() => removeDir(dir));

  it('reads inline scenarios with a body file', async () => {
    const { scenarios } = await loadScenarios(dir, 'GET /items, POST /items body.json');
    expect(scenarios).toEqual([
      { name: 'GET /items', method: 'GET', path: '/items', headers: {} },
      {
        name: 'POST /items',
        method: 'POST',
        path: '/items',
        headers: { 'content-type': 'application/json' },
        body: '{"sku":"MUG-1"}',
      },
    ]);
  });

  it('reads a YAML file with budgets of its own', async () => {
    const { scenarios, file } = await loadScenarios(dir, 'load.yml');
    expect(file).toBe('load.yml');
    expect(scenarios[0]).toMatchObject({
      name: 'list',
      method: 'GET',
      p95Ms: 25,
      maxErrorRate: 0.005,
    });
    expect(scenarios[1]).toMatchObject({
      name: 'POST /items',
      connections: 4,
      headers: { 'X-API-Key': 'k', 'content-type': 'application/json' },
    });
  });

  it('defaults to GET / and refuses what it cannot read, with exit code 2', async () => {
    expect((await loadScenarios(dir, '')).scenarios[0]).toMatchObject({ method: 'GET', path: '/' });
    for (const bad of ['FETCH /items', 'GET items', 'missing.yml', 'GET /a b c']) {
      const e = await loadScenarios(dir, bad).catch((x: unknown) => x);
      expect(isTollgateError(e) && e.exitCode, bad).toBe(2);
    }
  });
});

describe('latency percentiles', () => {
  it('takes the nearest rank: p95 of 1..100 is 95, of 1..20 is 19', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(latencyStats(hundred.reverse())).toMatchObject({
      p50: 50,
      p95: 95,
      p99: 99,
      max: 100,
      min: 1,
    });
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
    expect(latencyStats([])).toMatchObject({ count: 0, p95: 0 });
  });
});
