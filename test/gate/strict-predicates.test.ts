import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeProvenance,
  makeScanResult,
  makeTestResult,
} from '../../src/attest/predicates/builders.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { makeVsa } from '../../src/attest/predicates/vsa.js';
import { commitSubject, makeStatement } from '../../src/attest/statement.js';
import { newBom } from '../../src/sbom/cyclonedx.js';
import { vulnsPredicate } from '../../src/vuln/report.js';
import {
  asSource,
  COMMIT,
  makeKey,
  PolicyDir,
  sign,
  type KeyPair,
} from '../helpers/gate-fixture.js';

// The gate fails closed: a predicate it cannot read exactly as its schema says is
// `malformed`, never passed on a lenient reading. Each attack is a really signed bundle.
let dir: PolicyDir;
let ci: KeyPair;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const CUSTOM = 'https://example.com/attestation/custom/v1';

/** A policy requiring one step `check` whose attestation is of `type`, with thresholds. */
const policyFor = (type: string, thresholds = '{}') => `version: 1
signers:
  ci: { key: ci.pub }
defaults:
  signers: [ci]
stages:
  per-commit:
    require: [check]
steps:
  check:
    predicateType: ${type}
    thresholds: ${thresholds}
`;

async function judge(
  type: string,
  predicate: Record<string, unknown>,
  o: { thresholds?: string; status?: 'passed' | 'failed'; failure?: 'findings' | 'tool' } = {},
) {
  const bundle = await sign({
    step: 'check',
    predicateType: type,
    predicate,
    signer: ci.signer,
    ...(o.status ? { status: o.status } : {}),
    ...(o.failure ? { failure: o.failure } : {}),
  });
  const v = await dir.gate(policyFor(type, o.thresholds), [
    asSource('check.sigstore.json', bundle),
  ]);
  return v.steps[0]!;
}

/** Signs a statement whose step metadata is exactly `tollgate`, as a hand-made producer could. */
function signRaw(type: string, predicate: Record<string, unknown>) {
  const statement = makeStatement([commitSubject('acme/shop', COMMIT)], type, predicate);
  return ci.signer.signStatement(Buffer.from(JSON.stringify(statement)));
}

const scan = (findings: Record<string, unknown>[] = []) => ({
  scanner: { name: 'semgrep', version: '1.90.0' },
  counts: {},
  findings,
});
const vulns = (score: unknown) => ({
  scanner: {
    uri: 'https://osv.dev',
    result: [{ id: 'GHSA-1', severity: [{ method: 'CVSSv3.1', score }] }],
  },
});

