import { describe, expect, it } from 'vitest';
import { evaluateScanResult } from '../../src/gate/evaluators/scan-result.js';
import { exceptionCovers, judgeFindings } from '../../src/gate/evaluators/findings.js';
import type { EvalContext, GateFinding } from '../../src/gate/evaluators/types.js';
import type { ExceptionRule, Thresholds } from '../../src/policy/types.js';

// The threshold and the exceptions applied to findings: which findings block, which are
// waived, what is counted, and the one line the verdict shows.

const NOUN = { one: 'finding', many: 'findings' };

function ex(over: Partial<ExceptionRule>): ExceptionRule {
  return { step: 'sast', reason: 'accepted', expires: '2027-01-31', line: 7, ...over };
}
function ctx(thresholds: Thresholds = {}, exceptions: ExceptionRule[] = []): EvalContext {
  return { step: 'sast', thresholds, exceptions };
}
const f = (over: Partial<GateFinding> = {}): GateFinding => ({
  ruleId: 'js.no-eval',
  severity: 'high',
  path: 'src/app.js',
  line: 3,
  fingerprint: 'fp1',
  ...over,
});

describe('exceptionCovers', () => {
  it('waives nothing without a selector (the caller handles step-wide waivers)', () => {
    expect(exceptionCovers(ex({}), f())).toBe(false);
  });

  it.each([
    ['ruleId', { ruleId: 'js.no-eval' }, { ruleId: 'js.other' }],
    ['fingerprint', { fingerprint: 'fp1' }, { fingerprint: 'fp2' }],
    ['path', { path: 'src/*.js' }, { path: 'lib/*.js' }],
    ['id (rule id)', { id: 'js.no-eval' }, { id: 'js.other' }],
  ] as const)('a %s selector covers only the findings it names', (_, hit, miss) => {
    expect(exceptionCovers(ex(hit), f())).toBe(true);
    expect(exceptionCovers(ex(miss), f())).toBe(false);
  });

  it('an id selector matches any of the ids (aliases) of a vulnerability', () => {
    const vuln = f({ ruleId: 'GHSA-1', ids: ['GHSA-1', 'CVE-2026-1'] });
    expect(exceptionCovers(ex({ id: 'CVE-2026-1' }), vuln)).toBe(true);
    expect(exceptionCovers(ex({ id: 'GHSA-1' }), vuln)).toBe(true);
    expect(exceptionCovers(ex({ id: 'CVE-2026-2' }), vuln)).toBe(false);
    expect(exceptionCovers(ex({ id: 'CVE-2026-1' }), f({ ruleId: 'GHSA-1' }))).toBe(false);
    // a finding without ids is matched by its rule id only, whatever the id selector says
    for (const id of ['x', 'Stryker was here', ' ']) {
      expect(exceptionCovers(ex({ id }), f({ ruleId: 'GHSA-1' }))).toBe(false);
    }
  });

  it('a path selector never covers a finding without a path', () => {
    expect(exceptionCovers(ex({ path: '**' }), f({ path: undefined }))).toBe(false);
  });

  it('every selector given must match', () => {
    expect(exceptionCovers(ex({ ruleId: 'js.no-eval', fingerprint: 'fp1' }), f())).toBe(true);
    expect(exceptionCovers(ex({ ruleId: 'js.no-eval', fingerprint: 'fp2' }), f())).toBe(false);
    expect(exceptionCovers(ex({ ruleId: 'js.other', fingerprint: 'fp1' }), f())).toBe(false);
    expect(exceptionCovers(ex({ ruleId: 'js.no-eval', path: 'lib/**' }), f())).toBe(false);
    expect(exceptionCovers(ex({ ruleId: 'js.no-eval', id: 'x' }), f())).toBe(false);
    expect(exceptionCovers(ex({ path: 'src/*.js', id: 'x' }), f())).toBe(false);
    expect(exceptionCovers(ex({ path: 'src/*.js', fingerprint: 'x' }), f())).toBe(false);
  });
});

