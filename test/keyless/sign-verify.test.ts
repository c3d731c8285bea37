import type { SerializedBundle } from '@sigstore/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticTokenSource } from '../../src/attest/signers/oidc.js';
import { createSigstoreSigner } from '../../src/attest/signers/sigstore.js';
import { commitSubject, makeStatement } from '../../src/attest/statement.js';
import { startSigstoreMock, type SigstoreMock } from '../helpers/sigstore-mock.js';
import { fulcioExtension, leafCertificate, verifyKeyless } from './verify-bundle.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const OID_ISSUER = '1.3.6.1.4.1.57264.1.8';
const OID_SOURCE_REPO_URI = '1.3.6.1.4.1.57264.1.12';
const OID_SOURCE_REPO_DIGEST = '1.3.6.1.4.1.57264.1.13';
const OID_SOURCE_REPO_REF = '1.3.6.1.4.1.57264.1.14';

function statementPayload(): Buffer {
  const statement = makeStatement(
    [commitSubject('https://github.com/acme/shop', SHA)],
    'https://tollgate.dev/attestation/test/v1',
    { step: 'unit-tests', result: 'passed' },
  );
  return Buffer.from(JSON.stringify(statement));
}

function tamper(bundle: SerializedBundle): SerializedBundle {
  const copy = structuredClone(bundle);
  const env = copy.dsseEnvelope;
  if (!env) throw new Error('not a DSSE bundle');
  const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as {
    predicate: Record<string, unknown>;
  };
  statement.predicate.result = 'failed';
  env.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  return copy;
}

describe('keyless signing through local Fulcio, Rekor and TSA', () => {
  let sig: SigstoreMock;
  beforeAll(async () => {
    sig = await startSigstoreMock({ identity: { repository: 'acme/shop', sha: SHA } });
  });
  afterAll(async () => {
    await sig.stop();
  });

  it('signs a statement with a Rekor entry and a timestamp, and the bundle verifies', async () => {
    const signer = createSigstoreSigner({
      ...sig.signerOptions(),
      tokenSource: staticTokenSource(sig.token()),
    });
    expect(signer.kind).toBe('sigstore');
    expect(signer.describe()).toContain(sig.urls.fulcio);
    const bundle = await signer.signStatement(statementPayload());

    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.tlogEntries?.[0]?.kindVersion?.kind).toBe('intoto');
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(
      1,
    );

    const { san, issuer } = sig.identity;
    expect(san).toBe('https://github.com/acme/shop/.github/workflows/release.yml@refs/heads/main');
    const verified = verifyKeyless(bundle, sig.trustedRoot, {
      tlog: 1,
      timestamps: 2,
      policy: { subjectAlternativeName: san, extensions: { issuer } },
    });
    expect(verified.identity?.subjectAlternativeName).toBe(san);
    expect(verified.identity?.extensions?.issuer).toBe(
      'https://token.actions.githubusercontent.com',
    );
    expect(signer.describe()).toBe(`${san} (issuer ${issuer})`);

    const cert = leafCertificate(bundle);
    expect(fulcioExtension(cert, OID_ISSUER)).toBe(issuer);
    expect(fulcioExtension(cert, OID_SOURCE_REPO_URI)).toBe('https://github.com/acme/shop');
    expect(fulcioExtension(cert, OID_SOURCE_REPO_DIGEST)).toBe(SHA);
    expect(fulcioExtension(cert, OID_SOURCE_REPO_REF)).toBe('refs/heads/main');
  });

  it('rejects the bundle when the payload is edited', async () => {
    const signer = createSigstoreSigner({
      ...sig.signerOptions(),
      tokenSource: staticTokenSource(sig.token()),
    });
    const bundle = await signer.signStatement(statementPayload());
    expect(() =>
      verifyKeyless(tamper(bundle), sig.trustedRoot, { tlog: 1, timestamps: 1 }),
    ).toThrow();
  });

  it('rejects a policy asking for another identity', async () => {
    const signer = createSigstoreSigner({
      ...sig.signerOptions(),
      tokenSource: staticTokenSource(sig.token({ repository: 'evil/fork' })),
    });
    const bundle = await signer.signStatement(statementPayload());
    expect(() =>
      verifyKeyless(bundle, sig.trustedRoot, {
        tlog: 1,
        timestamps: 1,
        policy: { subjectAlternativeName: sig.identity.san },
      }),
    ).toThrow(/certificate identity error.*evil\/fork/);
  });

  it('signs with only a TSA timestamp, without touching Rekor', async () => {
    const before = { ...sig.calls };
    const signer = createSigstoreSigner({
      ...sig.signerOptions({ tlog: false, tsa: true }),
      tokenSource: staticTokenSource(sig.token()),
    });
    const bundle = await signer.signStatement(statementPayload());
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0);
    expect(sig.calls.rekor).toBe(before.rekor);
    expect(sig.calls.tsa).toBe(before.tsa + 1);
    const verified = verifyKeyless(bundle, sig.trustedRoot, { tlog: 0, timestamps: 1 });
    expect(verified.identity?.subjectAlternativeName).toBe(sig.identity.san);
    expect(() =>
      verifyKeyless(tamper(bundle), sig.trustedRoot, { tlog: 0, timestamps: 1 }),
    ).toThrow();
  });

  it('signs with only a Rekor entry (its integrated time is the timestamp)', async () => {
    const signer = createSigstoreSigner({
      ...sig.signerOptions({ tlog: true, tsa: false }),
      tokenSource: staticTokenSource(sig.token()),
    });
    const bundle = await signer.signStatement(statementPayload());
    expect(
      bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [],
    ).toHaveLength(0);
    verifyKeyless(bundle, sig.trustedRoot, { tlog: 1, timestamps: 1 });
  });
});
