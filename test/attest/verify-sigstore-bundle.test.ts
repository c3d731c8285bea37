import { createHash, generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpiffeSigner } from '../../src/attest/signers/spiffe/index.js';
import { parseBundle } from '../../src/attest/verify/sigstore-bundle.js';
import { verifyBundle, type VerifyBundleOptions } from '../../src/attest/verify/sigstore.js';
import { TollgateError } from '../../src/core/errors.js';
import { makeKey, sign, type KeyPair } from '../helpers/gate-fixture.js';
import { createTrustDomain } from '../helpers/spiffe-ca.js';
import { staticSvidSource } from '../helpers/spiffe-svid.js';
import { failureOf } from './failure.js';

/**
 * Reading a Sigstore bundle (sigstore-bundle.ts), binding it to an artifact
 * (sigstore-artifact.ts) and the option checks of verifyBundle (sigstore.ts), on bundles made
 * here: key-signed DSSE bundles, SPIFFE certificate chains and hand-made message signatures.
 */
const ARTIFACT = Buffer.from('the artifact');
const ARTIFACT_SHA = createHash('sha256').update(ARTIFACT).digest('hex');
const V01 = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** A trusted root with no logs: thresholds of 0 logs, 0 SCTs and 1 timestamp. */
const BARE_ROOT = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' };

let key: KeyPair;
let dsse: SerializedBundle;
let chain: SerializedBundle;
let rootDer: string;

const clone = <T>(v: T): T => structuredClone(v);
const json = (v: unknown): Record<string, any> => clone(v) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function tlogEntry(overrides: Record<string, unknown> = {}) {
  return {
    logIndex: '1',
    logId: { keyId: 'AAAA' },
    kindVersion: { kind: 'dsse', version: '0.0.1' },
    integratedTime: '1700000000',
    inclusionPromise: { signedEntryTimestamp: 'AAAA' },
    canonicalizedBody: 'AAAA',
    ...overrides,
  };
}

/** A message-signature bundle over `data`, signed with a fresh key (PEM returned). */
function messageBundle(
  data: Buffer,
  algorithm = 'SHA2_256',
  hash = 'sha256',
): { bundle: Record<string, unknown>; pem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    bundle: {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { publicKey: { hint: 'k' }, tlogEntries: [] },
      messageSignature: {
        messageDigest: {
          algorithm,
          digest: createHash(hash).update(data).digest('base64'),
        },
        signature: cryptoSign('sha256', data, privateKey).toString('base64'),
      },
    },
  };
}

function verify(bundle: unknown, extra: Partial<VerifyBundleOptions> = {}) {
  return verifyBundle({
    bundle,
    artifact: { digest: ARTIFACT_SHA },
    trustedRoot: BARE_ROOT,
    publicKeyPem: key.publicKeyPem,
    ...extra,
  });
}

beforeAll(async () => {
  key = makeKey();
  dsse = await sign({
    step: 'build',
    signer: key.signer,
    subjects: [{ name: 'artifact', digest: { sha256: ARTIFACT_SHA } }],
  });
  const td = await createTrustDomain('example.org', { intermediate: true });
  const signer = await createSpiffeSigner(staticSvidSource(await td.issueSvid('/ci')));
  chain = await signer.signStatement(Buffer.from('{}'));
  rootDer = td.roots[0]!.raw.toString('base64');
});

