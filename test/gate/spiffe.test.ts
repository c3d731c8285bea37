import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { createSpiffeSigner } from '../../src/attest/signers/spiffe/index.js';
import { defaultVerifiers } from '../../src/cli/verifiers.js';
import { asSource, PolicyDir, sign, statusOf } from '../helpers/gate-fixture.js';
import { createTrustDomain, type SvidOptions, type TestTrustDomain } from '../helpers/spiffe-ca.js';
import { staticSvidSource } from '../helpers/spiffe-svid.js';

// SPIFFE-signed bundles judged by the policy: the SPIFFE ID pattern and the trust bundle.
let dir: PolicyDir;
let td: TestTrustDomain;
let otherDomain: TestTrustDomain;
let impostor: TestTrustDomain;

beforeAll(async () => {
  td = await createTrustDomain('example.org', { intermediate: true });
  otherDomain = await createTrustDomain('evil.org');
  impostor = await createTrustDomain('example.org');
  dir = new PolicyDir();
  dir.file('bundle.pem', td.bundlePem);
});
afterAll(() => dir.remove());

const policy = `version: 1
signers:
  spire:
    spiffe:
      id: spiffe://example.org/tollgate/steps/*
      trustBundle: bundle.pem
stages:
  per-commit:
    require: [sast]
`;

async function sastBy(domain: TestTrustDomain, path: string, opts: SvidOptions = {}) {
  const svid = await domain.issueSvid(path, opts);
  const signer = await createSpiffeSigner(staticSvidSource(svid));
  return sign({ step: 'sast', predicateType: PREDICATE.scanResult, signer });
}

async function gate(bundle: unknown) {
  const v = await dir.gate(policy, [asSource('sast.json', bundle)], {
    verifiers: defaultVerifiers(undefined),
  });
  return { status: statusOf(v, 'sast'), reason: v.steps[0]!.reason };
}

describe('gate with SPIFFE X.509-SVID signatures', () => {
  it('passes an SVID of the trust domain with an allowed ID, through an intermediate', async () => {
    expect(await gate(await sastBy(td, '/tollgate/steps/sast'))).toMatchObject({
      status: 'passed',
    });
  });

  it('wrong SPIFFE ID in the right trust domain: untrusted-signer', async () => {
    const r = await gate(await sastBy(td, '/workloads/web'));
    expect(r.status).toBe('untrusted-signer');
    expect(r.reason).toContain('spiffe://example.org/workloads/web');
  });

  it('SVID from another trust domain: untrusted-signer', async () => {
    expect((await gate(await sastBy(otherDomain, '/tollgate/steps/sast'))).status).toBe(
      'untrusted-signer',
    );
  });

  it('SVID issued by a CA outside the trust bundle (same domain name): untrusted-signer', async () => {
    expect((await gate(await sastBy(impostor, '/tollgate/steps/sast'))).status).toBe(
      'untrusted-signer',
    );
  });

  it('expired SVID: untrusted-signer', async () => {
    const r = await gate(
      await sastBy(td, '/tollgate/steps/sast', {
        notBefore: new Date(Date.now() - 7_200_000),
        notAfter: new Date(Date.now() - 3_600_000),
      }),
    );
    expect(r.status).toBe('untrusted-signer');
    expect(r.reason).toMatch(/valid|expired/i);
  });

  it('SVID-signed payload edited after signing: invalid-signature', async () => {
    const b = (await sastBy(td, '/tollgate/steps/sast')) as { dsseEnvelope: { payload: string } };
    const s = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString()) as Record<
      string,
      unknown
    >;
    b.dsseEnvelope.payload = Buffer.from(
      JSON.stringify({ ...s, predicate: { ...(s.predicate as object), findings: [] } }) + ' ',
    ).toString('base64');
    expect((await gate(b)).status).toBe('invalid-signature');
  });

  it('a policy without SPIFFE signers does not trust SVIDs: untrusted-signer', async () => {
    const keyOnly = new PolicyDir();
    const { generateKeyPair } = await import('../../src/attest/signers/key.js');
    keyOnly.file('k.pub', generateKeyPair().publicKeyPem);
    const v = await keyOnly.gate(
      `version: 1\nsigners:\n  laptop: { key: k.pub }\nstages:\n  per-commit:\n    require: [sast]\n`,
      [asSource('sast.json', await sastBy(td, '/tollgate/steps/sast'))],
      {
        verifiers: defaultVerifiers(undefined),
      },
    );
    keyOnly.remove();
    expect(statusOf(v, 'sast')).toBe('untrusted-signer');
  });
});
