import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../src/attest/signers/key.js';
import { TollgateError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/policy/load.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-policy-test-'));
writeFileSync(join(dir, 'ci.pub'), generateKeyPair().publicKeyPem);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = join(dir, 'tollgate.yml');
async function problems(yaml: string): Promise<string> {
  try {
    await parsePolicy(yaml, source);
  } catch (e) {
    expect(e).toBeInstanceOf(TollgateError);
    expect((e as TollgateError).exitCode).toBe(2);
    return (e as TollgateError).message;
  }
  throw new Error('policy was accepted');
}

const good = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [unit-tests, sast]
steps:
  sast:
    thresholds: { failOn: medium }
exceptions:
  - step: sast
    ruleId: no-eval
    reason: reviewed by security
    expires: 2027-01-31
`;

describe('policy loading', () => {
  it('accepts a valid policy and applies defaults', async () => {
    const p = await parsePolicy(good, source);
    expect(p.stages.get('per-commit')).toEqual(['unit-tests', 'sast']);
    expect(p.steps.get('unit-tests')?.signers).toEqual(['ci']);
    expect(p.steps.get('unit-tests')?.predicateTypes).toEqual([
      'https://in-toto.io/attestation/test-result/v0.1',
    ]);
    expect(p.steps.get('sast')?.thresholds.failOn).toBe('medium');
    expect(p.exceptions[0]).toMatchObject({ step: 'sast', expires: '2027-01-31', line: 11 });
  });

  it('names file, line and the expected keys for an unknown key', async () => {
    const msg = await problems(
      good.replace('thresholds: { failOn: medium }', 'threshold: { failOn: medium }'),
    );
    expect(msg).toContain(
      `${source}:9: unknown key "threshold" in steps.sast; expected one of: signers, predicateType, allowNotApplicable, thresholds`,
    );
  });

  it('suggests the step id a typo was meant to be', async () => {
    const msg = await problems(good.replace('[unit-tests, sast]', '[unit-test, sast]'));
    expect(msg).toContain(`${source}:6: unknown step "unit-test" (did you mean "unit-tests"?)`);
  });

  it('reports an unknown signer name with a suggestion', async () => {
    const msg = await problems(
      `${good.replace('thresholds: { failOn: medium }', 'signers: [cl]')}`,
    );
    expect(msg).toMatch(/:9: unknown signer "cl" \(did you mean "ci"\?\)/);
  });

  it('refuses a bad severity, listing the allowed ones', async () => {
    const msg = await problems(good.replace('failOn: medium', 'failOn: severe'));
    expect(msg).toContain(
      ':9: steps.sast.thresholds.failOn must be one of: critical, high, medium, low, info, none',
    );
  });

  it('refuses an exception without an expiry date', async () => {
    const msg = await problems(good.replace('    expires: 2027-01-31\n', ''));
    expect(msg).toMatch(/:11: exceptions\.0 is missing the required key "expires"/);
  });

  it('refuses an impossible date', async () => {
    const msg = await problems(good.replace('2027-01-31', '2027-02-30'));
    expect(msg).toMatch(/:14: "2027-02-30" is not a calendar date/);
  });

  it('refuses a key file that does not exist, saying paths are relative to the policy', async () => {
    const msg = await problems(good.replace('ci.pub', 'missing.pub'));
    expect(msg).toMatch(
      /:3: key missing\.pub is not a readable PEM public key \(paths are relative to the policy file/,
    );
  });

  it('reports YAML syntax errors with their line', async () => {
    const msg = await problems('version: 1\nsigners:\n  ci: { key: ci.pub\nstages: {}\n');
    expect(msg).toMatch(/tollgate\.yml:\d+: /);
  });

  it('refuses duplicate keys', async () => {
    const msg = await problems(good.replace('steps:\n', 'steps:\n  sast: {}\n'));
    expect(msg).toMatch(/:\d+: .*[Uu]nique|duplicate/i);
  });

  it.each([
    ['ruleId', '""'],
    ['id', "''"],
    ['fingerprint', '"   "'],
    ['path', '"\\t"'],
  ])(
    'refuses an exception whose %s is empty or white space (it would waive the whole step)',
    async (key, value) => {
      const msg = await problems(good.replace('ruleId: no-eval', `${key}: ${value}`));
      expect(msg).toContain(
        `${source}:12: exceptions.0.${key} must not be empty or only white space`,
      );
    },
  );

  it('refuses a blank approver name, which could never match anyone', async () => {
    const msg = await problems(
      good.replace('thresholds: { failOn: medium }', 'thresholds: { approvers: [carol, " "] }'),
    );
    expect(msg).toContain(
      `${source}:9: steps.sast.thresholds.approvers.1 must not be empty or only white space`,
    );
  });

  it('refuses a step required by two stages, naming both lines', async () => {
    const msg = await problems(
      good.replace(
        'stages:\n  per-commit:',
        'stages:\n  per-pr:\n    require: [sast]\n  per-commit:',
      ),
    );
    expect(msg).toContain(
      `${source}:8: step "sast" is required by stages per-pr and per-commit (also at ${source}:6); require each step once, in one stage`,
    );
  });

  it('refuses a step listed twice in one stage', async () => {
    const msg = await problems(
      good.replace('require: [unit-tests, sast]', 'require:\n      - sast\n      - sast'),
    );
    expect(msg).toContain(
      `${source}:8: step "sast" is required twice in stage per-commit (also at ${source}:7)`,
    );
  });

  it('lets a step of your own in when it declares its predicate type', async () => {
    const custom =
      good.replace('[unit-tests, sast]', '[unit-tests, sast, licence-review]') + 'steps2: {}\n';
    await expect(parsePolicy(custom.replace('steps2: {}\n', ''), source)).rejects.toThrow(
      /unknown step "licence-review"/,
    );
    const declared = custom
      .replace('steps2: {}\n', '')
      .replace(
        'steps:\n',
        'steps:\n  licence-review:\n    predicateType: https://example.com/licence/v1\n',
      );
    const p = await parsePolicy(declared, source);
    expect(p.steps.get('licence-review')?.predicateTypes).toEqual([
      'https://example.com/licence/v1',
    ]);
  });
});

describe('policy checks that need files', () => {
  it('refuses two different trust bundles for one SPIFFE trust domain', async () => {
    const { createTrustDomain } = await import('../helpers/spiffe-ca.js');
    writeFileSync(join(dir, 'a.pem'), (await createTrustDomain('example.org')).bundlePem);
    writeFileSync(join(dir, 'b.pem'), (await createTrustDomain('example.org')).bundlePem);
    const yaml = `version: 1
signers:
  a: { spiffe: { id: "spiffe://example.org/ci/*", trustBundle: a.pem } }
  b: { spiffe: { id: "spiffe://example.org/cd/*", trustBundle: b.pem } }
stages:
  per-commit:
    require: [sast]
`;
    const msg = await problems(yaml);
    expect(msg).toContain(
      ':4: trust domain example.org already has the trust bundle a.pem (signer a)',
    );
  });
});
