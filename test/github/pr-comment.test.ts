import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prepareSarif } from '../../src/github/sarif-limits.js';
import { changedLines } from '../../src/github/annotations.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderPrComment } from '../../src/report/pr-comment.js';
import {
  parseReport,
  REPORT_FORMAT,
  type TollgateReport,
} from '../../src/report/tollgate-report.js';

function report(steps: number, findings: number, msgLen = 300): TollgateReport {
  return {
    format: REPORT_FORMAT,
    commit: 'a'.repeat(40),
    verdict: 'fail',
    generatedAt: '2026-11-26T12:00:00Z',
    steps: Array.from({ length: steps }, (_, s) => ({
      stage: 'per-commit',
      step: `scan-${s}`,
      status: 'failed' as const,
      reason: 'findings',
      counts: { high: findings },
      findings: Array.from({ length: findings }, (_, i) => ({
        ruleId: `r${i}`,
        severity: 'high' as const,
        fingerprint: `${s}-${i}`,
        message: 'x'.repeat(msgLen),
        path: 'a.ts',
        line: i + 1,
      })),
    })),
    coverage: { lines: 81.25, branches: 70 },
    performance: [{ name: 'p95 latency', value: 120, unit: 'ms' }],
  };
}

describe('the PR comment', () => {
  it('stays under 65,536 characters and says which steps were left out', () => {
    const body = renderPrComment({ report: report(40, 50) });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(
      /Comment shortened to fit GitHub's 65536 character limit: the findings of \d+ steps/,
    );
    // The table still lists every step.
    expect(body).toContain('`scan-39`');
  });

  it('shows coverage and performance against the base, and escapes tool text', () => {
    const base = report(1, 0);
    base.coverage = { lines: 80, branches: 72 };
    base.performance = [{ name: 'p95 latency', value: 100, unit: 'ms' }];
    const now = report(1, 1);
    now.steps[0]!.findings[0]!.message = `<!-- tollgate:report --> <img src=x> | pipe`;
    const body = renderPrComment({
      report: now,
      base,
      baseName: 'main',
      runUrl: 'https://github.test/r/1',
    });
    expect(body).toContain('lines 81.3 % (🟢 +1.25 pp), branches 70.0 % (🔴 -2 pp)');
    expect(body).toContain('| p95 latency | 120 ms | 100 ms (🔴 +20) |');
    expect(body.split(COMMENT_MARKER)).toHaveLength(2);
    expect(body).toContain('&lt;img src=x&gt; \\| pipe');
    expect(body).toContain('[Workflow run and artifacts](https://github.test/r/1)');
  });

  it('refuses a base report of another format', () => {
    expect(() => parseReport('{"format":"x"}', 'base.json')).toThrow(/not a Tollgate report/);
    expect(parseReport(JSON.stringify(report(1, 1)), 'r.json').steps).toHaveLength(1);
  });
});

describe('SARIF limits and changed lines', () => {
  const run = (n: number) => ({
    tool: { driver: { name: 't' } },
    results: Array.from({ length: n }, (_, i) => ({
      ruleId: 'r',
      level: i % 2 ? 'note' : 'error',
      message: { text: `m${i}` },
    })),
  });

  it('splits more than 20 runs and keeps the worst results of an oversized run', () => {
    const { parts, notes } = prepareSarif(
      { version: '2.1.0', runs: Array.from({ length: 25 }, () => run(1)) },
      'tollgate/x',
    );
    expect(parts.map((p) => p.category)).toEqual(['tollgate/x/part-1', 'tollgate/x/part-2']);
    expect(notes[0]).toMatch(/25 runs/);
    const big = prepareSarif({ version: '2.1.0', runs: [run(30)] }, 'tollgate/y', {
      runsPerFile: 20,
      resultsPerRun: 10,
      gzipBytes: 1e7,
    });
    expect(big.parts[0]!.results).toBe(10);
    expect(big.notes[0]).toMatch(/only the 10 worst/);
  });

  it('halves results until the compressed file fits', () => {
    const noisy = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: Array.from({ length: 400 }, (_, i) => ({
            message: { text: `${i}-${Math.random()}` },
          })),
        },
      ],
    };
    const limit = Math.floor(gzipSync(JSON.stringify(noisy)).length / 3);
    const { parts, notes } = prepareSarif(noisy, 'tollgate/z', {
      runsPerFile: 20,
      resultsPerRun: 25_000,
      gzipBytes: limit,
    });
    expect(Buffer.from(parts[0]!.payload, 'base64').length).toBeLessThanOrEqual(limit);
    expect(notes.join()).toMatch(/left out/);
  });

  it('reads added lines from a unified diff', () => {
    const lines = changedLines([
      {
        filename: 'a.ts',
        status: 'modified',
        patch: '@@ -1,3 +1,4 @@\n ctx\n-old\n+new\n+added\n ctx',
      },
    ]);
    expect([...lines.get('a.ts')!]).toEqual([2, 3]);
  });
});
