import type { X509Certificate } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePublicKey } from '../../src/attest/keys.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { createSpiffeSigner } from '../../src/attest/signers/spiffe/index.js';
import { makeStatement } from '../../src/attest/statement.js';
import { verifyAttestation, type TrustMaterial } from '../../src/attest/verify/index.js';
import { verifySpiffeBundle } from '../../src/attest/verify/spiffe.js';
import { describeIdentity } from '../../src/attest/verify/types.js';
import { makeKey, sign, type KeyPair } from '../helpers/gate-fixture.js';
import { createTrustDomain, trustBundles, type TestTrustDomain } from '../helpers/spiffe-ca.js';
import { staticSvidSource } from '../helpers/spiffe-svid.js';
import { failureOf } from './failure.js';

/**
 * verifyAttestation: how a bundle is routed to the key, SPIFFE or Sigstore verifier by its
 * verification material, and the key verifier itself.
 */
let key: KeyPair;
let other: KeyPair;
let signed: SerializedBundle;
let td: TestTrustDomain;
let spiffeBundle: SerializedBundle;

const clone = <T>(v: T): T => structuredClone(v);
const trustKeys = (...pairs: KeyPair[]): TrustMaterial => ({
  keys: new Map(pairs.map((p) => [p.keyId, parsePublicKey(p.publicKeyPem, 'test key')])),
  spiffeBundles: new Map(),
});

beforeAll(async () => {
  key = makeKey();
  other = makeKey();
  signed = await sign({ step: 'unit-tests', signer: key.signer });
  td = await createTrustDomain('example.org');
  const svid = await td.issueSvid('/ci/build');
  const spiffeSigner = await createSpiffeSigner(staticSvidSource(svid));
  const statement = makeStatement(
    [{ name: 'app', digest: { sha256: 'ab'.repeat(32) } }],
    'https://tollgate.dev/attestation/test/v1',
    { result: 'PASSED' },
  );
  spiffeBundle = await spiffeSigner.signStatement(Buffer.from(JSON.stringify(statement)));
});

describe('verifyAttestation: the bundle itself', () => {
  it('refuses what is not a JSON object', () => {
    for (const bad of [null, undefined, 'bundle', 42, [signed]]) {
      expect(failureOf(() => verifyAttestation(bad, trustKeys(key)))).toEqual({
        kind: 'malformed',
        message: 'bundle is not a JSON object',
      });
    }
  });

  it('refuses a media type it does not know, and names it', () => {
    const b = clone(signed) as Record<string, unknown>;
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=9.9';
    expect(failureOf(() => verifyAttestation(b, trustKeys(key)))).toEqual({
      kind: 'malformed',
      message: 'unknown bundle media type "application/vnd.dev.sigstore.bundle+json;version=9.9"',
    });
    delete b.mediaType;
    expect(failureOf(() => verifyAttestation(b, trustKeys(key))).message).toBe(
      'unknown bundle media type undefined',
    );
    b.mediaType = 3;
    expect(failureOf(() => verifyAttestation(b, trustKeys(key))).message).toBe(
      'unknown bundle media type 3',
    );
  });

  it('accepts every Sigstore bundle media type from v0.1 to v0.3', () => {
    for (const mediaType of [
      'application/vnd.dev.sigstore.bundle+json;version=0.1',
      'application/vnd.dev.sigstore.bundle+json;version=0.2',
      'application/vnd.dev.sigstore.bundle+json;version=0.3',
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    ]) {
      const b = { ...clone(signed), mediaType };
      expect(verifyAttestation(b, trustKeys(key)).identity).toEqual({
        kind: 'key',
        keyId: key.keyId,
      });
    }
  });

  it('refuses a bundle without verification material', () => {
    for (const material of [undefined, null, 'key']) {
      const b = { ...clone(signed), verificationMaterial: material };
      expect(failureOf(() => verifyAttestation(b, trustKeys(key)))).toEqual({
        kind: 'malformed',
        message: 'bundle has no verificationMaterial',
      });
    }
  });

  it('refuses material with neither a public key nor a certificate', () => {
    const b = { ...clone(signed), verificationMaterial: { tlogEntries: [] } };
    expect(failureOf(() => verifyAttestation(b, trustKeys(key)))).toEqual({
      kind: 'malformed',
      message: 'bundle has neither a public key nor a certificate',
    });
    const emptyChain = {
      ...clone(signed),
      verificationMaterial: { x509CertificateChain: { certificates: [] } },
    };
    expect(failureOf(() => verifyAttestation(emptyChain, trustKeys(key))).message).toBe(
      'bundle has neither a public key nor a certificate',
    );
  });

  it('refuses a certificate that is not DER, as a single certificate or as a chain', () => {
    const single = {
      ...clone(signed),
      verificationMaterial: { certificate: { rawBytes: 'AAAA' } },
    };
    expect(failureOf(() => verifyAttestation(single, trustKeys(key)))).toEqual({
      kind: 'malformed',
      message: 'bundle certificate is not valid DER',
    });
    const chain = {
      ...clone(signed),
      verificationMaterial: { x509CertificateChain: { certificates: [{ rawBytes: 'AAAA' }] } },
    };
    expect(failureOf(() => verifyAttestation(chain, trustKeys(key)))).toEqual({
      kind: 'malformed',
      message: 'bundle certificate is not valid DER',
    });
  });
});

