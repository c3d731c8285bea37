import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { makeStatement } from '../../src/attest/statement.js';
import { TollgateError } from '../../src/core/errors.js';
import { MAX_BUNDLE_BYTES, runGate, stageOf } from '../../src/gate/gate.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import type { BundleSource, Verdict } from '../../src/gate/types.js';
import { parsePolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import {
  asSource,
  COMMIT,
  makeKey,
  NOW,
  OTHER_COMMIT,
  PASSING,
  PolicyDir,
  sign,
  statusOf,
  tamperPayload,
  type KeyPair,
} from '../helpers/gate-fixture.js';

// runGate's own bookkeeping, each case aimed at a decision no other test pinned down: where a
// bundle's problem is filed, which verdict a chain's producer is judged by, the exact reasons,
// signers and waivers a verdict reports, and policies that the loader would never build.

let dir: PolicyDir;
let ci: KeyPair;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const head = `version: 1
signers:
  ci: { key: ci.pub }
`;
const unitOnly = `${head}stages:
  per-commit:
    require: [unit-tests]
`;
const SHA_APP = 'a1'.repeat(32);
const SHA_EVIL = 'e7'.repeat(32);

const provenance = (deps: { name: string; digest: Record<string, string> }[]) => ({
  ...PASSING[PREDICATE.slsaProvenance],
  buildDefinition: {
    buildType: 'https://tollgate.dev/buildtypes/step/v1',
    externalParameters: {},
    resolvedDependencies: deps,
  },
});
const compile = (sha = SHA_APP) =>
  sign({
    step: 'compile',
    predicateType: PREDICATE.slsaProvenance,
    subjects: [{ name: 'dist/app.js', digest: { sha256: sha } }],
    signer: ci.signer,
  });
const container = (materialSha: string, status: 'passed' | 'failed' = 'passed') =>
  sign({
    step: 'container',
    predicateType: PREDICATE.slsaProvenance,
    predicate: provenance([{ name: 'dist/app.js', digest: { sha256: materialSha } }]),
    status,
    ...(status === 'failed' ? { failure: 'tool' as const, reason: 'the build broke' } : {}),
    signer: ci.signer,
  });
const chained = (stages: string) => `${head}stages:
${stages}chains:
  - step: container
    materialsFrom: compile
    match: 'dist/**'
`;
/** A bundle whose payload was changed after signing: its signature no longer verifies. */
const forged = async (step: string) =>
  tamperPayload(await sign({ step, signer: ci.signer }), (s) => {
    s.subject = [...(s.subject as unknown[]), { name: 'x', digest: { sha256: SHA_EVIL } }];
  });

async function gateWith(policy: Policy, bundles: BundleSource[], stages?: string[]) {
  const { trust, keyIds } = trustFromPolicy(policy, {});
  return runGate({
    policy,
    trust,
    keyIds,
    bundles,
    commit: COMMIT,
    now: NOW,
    ...(stages ? { stages } : {}),
  });
}
const policyOf = (yaml: string) => parsePolicy(yaml, `${dir.dir}/policy.yml`);
const step = (v: Verdict, id: string) => v.steps.find((s) => s.step === id)!;

describe('where a bundle problem is filed', () => {
  it('a forged bundle of a step the policy does not require is unattributed, never lost', async () => {
    const v = await dir.gate(unitOnly, [
      asSource('u.json', await sign({ step: 'unit-tests', signer: ci.signer })),
      asSource('lint.json', await forged('lint-iac')),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('passed');
    expect(step(v, 'unit-tests').bundles).toEqual(['u.json']);
    expect(v.unattributed).toHaveLength(1);
    expect(v.unattributed[0]).toMatchObject({ file: 'lint.json', status: 'invalid-signature' });
  });

  it('a forged bundle of a required step is filed under that step, next to its good one', async () => {
    const v = await dir.gate(unitOnly, [
      asSource('u1.json', await sign({ step: 'unit-tests', signer: ci.signer })),
      asSource('u2.json', await forged('unit-tests')),
      asSource('u3.json', await forged('unit-tests')),
    ]);
    // A good attestation does not outweigh a forged one for the same step.
    expect(statusOf(v, 'unit-tests')).toBe('invalid-signature');
    expect(step(v, 'unit-tests').bundles).toEqual(['u1.json', 'u2.json', 'u3.json']);
    expect(step(v, 'unit-tests').reason).toMatch(/^u2\.json: /);
    expect(v.unattributed).toEqual([]);
  });

  it('a bundle of exactly the size limit is read; one byte more is refused, naming its size', async () => {
    const bundle = await sign({ step: 'unit-tests', signer: ci.signer });
    const atLimit = { ...asSource('u.json', bundle), size: MAX_BUNDLE_BYTES };
    expect(statusOf(await dir.gate(unitOnly, [atLimit]), 'unit-tests')).toBe('passed');
    const over = { ...asSource('unit-tests.json', bundle), size: MAX_BUNDLE_BYTES + 1 };
    const v = await dir.gate(unitOnly, [over]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
    expect(step(v, 'unit-tests').reason).toBe(
      `unit-tests.json: bundle is ${MAX_BUNDLE_BYTES + 1} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`,
    );
  });

  it('a verified statement without step metadata is malformed, saying so', async () => {
    const statement = makeStatement(
      [{ name: 'commit', digest: { gitCommit: COMMIT } }],
      PREDICATE.testResult,
      PASSING[PREDICATE.testResult]!,
    );
    const bundle = await ci.signer.signStatement(Buffer.from(JSON.stringify(statement)));
    const v = await dir.gate(unitOnly, [asSource('unit-tests.sigstore.json', bundle)]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
    expect(step(v, 'unit-tests').reason).toBe(
      'unit-tests.sigstore.json: the statement names no Tollgate step',
    );
  });

  it('an attestation of a step the policy does not know is noted and ignored', async () => {
    const v = await dir.gate(unitOnly, [
      asSource('u.json', await sign({ step: 'unit-tests', signer: ci.signer })),
      asSource('n.json', await sign({ step: 'nightly-fuzz', signer: ci.signer })),
    ]);
    expect(v.verdict).toBe('pass');
    expect(v.notes).toEqual([
      'n.json: attestation for step "nightly-fuzz", which the policy does not know; ignored',
    ]);
  });

  it('names both commits, shortened, when an attestation is about another commit', async () => {
    const v = await dir.gate(unitOnly, [
      asSource(
        'u.json',
        await sign({ step: 'unit-tests', commit: OTHER_COMMIT, signer: ci.signer }),
      ),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('wrong-subject');
    expect(step(v, 'unit-tests').reason).toBe(
      `u.json: attestation is about commit ${OTHER_COMMIT.slice(0, 12)}, not ${COMMIT.slice(0, 12)}`,
    );
  });
});

describe('what a verdict reports', () => {
  it('lists each signer once, with the key that signed', async () => {
    const v = await dir.gate(unitOnly, [
      asSource('u1.json', await sign({ step: 'unit-tests', signer: ci.signer })),
      asSource('u2.json', await sign({ step: 'unit-tests', signer: ci.signer })),
    ]);
    expect(step(v, 'unit-tests').signers).toEqual([`ci (key ${ci.keyId.slice(0, 16)})`]);
  });

  it('an attestation of the wrong predicate type names what was expected and what came', async () => {
    const v = await dir.gate(unitOnly, [
      asSource(
        'u.json',
        await sign({ step: 'unit-tests', predicateType: PREDICATE.scanResult, signer: ci.signer }),
      ),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('malformed');
    expect(step(v, 'unit-tests').reason).toBe(
      `expected a ${PREDICATE.testResult} attestation, got ${PREDICATE.scanResult}`,
    );
  });

  it('a step-wide exception waives its own step only, and the verdict repeats why', async () => {
    const yaml = `${head}stages:
  per-commit:
    require: [unit-tests, sast]
exceptions:
  - step: unit-tests
    reason: flaky runner
    expires: 2026-12-31
`;
    const failingUnit = await sign({
      step: 'unit-tests',
      predicate: { ...PASSING[PREDICATE.testResult], result: 'FAILED', failedTests: ['t3'] },
      status: 'failed',
      failure: 'findings',
      signer: ci.signer,
    });
    const failingSast = await sign({
      step: 'sast',
      predicateType: PREDICATE.scanResult,
      predicate: {
        scanner: { name: 'demo', version: '1' },
        counts: { high: 1 },
        findings: [{ ruleId: 'r1', severity: 'high' }],
      },
      status: 'failed',
      failure: 'findings',
      signer: ci.signer,
    });
    const v = await dir.gate(yaml, [
      asSource('u.json', failingUnit),
      asSource('s.json', failingSast),
    ]);
    const unit = step(v, 'unit-tests');
    expect(unit.status).toBe('passed');
    expect(unit.waived).toHaveLength(1);
    expect(unit.waived![0]).toMatch(/: flaky runner \(until 2026-12-31\)$/);
    expect(unit.reason).toBe(
      `waived: ${unit.waived![0]!.replace(/: flaky runner \(until 2026-12-31\)$/, '')}`,
    );
    expect(statusOf(v, 'sast')).toBe('failed');
  });
});

describe('several attestations and predicate types', () => {
  it('two attestations listing the same products in another order agree', async () => {
    const a = { name: 'a.xml', digest: { sha256: SHA_APP } };
    const b = { name: 'b.xml', digest: { sha256: SHA_EVIL } };
    const v = await dir.gate(unitOnly, [
      asSource('u1.json', await sign({ step: 'unit-tests', subjects: [a, b], signer: ci.signer })),
      asSource('u2.json', await sign({ step: 'unit-tests', subjects: [b, a], signer: ci.signer })),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('passed');
  });

  it('names every unexpected predicate type that came, once each', async () => {
    const v = await dir.gate(unitOnly, [
      asSource(
        'u1.json',
        await sign({ step: 'unit-tests', predicateType: PREDICATE.scanResult, signer: ci.signer }),
      ),
      asSource(
        'u2.json',
        await sign({ step: 'unit-tests', predicateType: PREDICATE.coverage, signer: ci.signer }),
      ),
    ]);
    expect(step(v, 'unit-tests').reason).toBe(
      `expected a ${PREDICATE.testResult} attestation, got ${PREDICATE.scanResult}, ${PREDICATE.coverage}`,
    );
  });

  it("a step that attests two predicate types passes with both types' summaries", async () => {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [{ name: 'left-pad', version: '1.0.0' }],
    };
    const v = await dir.gate(`${head}stages:\n  per-commit:\n    require: [sca]\n`, [
      asSource(
        's.json',
        await sign({
          step: 'sca',
          predicateType: PREDICATE.cyclonedx,
          predicate: bom,
          signer: ci.signer,
        }),
      ),
      asSource(
        'v.json',
        await sign({
          step: 'sca',
          predicateType: PREDICATE.vulns,
          predicate: { scanner: { uri: 'x', result: [] } },
          signer: ci.signer,
        }),
      ),
    ]);
    expect(statusOf(v, 'sca')).toBe('passed');
    expect(step(v, 'sca').reason.split('; ')).toHaveLength(2);
  });
});

describe('chains and the producer they trust', () => {
  it('a producer with a forged attestation next to a good one anchors no chain', async () => {
    const yaml = chained(`  per-commit:
    require: [compile, container]
`);
    const good = await dir.gate(yaml, [
      asSource('c.json', await compile()),
      asSource('i.json', await container(SHA_APP)),
    ]);
    expect(good.verdict).toBe('pass');
    const v = await dir.gate(yaml, [
      asSource('c.json', await compile()),
      asSource('c2.json', await forged('compile')),
      asSource('i.json', await container(SHA_APP)),
    ]);
    expect(statusOf(v, 'compile')).toBe('invalid-signature');
    expect(statusOf(v, 'container')).toBe('broken-chain');
    expect(step(v, 'container').reason).toBe(
      'its materials must come from compile, which has no passing attestation',
    );
  });

  it('a consumer that failed keeps its own failure, even when its chain is broken too', async () => {
    const yaml = chained(`  per-commit:
    require: [compile, container]
`);
    const v = await dir.gate(yaml, [
      asSource('c.json', await compile()),
      asSource('i.json', await container(SHA_EVIL, 'failed')),
    ]);
    expect(statusOf(v, 'container')).toBe('failed');
    expect(step(v, 'container').reason).toContain('the build broke');
  });

  it('a chain whose consumer is in a stage not evaluated is skipped', async () => {
    const yaml = chained(`  per-commit:
    require: [compile]
  per-pr:
    require: [container]
`);
    const policy = await policyOf(yaml);
    const v = await gateWith(policy, [asSource('c.json', await compile())], ['per-commit']);
    expect(v.steps.map((s) => [s.step, s.status])).toEqual([['compile', 'passed']]);
    expect(v.verdict).toBe('pass');
  });
});

describe('policies the loader would not build', () => {
  it('a policy that requires nothing at all is an input error with a hint', async () => {
    const policy = await policyOf(unitOnly);
    const empty: Policy = { ...policy, stages: new Map() };
    const err = await gateWith(empty, []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TollgateError);
    expect((err as Error).message).toBe(
      `${dir.dir}/policy.yml requires no step in any stage: there is nothing to verify`,
    );
    expect((err as TollgateError).hint).toBe(
      'list the required steps under stages.<stage>.require, or choose a stage the policy has',
    );
  });

  it('a step naming a signer the policy does not define trusts only the ones it does', async () => {
    const policy = await policyOf(unitOnly);
    const unit = policy.steps.get('unit-tests')!;
    const widened: Policy = {
      ...policy,
      steps: new Map([
        ...policy.steps,
        ['unit-tests', { ...unit, signers: ['ghost', ...unit.signers] }],
      ]),
    };
    const v = await gateWith(widened, [
      asSource('u.json', await sign({ step: 'unit-tests', signer: ci.signer })),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('passed');
  });
});

describe('stageOf', () => {
  it("is the graph's stage of a step, and undefined for a step the graph does not know", () => {
    expect(stageOf('compile')).toBe('per-commit');
    expect(stageOf('approval')).toBe('per-merge');
    expect(stageOf('nightly-fuzz')).toBeUndefined();
  });
});
