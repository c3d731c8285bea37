import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { runGate } from '../../src/gate/gate.js';
import { trustFromPolicy } from '../../src/gate/trust.js';
import { parsePolicy } from '../../src/policy/load.js';
import type { ExceptionRule } from '../../src/policy/types.js';
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

// Exception selectors are tested for presence, never truthiness: an empty selector (which the
// policy schema refuses, but a Policy built in code can carry) must not widen a waiver to the
// whole step.
let dir: PolicyDir;
let ci: KeyPair;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const yaml = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [sast]
exceptions:
  - step: sast
    ruleId: placeholder
    reason: reviewed by security
    expires: 2027-01-31
`;

const sast = () =>
  sign({
    step: 'sast',
    predicateType: PREDICATE.scanResult,
    predicate: {
      scanner: { name: 'demo', version: '1' },
      counts: { high: 1 },
      findings: [
        {
          ruleId: 'js.no-eval',
          severity: 'high',
          location: { path: 'src/app.js', line: 3 },
          fingerprint: 'f1',
        },
      ],
    },
    signer: ci.signer,
  });

async function gateWith(exception: Partial<ExceptionRule>) {
  const policy = await parsePolicy(yaml, `${dir.dir}/policy.yml`);
  const base = { ...policy.exceptions[0]! };
  delete base.ruleId;
  policy.exceptions = [{ ...base, ...exception }];
  const { trust, keyIds } = trustFromPolicy(policy, {});
  return runGate({
    policy,
    trust,
    keyIds,
    bundles: [asSource('sast.sigstore.json', await sast())],
    commit: COMMIT,
    now: NOW,
  });
}

describe('exception selectors', () => {
  it.each(['ruleId', 'id', 'fingerprint', 'path'] as const)(
    'an empty %s waives nothing, while an exception with no selector waives the step',
    async (key) => {
      const v = await gateWith({ [key]: '' });
      expect(statusOf(v, 'sast')).toBe('failed');
      expect(v.steps[0]!.waived).toEqual([]);
      const whole = await gateWith({});
      expect(statusOf(whole, 'sast')).toBe('passed');
      expect(whole.steps[0]!.reason).toMatch(/^waived: 1 finding at or above high/);
      expect(whole.steps[0]!.waived).toHaveLength(1);
    },
  );
});
