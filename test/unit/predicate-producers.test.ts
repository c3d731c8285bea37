import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeApproval } from '../../src/approval/record.js';
import {
  makeProvenance,
  makeScanResult,
  makeTestResult,
  MAX_LISTED_FINDINGS,
} from '../../src/attest/predicates/builders.js';
import { withStepMeta } from '../../src/attest/predicates/step-meta.js';
import { PREDICATE, type StepMeta } from '../../src/attest/predicates/types.js';
import { predicateProblem } from '../../src/attest/predicates/validate.js';
import { makeVsa } from '../../src/attest/predicates/vsa.js';
import { newBom } from '../../src/sbom/cyclonedx.js';
import { reviewResult } from '../../src/steps/approval/result.js';
import { coverageStep } from '../../src/steps/coverage/index.js';
import { vulnsPredicate } from '../../src/vuln/report.js';
import type { VulnFinding } from '../../src/vuln/types.js';
import { makeKey } from '../helpers/gate-fixture.js';
import { removeDir, stepContext, tempDir } from '../steps/step-context.js';

// What Tollgate's own producers write must be what the gate's schemas accept: each case
// builds a predicate with the real producer and validates it as the gate does.
const passed: StepMeta = { step: 'x', stage: 'per-commit', status: 'passed' };
const failedOnFindings: StepMeta = {
  step: 'x',
  status: 'failed',
  failure: 'findings',
  reason: '1 finding',
  materials: [
    { name: 'acme/shop', digest: { gitCommit: 'a'.repeat(40) } },
    { name: 'package-lock.json', digest: { sha256: 'b'.repeat(64) } },
  ],
  environment: { os: 'linux' },
  startedOn: new Date(0).toISOString(),
  finishedOn: new Date(1000).toISOString(),
};

function expectValid(type: string, predicate: Record<string, unknown>, meta = passed): void {
  expect(predicateProblem(type, withStepMeta(type, predicate, meta))).toBeUndefined();
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('producers');
});
afterAll(() => removeDir(dir));

