import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { renderText } from '../../src/report/verdict-text.js';
import { parsePolicy } from '../../src/policy/load.js';
import { asSource, makeKey, PolicyDir, sign, type KeyPair } from '../helpers/gate-fixture.js';

let dir: PolicyDir;
let ci: KeyPair;

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const policy = (steps = '') => `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests, integration-tests]
${steps}`;

const EMPTY_RUN = {
  result: 'PASSED',
  passedTests: [],
  failedTests: [],
  warnedTests: [],
  configuration: [],
};

const tests = (step: string, status: 'passed' | 'not-applicable' = 'passed', reason?: string) =>
  sign({
    step,
    signer: ci.signer,
    status,
    ...(reason !== undefined ? { reason } : {}),
    ...(status === 'not-applicable' ? { predicate: EMPTY_RUN } : {}),
  });

const NO_SCRIPT = 'package.json has no test:integration script';

describe('not-applicable: attested with its reason, judged by the policy', () => {
  it('integration-tests may be not-applicable by default: the step says so and the verdict passes', async () => {
    const v = await dir.gate(policy(), [
      asSource('u.json', await tests('unit-tests')),
      asSource('i.json', await tests('integration-tests', 'not-applicable', NO_SCRIPT)),
    ]);
    expect(v.steps[1]).toMatchObject({
      step: 'integration-tests',
      status: 'not-applicable',
      reason: NO_SCRIPT,
    });
    expect(v.verdict).toBe('pass');
    expect(renderText(v)).toMatch(/n\/a +integration-tests +not-applicable +package\.json has no/);
    expect(renderText(v)).toContain('1 passed, 1 not applicable, 0 not passed');
  });

  it('unit-tests may not be not-applicable by default: failed, with the reason and the policy key', async () => {
    const v = await dir.gate(policy(), [
      asSource('u.json', await tests('unit-tests', 'not-applicable', 'no test script')),
      asSource('i.json', await tests('integration-tests')),
    ]);
    expect(v.steps[0]).toMatchObject({ step: 'unit-tests', status: 'failed' });
    expect(v.steps[0]!.reason).toBe(
      'not applicable (no test script), which the policy does not allow for this step (steps.<step>.allowNotApplicable)',
    );
    expect(v.verdict).toBe('fail');
  });

  it('allowNotApplicable in the policy overrides the default either way', async () => {
    const v = await dir.gate(
      policy(`steps:
  unit-tests: { allowNotApplicable: true }
  integration-tests: { allowNotApplicable: false }
`),
      [
        asSource('u.json', await tests('unit-tests', 'not-applicable', 'no test script')),
        asSource('i.json', await tests('integration-tests', 'not-applicable', NO_SCRIPT)),
      ],
    );
    expect(v.steps.map((s) => s.status)).toEqual(['not-applicable', 'failed']);
  });

  it('not-applicable without a reason is malformed', async () => {
    const v = await dir.gate(policy(), [
      asSource('u.json', await tests('unit-tests')),
      asSource('i.json', await tests('integration-tests', 'not-applicable')),
    ]);
    expect(v.steps[1]).toMatchObject({ status: 'malformed' });
    expect(v.steps[1]!.reason).toContain('/tollgate/reason: is required');
  });

  it('one attestation says not-applicable, another that the step ran: conflicting', async () => {
    const v = await dir.gate(policy(), [
      asSource('u.json', await tests('unit-tests')),
      asSource('i1.json', await tests('integration-tests', 'not-applicable', NO_SCRIPT)),
      asSource('i2.json', await tests('integration-tests')),
    ]);
    expect(v.steps[1]).toMatchObject({ status: 'conflicting' });
    expect(v.steps[1]!.reason).toContain('i1.json say not-applicable, i2.json do not');
  });

  it('a not-applicable attestation of the wrong predicate type is still malformed', async () => {
    const v = await dir.gate(policy(), [
      asSource('u.json', await tests('unit-tests')),
      asSource(
        'i.json',
        await sign({
          step: 'integration-tests',
          signer: ci.signer,
          status: 'not-applicable',
          reason: NO_SCRIPT,
          predicateType: PREDICATE.scanResult,
        }),
      ),
    ]);
    expect(v.steps[1]).toMatchObject({ status: 'malformed' });
    expect(v.steps[1]!.reason).toContain(`expected a ${PREDICATE.testResult} attestation`);
  });

  it('the policy takes allowNotApplicable per step, as a boolean only', async () => {
    const p = await parsePolicy(
      policy('steps:\n  unit-tests: { allowNotApplicable: true }\n'),
      join(dir.dir, 'p.yml'),
    );
    expect(p.steps.get('unit-tests')?.allowNotApplicable).toBe(true);
    expect(p.steps.get('integration-tests')?.allowNotApplicable).toBe(true);
    await expect(
      parsePolicy(
        policy('steps:\n  unit-tests: { allowNotApplicable: "yes" }\n'),
        join(dir.dir, 'p.yml'),
      ),
    ).rejects.toThrow(/p\.yml:8: steps\.unit-tests\.allowNotApplicable must be a boolean/);
  });
});
