import type { SerializedBundle } from '@sigstore/bundle';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpiffeSigner } from '../../src/attest/signers/spiffe/index.js';
import { loadTrustBundle, verifySpiffeBundle } from '../../src/attest/verify/spiffe.js';
import { TollgateError } from '../../src/core/errors.js';
import {
  certificateFromBase64,
  certFacts,
  parsePemCertificates,
  splitDerCertificates,
  uriSans,
} from '../../src/attest/verify/spiffe-x509.js';
import {
  createTrustDomain,
  trustBundles,
  type TestSvid,
  type TestTrustDomain,
} from '../helpers/spiffe-ca.js';
import { staticSvidSource } from '../helpers/spiffe-svid.js';
import { failureOf } from './failure.js';

/** SPIFFE verification cases beyond test/spiffe, and the X.509 helpers it rests on. */
const HOUR = 3_600_000;
let td: TestTrustDomain;
let flat: TestTrustDomain;

async function signWith(svid: TestSvid): Promise<SerializedBundle> {
  const signer = await createSpiffeSigner(staticSvidSource(svid));
  return signer.signStatement(Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}'));
}

const der64 = (svid: TestSvid, i: number) => svid.certificates[i]!.raw.toString('base64');

beforeAll(async () => {
  td = await createTrustDomain('example.org', { intermediate: true });
  flat = await createTrustDomain('flat.example');
});

describe('verifySpiffeBundle', () => {
  it('finds the trust bundle under the trust domain name or its spiffe:// form', async () => {
    const bundle = await signWith(await flat.issueSvid('/a'));
    const verified = verifySpiffeBundle(bundle, new Map([['spiffe://flat.example', flat.roots]]));
    expect(verified.identity).toEqual({
      kind: 'spiffe',
      spiffeId: 'spiffe://flat.example/a',
      trustDomain: 'flat.example',
    });
    expect(failureOf(() => verifySpiffeBundle(bundle, new Map([['flat.example', []]])))).toEqual({
      kind: 'untrusted-signer',
      message: 'trust domain flat.example is not trusted',
    });
  });

  it('refuses a chain that is not a list, or longer than eight certificates', async () => {
    const svid = await td.issueSvid('/a');
    const bundle = await signWith(svid);
    const notList = structuredClone(bundle);
    notList.verificationMaterial.x509CertificateChain = { certificates: 'x' as never };
    expect(failureOf(() => verifySpiffeBundle(notList, trustBundles(td)))).toEqual({
      kind: 'malformed',
      message: 'x509CertificateChain has no certificates',
    });
    const long = structuredClone(bundle);
    const certs = long.verificationMaterial.x509CertificateChain!.certificates;
    const nine = Array.from({ length: 9 }, (_, i) => certs[i % certs.length]!);
    long.verificationMaterial.x509CertificateChain = { certificates: nine };
    expect(failureOf(() => verifySpiffeBundle(long, trustBundles(td)))).toEqual({
      kind: 'malformed',
      message: 'certificate chain has 9 certificates',
    });
    const eight = structuredClone(bundle);
    eight.verificationMaterial.x509CertificateChain = { certificates: nine.slice(0, 8) };
    expect(verifySpiffeBundle(eight, trustBundles(td)).identity.spiffeId).toBe(
      'spiffe://example.org/a',
    );
  });

  it('takes a single certificate as the whole chain', async () => {
    const svid = await flat.issueSvid('/single');
    const bundle = structuredClone(await signWith(svid));
    bundle.verificationMaterial.x509CertificateChain = undefined;
    bundle.verificationMaterial.certificate = { rawBytes: der64(svid, 0) };
    expect(verifySpiffeBundle(bundle, trustBundles(flat)).identity.spiffeId).toBe(
      'spiffe://flat.example/single',
    );
  });

  it('refuses a CA in the chain that did not issue the certificate before it', async () => {
    const other = await createTrustDomain('example.org', { intermediate: true });
    const svid = await td.issueSvid('/a');
    const stranger = await other.issueSvid('/b');
    const bundle = structuredClone(await signWith(svid));
    bundle.verificationMaterial.x509CertificateChain = {
      certificates: [{ rawBytes: der64(svid, 0) }, { rawBytes: der64(stranger, 1) }],
    };
    expect(failureOf(() => verifySpiffeBundle(bundle, trustBundles(td)))).toEqual({
      kind: 'untrusted-signer',
      message: 'chain certificate 2 did not issue certificate 1',
    });
  });

  it('checks the validity of the root and of every intermediate at the verification time', async () => {
    const later = new Date(Date.now() + 30 * HOUR);
    const longLeaf = { notAfter: new Date(Date.now() + 48 * HOUR) };
    const flatBundle = await signWith(await flat.issueSvid('/a', longLeaf));
    const root = flat.roots[0]!;
    expect(
      failureOf(() => verifySpiffeBundle(flatBundle, trustBundles(flat), { at: later })),
    ).toEqual({
      kind: 'untrusted-signer',
      message: `trust bundle certificate ${root.subject} expired ${root.validTo}`,
    });
    const svid = await td.issueSvid('/a', longLeaf);
    const bundle = await signWith(svid);
    const inter = svid.certificates[1]!;
    const inTwoHours = new Date(Date.now() + 2 * HOUR);
    expect(
      failureOf(() => verifySpiffeBundle(bundle, trustBundles(td), { at: inTwoHours })),
    ).toEqual({
      kind: 'untrusted-signer',
      message: `intermediate CA ${inter.subject} expired ${inter.validTo}`,
    });
    const before = new Date(Date.now() - 2 * HOUR);
    const early = await signWith(
      await td.issueSvid('/a', { notBefore: new Date(Date.now() - 3 * HOUR) }),
    );
    expect(
      failureOf(() => verifySpiffeBundle(early, trustBundles(td), { at: before })).message,
    ).toBe(`intermediate CA ${inter.subject} is not valid before ${inter.validFrom}`);
  });
});

