import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { TollgateError } from '../../src/core/errors.js';
import { judgeFindings } from '../../src/gate/evaluators/findings.js';
import { evaluateVulns } from '../../src/gate/evaluators/vulns.js';
import { runGate } from '../../src/gate/gate.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import { parsePolicy } from '../../src/policy/load.js';
import type { Policy, SignerSpec } from '../../src/policy/types.js';
import {
  asSource,
  COMMIT,
  makeKey,
  NOW,
  PolicyDir,
  sign,
  statusOf,
  type KeyPair,
} from '../helpers/gate-fixture.js';
import { createSpiffeSigner } from '../../src/attest/signers/spiffe/index.js';
import { createTrustDomain, type TestTrustDomain } from '../helpers/spiffe-ca.js';
import { staticSvidSource } from '../helpers/spiffe-svid.js';

// Trust material built from the policy, and the gate's handling of steps whose expected
// predicate types come from their attestations, and of chain producers outside the stages
// being verified.

let dir: PolicyDir;
let ci: KeyPair;
let corp: TestTrustDomain;

beforeAll(async () => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
  corp = await createTrustDomain('corp.example');
});
afterAll(() => dir.remove());

function policyWith(signers: SignerSpec[]): Policy {
  return {
    source: 'p.yml',
    signers: new Map(signers.map((s) => [s.name, s])),
    stages: new Map(),
    steps: new Map(),
    chains: [],
    exceptions: [],
    sigstoreTrustedRootPath: undefined,
  };
}

