import { describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { evaluatorFor, judgePredicate } from '../../src/gate/evaluators/index.js';
import {
  evaluateCoverage,
  evaluateProvenance,
  evaluateReview,
  evaluateSbom,
  evaluateTestResult,
  evaluateVsa,
} from '../../src/gate/evaluators/simple.js';
import type { EvalContext } from '../../src/gate/evaluators/types.js';
import { evaluateVulns } from '../../src/gate/evaluators/vulns.js';
import type { Thresholds } from '../../src/policy/types.js';

// Each evaluator's verdict and summary at and around its thresholds, and how the step's own
// status combines with the evaluator (judgePredicate).

const ctx = (thresholds: Thresholds = {}): EvalContext => ({
  step: 's',
  thresholds,
  exceptions: [],
});
type P = Record<string, unknown>;

describe('test-result', () => {
  const run = (failed: string[], passed = ['a'], extra: P = {}) =>
    ({
      result: failed.length ? 'FAILED' : 'PASSED',
      failedTests: failed,
      passedTests: passed,
      warnedTests: ['w'],
      ...extra,
    }) as P;

  it('passes with no failed test, counting passed, failed and warned', () => {
    expect(evaluateTestResult(run([], ['a', 'b']), ctx())).toEqual({
      ok: true,
      summary: '2 of 3 tests passed',
    });
  });

  it('fails above maxFailedTests, listing three failed tests', () => {
    expect(evaluateTestResult(run(['f1', 'f2', 'f3', 'f4']), ctx())).toEqual({
      ok: false,
      summary: '4 of 6 tests failed: f1, f2, f3, ...',
    });
    expect(evaluateTestResult(run(['f1', 'f2', 'f3']), ctx()).summary).toBe(
      '3 of 5 tests failed: f1, f2, f3',
    );
    expect(evaluateTestResult(run(['f1']), ctx({ maxFailedTests: 1 })).ok).toBe(true);
    expect(evaluateTestResult(run(['f1', 'f2']), ctx({ maxFailedTests: 1 })).ok).toBe(false);
  });

  it('fails a run reported FAILED with no failed test named', () => {
    expect(evaluateTestResult(run([], ['a'], { result: 'FAILED' }), ctx())).toEqual({
      ok: false,
      summary: 'test run reported FAILED',
    });
  });

  it('reads absent lists as empty', () => {
    expect(evaluateTestResult({ result: 'PASSED' }, ctx())).toEqual({
      ok: true,
      summary: '0 of 0 tests passed',
    });
    expect(evaluateTestResult({ result: 'FAILED', passedTests: ['a'] }, ctx()).summary).toBe(
      'test run reported FAILED',
    );
  });
});

describe('coverage', () => {
  const cov = (lines: number, branches?: number): P => ({
    lines: { covered: 1, total: 1, pct: lines },
    ...(branches === undefined ? {} : { branches: { covered: 1, total: 1, pct: branches } }),
  });

  it('compares at the minimum: equal passes, below fails', () => {
    expect(
      evaluateCoverage(cov(80, 70), ctx({ minLineCoverage: 80, minBranchCoverage: 70 })),
    ).toEqual({
      ok: true,
      summary: 'line coverage 80.0 %, branch 70.0 %',
    });
    expect(evaluateCoverage(cov(79.95, 70), ctx({ minLineCoverage: 80 }))).toEqual({
      ok: false,
      summary: 'line coverage 80.0 % is below the required 80 %',
    });
    expect(evaluateCoverage(cov(90, 69.5), ctx({ minBranchCoverage: 70 }))).toEqual({
      ok: false,
      summary: 'branch coverage 69.5 % is below the required 70 %',
    });
  });

  it('no branch figure fails a branch minimum and is not shown otherwise', () => {
    expect(evaluateCoverage(cov(90), ctx({ minBranchCoverage: 1 }))).toEqual({
      ok: false,
      summary: 'branch coverage ? % is below the required 1 %',
    });
    expect(evaluateCoverage(cov(90), ctx())).toEqual({ ok: true, summary: 'line coverage 90.0 %' });
    expect(evaluateCoverage(cov(0, 0), ctx()).ok).toBe(true);
  });
});

describe('review', () => {
  const review = (approvers: string[], requested: string[] = [], author = 'alice'): P => ({
    author,
    approvals: approvers.map((reviewer) => ({ reviewer })),
    changesRequested: requested,
  });

  it('one approval by someone else passes; by the author it does not count', () => {
    expect(evaluateReview(review(['bob']), ctx())).toEqual({
      ok: true,
      summary: 'approved by bob',
    });
    expect(evaluateReview(review(['Alice']), ctx())).toEqual({
      ok: false,
      summary: '0 approval(s), 1 required (approval by the author does not count)',
    });
    expect(evaluateReview(review(['alice']), ctx({ allowSelfApproval: true }))).toEqual({
      ok: true,
      summary: 'approved by alice',
    });
  });

  it('an open change request fails whatever the approvals', () => {
    expect(evaluateReview(review(['bob', 'carol'], ['dave', 'erin']), ctx())).toEqual({
      ok: false,
      summary: 'changes requested by dave, erin',
    });
  });

  it('counts distinct approvers against minApprovals', () => {
    expect(evaluateReview(review(['bob', 'Bob']), ctx({ minApprovals: 2 }))).toEqual({
      ok: false,
      summary: '1 approval(s), 2 required',
    });
    expect(evaluateReview(review(['bob', 'carol']), ctx({ minApprovals: 2 }))).toEqual({
      ok: true,
      summary: 'approved by bob, carol',
    });
  });

  it('notes the author or an unlisted approver when any one approval is theirs', () => {
    expect(evaluateReview(review(['alice', 'bob']), ctx({ minApprovals: 2 })).summary).toBe(
      '1 approval(s), 2 required (approval by the author does not count)',
    );
    expect(
      evaluateReview(review(['bob', 'carol']), ctx({ approvers: ['carol'], minApprovals: 2 }))
        .summary,
    ).toBe('1 approval(s), 2 required (only carol may approve)');
  });

  it('with an approvers list only those count, and the summary says who may approve', () => {
    expect(evaluateReview(review(['bob']), ctx({ approvers: ['carol', 'dave'] }))).toEqual({
      ok: false,
      summary: '0 approval(s), 1 required (only carol, dave may approve)',
    });
    expect(evaluateReview(review(['Carol']), ctx({ approvers: ['carol'] })).ok).toBe(true);
    expect(
      evaluateReview(review(['carol']), ctx({ approvers: ['carol'], minApprovals: 2 })),
    ).toEqual({
      ok: false,
      summary: '1 approval(s), 2 required',
    });
  });
});

describe('VSA, provenance and SBOM', () => {
  it('a VSA passes only when it says PASSED', () => {
    expect(evaluateVsa({ verificationResult: 'PASSED' }, ctx())).toEqual({
      ok: true,
      summary: 'verification summary PASSED',
    });
    expect(evaluateVsa({ verificationResult: 'FAILED' }, ctx())).toEqual({
      ok: false,
      summary: 'verification summary FAILED',
    });
  });

  it('provenance is recorded', () => {
    expect(evaluateProvenance({}, ctx())).toEqual({ ok: true, summary: 'provenance recorded' });
  });

  it('finds denied licences by id or as a term of an expression, in nested components', () => {
    const sbom = {
      components: [
        { name: 'a', version: '1', licenses: [{ license: { id: 'MIT' } }] },
        {
          name: 'b',
          licenses: [{ expression: 'MIT OR (GPL-3.0-only WITH Classpath-exception-2.0)' }],
          components: [
            { name: 'c', version: '2', licenses: [{ license: { id: 'GPL-3.0-only' } }] },
          ],
        },
        { name: 'd', licenses: [{ license: { name: 'custom' } }] },
        { name: 'e', licenses: [{ expression: 'LGPL-3.0-only' }] },
        { name: 'f', version: '3', licenses: [{ license: { id: 'GPL-3.0-only' } }] },
      ],
    };
    expect(evaluateSbom(sbom, ctx({ deniedLicenses: ['GPL-3.0-only'] }))).toEqual({
      ok: false,
      summary:
        'denied licence in 3 component(s): b (MIT OR (GPL-3.0-only WITH Classpath-exception-2.0)), c@2 (GPL-3.0-only), f@3 (GPL-3.0-only)',
    });
    expect(evaluateSbom(sbom, ctx({ deniedLicenses: ['LGPL-3.0-only', 'MIT'] })).summary).toBe(
      'denied licence in 3 component(s): a@1 (MIT), b (MIT OR (GPL-3.0-only WITH Classpath-exception-2.0)), e (LGPL-3.0-only)',
    );
    expect(evaluateSbom(sbom, ctx())).toEqual({
      ok: true,
      summary: '6 components, no denied licence',
    });
    expect(evaluateSbom({}, ctx({ deniedLicenses: ['MIT'] }))).toEqual({
      ok: true,
      summary: '0 components, no denied licence',
    });
  });
});

describe('vulns', () => {
  const vulns = (result: unknown[]): P => ({
    scanner: { uri: 'x', result },
  });

  it('takes the worst score of an entry, by band, vector or word', () => {
    const r = evaluateVulns(
      vulns([
        {
          id: 'V1',
          severity: [
            { method: 'CVSSv3', score: '4.0' },
            { method: 'x', score: '9.8' },
          ],
        },
        {
          id: 'V2',
          severity: [
            { method: 'x', score: 'high' },
            { method: 'x', score: 'low' },
          ],
        },
        {
          id: 'V3',
          severity: [{ method: 'x', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
        },
        {
          id: 'V4',
          severity: [
            {
              method: 'x',
              score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
            },
          ],
        },
        { id: 'V5' },
        { id: 'V6', severity: [{ method: 'x', score: '0.0' }] },
      ]),
      ctx({ failOn: 'none' }),
    );
    expect(r.findings!.map((f) => [f.ruleId, f.severity])).toEqual([
      ['V1', 'critical'],
      ['V2', 'high'],
      ['V3', 'critical'],
      ['V4', 'medium'],
      ['V5', 'medium'],
      ['V6', 'info'],
    ]);
    expect(r.summary).toBe('6 vulnerabilities, none at or above none');
  });

  it('keeps ids with aliases and the first annotated package as the path', () => {
    const r = evaluateVulns(
      vulns([
        {
          id: 'GHSA-1',
          aliases: ['CVE-1'],
          severity: [{ method: 'x', score: 'critical' }],
          annotations: [{ note: 'n' }, { package: 'pkg:npm/a@1' }, { package: 'pkg:npm/b@1' }],
        },
      ]),
      ctx(),
    );
    expect(r.findings![0]).toMatchObject({ ids: ['GHSA-1', 'CVE-1'], path: 'pkg:npm/a@1' });
    expect(r.summary).toBe('1 vulnerability at or above high: GHSA-1 (critical) in pkg:npm/a@1');
  });
});

describe('judgePredicate', () => {
  const scan = (findings: unknown[], meta: P): P => ({
    scanner: { name: 'x', version: '1' },
    counts: {},
    findings,
    tollgate: { step: 's', ...meta },
  });
  const high = { ruleId: 'r1', severity: 'high' };

  it('without step metadata the predicate fails', () => {
    expect(judgePredicate(PREDICATE.vsa, { verificationResult: 'PASSED' }, ctx())).toEqual({
      ok: false,
      summary: 'the predicate has no step metadata',
    });
  });

  it('a step that passed is the evaluator’s verdict', () => {
    expect(judgePredicate(PREDICATE.scanResult, scan([high], { status: 'passed' }), ctx()).ok).toBe(
      false,
    );
  });

  it('a failure by findings is judged by the policy when there are findings', () => {
    const meta = { status: 'failed', failure: 'findings' };
    const r = judgePredicate(PREDICATE.scanResult, scan([high], meta), ctx({ failOn: 'critical' }));
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('1 finding, none at or above critical');
  });

  it('a failure by findings with none listed contradicts itself and fails', () => {
    expect(
      judgePredicate(
        PREDICATE.scanResult,
        scan([], { status: 'failed', failure: 'findings' }),
        ctx(),
      ),
    ).toMatchObject({
      ok: false,
      summary: 'the step reported failure because of its findings, but its predicate lists none',
    });
    expect(
      judgePredicate(
        PREDICATE.scanResult,
        scan([], { status: 'failed', failure: 'findings', reason: 'gate' }),
        ctx(),
      ).summary,
    ).toBe(
      'the step reported failure because of its findings, but its predicate lists none (gate)',
    );
  });

  it('a failure by findings on a type without findings is a tool failure', () => {
    const p = {
      result: 'PASSED',
      passedTests: ['a'],
      tollgate: { step: 's', status: 'failed', failure: 'findings' },
    };
    expect(judgePredicate(PREDICATE.testResult, p, ctx())).toMatchObject({
      ok: false,
      summary: 'the step reported failure (1 of 1 tests passed)',
    });
    expect(
      judgePredicate(
        PREDICATE.testResult,
        { ...p, tollgate: { ...p.tollgate, reason: 'runner crashed' } },
        ctx(),
      ).summary,
    ).toBe('runner crashed');
  });

  it('a type the gate has no schema for passes only on its own status passed', () => {
    expect(
      evaluatorFor('https://example.com/own/v1')({ tollgate: { status: 'passed' } }, ctx()),
    ).toEqual({
      ok: true,
      summary: 'the step reported passed (the gate has no schema for its predicate type)',
    });
    expect(
      evaluatorFor('https://example.com/own/v1')({ tollgate: { status: 'failed' } }, ctx()),
    ).toEqual({
      ok: false,
      summary: 'the step did not report passed',
    });
    expect(evaluatorFor('https://example.com/own/v1')({}, ctx()).ok).toBe(false);
  });
});