describe('verifyAttestation: routing by certificate', () => {
  const spiffeTrust = (bundles: Map<string, X509Certificate[]>): TrustMaterial => ({
    keys: new Map(),
    spiffeBundles: bundles,
    verifySpiffe: (bundle, b) => verifySpiffeBundle(bundle, b as Map<string, X509Certificate[]>),
  });

  it('verifies a SPIFFE-signed bundle with the SPIFFE verifier and its trust bundles', () => {
    const verified = verifyAttestation(spiffeBundle, spiffeTrust(trustBundles(td)));
    expect(verified.identity).toEqual({
      kind: 'spiffe',
      spiffeId: 'spiffe://example.org/ci/build',
      trustDomain: 'example.org',
    });
    expect(verified.statement.predicate).toEqual({ result: 'PASSED' });
  });

  it('takes the payload type from the envelope when the verifier does not return one', () => {
    const b = clone(spiffeBundle);
    b.dsseEnvelope!.payloadType = 'text/plain';
    // The SPIFFE signature covers the payload type, so re-signing is not possible here; the
    // verifier is the real one wrapped to keep the payload while the type is read anew.
    const trust: TrustMaterial = {
      ...spiffeTrust(trustBundles(td)),
      verifySpiffe: (_bundle, bundles) =>
        verifySpiffeBundle(spiffeBundle, bundles as Map<string, X509Certificate[]>),
    };
    expect(failureOf(() => verifyAttestation(b, trust))).toEqual({
      kind: 'malformed',
      message: 'payload type is text/plain, not application/vnd.in-toto+json',
    });
  });

  it('refuses a SPIFFE-signed bundle when the policy trusts no SPIFFE trust domain', () => {
    const message = 'signed with a SPIFFE SVID, but the policy trusts no SPIFFE trust domain';
    expect(failureOf(() => verifyAttestation(spiffeBundle, spiffeTrust(new Map())))).toEqual({
      kind: 'untrusted-signer',
      message,
    });
    const noVerifier: TrustMaterial = { keys: new Map(), spiffeBundles: trustBundles(td) };
    expect(failureOf(() => verifyAttestation(spiffeBundle, noVerifier))).toEqual({
      kind: 'untrusted-signer',
      message,
    });
  });

  it('sends a certificate without a SPIFFE ID to the Sigstore verifier, or refuses it without one', async () => {
    const svid = await td.issueSvid('/web', { uris: ['https://example.org/web'] });
    const signer = await createSpiffeSigner(staticSvidSource(svid));
    const b = await signer.signStatement(Buffer.from('{}'));
    expect(
      failureOf(() => verifyAttestation(b, { keys: new Map(), spiffeBundles: trustBundles(td) })),
    ).toEqual({
      kind: 'untrusted-signer',
      message: 'signed with a certificate, but no Sigstore trusted root is configured',
    });
    const seen: unknown[] = [];
    const trust: TrustMaterial = {
      keys: new Map(),
      spiffeBundles: trustBundles(td),
      verifySpiffe: () => {
        throw new Error('not a SPIFFE bundle');
      },
      verifyKeyless: (bundle) => {
        seen.push(bundle);
        return verifySpiffeBundle(spiffeBundle, trustBundles(td));
      },
    };
    expect(verifyAttestation(b, trust).identity.kind).toBe('spiffe');
    expect(seen).toEqual([b]);
  });
});

