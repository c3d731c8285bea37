import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { staticTokenSource } from '../../src/attest/signers/oidc.js';
import { createSigstoreSigner } from '../../src/attest/signers/sigstore.js';
import { defaultVerifiers } from '../../src/cli/verifiers.js';
import { asSource, PolicyDir, sign, statusOf } from '../helpers/gate-fixture.js';
import {
  startSigstoreMock,
  type MockIdentity,
  type SigstoreMock,
} from '../helpers/sigstore-mock.js';

// Keyless bundles from local Fulcio, Rekor and TSA doubles, judged by the policy's GitHub
// signer rules: the repository that ran, the workflow that signed, and the ref.
let sig: SigstoreMock;
let other: SigstoreMock;
let dir: PolicyDir;

beforeAll(async () => {
  sig = await startSigstoreMock({ identity: { repository: 'acme/shop' } });
  other = await startSigstoreMock({ identity: { repository: 'acme/shop' } });
  dir = new PolicyDir();
  dir.file('trusted_root.json', JSON.stringify(sig.trustedRoot));
});
afterAll(async () => {
  await sig.stop();
  await other.stop();
  dir.remove();
});

const policy = `version: 1
sigstore:
  trustedRoot: trusted_root.json
signers:
  ci:
    github:
      repository: acme/shop
      workflow: "acme/shop/.github/workflows/*.yml@refs/heads/main"
      ref: refs/heads/main
stages:
  per-commit:
    require: [sast]
`;

async function keylessSast(mock: SigstoreMock, id?: MockIdentity) {
  const signer = createSigstoreSigner({
    ...mock.signerOptions(),
    tokenSource: staticTokenSource(mock.token(id)),
  });
  return sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer });
}

const gate = async (bundle: unknown) => {
  const v = await dir.gate(policy, [asSource('sast.json', bundle)], {
    verifiers: defaultVerifiers(`${dir.dir}/trusted_root.json`),
  });
  return { status: statusOf(v, 'sast'), reason: v.steps[0]!.reason };
};

describe('gate with Sigstore keyless signatures', () => {
  it('passes a bundle signed by the repository workflow on main', async () => {
    const r = await gate(await keylessSast(sig));
    expect(r).toMatchObject({ status: 'passed' });
  });

  it('refuses a workflow of another repository (a fork): untrusted-signer', async () => {
    const r = await gate(await keylessSast(sig, { repository: 'mallory/shop' }));
    expect(r.status).toBe('untrusted-signer');
    expect(r.reason).toContain('mallory/shop');
  });

  it('refuses another ref: untrusted-signer', async () => {
    expect((await gate(await keylessSast(sig, { ref: 'refs/heads/feature' }))).status).toBe(
      'untrusted-signer',
    );
  });

  it('refuses a workflow outside the allowed pattern: untrusted-signer', async () => {
    expect((await gate(await keylessSast(sig, { workflowPath: 'tools/sign.yml' }))).status).toBe(
      'untrusted-signer',
    );
  });

  it('refuses another OIDC issuer: untrusted-signer', async () => {
    expect(
      (await gate(await keylessSast(sig, { issuer: 'https://gitlab.example/oidc' }))).status,
    ).toBe('untrusted-signer');
  });

  it('refuses a certificate from a CA the trusted root does not hold: untrusted-signer', async () => {
    // Certificate from the other instance's Fulcio, witnessed by the trusted log and TSA.
    const signer = createSigstoreSigner({
      ...sig.signerOptions(),
      fulcioURL: other.urls.fulcio,
      tokenSource: staticTokenSource(other.token()),
    });
    const r = await gate(await sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer }));
    expect(r.status).toBe('untrusted-signer');
  });

  it('refuses a bundle made entirely by another Sigstore instance (its CA, log and TSA): untrusted-signer', async () => {
    const r = await gate(await keylessSast(other));
    expect(r.status).toBe('untrusted-signer');
    expect(r.reason).toContain('not issued by a certificate authority of the trusted root');
  });

  it('refuses a trusted certificate whose timestamps come from an untrusted instance: invalid-signature', async () => {
    // Certificate from the trusted Fulcio, witnessed by the other instance's log and TSA.
    const signer = createSigstoreSigner({
      ...other.signerOptions(),
      fulcioURL: sig.urls.fulcio,
      tokenSource: staticTokenSource(sig.token()),
    });
    const r = await gate(await sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer }));
    expect(r.status).toBe('invalid-signature');
    expect(r.reason).toMatch(/timestamp|transparency log/);
  });

  it('refuses a keyless bundle whose payload was edited: invalid-signature', async () => {
    const b = (await keylessSast(sig)) as { dsseEnvelope: { payload: string } };
    const s = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString()) as {
      predicate: { findings: unknown[] };
    };
    s.predicate.findings = [];
    b.dsseEnvelope.payload = Buffer.from(JSON.stringify({ ...s, extra: 1 })).toString('base64');
    expect((await gate(b)).status).toBe('invalid-signature');
  });
});