describe('verifySpiffeBundle messages', () => {
  it('names the certificate that is not base64 or not DER by its place in the chain', async () => {
    const bundle = structuredClone(await signWith(await td.issueSvid('/a')));
    const certs = bundle.verificationMaterial.x509CertificateChain!.certificates;
    certs[1] = { rawBytes: 'abc' };
    expect(failureOf(() => verifySpiffeBundle(bundle, trustBundles(td)))).toEqual({
      kind: 'malformed',
      message: 'certificate 2 is not valid base64',
    });
    certs[1] = { rawBytes: 'AAAA' };
    expect(failureOf(() => verifySpiffeBundle(bundle, trustBundles(td)))).toEqual({
      kind: 'malformed',
      message: 'certificate 2 is not valid DER',
    });
  });

  it('names the chain certificate that is not a CA, and the expired SVID', async () => {
    const weak = await createTrustDomain('weak.example', { intermediate: { ca: false } });
    const bundle = await signWith(await weak.issueSvid('/a'));
    expect(failureOf(() => verifySpiffeBundle(bundle, trustBundles(weak)))).toEqual({
      kind: 'untrusted-signer',
      message: 'chain certificate 2 is not a CA',
    });
    const svid = await flat.issueSvid('/old', { notAfter: new Date(Date.now() + 60_000) });
    const old = await signWith(svid);
    const at = new Date(Date.now() + 2 * HOUR);
    expect(failureOf(() => verifySpiffeBundle(old, trustBundles(flat), { at }))).toEqual({
      kind: 'untrusted-signer',
      message: `X.509-SVID of spiffe://flat.example/old expired ${svid.certificates[0]!.validTo}`,
    });
  });

  it('refuses a trust bundle that is not PEM as invalid input, with a hint', () => {
    let error: unknown;
    try {
      loadTrustBundle('not pem');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TollgateError);
    expect((error as TollgateError).code).toBe('INPUT_INVALID');
    expect((error as TollgateError).message).toBe('SPIFFE trust bundle is not valid PEM');
    expect((error as TollgateError).hint).toBe(
      'Pass the PEM bundle of the trust domain, e.g. `spire-server bundle show`.',
    );
    expect(loadTrustBundle(flat.bundlePem).map((c) => c.fingerprint256)).toEqual(
      flat.roots.map((c) => c.fingerprint256),
    );
  });
});

