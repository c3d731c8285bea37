/**
 * Test certificate authorities for SPIFFE: a trust domain with a root CA (optionally an
 * intermediate) that issues X.509-SVIDs, including the broken ones verification must refuse.
 *
 *   const td = await createTrustDomain('example.org', { intermediate: true });
 *   const svid = await td.issueSvid('/ci/build');                       // valid
 *   await td.issueSvid('/x', { notAfter: new Date(Date.now() - 1000) }); // expired
 *   await td.issueSvid('/x', { uris: [] });                              // no URI SAN
 *   const impostor = await createTrustDomain('example.org');  // same name, other keys:
 *   await impostor.issueSvid('/x');                          // signed by an untrusted CA
 *   verifySpiffeBundle(bundle, trustBundles(td), {});
 *
 * spiffe-svid.ts turns these SVIDs into signer sources and spiffe-helper files.
 *
 * Certificates are made with @peculiar/x509 and returned as node:crypto objects.
 */
import 'reflect-metadata';
import { KeyObject, webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export type TestKeyKind = 'ec' | 'rsa';

export interface TestSvid {
  /** The SPIFFE ID the SVID was issued for (its first URI SAN), '' when it has none. */
  spiffeId: string;
  /** Leaf first, then the intermediate when the trust domain has one. */
  certificates: X509Certificate[];
  privateKey: KeyObject;
  /** Leaf and intermediates as concatenated DER, as the Workload API sends them. */
  chainDer: Buffer;
  /** The private key as PKCS#8 DER, as the Workload API sends it. */
  keyDer: Buffer;
  /** Leaf and intermediates as PEM, as spiffe-helper writes svid.pem. */
  certPem: string;
  keyPem: string;
}

export interface SvidOptions {
  notBefore?: Date;
  notAfter?: Date;
  /** URI SANs; defaults to the SPIFFE ID. `[]` makes a leaf without one. */
  uris?: string[];
  /** DNS SANs next to the URI SAN. */
  dnsNames?: string[];
  /** Makes the leaf a CA certificate, which an SVID must not be. */
  ca?: boolean;
  key?: TestKeyKind;
}

export interface TestTrustDomain {
  name: string;
  /** The root CA, as a trust bundle for `verifySpiffeBundle`. */
  roots: X509Certificate[];
  bundlePem: string;
  bundleDer: Buffer;
  issueSvid(path: string, options?: SvidOptions): Promise<TestSvid>;
}

export interface TrustDomainOptions {
  /** Issue SVIDs from an intermediate CA; `{ ca: false }` makes it a non-CA certificate. */
  intermediate?: boolean | { ca: boolean };
  key?: TestKeyKind;
}

const HOUR = 3_600_000;
const ALGORITHMS = {
  ec: { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' },
  rsa: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
} as const;

function generateKeys(kind: TestKeyKind): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(ALGORITHMS[kind], true, ['sign', 'verify']);
}

interface Issuer {
  name: string;
  keys: webcrypto.CryptoKeyPair;
  cert: x509.X509Certificate;
}

async function issue(
  subject: string,
  keys: webcrypto.CryptoKeyPair,
  issuer: Issuer | undefined,
  params: { ca: boolean; uris?: string[]; dnsNames?: string[]; notBefore?: Date; notAfter?: Date },
): Promise<x509.X509Certificate> {
  const usages = params.ca
    ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign
    : x509.KeyUsageFlags.digitalSignature;
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(params.ca, undefined, true),
    new x509.KeyUsagesExtension(usages, true),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create((issuer?.keys ?? keys).publicKey),
  ];
  const names = [
    ...(params.uris ?? []).map((value) => ({ type: 'url' as const, value })),
    ...(params.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })),
  ];
  if (names.length > 0) {
    extensions.push(new x509.SubjectAlternativeNameExtension(names, false));
  }
  const signer = issuer?.keys ?? keys;
  return x509.X509CertificateGenerator.create({
    serialNumber: Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex'),
    subject,
    issuer: issuer?.name ?? subject,
    notBefore: params.notBefore ?? new Date(Date.now() - HOUR),
    notAfter: params.notAfter ?? new Date(Date.now() + HOUR),
    publicKey: keys.publicKey,
    signingKey: signer.privateKey,
    signingAlgorithm: ALGORITHMS[signer.privateKey.algorithm.name === 'ECDSA' ? 'ec' : 'rsa'],
    extensions,
  });
}

const toNode = (cert: x509.X509Certificate): X509Certificate =>
  new X509Certificate(Buffer.from(cert.rawData));

export async function createTrustDomain(
  name: string,
  options: TrustDomainOptions = {},
): Promise<TestTrustDomain> {
  const keyKind = options.key ?? 'ec';
  const rootKeys = await generateKeys(keyKind);
  const rootName = `CN=${name} root CA, O=SPIFFE`;
  const root = { name: rootName, keys: rootKeys };
  const rootCert = await issue(rootName, rootKeys, undefined, {
    ca: true,
    notAfter: new Date(Date.now() + 24 * HOUR),
  });
  let issuer: Issuer = { ...root, cert: rootCert };
  const intermediates: x509.X509Certificate[] = [];
  if (options.intermediate) {
    const ca = options.intermediate === true || options.intermediate.ca;
    const keys = await generateKeys(keyKind);
    const subject = `CN=${name} intermediate CA, O=SPIFFE`;
    const cert = await issue(subject, keys, issuer, { ca, uris: [`spiffe://${name}`] });
    intermediates.push(cert);
    issuer = { name: subject, keys, cert };
  }
  const signing = issuer;

  return {
    name,
    roots: [toNode(rootCert)],
    bundlePem: rootCert.toString('pem') + '\n',
    bundleDer: Buffer.from(rootCert.rawData),
    async issueSvid(path, opts = {}) {
      const spiffeId = `spiffe://${name}${path}`;
      const keys = await generateKeys(opts.key ?? 'ec');
      const uris = opts.uris ?? [spiffeId];
      const leaf = await issue(`CN=${path || name}, O=SPIFFE`, keys, signing, {
        ca: opts.ca ?? false,
        uris,
        ...(opts.dnsNames ? { dnsNames: opts.dnsNames } : {}),
        ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
        ...(opts.notAfter ? { notAfter: opts.notAfter } : {}),
      });
      const chain = [leaf, ...intermediates];
      const privateKey = KeyObject.from(keys.privateKey);
      return {
        spiffeId: uris[0] ?? '',
        certificates: chain.map(toNode),
        privateKey,
        chainDer: Buffer.concat(chain.map((c) => Buffer.from(c.rawData))),
        keyDer: privateKey.export({ format: 'der', type: 'pkcs8' }),
        certPem: chain.map((c) => c.toString('pem')).join('\n') + '\n',
        keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      };
    },
  };
}

/** The trust bundles map `verifySpiffeBundle` takes, from one or more test trust domains. */
export function trustBundles(...domains: TestTrustDomain[]): Map<string, X509Certificate[]> {
  return new Map(domains.map((d) => [d.name, d.roots]));
}
