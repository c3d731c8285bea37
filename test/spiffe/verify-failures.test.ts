import type { X509Certificate } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpiffeSigner } from '../../src/attest/signers/spiffe/index.js';
import { verifySpiffeBundle } from '../../src/attest/verify/spiffe.js';
import { VerifyFailure, type VerifyFailureKind } from '../../src/attest/verify/types.js';
import {
  createTrustDomain,
  trustBundles,
  type TestSvid,
  type TestTrustDomain,
} from '../helpers/spiffe-ca.js';
import { staticSvidSource } from '../helpers/spiffe-svid.js';

const HOUR = 3_600_000;
const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}');

let td: TestTrustDomain;
let roots: Map<string, X509Certificate[]>;

async function sign(svid: TestSvid): Promise<SerializedBundle> {
  const signer = await createSpiffeSigner(staticSvidSource(svid));
  return signer.signStatement(payload);
}

function failureOf(bundle: unknown, at?: Date): VerifyFailure {
  try {
    verifySpiffeBundle(bundle, roots, at ? { at } : {});
  } catch (e) {
    expect(e).toBeInstanceOf(VerifyFailure);
    return e as VerifyFailure;
  }
  throw new Error('bundle verified but should not have');
}

function expectFailure(bundle: unknown, kind: VerifyFailureKind, message: RegExp, at?: Date) {
  const failure = failureOf(bundle, at);
  expect({ kind: failure.kind, message: failure.message }).toMatchObject({ kind });
  expect(failure.message).toMatch(message);
}

const clone = (b: SerializedBundle): SerializedBundle => structuredClone(b);

beforeAll(async () => {
  td = await createTrustDomain('example.org', { intermediate: true });
  roots = trustBundles(td);
});

describe('verifySpiffeBundle: malformed', () => {
  it('refuses bundles that are not DSSE or carry no certificate', async () => {
    const good = await sign(await td.issueSvid('/a'));
    expectFailure(null, 'malformed', /no dsseEnvelope/);
    expectFailure({ dsseEnvelope: good.dsseEnvelope }, 'malformed', /no X.509 certificate/);
    const keyOnly = clone(good);
    keyOnly.verificationMaterial = { publicKey: { hint: 'k' }, tlogEntries: [] } as never;
    expectFailure(keyOnly, 'malformed', /no X.509 certificate/);
    const empty = clone(good);
    empty.verificationMaterial.x509CertificateChain = { certificates: [] };
    expectFailure(empty, 'malformed', /0 certificates/);
  });

  it('refuses certificates that are not base64 or not DER', async () => {
    const good = await sign(await td.issueSvid('/a'));
    const chain = (b: SerializedBundle) =>
      b.verificationMaterial.x509CertificateChain!.certificates;
    const badBase64 = clone(good);
    chain(badBase64)[0]!.rawBytes = 'not base64!';
    expectFailure(badBase64, 'malformed', /not valid base64/);
    const badDer = clone(good);
    chain(badDer)[0]!.rawBytes = Buffer.from('garbage DER').toString('base64');
    expectFailure(badDer, 'malformed', /not valid DER/);
  });

  it('refuses a leaf without exactly one spiffe:// URI SAN', async () => {
    expectFailure(await sign(await td.issueSvid('/a', { uris: [] })), 'malformed', /found 0/);
    const two = ['spiffe://example.org/a', 'spiffe://example.org/b'];
    expectFailure(await sign(await td.issueSvid('/a', { uris: two })), 'malformed', /found 2/);
    const https = ['https://example.org/a'];
    expectFailure(await sign(await td.issueSvid('/a', { uris: https })), 'malformed', /SPIFFE ID/);
    // A DNS name that looks like a second SAN list entry must not be read as a URI SAN.
    const smuggled = { uris: [], dnsNames: ['x.example, URI:spiffe://example.org/admin'] };
    expectFailure(await sign(await td.issueSvid('/a', smuggled)), 'malformed', /found 0/);
    const bad = ['spiffe://example.org/a/../b'];
    expectFailure(await sign(await td.issueSvid('/a', { uris: bad })), 'malformed', /SPIFFE ID/);
  });
});

describe('verifySpiffeBundle: invalid-signature', () => {
  it('refuses an edited payload', async () => {
    const bundle = clone(await sign(await td.issueSvid('/a')));
    bundle.dsseEnvelope!.payload = Buffer.from('{"_type":"edited"}').toString('base64');
    expectFailure(bundle, 'invalid-signature', /does not verify for spiffe:\/\/example.org\/a/);
  });

  it('refuses a signature made with another SVID key', async () => {
    const bundle = clone(await sign(await td.issueSvid('/a')));
    const other = await sign(await td.issueSvid('/b'));
    bundle.dsseEnvelope!.signatures[0]!.sig = other.dsseEnvelope!.signatures[0]!.sig;
    expectFailure(bundle, 'invalid-signature', /does not verify/);
  });
});

describe('verifySpiffeBundle: untrusted-signer', () => {
  it('refuses a trust domain that is not trusted', async () => {
    const other = await createTrustDomain('other.example');
    expectFailure(await sign(await other.issueSvid('/a')), 'untrusted-signer', /not trusted/);
  });

  it('refuses an SVID from an impostor CA of the same trust domain', async () => {
    const impostor = await createTrustDomain('example.org');
    const bundle = await sign(await impostor.issueSvid('/a'));
    expectFailure(bundle, 'untrusted-signer', /does not lead to the trust bundle of example.org/);
  });

  it('refuses a chain that does not reach the root (intermediate left out)', async () => {
    const bundle = clone(await sign(await td.issueSvid('/a')));
    bundle.verificationMaterial.x509CertificateChain!.certificates.splice(1);
    expectFailure(bundle, 'untrusted-signer', /does not lead to the trust bundle/);
  });

  it('refuses an issuer that is not a CA', async () => {
    const notCa = await createTrustDomain('example.org', { intermediate: { ca: false } });
    const bundle = await sign(await notCa.issueSvid('/a'));
    expectFailure(bundle, 'untrusted-signer', /is not a CA/);
  });

  it('refuses a leaf that is itself a CA', async () => {
    expectFailure(await sign(await td.issueSvid('/a', { ca: true })), 'untrusted-signer', /CA/);
  });

  it('refuses expired and not-yet-valid SVIDs', async () => {
    const now = Date.now();
    const expired = await td.issueSvid('/a', {
      notBefore: new Date(now - 2 * HOUR),
      notAfter: new Date(now - HOUR),
    });
    expectFailure(await sign(expired), 'untrusted-signer', /expired/);
    const future = await td.issueSvid('/a', {
      notBefore: new Date(now + HOUR),
      notAfter: new Date(now + 2 * HOUR),
    });
    expectFailure(await sign(future), 'untrusted-signer', /not valid before/);
  });

  it('checks validity at the given time', async () => {
    const bundle = await sign(await td.issueSvid('/a'));
    expect(verifySpiffeBundle(bundle, roots, { at: new Date() }).identity.spiffeId).toBe(
      'spiffe://example.org/a',
    );
    expectFailure(bundle, 'untrusted-signer', /expired/, new Date(Date.now() + 3 * HOUR));
    expectFailure(bundle, 'untrusted-signer', /not valid before/, new Date(Date.now() - 3 * HOUR));
  });
});