describe('parseBundle', () => {
  it('reads a bundle given as text, as bytes or already parsed', () => {
    const text = JSON.stringify(dsse);
    for (const input of [text, Buffer.from(text), new Uint8Array(Buffer.from(text)), dsse]) {
      expect(parseBundle(input).content.$case).toBe('dsseEnvelope');
    }
  });

  it('calls text that is not JSON malformed, with the parser error', () => {
    const f = failureOf(() => parseBundle('{"mediaType":'));
    expect(f.kind).toBe('malformed');
    expect(f.message).toMatch(/^bundle is not valid JSON \(.+\)$/);
    expect(failureOf(() => parseBundle(Buffer.from('nope'))).message).toMatch(
      /^bundle is not valid JSON/,
    );
  });

  it('refuses JSON that is not an object', () => {
    for (const input of ['null', '[]', '3', null, [dsse]]) {
      expect(failureOf(() => parseBundle(input))).toEqual({
        kind: 'malformed',
        message: 'bundle is not a JSON object',
      });
    }
  });

  it('refuses bytes fields that are not base64, naming the field', () => {
    const bad = json(dsse);
    bad.dsseEnvelope.payload = 'not base64!';
    expect(failureOf(() => parseBundle(bad))).toEqual({
      kind: 'malformed',
      message: 'bundle field dsseEnvelope.payload is not valid base64',
    });
    const sig = json(dsse);
    sig.dsseEnvelope.signatures[0].sig = 12;
    expect(failureOf(() => parseBundle(sig)).message).toBe(
      'bundle field dsseEnvelope.signatures[0].sig is not valid base64',
    );
    const cert = json(chain);
    cert.verificationMaterial.x509CertificateChain.certificates[1].rawBytes = 'A';
    expect(failureOf(() => parseBundle(cert)).message).toBe(
      'bundle field verificationMaterial.x509CertificateChain.certificates[1].rawBytes is not valid base64',
    );
    const hash = json(dsse);
    hash.verificationMaterial.tlogEntries = [
      tlogEntry({
        inclusionProof: {
          logIndex: '1',
          rootHash: 'AAAA',
          treeSize: '2',
          hashes: ['AAAA', 'A===='],
        },
      }),
    ];
    expect(failureOf(() => parseBundle(hash)).message).toBe(
      'bundle field verificationMaterial.tlogEntries[0].inclusionProof.hashes[1] is not valid base64',
    );
  });

  it('takes padded, unpadded, URL-safe and line-wrapped base64, and refuses impossible lengths', () => {
    const withPayload = (payload: string) => {
      const b = json(dsse);
      b.dsseEnvelope.payload = payload;
      return () => parseBundle(b);
    };
    for (const ok of ['YQ==', 'YWI=', 'YWJj', 'YQ', 'YWI', 'a-_b', 'YWJj\nYWJj', 'YWJj\r\nYQ==']) {
      expect(withPayload(ok)().content.$case).toBe('dsseEnvelope');
    }
    for (const bad of ['Y', 'YWJjY', 'YQ=', 'YWJjY===', 'Y Q==', '=YQ=']) {
      expect(failureOf(withPayload(bad))).toEqual({
        kind: 'malformed',
        message: 'bundle field dsseEnvelope.payload is not valid base64',
      });
    }
  });

  it('refuses negative or non-integer log positions and times, naming the field', () => {
    for (const [field, value] of [
      ['logIndex', '-1'],
      ['integratedTime', '1.5'],
      ['logIndex', 'x'],
    ] as const) {
      const b = json(dsse);
      b.verificationMaterial.tlogEntries = [tlogEntry({ [field]: value })];
      expect(failureOf(() => parseBundle(b))).toEqual({
        kind: 'malformed',
        message: `bundle field verificationMaterial.tlogEntries[0].${field} must be a non-negative integer`,
      });
    }
    const proof = json(dsse);
    proof.verificationMaterial.tlogEntries = [
      tlogEntry(),
      tlogEntry({
        inclusionProof: { logIndex: '1', rootHash: 'AAAA', treeSize: '-2', hashes: [] },
      }),
    ];
    expect(failureOf(() => parseBundle(proof)).message).toBe(
      'bundle field verificationMaterial.tlogEntries[1].inclusionProof.treeSize must be a non-negative integer',
    );
    const numeric = json(dsse);
    numeric.mediaType = V01;
    numeric.verificationMaterial.tlogEntries = [tlogEntry({ logIndex: 7, integratedTime: 0 })];
    expect(parseBundle(numeric).verificationMaterial.tlogEntries[0]!.logIndex).toBe('7');
  });

  it('reports what the bundle reader refuses, with the fields', () => {
    const b = json(dsse);
    b.verificationMaterial.tlogEntries = [{ logIndex: '1' }];
    const f = failureOf(() => parseBundle(b));
    expect(f.kind).toBe('malformed');
    expect(f.message).toMatch(/^not a valid Sigstore bundle: .+ \(.*tlogEntries\[0\]\.logId.*\)$/);
    const unknown = json(dsse);
    unknown.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=9';
    expect(failureOf(() => parseBundle(unknown)).message).toMatch(/^not a valid Sigstore bundle: /);
  });

  it('refuses an inclusion proof without a checkpoint in a v0.1 bundle', () => {
    const b = json(dsse);
    b.mediaType = V01;
    b.verificationMaterial.tlogEntries = [
      tlogEntry({ inclusionProof: { logIndex: '1', rootHash: 'AAAA', treeSize: '2', hashes: [] } }),
    ];
    expect(failureOf(() => parseBundle(b))).toEqual({
      kind: 'malformed',
      message: 'transparency log inclusion proof has no checkpoint',
    });
    b.verificationMaterial.tlogEntries[0].inclusionProof.checkpoint = {
      envelope: 'origin\n2\nAAAA\n',
    };
    expect(parseBundle(b).verificationMaterial.tlogEntries).toHaveLength(1);
  });

  it('refuses a certificate that is not DER, naming its place in the chain', () => {
    const b = json(chain);
    b.verificationMaterial.x509CertificateChain.certificates[1].rawBytes = 'AAAA';
    expect(failureOf(() => parseBundle(b))).toEqual({
      kind: 'malformed',
      message: 'bundle certificate 1 is not a valid X.509 DER certificate',
    });
    const single = json(dsse);
    single.verificationMaterial = { certificate: { rawBytes: 'AAAA' }, tlogEntries: [] };
    expect(failureOf(() => parseBundle(single)).message).toBe(
      'bundle certificate 0 is not a valid X.509 DER certificate',
    );
  });

  it('refuses a bundle that carries a self-signed root, but not its intermediates', () => {
    expect(parseBundle(chain).verificationMaterial.content.$case).toBe('x509CertificateChain');
    const b = json(chain);
    b.verificationMaterial.x509CertificateChain.certificates.push({ rawBytes: rootDer });
    expect(failureOf(() => parseBundle(b))).toEqual({
      kind: 'untrusted-signer',
      message:
        'bundle certificate 2 is a self-signed root; roots are only taken from the trusted root',
    });
    const single = json(dsse);
    single.verificationMaterial = { certificate: { rawBytes: rootDer }, tlogEntries: [] };
    expect(failureOf(() => parseBundle(single)).message).toBe(
      'bundle certificate 0 is a self-signed root; roots are only taken from the trusted root',
    );
  });
});