describe('judgeFindings', () => {
  it('passes with no findings, saying so', () => {
    expect(judgeFindings([], ctx(), NOUN)).toEqual({
      ok: true,
      summary: 'no findings',
      findings: [],
      counts: {},
      waived: [],
    });
  });

  it('fails on high by default, and not on medium', () => {
    const medium = judgeFindings([f({ severity: 'medium' })], ctx(), NOUN);
    expect(medium.ok).toBe(true);
    expect(medium.summary).toBe('1 finding, none at or above high');
    expect(medium.counts).toEqual({ medium: 1 });
    const high = judgeFindings([f()], ctx(), NOUN);
    expect(high.ok).toBe(false);
    expect(high.summary).toBe('1 finding at or above high: js.no-eval (high) in src/app.js:3');
  });

  it('blocks at the threshold and above, and not below it', () => {
    const all = (['critical', 'high', 'medium', 'low', 'info'] as const).map((s) =>
      f({ ruleId: `r.${s}`, severity: s, path: undefined }),
    );
    const r = judgeFindings(all, ctx({ failOn: 'medium' }), NOUN);
    expect(r.ok).toBe(false);
    expect(r.summary).toBe(
      '3 findings at or above medium: r.critical (critical); r.high (high); r.medium (medium)',
    );
    expect(r.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 1, info: 1 });
    const low = judgeFindings([f({ severity: 'low' })], ctx({ failOn: 'low' }), NOUN);
    expect(low.ok).toBe(false);
    const info = judgeFindings([f({ severity: 'low' })], ctx({ failOn: 'critical' }), NOUN);
    expect(info.ok).toBe(true);
  });

  it('with failOn none nothing blocks, listed or counted', () => {
    const r = judgeFindings([f({ severity: 'critical' })], ctx({ failOn: 'none' }), NOUN, {
      critical: 2,
    });
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('3 findings, none at or above none');
    expect(r.counts).toEqual({ critical: 3 });
  });

  it('counts several findings of one severity', () => {
    const r = judgeFindings(
      [f({ severity: 'low' }), f({ severity: 'low' }), f({ severity: 'info' })],
      ctx(),
      NOUN,
    );
    expect(r.counts).toEqual({ low: 2, info: 1 });
    expect(r.summary).toBe('3 findings, none at or above high');
  });

  it('shows three blocking findings and says how many more', () => {
    const four = [1, 2, 3, 4].map((i) => f({ ruleId: `r${i}`, path: undefined }));
    expect(judgeFindings(four, ctx(), NOUN).summary).toBe(
      '4 findings at or above high: r1 (high); r2 (high); r3 (high) and 1 more',
    );
    expect(judgeFindings(four.slice(0, 3), ctx(), NOUN).summary).toBe(
      '3 findings at or above high: r1 (high); r2 (high); r3 (high)',
    );
  });

  it('describes a finding with a path but no line without a colon', () => {
    expect(judgeFindings([f({ line: undefined })], ctx(), NOUN).summary).toBe(
      '1 finding at or above high: js.no-eval (high) in src/app.js',
    );
  });

  it('waives covered findings with the reason and expiry, and blocks the others', () => {
    const r = judgeFindings(
      [f(), f({ ruleId: 'js.other', path: undefined })],
      ctx({}, [ex({ ruleId: 'js.no-eval', reason: 'false positive' })]),
      NOUN,
    );
    expect(r.ok).toBe(false);
    expect(r.waived).toEqual([
      'js.no-eval (high) in src/app.js:3: false positive (until 2027-01-31)',
    ]);
    expect(r.summary).toBe('1 finding at or above high: js.other (high)');
    const all = judgeFindings([f()], ctx({}, [ex({ fingerprint: 'fp1' })]), NOUN);
    expect(all.ok).toBe(true);
    expect(all.summary).toBe('1 finding, none at or above high');
    expect(all.waived).toHaveLength(1);
  });

  it('does not list findings below the threshold as waived', () => {
    const r = judgeFindings(
      [f({ severity: 'low' })],
      ctx({}, [ex({ ruleId: 'js.no-eval' })]),
      NOUN,
    );
    expect(r.ok).toBe(true);
    expect(r.waived).toEqual([]);
  });

  it('counts findings only counted against the threshold, and they cannot be waived', () => {
    const r = judgeFindings([f()], ctx({}, [ex({ ruleId: 'js.no-eval' })]), NOUN, {
      high: 2,
      low: 5,
    });
    expect(r.ok).toBe(false);
    expect(r.summary).toBe('2 findings at or above high:  and 2 more');
    expect(r.counts).toEqual({ high: 3, low: 5 });
    const one = judgeFindings([], ctx(), NOUN, { critical: 1 });
    expect(one.ok).toBe(false);
    expect(one.summary).toBe('1 finding at or above high:  and 1 more');
    expect(one.counts).toEqual({ critical: 1 });
  });

  it('passes counted findings below the threshold, counting them in the total', () => {
    const r = judgeFindings([], ctx(), NOUN, { medium: 1 });
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('1 finding, none at or above high');
    const two = judgeFindings([f({ severity: 'low' })], ctx(), NOUN, { low: 1, info: 0 });
    expect(two.summary).toBe('2 findings, none at or above high');
    expect(two.counts).toEqual({ low: 2 });
  });
});

describe('evaluateScanResult', () => {
  const scan = (findings: unknown[], counts: Record<string, number>, truncated?: boolean) => ({
    scanner: { name: 'demo', version: '1' },
    counts,
    findings,
    ...(truncated === undefined ? {} : { findingsTruncated: truncated }),
  });
  const finding = {
    ruleId: 'js.no-eval',
    severity: 'high',
    message: 'eval',
    location: { path: 'src/app.js', line: 3 },
    fingerprint: 'fp1',
  };

  it('maps each listed finding', () => {
    const r = evaluateScanResult(scan([finding], { high: 1 }), ctx());
    expect(r.findings).toEqual([
      {
        ruleId: 'js.no-eval',
        severity: 'high',
        message: 'eval',
        path: 'src/app.js',
        line: 3,
        fingerprint: 'fp1',
      },
    ]);
    const bare = evaluateScanResult(scan([{ ruleId: 'r', severity: 'low' }], { low: 1 }), ctx());
    expect(bare.findings![0]!.path).toBeUndefined();
    expect(bare.findings![0]!.line).toBeUndefined();
  });

  it('counts the findings a truncated list left out, per severity', () => {
    const r = evaluateScanResult(scan([finding], { high: 3, low: 4 }, true), ctx());
    expect(r.ok).toBe(false);
    expect(r.counts).toEqual({ high: 3, low: 4 });
    expect(r.summary).toBe(
      '3 findings at or above high: js.no-eval (high) in src/app.js:3 and 2 more',
    );
  });

  it('ignores the counts when the list is complete', () => {
    const r = evaluateScanResult(scan([], { high: 3 }, false), ctx());
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('no findings');
    expect(evaluateScanResult(scan([], { high: 3 }), ctx()).ok).toBe(true);
  });

  it('adds nothing for a severity whose count the list already reaches', () => {
    const r = evaluateScanResult(scan([finding, finding], { high: 1 }, true), ctx());
    expect(r.counts).toEqual({ high: 2 });
    expect(r.summary).toMatch(/^2 findings at or above high/);
    const equal = evaluateScanResult(scan([finding], { high: 1 }, true), ctx());
    expect(equal.counts).toEqual({ high: 1 });
  });
});