describe('verifyAttestation: local keys', () => {
  it('verifies a bundle signed by a trusted key and names that key', () => {
    const verified = verifyAttestation(signed, trustKeys(other, key));
    expect(verified.identity).toEqual({ kind: 'key', keyId: key.keyId });
    expect(verified.statement.predicateType).toBe(PREDICATE.testResult);
    expect(describeIdentity(verified.identity)).toBe(`key ${key.keyId.slice(0, 16)}`);
  });

  it('refuses a bundle that names no key hint', () => {
    for (const hint of [undefined, '', 7]) {
      const b = clone(signed) as { verificationMaterial: { publicKey: { hint?: unknown } } };
      b.verificationMaterial.publicKey = hint === undefined ? {} : { hint };
      expect(failureOf(() => verifyAttestation(b, trustKeys(key)))).toEqual({
        kind: 'malformed',
        message: 'bundle names no public key hint',
      });
    }
  });

  it('accepts another hint scheme when a trusted key verifies the signature, reporting that key', () => {
    const b = clone(signed);
    b.verificationMaterial.publicKey = { hint: 'projects/x/keys/ci' };
    expect(verifyAttestation(b, trustKeys(other, key)).identity).toEqual({
      kind: 'key',
      keyId: key.keyId,
    });
  });

  it('refuses a hint no trusted key answers to, naming its first 16 characters', () => {
    const b = clone(signed);
    b.verificationMaterial.publicKey = { hint: 'projects/x/keys/ci-signing-key' };
    expect(failureOf(() => verifyAttestation(b, trustKeys(other)))).toEqual({
      kind: 'untrusted-signer',
      message: 'signed by key projects/x/keys/, which the policy does not trust',
    });
    expect(failureOf(() => verifyAttestation(signed, trustKeys(other))).message).toBe(
      `signed by key ${key.keyId.slice(0, 16)}, which the policy does not trust`,
    );
  });

  it('calls a changed envelope an invalid signature when the hint names a trusted key', () => {
    const b = clone(signed);
    const statement = JSON.parse(Buffer.from(b.dsseEnvelope!.payload, 'base64').toString('utf8'));
    statement.predicate.result = 'FAILED';
    b.dsseEnvelope!.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    expect(failureOf(() => verifyAttestation(b, trustKeys(key)))).toEqual({
      kind: 'invalid-signature',
      message: `signature does not verify with trusted key ${key.keyId.slice(0, 16)}: the envelope was altered after signing`,
    });
  });
});

describe('describeIdentity', () => {
  it('names each kind of signer the way verdicts print it', () => {
    expect(describeIdentity({ kind: 'key', keyId: '0123456789abcdef0123' })).toBe(
      'key 0123456789abcdef',
    );
    expect(
      describeIdentity({
        kind: 'sigstore',
        san: 'https://x/y',
        issuer: 'https://i',
        extensions: {},
      }),
    ).toBe('https://x/y (issuer https://i)');
    expect(
      describeIdentity({ kind: 'spiffe', spiffeId: 'spiffe://a.org/b', trustDomain: 'a.org' }),
    ).toBe('spiffe://a.org/b');
  });
});
