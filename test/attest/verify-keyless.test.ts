import type { SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticTokenSource } from '../../src/attest/signers/oidc.js';
import { createSigstoreSigner } from '../../src/attest/signers/sigstore.js';
import { makeStatement } from '../../src/attest/statement.js';
import { verifyBundle, verifyKeylessDsse } from '../../src/attest/verify/sigstore.js';
import {
  fulcioExtensions,
  sigstoreIdentity,
  subjectAlternativeName,
} from '../../src/attest/verify/sigstore-identity.js';
import { makeKey, sign } from '../helpers/gate-fixture.js';
import { createTrustDomain } from '../helpers/spiffe-ca.js';
import { startSigstoreMock, type SigstoreMock } from '../helpers/sigstore-mock.js';
import { failureOf } from './failure.js';

/**
 * Keyless bundles made by the local Fulcio, Rekor and TSA: the identity a verified
 * certificate proves (sigstore-identity.ts), and how verifyBundle and verifyKeylessDsse
 * (sigstore.ts) judge them.
 */
const SHA = '0123456789abcdef0123456789abcdef01234567';
const ARTIFACT_SHA = 'ab'.repeat(32);
let sig: SigstoreMock;
let bundle: SerializedBundle;

beforeAll(async () => {
  sig = await startSigstoreMock({ identity: { repository: 'acme/shop', sha: SHA } });
  const signer = createSigstoreSigner({
    ...sig.signerOptions(),
    tokenSource: staticTokenSource(sig.token()),
  });
  const statement = makeStatement(
    [{ name: 'app', digest: { sha256: ARTIFACT_SHA } }],
    'https://tollgate.dev/attestation/test/v1',
    { result: 'PASSED' },
  );
  bundle = await signer.signStatement(Buffer.from(JSON.stringify(statement)));
});
afterAll(async () => {
  await sig.stop();
});

function leaf(b: SerializedBundle): X509Certificate {
  return X509Certificate.parse(Buffer.from(b.verificationMaterial.certificate!.rawBytes, 'base64'));
}

describe('sigstoreIdentity', () => {
  it('reads the SAN, the issuer and the Fulcio extensions by their registered names', () => {
    const cert = leaf(bundle);
    const identity = sigstoreIdentity(cert);
    expect(identity.kind).toBe('sigstore');
    expect(identity.san).toBe(sig.identity.san);
    expect(subjectAlternativeName(cert)).toBe(sig.identity.san);
    expect(identity.issuer).toBe('https://token.actions.githubusercontent.com');
    expect(identity.extensions).toMatchObject({
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepositoryURI: 'https://github.com/acme/shop',
      sourceRepositoryDigest: SHA,
      sourceRepositoryRef: 'refs/heads/main',
    });
    expect(fulcioExtensions(cert)).toEqual(identity.extensions);
    // Every name is one of Fulcio's, and no value is empty or raw DER.
    for (const [name, value] of Object.entries(identity.extensions)) {
      expect(name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(value).not.toMatch(/^\f/);
    }
  });

  it('gives an empty SAN and issuer, and no extensions, for a certificate without them', async () => {
    const td = await createTrustDomain('plain.example');
    const cert = X509Certificate.parse(td.roots[0]!.raw);
    expect(subjectAlternativeName(cert)).toBeUndefined();
    expect(sigstoreIdentity(cert)).toEqual({
      kind: 'sigstore',
      san: '',
      issuer: '',
      extensions: {},
    });
  });
});

describe('verifyBundle with a keyless bundle', () => {
  const options = (identity: string, issuer: string) => ({
    bundle,
    artifact: { digest: `sha256:${ARTIFACT_SHA}` },
    trustedRoot: sig.trustedRoot,
    identity,
    issuer,
  });

  it('returns the proven identity when SAN and issuer are the expected ones', () => {
    const verified = verifyBundle(options(sig.identity.san, sig.identity.issuer));
    expect(verified.identity).toEqual(sigstoreIdentity(leaf(bundle)));
  });

  it('refuses another SAN or issuer, saying who signed and who was expected', () => {
    const { san, issuer } = sig.identity;
    for (const [identity, expectedIssuer] of [
      ['https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main', issuer],
      [san, 'https://accounts.example.com'],
    ] as const) {
      expect(failureOf(() => verifyBundle(options(identity, expectedIssuer)))).toEqual({
        kind: 'untrusted-signer',
        message: `signed by ${san} (issuer ${issuer}), but ${identity} (issuer ${expectedIssuer}) was expected`,
      });
    }
  });
});

describe('verifyKeylessDsse', () => {
  it('verifies a keyless DSSE bundle and returns its payload and identity', () => {
    const verified = verifyKeylessDsse(bundle, sig.trustedRoot);
    expect(verified.payloadType).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(verified.payload.toString('utf8')).predicate).toEqual({ result: 'PASSED' });
    expect(verified.identity.san).toBe(sig.identity.san);
  });

  it('applies threshold overrides on top of what the root calls for', () => {
    expect(
      failureOf(() =>
        verifyKeylessDsse(bundle, sig.trustedRoot, { thresholds: { tlogThreshold: 2 } }),
      ),
    ).toEqual({
      kind: 'invalid-signature',
      message: expect.stringMatching(/^the transparency log entries are insufficient \(/),
    });
  });

  it('refuses a bundle signed with a managed key', async () => {
    const keyBundle = await sign({ step: 'build', signer: makeKey().signer });
    expect(failureOf(() => verifyKeylessDsse(keyBundle, sig.trustedRoot))).toEqual({
      kind: 'untrusted-signer',
      message: 'the bundle is signed with a managed key, not a Fulcio certificate',
    });
  });

  it('refuses a message signature', () => {
    const message: Record<string, unknown> = {
      ...structuredClone(bundle),
      messageSignature: {
        messageDigest: { algorithm: 'SHA2_256', digest: Buffer.alloc(32).toString('base64') },
        signature: 'AAAA',
      },
    };
    delete message.dsseEnvelope;
    expect(failureOf(() => verifyKeylessDsse(message, sig.trustedRoot))).toEqual({
      kind: 'malformed',
      message: 'the bundle holds a message signature, not a DSSE envelope',
    });
  });

  it('calls a timestamp that cannot be read malformed', () => {
    const b = structuredClone(bundle);
    b.verificationMaterial.timestampVerificationData = {
      rfc3161Timestamps: [{ signedTimestamp: 'AAAA' }],
    };
    const f = failureOf(() => verifyKeylessDsse(b, sig.trustedRoot));
    expect(f.kind).toBe('malformed');
    expect(f.message).toMatch(/^bundle content could not be read \(.+\)$/);
  });
});