describe('trustFromPolicy', () => {
  it('keys by key id, and each key signer its key id', () => {
    const other = makeKey();
    const { trust, keyIds } = trustFromPolicy(
      policyWith([
        { name: 'ci', kind: 'key', publicKeyPath: 'ci.pub', publicKeyPem: ci.publicKeyPem },
        { name: 'dev', kind: 'key', publicKeyPath: undefined, publicKeyPem: other.publicKeyPem },
      ]),
    );
    expect([...keyIds]).toEqual([
      ['ci', ci.keyId],
      ['dev', other.keyId],
    ]);
    expect([...trust.keys.keys()]).toEqual([ci.keyId, other.keyId]);
  });

  it('names a key signer without a path by its name when its key is bad', () => {
    expect(() =>
      trustFromPolicy(
        policyWith([{ name: 'dev', kind: 'key', publicKeyPath: undefined, publicKeyPem: 'junk' }]),
      ),
    ).toThrow(/signer dev/);
  });

  it('SPIFFE trust bundles by trust domain, merged across signers, ids without a domain skipped', () => {
    const spiffe = (name: string, ids: string[]): SignerSpec => ({
      name,
      kind: 'spiffe',
      ids,
      trustBundlePath: `${name}.pem`,
      trustBundlePem: corp.bundlePem,
    });
    const { trust } = trustFromPolicy(
      policyWith([
        spiffe('a', [
          'spiffe://corp.example/ci/*',
          'not-a-spiffe-id',
          'urn:spiffe://evil.example/x',
        ]),
        spiffe('b', ['spiffe://corp.example/build/*', 'spiffe://other.example/x']),
      ]),
    );
    const bundles = trust.spiffeBundles!;
    expect([...bundles.keys()]).toEqual(['corp.example', 'other.example']);
    expect(bundles.get('corp.example')!.map((c) => c.subject)).toEqual([
      corp.roots[0]!.subject,
      corp.roots[0]!.subject,
    ]);
    expect(bundles.get('other.example')).toHaveLength(1);
  });

  it('a trust bundle that does not parse is a policy error naming it', () => {
    const err = (() => {
      try {
        trustFromPolicy(
          policyWith([
            {
              name: 'a',
              kind: 'spiffe',
              ids: ['spiffe://corp.example/*'],
              trustBundlePath: 'bad.pem',
              trustBundlePem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
            },
          ]),
        );
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(TollgateError);
    expect((err as TollgateError).code).toBe('POLICY_INVALID');
    expect((err as Error).message).toBe(
      'trust bundle bad.pem holds a certificate that cannot be parsed',
    );
  });
});

describe('gate details', () => {
  it('a step with no expected predicate type is judged on the types its attestations carry', async () => {
    const yaml = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests]
`;
    const policy = await parsePolicy(yaml, `${dir.dir}/policy.yml`);
    policy.steps.get('unit-tests')!.predicateTypes = [];
    const { trust, keyIds } = trustFromPolicy(policy);
    const failing = await sign({
      step: 'unit-tests',
      predicateType: PREDICATE.scanResult,
      predicate: {
        scanner: { name: 'x', version: '1' },
        counts: {},
        findings: [{ ruleId: 'r1', severity: 'critical' }],
      },
      signer: ci.signer,
    });
    const v = runGate({
      policy,
      trust,
      keyIds,
      bundles: [
        asSource('u.json', await sign({ step: 'unit-tests', signer: ci.signer })),
        asSource('s.json', failing),
      ],
      commit: COMMIT,
      now: NOW,
    });
    expect(statusOf(v, 'unit-tests')).toBe('failed');
    expect(v.steps[0]!.reason).toBe('1 finding at or above high: r1 (critical)');
  });

  it('a chain producer outside the verified stages must pass its own thresholds', async () => {
    const yaml = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests]
  per-pr:
    require: [sast]
chains:
  - step: sast
    materialsFrom: unit-tests
    match: "dist/**"
`;
    const policy = await parsePolicy(yaml, `${dir.dir}/policy.yml`);
    const { trust, keyIds } = trustFromPolicy(policy);
    const APP = 'a1'.repeat(32);
    const sast = await sign({
      step: 'sast',
      predicateType: PREDICATE.scanResult,
      predicate: {
        scanner: { name: 'x', version: '1' },
        counts: {},
        findings: [],
        tollgate: {
          step: 'sast',
          status: 'passed',
          materials: [{ name: 'dist/app.js', digest: { sha256: APP } }],
        },
      },
      signer: ci.signer,
    });
    const unit = (failed: string[]) =>
      sign({
        step: 'unit-tests',
        predicate: {
          result: failed.length ? 'FAILED' : 'PASSED',
          passedTests: ['a'],
          failedTests: failed,
          warnedTests: [],
          configuration: [],
        },
        subjects: [{ name: 'dist/app.js', digest: { sha256: APP } }],
        signer: ci.signer,
      });
    const gate = async (u: Awaited<ReturnType<typeof unit>>) =>
      runGate({
        policy,
        trust,
        keyIds,
        bundles: [asSource('s.json', sast), asSource('u.json', u)],
        commit: COMMIT,
        now: NOW,
        stages: ['per-pr'],
      });
    const good = await gate(await unit([]));
    expect(good.steps.map((s) => [s.step, s.status])).toEqual([['sast', 'passed']]);
    const bad = await gate(await unit(['t1']));
    expect(bad.steps.map((s) => [s.step, s.status, s.reason])).toEqual([
      [
        'sast',
        'broken-chain',
        'its materials must come from unit-tests, which has no passing attestation',
      ],
    ]);
  });
});

describe('a chain from a step of the policy’s own', () => {
  it('outside the verified stages, its own status decides whether it anchors the chain', async () => {
    const OWN = 'https://acme.example/attestation/licence-audit/v1';
    const APP = 'a1'.repeat(32);
    const yaml = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [licence-audit]
  per-pr:
    require: [sast]
steps:
  licence-audit:
    predicateType: ${OWN}
chains:
  - step: sast
    materialsFrom: licence-audit
    match: "dist/**"
`;
    const policy = await parsePolicy(yaml, `${dir.dir}/policy.yml`);
    const { trust, keyIds } = trustFromPolicy(policy);
    const sast = await sign({
      step: 'sast',
      predicateType: PREDICATE.scanResult,
      predicate: {
        scanner: { name: 'x', version: '1' },
        counts: {},
        findings: [],
        tollgate: {
          step: 'sast',
          status: 'passed',
          materials: [{ name: 'dist/app.js', digest: { sha256: APP } }],
        },
      },
      signer: ci.signer,
    });
    const audit = (status: 'passed' | 'failed') =>
      sign({
        step: 'licence-audit',
        predicateType: OWN,
        predicate: {},
        status,
        subjects: [{ name: 'dist/app.js', digest: { sha256: APP } }],
        signer: ci.signer,
      });
    const gate = async (status: 'passed' | 'failed') =>
      runGate({
        policy,
        trust,
        keyIds,
        bundles: [asSource('s.json', sast), asSource('a.json', await audit(status))],
        commit: COMMIT,
        now: NOW,
        stages: ['per-pr'],
      }).steps.map((s) => [s.step, s.status]);
    expect(await gate('passed')).toEqual([['sast', 'passed']]);
    expect(await gate('failed')).toEqual([['sast', 'broken-chain']]);
  });
});

describe('errors that are not verification failures', () => {
  it('are thrown, never turned into a step status', async () => {
    dir.file('corp.pem', corp.bundlePem);
    const yaml = `version: 1
signers:
  spire:
    spiffe:
      id: spiffe://corp.example/*
      trustBundle: corp.pem
stages:
  per-commit:
    require: [sast]
`;
    const svid = await corp.issueSvid('/ci');
    const bundle = await sign({
      step: 'sast',
      predicateType: PREDICATE.scanResult,
      signer: await createSpiffeSigner(staticSvidSource(svid)),
    });
    const broken = new TypeError('verifier bug');
    await expect(
      dir.gate(yaml, [asSource('sast.json', bundle)], {
        verifiers: {
          verifySpiffe: () => {
            throw broken;
          },
        },
      }),
    ).rejects.toBe(broken);
  });
});

describe('edges of counting', () => {
  it('a count given as undefined adds nothing', () => {
    const r = judgeFindings(
      [],
      { step: 's', thresholds: {}, exceptions: [] },
      { one: 'x', many: 'xs' },
      {
        high: undefined,
        low: 1,
      },
    );
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('1 x, none at or above high');
  });

  it('a CVSS v3 vector that does not score counts as medium', () => {
    const r = evaluateVulns(
      {
        scanner: {
          uri: 'x',
          result: [{ id: 'V1', severity: [{ method: 'x', score: 'CVSS:3.1/AV:N' }] }],
        },
      },
      { step: 's', thresholds: { failOn: 'medium' }, exceptions: [] },
    );
    expect(r.findings![0]!.severity).toBe('medium');
  });
});