describe('attacks that passed or misled the lenient gate', () => {
  it('step metadata status "FAILED" is malformed, not passed', async () => {
    const bundle = await sign({
      step: 'check',
      predicateType: PREDICATE.scanResult,
      predicate: scan(),
      signer: ci.signer,
      status: 'FAILED' as 'failed',
    });
    const v = await dir.gate(policyFor(PREDICATE.scanResult), [
      asSource('check.sigstore.json', bundle),
    ]);
    expect(v.steps[0]).toMatchObject({
      status: 'malformed',
      reason:
        'check.sigstore.json: predicate /tollgate/status: must be one of "passed", "failed", "not-applicable" (got "FAILED")',
    });
  });

  it('CycloneDX tollgate:status "FAILED" is malformed, not passed', async () => {
    const bom = newBom({ type: 'application', name: 'shop' }, [], []);
    const bundle = await sign({
      step: 'check',
      predicateType: PREDICATE.cyclonedx,
      predicate: bom,
      signer: ci.signer,
      status: 'FAILED' as 'failed',
    });
    const v = await dir.gate(policyFor(PREDICATE.cyclonedx), [asSource('b.sigstore.json', bundle)]);
    expect(v.steps[0]!.status).toBe('malformed');
    expect(v.steps[0]!.reason).toContain('/metadata/properties/');
  });

  it('status: failed with failure: findings and no finding is a contradiction: failed', async () => {
    const s = await judge(PREDICATE.scanResult, scan(), { status: 'failed', failure: 'findings' });
    expect(s.status).toBe('failed');
    expect(s.reason).toContain('because of its findings, but its predicate lists none');
    const v = await judge(
      PREDICATE.vulns,
      { scanner: { uri: 'x', result: [] } },
      { status: 'failed', failure: 'findings' },
    );
    expect(v.status).toBe('failed');
  });

  it('failure: findings on a predicate type without findings counts as tool: failed', async () => {
    const s = await judge(PREDICATE.testResult, makeTestResult({ passed: ['a'], failed: [] }), {
      status: 'failed',
      failure: 'findings',
      thresholds: '{ maxFailedTests: 5 }',
    });
    expect(s.status).toBe('failed');
  });

  it('failedTests given as a string is malformed, not ignored', async () => {
    const s = await judge(PREDICATE.testResult, {
      result: 'PASSED',
      passedTests: ['a'],
      failedTests: 'login-test',
    });
    expect(s).toMatchObject({
      status: 'malformed',
      reason: 'check.sigstore.json: predicate /failedTests: must be array (got "login-test")',
    });
  });

  it('test entries given as objects are malformed', async () => {
    const s = await judge(PREDICATE.testResult, {
      result: 'PASSED',
      failedTests: [{ name: 'login' }],
    });
    expect(s.status).toBe('malformed');
    expect(s.reason).toContain('/failedTests/0: must be string');
  });

  it('coverage lines.pct "1e3" is malformed, not 1000 %', async () => {
    const s = await judge(
      PREDICATE.coverage,
      { lines: { covered: 1, total: 1, pct: '1e3' } },
      { thresholds: '{ minLineCoverage: 80 }' },
    );
    expect(s).toMatchObject({
      status: 'malformed',
      reason: 'check.sigstore.json: predicate /lines/pct: must be number (got "1e3")',
    });
  });

  it('coverage over 100 % is malformed', async () => {
    const s = await judge(PREDICATE.coverage, { lines: { covered: 1, total: 1, pct: 1000 } });
    expect(s.status).toBe('malformed');
    expect(s.reason).toContain('/lines/pct: must be <= 100');
  });

  it('a vulns score given as the number 9.8 is malformed', async () => {
    const s = await judge(PREDICATE.vulns, vulns(9.8));
    expect(s).toMatchObject({
      status: 'malformed',
      reason:
        'check.sigstore.json: predicate /scanner/result/0/severity/0/score: must be string (got 9.8)',
    });
  });

  it('a vulns score "CRITICAL " is malformed, not medium', async () => {
    const s = await judge(PREDICATE.vulns, vulns('CRITICAL '));
    expect(s.status).toBe('malformed');
    expect(s.reason).toContain('/scanner/result/0/severity/0/score: must be a CVSS base score');
  });

  it('a scan-result severity "High" is malformed, not mapped', async () => {
    const s = await judge(PREDICATE.scanResult, scan([{ ruleId: 'r', severity: 'High' }]));
    expect(s.status).toBe('malformed');
    expect(s.reason).toContain('/findings/0/severity: must be one of');
  });

  it('a predicate type without a schema does not pass through: no status is malformed', async () => {
    const bundle = await signRaw(CUSTOM, { anything: true, tollgate: { step: 'check' } });
    const v = await dir.gate(policyFor(CUSTOM), [asSource('check.sigstore.json', bundle)]);
    expect(v.steps[0]).toMatchObject({
      status: 'malformed',
      reason: 'check.sigstore.json: predicate /tollgate/status: is required',
    });
  });
});

