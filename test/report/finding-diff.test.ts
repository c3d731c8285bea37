import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../src/report/finding-diff.js';
import {
  REPORT_FORMAT,
  type ReportFinding,
  type TollgateReport,
} from '../../src/report/tollgate-report.js';

const report = (fingerprints: string[]): TollgateReport => ({
  format: REPORT_FORMAT,
  commit: '0'.repeat(40),
  verdict: 'fail',
  generatedAt: '2026-01-01T00:00:00.000Z',
  steps: [
    {
      stage: 'pre-commit',
      step: 'lint-openapi',
      status: 'failed',
      reason: '',
      counts: {},
      findings: fingerprints.map((fingerprint, i): ReportFinding => ({
        ruleId: 'owasp:api2:2023-write-restricted',
        severity: 'high',
        fingerprint,
        path: 'openapi.json',
        line: 40 + i,
      })),
    },
  ],
});

describe('new and fixed findings', () => {
  it('counts a repeated fingerprint: a fourth copy where the base had three is one NEW', () => {
    // A base report written before fingerprints had occurrences: three equal lines, one print.
    const diff = diffFindings(
      report(['same', 'same', 'same', 'same']),
      report(['same', 'same', 'same']),
    );
    expect(diff.get('lint-openapi')?.added).toHaveLength(1);
    expect(diff.get('lint-openapi')?.fixed).toEqual([]);
    const back = diffFindings(report(['same', 'other']), report(['same', 'same', 'same']));
    expect(back.get('lint-openapi')?.added.map((f) => f.fingerprint)).toEqual(['other']);
    expect(back.get('lint-openapi')?.fixed).toHaveLength(2);
    // distinct fingerprints match one to one
    const exact = diffFindings(report(['a:1', 'a:2', 'a:3', 'a:4']), report(['a:1', 'a:2', 'a:3']));
    expect(exact.get('lint-openapi')?.added.map((f) => f.fingerprint)).toEqual(['a:4']);
  });
});
