import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceStep } from '../../src/steps/performance/index.js';
import { startInventory, type Running } from '../fixtures/per-pr-fuzz/inventory-server.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/** 1-second runs with 2 connections: enough samples for p95, short enough for the suite. */
describe('performance against the fixture service', () => {
  let fast: Running;
  let slow: Running;
  let dir: string;

  beforeAll(async () => {
    [fast, slow] = await Promise.all([startInventory('slow', 0), startInventory('slow', 60)]);
    dir = await tempDir('performance');
  });
  afterAll(async () => {
    await Promise.all([fast?.close(), slow?.close()]);
    await removeDir(dir);
  });

  const run = (name: string, url: string, inputs: Record<string, string>) => {
    const ctx = stepContext('performance', dir, join(dir, name, 'performance'), {
      'base-url': url,
      scenarios: 'GET /slow, GET /items',
      duration: '1',
      connections: '2',
      ...inputs,
    });
    return performanceStep.run(ctx).then((result) => ({ result, out: ctx.outDir, ctx }));
  };

  it('passes a fast service within its budget and writes the result, SARIF and histograms', async () => {
    const { result, out, ctx } = await run('fast', fast.url, { 'p95-ms': '50', 'p99-ms': '250' });
    expect(result.reason, ctx.lines.join('\n')).toMatch(/^0 findings/);
    expect(result.status).toBe('passed');
    const json = JSON.parse(await readFile(join(out, 'performance.json'), 'utf8'));
    expect(json.scenarios.map((s: { name: string }) => s.name)).toEqual([
      'GET /slow',
      'GET /items',
    ]);
    const s = json.scenarios[0];
    expect(s.requests).toBeGreaterThan(100);
    expect(s.latencyMs.p50).toBeLessThanOrEqual(s.latencyMs.p95);
    expect(s.latencyMs.p95).toBeLessThanOrEqual(s.latencyMs.p99);
    expect(s.errorRate).toBe(0);
    expect(result.metrics?.rps).toBeGreaterThan(100);
    expect(result.reports).toEqual(
      expect.arrayContaining([
        'performance.sarif',
        'performance.json',
        'performance-get-slow.svg',
        'performance-get-items.svg',
      ]),
    );
    const svg = await readFile(join(out, 'performance-get-slow.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml[^]*<svg[^]*p95[^]*p99[^]*<\/svg>\n$/);
    expect(XMLValidator.validate(svg)).toBe(true);
    // A background and one bar per bin, each bar titled with its range and count.
    expect(svg.match(/<rect /g)!.length).toBe(41);
    expect(svg).toMatch(/<title>GET \/slow: latency of \d+ responses<\/title>/);
    expect(svg).toMatch(/p95 budget 50\.0 ms/);
    await writeFile(join(dir, 'baseline.json'), JSON.stringify(json));
  });

  it('fails a slow endpoint over its p95 budget, and reports the regression against the baseline', async () => {
    const { result, out } = await run('slow', slow.url, {
      'p95-ms': '40',
      baseline: join(dir, 'baseline.json'),
    });
    expect(result.status).toBe('failed');
    const sarif = JSON.parse(await readFile(join(out, 'performance.sarif'), 'utf8'));
    const results = sarif.runs[0].results as {
      ruleId: string;
      message: { text: string };
      level: string;
    }[];
    const budget = results.find((r) => r.ruleId === 'performance/p95-budget');
    expect(budget?.level).toBe('error');
    expect(budget?.message.text).toMatch(
      /^GET \/slow: p95 latency [6-9]\d(\.\d+)? ms is over the budget of 40 ms/,
    );
    // Only the slow endpoint is over budget; /items answers at once.
    expect(results.filter((r) => r.ruleId === 'performance/p95-budget')).toHaveLength(1);
    const regression = results.find(
      (r) => r.ruleId === 'performance/regression' && r.message.text.includes('p95'),
    );
    expect(regression?.message.text).toMatch(/^GET \/slow: p95 .* % worse than the baseline's/);
    const json = JSON.parse(await readFile(join(out, 'performance.json'), 'utf8'));
    expect(json.baseline.comparisons.length).toBe(6);
    expect(result.summary).toMatch(/\| GET \/slow \|/);
  });

  it('names the file when the baseline is not a performance result', async () => {
    await writeFile(join(dir, 'not-baseline.json'), '{"format":"other"}');
    const { result } = await run('bad-baseline', fast.url, {
      baseline: join(dir, 'not-baseline.json'),
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/baseline .*not-baseline\.json is not a performance result/);
  });
});
