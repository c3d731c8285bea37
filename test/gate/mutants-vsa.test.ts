import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import type { StepVerdict, Verdict } from '../../src/gate/types.js';
import { writeVsa } from '../../src/gate/vsa.js';
import { VERSION } from '../../src/core/version.js';
import { COMMIT, makeKey } from '../helpers/gate-fixture.js';

// The signed verification summary `tollgate verify --vsa` writes: what it says about the
// verdict, the policy and the bundles it judged.

const cwd = mkdtempSync(join(tmpdir(), 'tollgate-vsa-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const key = makeKey();
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const step = (stage: string, name: string, status: StepVerdict['status']): StepVerdict => ({
  stage,
  step: name,
  status,
  reason: '',
  signers: [],
  bundles: [],
});

function verdict(steps: StepVerdict[], pass: boolean): Verdict {
  return {
    verdict: pass ? 'pass' : 'fail',
    commit: COMMIT,
    policy: 'policy.yml',
    evaluatedAt: '2026-11-26T12:00:00.000Z',
    steps,
    unattributed: [],
    notes: [],
  };
}

function statement(file: string): {
  predicateType: string;
  subject: unknown[];
  predicate: Record<string, unknown>;
} {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { dsseEnvelope: { payload: string } };
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
}

describe('writeVsa', () => {
  const policy = 'policy: 1\n';
  writeFileSync(join(cwd, 'policy.yml'), policy);
  mkdirSync(join(cwd, 'bundles/nested'), { recursive: true });
  writeFileSync(join(cwd, 'bundles/a.sigstore.json'), '{"a":1}');
  writeFileSync(join(cwd, 'bundles/nested/b.sigstore.json'), '{"b":2}');
  writeFileSync(join(cwd, 'elsewhere.json'), '{}');
  symlinkSync(join(cwd, 'elsewhere.json'), join(cwd, 'bundles/link.sigstore.json'));

  it('signs a passing summary of the commit, the policy, every bundle read and the stages that passed', async () => {
    const out = join(cwd, 'gate.sigstore.json');
    const v = verdict(
      [
        step('per-commit', 'unit-tests', 'passed'),
        step('per-commit', 'sast', 'passed'),
        step('pre-deploy', 'container-scan', 'passed'),
      ],
      true,
    );
    const written = await writeVsa(v, {
      policyPath: join(cwd, 'policy.yml'),
      bundlesDir: join(cwd, 'bundles'),
      out,
      signer: key.signer,
      cwd,
    });
    expect(written).toBe(out);
    expect(readFileSync(out, 'utf8')).toMatch(/\n}\n$/);
    const s = statement(out);
    expect(s.predicateType).toBe(PREDICATE.vsa);
    expect(s.subject).toEqual([{ name: basename(cwd), digest: { gitCommit: COMMIT } }]);
    const { tollgate, ...predicate } = s.predicate;
    expect(tollgate).toMatchObject({ step: 'gate', status: 'passed' });
    expect(predicate).toEqual({
      verifier: { id: 'https://tollgate.dev/gate', version: { tollgate: VERSION } },
      timeVerified: '2026-11-26T12:00:00.000Z',
      resourceUri: `git+${basename(cwd)}@${COMMIT}`,
      policy: { uri: 'policy.yml', digest: { sha256: sha(policy) } },
      // the symbolic link was not read: it has nothing to digest
      inputAttestations: [
        { uri: 'bundles/a.sigstore.json', digest: { sha256: sha('{"a":1}') } },
        { uri: 'bundles/nested/b.sigstore.json', digest: { sha256: sha('{"b":2}') } },
      ],
      verificationResult: 'PASSED',
      verifiedLevels: ['TOLLGATE_PER_COMMIT', 'TOLLGATE_PRE_DEPLOY'],
      slsaVersion: '1.0',
    });
  });

  it('a failing verdict is a failed summary, listing only the stages whose every step passed', async () => {
    const out = join(cwd, 'failed.sigstore.json');
    await writeVsa(
      verdict(
        [
          step('per-commit', 'unit-tests', 'passed'),
          step('per-commit', 'sast', 'failed'),
          step('pre-deploy', 'container-scan', 'passed'),
        ],
        false,
      ),
      {
        policyPath: join(cwd, 'policy.yml'),
        bundlesDir: join(cwd, 'bundles'),
        out,
        signer: key.signer,
        cwd,
      },
    );
    const s = statement(out);
    expect(s.predicate.tollgate).toMatchObject({ step: 'gate', status: 'failed' });
    expect(s.predicate.verificationResult).toBe('FAILED');
    expect(s.predicate.verifiedLevels).toEqual(['TOLLGATE_PRE_DEPLOY']);
  });

  it('names the policy by its path when it is the working folder itself', async () => {
    // relative() of a path to itself is empty: the summary then keeps the path as given
    const policyPath = join(cwd, 'policy-as-cwd');
    writeFileSync(policyPath, policy);
    const out = join(cwd, 'self.sigstore.json');
    await writeVsa(verdict([], true), {
      policyPath,
      bundlesDir: join(cwd, 'bundles'),
      out,
      signer: key.signer,
      cwd: policyPath,
    });
    const s = statement(out);
    expect((s.predicate.policy as { uri: string }).uri).toBe(policyPath);
  });
});