describe('predicate producers write what the schemas accept', () => {
  it('scan-result: makeScanResult, empty, with a report, and truncated', () => {
    expectValid(
      PREDICATE.scanResult,
      makeScanResult({ scanner: { name: 'gitleaks', version: 'unknown' }, findings: [] }),
    );
    const full = makeScanResult({
      scanner: { name: 'eslint', version: '9.0.0', uri: 'https://eslint.org' },
      findings: [
        { ruleId: 'a', severity: 'low', message: 'm' },
        {
          ruleId: 'b',
          severity: 'critical',
          location: { path: 'src/x.ts', line: 2 },
          fingerprint: 'f',
        },
      ],
      report: { name: 'eslint.sarif', bytes: Buffer.from('{}'), format: 'sarif-2.1.0' },
    });
    expectValid(PREDICATE.scanResult, full, failedOnFindings);
    const many = makeScanResult({
      scanner: { name: 't', version: '1' },
      findings: Array.from({ length: MAX_LISTED_FINDINGS + 2 }, (_, i) => ({
        ruleId: `r${i}`,
        severity: 'info' as const,
      })),
    });
    expect(many.findingsTruncated).toBe(true);
    expectValid(PREDICATE.scanResult, many);
    // Tools report file-level findings at line 0, or with no path at all.
    const loose = makeScanResult({
      scanner: { name: 'eslint', version: '9.0.0' },
      findings: [
        { ruleId: 'parse-error', severity: 'high', location: { path: 'a.ts', line: 0 } },
        { ruleId: '', severity: 'low', location: { path: '' }, fingerprint: '' },
      ],
    });
    expectValid(PREDICATE.scanResult, loose);
    expect(loose.findings).toEqual([
      { ruleId: 'parse-error', severity: 'high', location: { path: 'a.ts' } },
      { ruleId: 'unknown', severity: 'low' },
    ]);
  });

  it('test-result: makeTestResult for each result word', () => {
    expectValid(PREDICATE.testResult, makeTestResult({ passed: ['a'], failed: [] }));
    expectValid(PREDICATE.testResult, makeTestResult({ passed: [], failed: [], warned: ['w'] }));
    expectValid(
      PREDICATE.testResult,
      makeTestResult({
        passed: ['a'],
        failed: ['b'],
        configuration: [{ name: 'package.json', digest: { sha256: 'c'.repeat(64) } }],
        url: 'https://ci.example/run/1',
      }),
    );
  });

  it('SLSA provenance: makeProvenance with the commit and lockfiles as materials', () => {
    expectValid(
      PREDICATE.slsaProvenance,
      makeProvenance({
        builderId: 'https://tollgate.dev/steps/compile',
        externalParameters: { command: 'npm run build' },
        materials: [
          { name: 'acme/shop', digest: { gitCommit: 'a'.repeat(40) } },
          { name: 'package-lock.json', digest: { sha256: 'b'.repeat(64) } },
        ],
        invocationId: 'run-1',
        startedOn: new Date(0),
        finishedOn: new Date(1),
      }),
    );
  });

  it('vulns: the vulnerability report, with CVSS v3 scores, words and suppressions', () => {
    const component = {
      purl: 'pkg:npm/lodash@4.17.4',
      name: 'lodash',
      version: '4.17.4',
      ecosystem: 'npm',
    };
    const findings: VulnFinding[] = [
      {
        id: 'GHSA-jf85-cpcp-j695',
        aliases: ['CVE-2019-10744'],
        summary: 'Prototype pollution',
        severity: 'critical',
        cvss: {
          version: '3.1',
          vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H',
          score: 9.1,
        },
        component: { ...component, location: 'package-lock.json' },
        fixed: ['4.17.12'],
        references: [],
      },
      {
        id: 'OSV-1',
        aliases: [],
        summary: 's',
        severity: 'medium',
        component,
        fixed: [],
        references: [],
        notes: ['severity MODERATE as given by the advisory database'],
      },
      {
        id: 'OSV-2',
        aliases: [],
        summary: 's',
        severity: 'info',
        cvss: { version: '3.0', vector: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', score: 0 },
        component,
        fixed: [],
        references: [],
        suppressed: { by: 'vex', reason: 'not_affected', until: '2027-01-01' },
      },
    ];
    const p = vulnsPredicate(
      findings,
      { name: 'tollgate', version: '0.1.0', db: 'osv' },
      new Date(0),
    );
    expectValid(PREDICATE.vulns, p, failedOnFindings);
    expectValid(
      PREDICATE.vulns,
      vulnsPredicate([], { name: 'x', version: '1', db: 'd' }, new Date()),
    );
  });

  it('coverage: the coverage step’s predicate', async () => {
    const repo = join(dir, 'repo');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(repo, { recursive: true });
    await writeFile(
      join(repo, 'lcov.info'),
      'SF:src/a.ts\nDA:1,1\nDA:2,0\nDA:3,4\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nLF:3\nLH:2\nend_of_record\n',
    );
    const ctx = stepContext('coverage', repo, join(dir, 'out'), { 'coverage-paths': 'lcov.info' });
    const result = await coverageStep.run(ctx);
    expect(result.attestations).toHaveLength(1);
    expectValid(PREDICATE.coverage, result.attestations[0]!.predicate);
  });

  it('review: the approval and peer-review result, and the signed approval record', async () => {
    const at = new Date(0).toISOString();
    const r = reviewResult({
      title: 'Approval',
      records: [
        { reviewer: 'bob', decision: 'approved', at, file: 'bob.sigstore.json' },
        { reviewer: 'carol', decision: 'rejected', at, comment: 'no', file: 'c.sigstore.json' },
      ],
      author: 'alice',
      commit: 'a'.repeat(40),
      rules: { approvers: [], allowSelfApproval: false, minApprovals: 1 },
      none: 'no approval',
    });
    expectValid(PREDICATE.review, r.attestations[0]!.predicate);

    const key = makeKey();
    const path = await writeApproval(
      {
        repoDir: dir,
        repository: 'acme/shop',
        commit: 'a'.repeat(40),
        author: 'alice',
        reviewer: 'bob',
        decision: 'approved',
        comment: 'looks good',
        now: new Date(0),
      },
      key.signer,
    );
    const bundle = JSON.parse(await readFile(path, 'utf8')) as {
      dsseEnvelope: { payload: string };
    };
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
    ) as { predicate: unknown };
    expect(predicateProblem(PREDICATE.review, statement.predicate)).toBeUndefined();
  });

  it('CycloneDX: a BOM Tollgate writes, with its step metadata as properties', () => {
    const bom = newBom(
      { type: 'container', name: 'acme/shop', version: '1.0.0', purl: 'pkg:oci/shop' },
      [
        {
          name: 'left-pad',
          version: '1.0.0',
          purl: 'pkg:npm/left-pad@1.0.0',
          ecosystem: 'npm',
          bomRef: 'pkg:npm/left-pad@1.0.0',
          type: 'library',
          license: 'MIT OR Apache-2.0',
          location: 'node_modules/left-pad',
        },
        {
          name: 'zlib',
          version: '1.3',
          purl: 'pkg:deb/debian/zlib@1.3',
          ecosystem: 'Debian:12',
          bomRef: 'zlib',
          type: 'library',
          license: 'Zlib',
        },
      ],
      [{ name: 'syft', version: '1.0.0' }],
    );
    expectValid(PREDICATE.cyclonedx, bom);
    expectValid(PREDICATE.cyclonedx, bom, { step: 'sca', status: 'failed', reason: 'denied' });
  });

  it('SLSA verification summary: makeVsa, passed and failed', () => {
    const vsa = (passedRun: boolean) =>
      makeVsa({
        verifierVersion: '0.1.0',
        resourceUri: 'oci://registry.example/shop@sha256:' + 'd'.repeat(64),
        policy: { uri: 'tollgate.yml', sha256: 'e'.repeat(64) },
        inputs: [{ uri: 'attestations/compile.sigstore.json', sha256: 'f'.repeat(64) }],
        passed: passedRun,
        passedStages: passedRun ? ['pre-commit', 'per-merge'] : [],
        timeVerified: new Date(0),
      });
    expectValid(PREDICATE.vsa, vsa(true));
    expectValid(PREDICATE.vsa, vsa(false), { step: 'promote-production', status: 'failed' });
  });
});
