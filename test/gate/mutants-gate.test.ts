import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { makeStatement } from '../../src/attest/statement.js';
import { TollgateError } from '../../src/core/errors.js';
import { runGate } from '../../src/gate/gate.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import type { BundleSource } from '../../src/gate/types.js';
import { parsePolicy } from '../../src/policy/load.js';
import {
  asSource,
  COMMIT,
  makeKey,
  NOW,
  PASSING,
  PolicyDir,
  sign,
  statusOf,
  type KeyPair,
} from '../helpers/gate-fixture.js';

// The gate's own decisions around the evaluators: which stages it judges, how it names a
// statement about no commit, when two attestations of one step disagree, and how an expired
// exception is reported.

let dir: PolicyDir;
let ci: KeyPair;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const policyYaml = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests]
  per-pr:
    require: [sast]
`;

async function gateStages(stages: string[] | undefined, bundles: BundleSource[]) {
  const policy = await parsePolicy(policyYaml, `${dir.dir}/policy.yml`);
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

describe('stages', () => {
  it('judges only the stages asked for', async () => {
    const bundles = [asSource('u.json', await sign({ step: 'unit-tests', signer: ci.signer }))];
    const v = await gateStages(['per-commit'], bundles);
    expect(v.steps.map((s) => [s.stage, s.step, s.status])).toEqual([
      ['per-commit', 'unit-tests', 'passed'],
    ]);
    expect(v.verdict).toBe('pass');
    const all = await gateStages(undefined, bundles);
    expect(all.steps.map((s) => [s.stage, s.step, s.status])).toEqual([
      ['per-commit', 'unit-tests', 'passed'],
      ['per-pr', 'sast', 'missing'],
    ]);
    expect(all.verdict).toBe('fail');
  });

  it('asking only for stages that require nothing is an input error naming them', async () => {
    const err = await gateStages(['nightly', 'weekly'], []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TollgateError);
    expect((err as TollgateError).code).toBe('INPUT_INVALID');
    expect((err as Error).message).toBe(
      `${dir.dir}/policy.yml requires no step in stage nightly, weekly: there is nothing to verify`,
    );
  });
});

describe('subjects', () => {
  it('a statement that names no commit is wrong-subject, saying which commit was expected', async () => {
    const statement = makeStatement(
      [{ name: 'dist/app.js', digest: { sha256: 'a1'.repeat(32) } }],
      PREDICATE.testResult,
      { ...PASSING[PREDICATE.testResult], tollgate: { step: 'unit-tests', status: 'passed' } },
    );
    const bundle = await ci.signer.signStatement(Buffer.from(JSON.stringify(statement)));
    const v = await dir.gate(policyYaml, [asSource('u.json', bundle)]);
    expect(statusOf(v, 'unit-tests')).toBe('wrong-subject');
    expect(v.steps[0]!.reason).toBe(
      `u.json: attestation names no commit; expected ${COMMIT.slice(0, 12)}`,
    );
  });

  it('two attestations whose products differ only in a digest other than SHA-256 conflict', async () => {
    const unit = (sha512: string) =>
      sign({
        step: 'unit-tests',
        subjects: [{ name: 'report.xml', digest: { sha512 } }],
        signer: ci.signer,
      });
    const same = await dir.gate(policyYaml, [
      asSource('u1.json', await unit('1'.repeat(128))),
      asSource('u2.json', await unit('1'.repeat(128))),
    ]);
    expect(statusOf(same, 'unit-tests')).toBe('passed');
    const v = await dir.gate(policyYaml, [
      asSource('u1.json', await unit('1'.repeat(128))),
      asSource('u2.json', await unit('2'.repeat(128))),
    ]);
    expect(statusOf(v, 'unit-tests')).toBe('conflicting');
    expect(v.steps[0]!.reason).toBe(
      `2 attestations of ${PREDICATE.testResult} for this commit disagree (u1.json, u2.json)`,
    );
  });
});

describe('exceptions by date', () => {
  const withException = (expires: string) => `${policyYaml}exceptions:
  - step: sast
    reason: accepted risk
    expires: ${expires}
`;
  const failingSast = () =>
    sign({
      step: 'sast',
      predicateType: PREDICATE.scanResult,
      predicate: {
        scanner: { name: 'demo', version: '1' },
        counts: { high: 1 },
        findings: [{ ruleId: 'r1', severity: 'high' }],
      },
      signer: ci.signer,
    });

  it('applies through its expiry day and is reported as expired the day after', async () => {
    const bundles = [asSource('s.json', await failingSast())];
    // NOW is 2026-11-26
    const today = await dir.gate(withException('2026-11-26'), bundles);
    expect(statusOf(today, 'sast')).toBe('passed');
    expect(today.notes).toEqual([]);
    const yesterday = await dir.gate(withException('2026-11-25'), bundles);
    expect(statusOf(yesterday, 'sast')).toBe('failed');
    expect(yesterday.notes).toEqual([
      `${dir.dir}/policy.yml:10: exception for sast expired on 2026-11-25 and no longer applies (accepted risk)`,
    ]);
  });
});
