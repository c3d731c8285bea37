/**
 * What Tollgate's own producers write must be what the strict schemas accept: predicates made
 * by the builders in src/attest/predicates and src/vuln, with the step metadata added by
 * createAttestation, are never malformed for the reference nor for the gate, and the two
 * agree on them. This also keeps the reference honest: it must accept real output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAttestation } from '../../../src/attest/create.js';
import {
  makeProvenance,
  makeScanResult,
  makeTestResult,
} from '../../../src/attest/predicates/builders.js';
import { PREDICATE, type StepMeta } from '../../../src/attest/predicates/types.js';
import { makeVsa } from '../../../src/attest/predicates/vsa.js';
import { vulnsPredicate } from '../../../src/vuln/report.js';
import type { VulnFinding } from '../../../src/vuln/types.js';
import { PATHS, RULE_IDS, SEVERITY, VULN_IDS } from './arbitraries.js';
import { COMMIT, fcOptions, gate, NOW, policyYaml, source, trustedKey } from './harness.js';
import { referenceStep } from './reference.js';

const text = fc.string({ minLength: 1, maxLength: 12 });
const sha = fc.constantFrom('a1'.repeat(32), 'b2'.repeat(32));

const finding = fc.record(
  {
    ruleId: fc.constantFrom(...RULE_IDS),
    severity: SEVERITY,
    message: fc.string({ maxLength: 20 }),
    location: fc.record(
      { path: fc.constantFrom(...PATHS), line: fc.integer({ min: 1, max: 999 }) },
      { requiredKeys: ['path'] },
    ),
    fingerprint: fc.constantFrom('fp-1', 'fp-2'),
  },
  { requiredKeys: ['ruleId', 'severity'] },
);

const vulnFinding: fc.Arbitrary<VulnFinding> = fc.record({
  id: fc.constantFrom(...VULN_IDS),
  aliases: fc.subarray(['CVE-2019-10744', 'GHSA-jf85-cpcp-j695']),
  summary: fc.string({ maxLength: 20 }),
  severity: SEVERITY,
  cvss: fc.option(
    fc.record({
      version: fc.constantFrom('3.1', '3.0', '4.0'),
      vector: fc.constant('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'),
      score: fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
    }),
    { nil: undefined },
  ),
  component: fc.record({
    purl: fc.constantFrom('pkg:npm/lodash@4.17.20', 'pkg:deb/debian/openssl@3.0.11'),
    name: fc.constantFrom('lodash', 'openssl'),
    version: fc.constantFrom('4.17.20', '3.0.11'),
    ecosystem: fc.constantFrom('npm', 'Debian:12'),
  }),
  fixed: fc.subarray(['4.17.21', '3.0.13']),
  references: fc.constant([]),
}) as fc.Arbitrary<VulnFinding>;

interface Produced {
  step: string;
  type: string;
  override?: boolean;
  predicate: Record<string, unknown>;
  subjects?: { name: string; digest: Record<string, string> }[];
}

const produced: fc.Arbitrary<Produced> = fc.oneof(
  fc
    .record({
      scanner: fc.record({ name: fc.constantFrom('semgrep', 'gitleaks'), version: text }),
      findings: fc.array(finding, { maxLength: 4 }),
    })
    .map((i) => ({ step: 'sast', type: PREDICATE.scanResult, predicate: makeScanResult(i) })),
  fc
    .record({
      passed: fc.array(text, { maxLength: 3 }),
      failed: fc.array(text, { maxLength: 2 }),
      warned: fc.array(text, { maxLength: 2 }),
    })
    .map((i) => ({ step: 'unit-tests', type: PREDICATE.testResult, predicate: makeTestResult(i) })),
  fc
    .record({
      builderId: fc.constant('https://tollgate.dev/runner/local'),
      externalParameters: fc.constant({ step: 'compile' }),
      materials: fc.array(
        fc.record({
          name: fc.constantFrom('src/app.ts', 'package-lock.json'),
          digest: sha.map((sha256) => ({ sha256 })),
        }),
        { maxLength: 2 },
      ),
    })
    .map((i) => ({
      step: 'compile',
      type: PREDICATE.slsaProvenance,
      predicate: makeProvenance({ ...i, startedOn: NOW, finishedOn: NOW }),
    })),
  fc.boolean().map((passed) => ({
    step: 'promote-production',
    type: PREDICATE.vsa,
    predicate: makeVsa({
      verifierVersion: '0.1.0',
      resourceUri: `git+acme/shop@${COMMIT}`,
      policy: { uri: 'tollgate.policy.yml', sha256: 'c3'.repeat(32) },
      inputs: [{ uri: 'attestations/sast.sigstore.json', sha256: 'd4'.repeat(32) }],
      passed,
      passedStages: passed ? ['per-commit'] : [],
      timeVerified: NOW,
    }),
  })),
  fc.array(vulnFinding, { maxLength: 3 }).map((findings) => ({
    step: 'container-scan',
    type: PREDICATE.vulns,
    override: true,
    predicate: vulnsPredicate(findings, { name: 'osv', version: '1', db: 'offline' }, NOW),
  })),
);

const meta = (step: string) =>
  fc.record(
    {
      step: fc.constant(step),
      stage: fc.constantFrom('per-commit', 'per-merge'),
      status: fc.constantFrom('passed', 'failed'),
      failure: fc.constantFrom('findings', 'tool'),
      reason: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: ['step', 'status'] },
  ) as fc.Arbitrary<StepMeta>;

async function run(p: Produced, m: StepMeta) {
  const bundle = await createAttestation(
    {
      meta: m,
      predicateType: p.type,
      predicate: p.predicate,
      subjects: [],
      repository: 'acme/shop',
      commit: COMMIT,
    },
    trustedKey().signer,
  );
  const statement = JSON.parse(
    Buffer.from(bundle.dsseEnvelope!.payload, 'base64').toString('utf8'),
  ) as { predicate: Record<string, unknown> };
  const ref = referenceStep(p.step, p.type, statement.predicate, {
    thresholds: {},
    exceptions: [],
    now: NOW,
  });
  const outcome = await gate(
    policyYaml({
      require: [p.step],
      steps: p.override ? { [p.step]: { predicateType: p.type } } : {},
    }),
    [source(`${p.step}.sigstore.json`, bundle)],
  );
  if (outcome.kind !== 'verdict') expect.fail(`${outcome.kind}`);
  return { ref, step: outcome.verdict.steps[0]! };
}

describe("the project's own producers", () => {
  it('write predicates and step metadata that neither the reference nor the gate finds malformed', async () => {
    await fc.assert(
      fc.asyncProperty(
        produced.chain((p) => meta(p.step).map((m) => ({ p, m }))),
        async ({ p, m }) => {
          const { ref, step } = await run(p, m);
          expect(ref.why, 'the reference rejects what a producer wrote').not.toMatch(/malformed/);
          expect(step.status, step.reason).not.toBe('malformed');
        },
      ),
      fcOptions(60),
    );
  });

  it('are judged alike by the gate and the reference when the step reports success', async () => {
    await fc.assert(
      fc.asyncProperty(
        produced.chain((p) =>
          meta(p.step).map((m) => ({ p, m: { ...m, status: 'passed' as const } })),
        ),
        async ({ p, m }) => {
          const { ref, step } = await run(p, m);
          if (ref.answer === 'unspecified') return;
          expect(
            step.status === 'passed',
            `reference: ${ref.answer} (${ref.why}); gate: ${step.status} (${step.reason})`,
          ).toBe(ref.answer === 'pass');
        },
      ),
      fcOptions(40),
    );
  });
});