describe('spiffe-x509 helpers', () => {
  it('parses every PEM certificate block in order, and refuses text without one', async () => {
    const svid = await td.issueSvid('/pem');
    const certs = parsePemCertificates(svid.certPem);
    expect(certs.map((c) => c.fingerprint256)).toEqual(
      svid.certificates.map((c) => c.fingerprint256),
    );
    expect(() => parsePemCertificates('hello')).toThrow('no PEM CERTIFICATE block found');
    const broken = `${svid.certPem}-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`;
    expect(() => parsePemCertificates(broken)).toThrow('certificate 3 does not parse');
  });

  it('splits concatenated DER certificates and refuses what is not one', async () => {
    const svid = await td.issueSvid('/der');
    expect(splitDerCertificates(svid.chainDer).map((c) => c.fingerprint256)).toEqual(
      svid.certificates.map((c) => c.fingerprint256),
    );
    expect(() => splitDerCertificates(Buffer.alloc(0))).toThrow('no DER certificate found');
    expect(() => splitDerCertificates(Buffer.from([0x31, 0x00]))).toThrow(
      'DER data is not a certificate',
    );
    expect(() => splitDerCertificates(Buffer.from([0x30]))).toThrow(
      'DER data is not a certificate',
    );
    expect(() => splitDerCertificates(Buffer.from([0x30, 0x80, 0x00]))).toThrow(
      'DER length is invalid',
    );
    expect(() => splitDerCertificates(Buffer.from([0x30, 0x85, 1, 1, 1, 1, 1]))).toThrow(
      'DER length is invalid',
    );
    // Long form with its length bytes cut off: read as zeros, then found truncated.
    expect(() => splitDerCertificates(Buffer.from([0x30, 0x82, 0x01]))).toThrow(
      'DER certificate is truncated',
    );
    expect(() => splitDerCertificates(svid.chainDer.subarray(0, svid.chainDer.length - 1))).toThrow(
      'DER certificate is truncated',
    );
    expect(() => splitDerCertificates(Buffer.from([0x30, 0x01, 0x00]))).toThrow(
      'certificate 1 does not parse',
    );
    const second = Buffer.concat([svid.chainDer, Buffer.from([0x30, 0x01, 0x00])]);
    expect(() => splitDerCertificates(second)).toThrow('certificate 3 does not parse');
  });

  it('reads URI SANs, including quoted ones holding a comma, and skips other names', async () => {
    const svid = await td.issueSvid('/sans', {
      uris: ['https://a.example/x, y', 'spiffe://example.org/z'],
      dnsNames: ['a.example'],
    });
    expect(uriSans(svid.certificates[0]!)).toEqual([
      'https://a.example/x, y',
      'spiffe://example.org/z',
    ]);
    const none = await td.issueSvid('/none', { uris: [] });
    expect(uriSans(none.certificates[0]!)).toEqual([]);
  });

  it('parses a base64 certificate once and returns the same object after', async () => {
    const svid = await td.issueSvid('/cache');
    const raw = der64(svid, 0);
    const cert = certificateFromBase64(raw);
    expect(cert.fingerprint256).toBe(svid.certificates[0]!.fingerprint256);
    expect(certificateFromBase64(raw)).toBe(cert);
    expect(() => certificateFromBase64('AAAA')).toThrow();
  });

  it('reads the facts verification needs, once per certificate', async () => {
    const svid = await td.issueSvid('/facts');
    const [leafCert, interCert] = svid.certificates;
    const facts = certFacts(leafCert!);
    expect(facts.ca).toBe(false);
    expect(certFacts(interCert!).ca).toBe(true);
    expect(facts.notBefore).toBe(leafCert!.validFromDate.getTime());
    expect(facts.notAfter).toBe(leafCert!.validToDate.getTime());
    expect(certFacts(leafCert!)).toBe(facts);
  });
});