describe('well-formed predicates are judged on what they say, one per type', () => {
  it('scan-result', async () => {
    const p = makeScanResult({
      scanner: { name: 'semgrep', version: '1' },
      findings: [{ ruleId: 'r', severity: 'medium', location: { path: 'a.ts', line: 1 } }],
    });
    expect((await judge(PREDICATE.scanResult, p)).status).toBe('passed');
  });

  it('scan-result failed on findings that the policy accepts', async () => {
    const p = makeScanResult({
      scanner: { name: 'semgrep', version: '1' },
      findings: [{ ruleId: 'r', severity: 'medium' }],
    });
    const s = await judge(PREDICATE.scanResult, p, {
      status: 'failed',
      failure: 'findings',
      thresholds: '{ failOn: high }',
    });
    expect(s.status).toBe('passed');
  });

  it('vulns, with a decimal score, a CVSS v3.1 vector, a v4.0 vector and a word', async () => {
    const p = {
      scanner: {
        uri: 'https://osv.dev',
        result: [
          { id: 'A', severity: [{ method: 'CVSSv3.1', score: '6.5' }] },
          {
            id: 'B',
            severity: [
              { method: 'CVSSv3.1', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N' },
            ],
          },
          {
            id: 'C',
            severity: [
              {
                method: 'CVSSv4',
                score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N',
              },
            ],
            annotations: [{ package: 'pkg:npm/x@1' }],
          },
          { id: 'D', severity: [{ method: 'tollgate', score: 'low' }] },
        ],
      },
    };
    const s = await judge(PREDICATE.vulns, p);
    expect(s).toMatchObject({ status: 'passed', counts: { medium: 3, low: 1 } });
  });

  it('vulns: a CVSS v3.1 vector is scored (9.8 is critical)', async () => {
    const s = await judge(PREDICATE.vulns, vulns('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'));
    expect(s.status).toBe('failed');
    expect(s.reason).toContain('GHSA-1 (critical)');
  });

  it('vulns from the vulnerability report', async () => {
    const p = vulnsPredicate([], { name: 'tollgate', version: '1', db: 'osv' }, new Date(0));
    expect((await judge(PREDICATE.vulns, p)).status).toBe('passed');
  });

  it('test-result', async () => {
    const p = makeTestResult({ passed: ['a', 'b'], failed: [] });
    expect(await judge(PREDICATE.testResult, p)).toMatchObject({
      status: 'passed',
      reason: '2 of 2 tests passed',
    });
  });

  it('coverage', async () => {
    const p = {
      lines: { covered: 90, total: 100, pct: 90 },
      branches: { covered: 8, total: 10, pct: 80 },
    };
    const s = await judge(PREDICATE.coverage, p, {
      thresholds: '{ minLineCoverage: 80, minBranchCoverage: 80 }',
    });
    expect(s).toMatchObject({ status: 'passed', reason: 'line coverage 90.0 %, branch 80.0 %' });
  });

  it('review', async () => {
    const p = {
      author: 'alice',
      headSha: COMMIT,
      approvals: [{ reviewer: 'bob', at: '2026-11-26T12:00:00Z' }],
      changesRequested: [],
    };
    expect((await judge(PREDICATE.review, p)).status).toBe('passed');
  });

  it('SLSA provenance', async () => {
    const p = makeProvenance({
      builderId: 'https://tollgate.dev/steps/compile',
      externalParameters: {},
      materials: [{ name: 'package-lock.json', digest: { sha256: 'b'.repeat(64) } }],
    });
    expect((await judge(PREDICATE.slsaProvenance, p)).status).toBe('passed');
  });

  it('CycloneDX, with a denied licence in a nested component failing it', async () => {
    const bom = newBom({ type: 'application', name: 'shop' }, [], []);
    expect((await judge(PREDICATE.cyclonedx, bom)).status).toBe('passed');
    const nested = {
      ...bom,
      components: [
        {
          type: 'library',
          name: 'outer',
          components: [
            { type: 'library', name: 'inner', licenses: [{ license: { id: 'AGPL-3.0-only' } }] },
          ],
        },
      ],
    };
    const s = await judge(PREDICATE.cyclonedx, nested, {
      thresholds: '{ deniedLicenses: [AGPL-3.0-only] }',
    });
    expect(s).toMatchObject({ status: 'failed' });
    expect(s.reason).toContain('inner (AGPL-3.0-only)');
  });

  it('SLSA verification summary', async () => {
    const p = makeVsa({
      verifierVersion: '0.1.0',
      resourceUri: 'git+acme/shop@' + COMMIT,
      policy: { uri: 'tollgate.yml', sha256: 'e'.repeat(64) },
      inputs: [],
      passed: true,
      passedStages: ['per-commit'],
      timeVerified: new Date(0),
    });
    expect((await judge(PREDICATE.vsa, p)).status).toBe('passed');
  });

  it('a predicate type without a schema, with status passed; failed when its step failed', async () => {
    expect((await judge(CUSTOM, { anything: true })).status).toBe('passed');
    const s = await judge(CUSTOM, { anything: true }, { status: 'failed' });
    expect(s.status).toBe('failed');
  });
});
