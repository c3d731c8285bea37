/**
 * A throwaway SPIFFE trust domain for the benchmark: a root CA, one intermediate CA under it,
 * and X.509-SVIDs issued by the intermediate. The test suite has its own (TypeScript) helper,
 * but the benchmark runs on the compiled code only, so it builds its certificates here.
 */
// @peculiar/x509 relies on decorator metadata, which this polyfill provides; it must load first.
import 'reflect-metadata';
import { Buffer } from 'node:buffer';
import { KeyObject, webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const HOUR = 3_600_000;

const newKeys = () => webcrypto.subtle.generateKey(EC, true, ['sign', 'verify']);

/**
 * Issues one certificate. The extensions are the ones OpenSSL looks at when the gate checks
 * the chain (basic constraints, key usage, key identifiers), so the chain walk is the same
 * as with certificates from a real SPIRE server.
 */
async function certificate({ subject, keys, issuer, ca, uri, validFor }) {
  const signer = issuer ?? { name: subject, keys };
  const extensions = [
    new x509.BasicConstraintsExtension(ca, undefined, true),
    new x509.KeyUsagesExtension(
      ca
        ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign
        : x509.KeyUsageFlags.digitalSignature,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(signer.keys.publicKey),
  ];
  if (uri) extensions.push(new x509.SubjectAlternativeNameExtension([{ type: 'url', value: uri }]));
  return x509.X509CertificateGenerator.create({
    serialNumber: Buffer.from(webcrypto.getRandomValues(new Uint8Array(8))).toString('hex'),
    subject,
    issuer: signer.name,
    // Backdated a little so that clock skew between setup and measurement cannot matter.
    notBefore: new Date(Date.now() - HOUR),
    notAfter: new Date(Date.now() + validFor),
    publicKey: keys.publicKey,
    signingKey: signer.keys.privateKey,
    signingAlgorithm: EC,
    extensions,
  });
}

const toNode = (cert) => new X509Certificate(Buffer.from(cert.rawData));

/**
 * Creates the trust domain `name`. Returns the root as PEM (the policy's trust bundle) and
 * `issueSvid(path)`, which hands out SVIDs in the shape `createSpiffeSigner` sources return.
 */
export async function createTrustDomain(name) {
  const rootKeys = await newKeys();
  const rootName = `CN=${name} bench root CA, O=SPIFFE`;
  const root = await certificate({
    subject: rootName,
    keys: rootKeys,
    ca: true,
    validFor: 24 * HOUR,
  });
  const intermediateKeys = await newKeys();
  const intermediateName = `CN=${name} bench intermediate CA, O=SPIFFE`;
  const intermediate = await certificate({
    subject: intermediateName,
    keys: intermediateKeys,
    issuer: { name: rootName, keys: rootKeys },
    ca: true,
    // SPIFFE signing certificates carry the trust domain's own ID.
    uri: `spiffe://${name}`,
    validFor: 12 * HOUR,
  });
  return {
    bundlePem: root.toString('pem') + '\n',
    async issueSvid(path) {
      const spiffeId = `spiffe://${name}${path}`;
      const keys = await newKeys();
      const leaf = await certificate({
        subject: `CN=${path}, O=SPIFFE`,
        keys,
        issuer: { name: intermediateName, keys: intermediateKeys },
        ca: false,
        uri: spiffeId,
        validFor: HOUR,
      });
      return {
        spiffeId,
        certificates: [toNode(leaf), toNode(intermediate)],
        privateKey: KeyObject.from(keys.privateKey),
        trustBundle: [toNode(root)],
      };
    },
  };
}