describe('verifyBundle: binding to the artifact', () => {
  const withStatement = (payloadType: string, payload: unknown) => {
    const b = json(dsse);
    b.dsseEnvelope.payloadType = payloadType;
    b.dsseEnvelope.payload = Buffer.from(
      typeof payload === 'string' ? payload : JSON.stringify(payload),
    ).toString('base64');
    return b;
  };

  it('refuses a DSSE payload that is not an in-toto Statement naming subjects', () => {
    expect(failureOf(() => verify(withStatement('text/plain', {})))).toEqual({
      kind: 'malformed',
      message:
        'DSSE payload type "text/plain" is not an in-toto Statement, so it names no artifact',
    });
    expect(failureOf(() => verify(withStatement('application/vnd.in-toto+json', '{')))).toEqual({
      kind: 'malformed',
      message: 'DSSE payload is not JSON',
    });
    for (const statement of [
      null,
      { _type: 'https://in-toto.io/Statement/v2', subject: [] },
      { _type: 1, subject: [] },
      { _type: 'https://in-toto.io/Statement/v1', subject: {} },
      { _type: 'https://in-toto.io/Statement/v1' },
    ]) {
      expect(
        failureOf(() => verify(withStatement('application/vnd.in-toto+json', statement))),
      ).toEqual({
        kind: 'malformed',
        message: 'DSSE payload is not an in-toto Statement with subjects',
      });
    }
  });

  it('refuses an artifact that is not a subject, listing at most five subjects', () => {
    const subjects = [...Array(7).keys()].map((i) => ({
      name: `s${i}`,
      digest: { sha256: String(i).repeat(64).toUpperCase() },
    }));
    subjects.splice(1, 0, { name: 'no sha', digest: { sha512: 'ab' } } as never);
    const b = withStatement('application/vnd.in-toto+json', {
      _type: 'https://in-toto.io/Statement/v1',
      subject: subjects,
    });
    expect(failureOf(() => verify(b))).toEqual({
      kind: 'invalid-signature',
      message:
        `artifact sha256:${ARTIFACT_SHA} is not a subject of the attestation (subjects: ` +
        [0, 1, 2, 3, 4].map((i) => `sha256:${String(i).repeat(64)}`).join(', ') +
        ')',
    });
    const none = withStatement('application/vnd.in-toto+json', {
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [null, { name: 'x' }, { digest: { sha256: 5 } }],
    });
    expect(failureOf(() => verify(none))).toEqual({
      kind: 'invalid-signature',
      message: `artifact sha256:${ARTIFACT_SHA} is not a subject of the attestation (no SHA-256 subjects)`,
    });
  });

  it('matches the subject whatever the case of the digest, then checks the signature', () => {
    const b = withStatement('application/vnd.in-toto+json', {
      _type: 'https://in-toto.io/Statement/v0.1',
      subject: [{ name: 'a', digest: { sha256: ARTIFACT_SHA.toUpperCase() } }],
    });
    // Bound to the artifact, so what fails is a later check (the bare root has no timestamp).
    expect(failureOf(() => verify(b))).toEqual({
      kind: 'invalid-signature',
      message: expect.stringMatching(/^no trusted timestamp covers this signature/),
    });
  });

  it('reads the artifact digest with or without its sha256: prefix, in any case', () => {
    for (const digest of [
      ARTIFACT_SHA,
      `sha256:${ARTIFACT_SHA}`,
      `SHA256:${ARTIFACT_SHA.toUpperCase()}`,
    ]) {
      // The signature is sound and bound; what is missing is a timestamp the bare root trusts.
      expect(failureOf(() => verify(dsse, { artifact: { digest } })).message).toMatch(
        /^no trusted timestamp covers this signature/,
      );
    }
    expect(failureOf(() => verify(dsse, { artifact: { data: ARTIFACT } })).message).toMatch(
      /^no trusted timestamp covers this signature/,
    );
  });

  it('refuses a digest that is not SHA-256 as a usage error', () => {
    for (const digest of [
      'sha512:abc',
      ARTIFACT_SHA.slice(1),
      `x${ARTIFACT_SHA}`,
      `sha1:${ARTIFACT_SHA}`,
    ]) {
      let error: unknown;
      try {
        verify(dsse, { artifact: { digest } });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TollgateError);
      expect((error as TollgateError).code).toBe('USAGE');
      expect((error as TollgateError).message).toBe(
        `artifact digest ${JSON.stringify(digest)} is not SHA-256`,
      );
      expect((error as TollgateError).hint).toBe(
        'Give the digest as sha256:<64 hex digits>, or give the file.',
      );
    }
  });

  it('needs the artifact bytes for a message signature', () => {
    const { bundle } = messageBundle(ARTIFACT);
    let error: unknown;
    try {
      verify(bundle);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TollgateError);
    expect((error as TollgateError).code).toBe('USAGE');
    expect((error as TollgateError).message).toBe(
      'this bundle signs the artifact bytes directly; verifying it needs the artifact, not its digest',
    );
    expect((error as TollgateError).hint).toBe(
      'Pass the artifact file instead of sha256:<digest>.',
    );
  });

  it('compares the message digest with the artifact hashed by the same algorithm', () => {
    for (const [algorithm, hash] of [
      ['SHA2_256', 'sha256'],
      ['SHA2_384', 'sha384'],
      ['SHA2_512', 'sha512'],
    ] as const) {
      const { bundle, pem } = messageBundle(ARTIFACT, algorithm, hash);
      const bound = () => verify(bundle, { artifact: { data: ARTIFACT }, publicKeyPem: pem });
      expect(failureOf(bound).message).toMatch(/^no trusted timestamp covers this signature/);
      const other = () =>
        verify(bundle, { artifact: { data: Buffer.from('another') }, publicKeyPem: pem });
      expect(failureOf(other)).toEqual({
        kind: 'invalid-signature',
        message: `the bundle's message digest does not match the artifact (artifact sha256:${createHash('sha256').update('another').digest('hex')})`,
      });
    }
    const { bundle } = messageBundle(ARTIFACT, 'SHA3_256', 'sha3-256');
    expect(failureOf(() => verify(bundle, { artifact: { data: ARTIFACT } }))).toEqual({
      kind: 'malformed',
      message: 'unsupported message digest algorithm SHA3_256',
    });
  });
});

describe('verifyBundle: what the caller must give', () => {
  it('needs the public key of a key-signed bundle, and a readable one', () => {
    expect(failureOf(() => verify(dsse, { publicKeyPem: undefined }))).toEqual({
      kind: 'untrusted-signer',
      message:
        'the bundle is signed with a managed key, but no public key was given to verify it with',
    });
    const f = failureOf(() => verify(dsse, { publicKeyPem: 'not a key' }));
    expect(f.kind).toBe('untrusted-signer');
    expect(f.message).toMatch(/^the given public key cannot be read as a PEM public key \(.+\)$/);
  });

  it('trusts only the given key, whatever the bundle hints', () => {
    const other = makeKey();
    expect(failureOf(() => verify(dsse, { publicKeyPem: other.publicKeyPem })).kind).toBe(
      'invalid-signature',
    );
  });

  it('refuses a public key for a certificate-signed bundle, and needs identity and issuer', () => {
    const b = json(chain);
    b.dsseEnvelope.payload = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'a', digest: { sha256: ARTIFACT_SHA } }],
      }),
    ).toString('base64');
    b.dsseEnvelope.payloadType = 'application/vnd.in-toto+json';
    expect(failureOf(() => verify(b))).toEqual({
      kind: 'untrusted-signer',
      message: 'the bundle is signed with a certificate, not with the given public key',
    });
    for (const names of [{}, { identity: 'x' }, { issuer: 'y' }]) {
      let error: unknown;
      try {
        verify(b, { publicKeyPem: undefined, ...names });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TollgateError);
      expect((error as TollgateError).code).toBe('USAGE');
      expect((error as TollgateError).message).toBe(
        'a certificate identity and OIDC issuer are required',
      );
      expect((error as TollgateError).hint).toBe(
        'Pass --certificate-identity and --certificate-oidc-issuer, or --key for key-signed bundles.',
      );
    }
    // With both, the certificate is checked against the (bare) trusted root: no CA, no trust.
    const f = failureOf(() =>
      verify(b, { publicKeyPem: undefined, identity: 'spiffe://example.org/ci', issuer: 'x' }),
    );
    expect(f.kind).not.toBe('malformed');
  });
});
