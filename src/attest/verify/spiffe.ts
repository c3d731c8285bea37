import type { X509Certificate } from 'node:crypto';
import { TollgateError } from '../../core/errors.js';
import { envelopeOf, verifyEnvelopeSignature } from '../dsse.js';
import { parseSpiffeId, SpiffeIdError } from './spiffe-id.js';
import { certFacts, certificateFromBase64, parsePemCertificates, uriSans } from './spiffe-x509.js';
import { VerifyFailure, type SignerIdentity } from './types.js';

/**
 * Verification of bundles signed with a SPIFFE X.509-SVID: the DSSE signature must verify
 * with the leaf key, and the leaf must chain, through the intermediates the bundle carries,
 * to the trust bundle of the trust domain named in its SPIFFE ID, with every certificate
 * valid at the verification time. Trust bundles are parsed once by the caller
 * (`loadTrustBundle`) because the gate verifies hundreds of bundles against the same roots.
 */
export type SpiffeIdentity = Extract<SignerIdentity, { kind: 'spiffe' }>;

export interface SpiffeVerification {
  payload: Buffer;
  identity: SpiffeIdentity;
}

/** Trust bundles keyed by trust domain name (`example.org`, not `spiffe://example.org`). */
export type SpiffeTrustBundles = Map<string, X509Certificate[]>;

// A real SVID chain is leaf, at most a few intermediates; a long chain is an attack on time.
const MAX_CHAIN_LENGTH = 8;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Parses a PEM trust bundle (one or more CA certificates) for `verifySpiffeBundle`. */
export function loadTrustBundle(pem: string): X509Certificate[] {
  try {
    return parsePemCertificates(pem);
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', 'SPIFFE trust bundle is not valid PEM', {
      cause: e,
      hint: 'Pass the PEM bundle of the trust domain, e.g. `spire-server bundle show`.',
    });
  }
}

export function verifySpiffeBundle(
  bundleJson: unknown,
  trustBundles: SpiffeTrustBundles,
  options: { at?: Date } = {},
): SpiffeVerification {
  const { envelope, payload, signature } = envelopeOf(bundleJson);
  const [leaf, ...intermediates] = bundleCertificates(bundleJson);
  if (!leaf) throw new VerifyFailure('malformed', 'bundle carries no certificate');
  const { id: spiffeId, trustDomain } = leafSpiffeId(leaf);

  if (!verifyEnvelopeSignature(envelope, payload, signature, leaf.publicKey)) {
    throw new VerifyFailure('invalid-signature', `DSSE signature does not verify for ${spiffeId}`);
  }

  if (leaf.ca) {
    throw new VerifyFailure('untrusted-signer', `X.509-SVID of ${spiffeId} is a CA certificate`);
  }
  const roots = trustBundles.get(trustDomain) ?? trustBundles.get(`spiffe://${trustDomain}`);
  if (!roots || roots.length === 0) {
    throw new VerifyFailure('untrusted-signer', `trust domain ${trustDomain} is not trusted`);
  }
  const at = (options.at ?? new Date()).getTime();
  checkValidity(leaf, at, `X.509-SVID of ${spiffeId}`);
  verifyChain(leaf, intermediates, roots, at, trustDomain);

  return { payload, identity: { kind: 'spiffe', spiffeId, trustDomain } };
}

function bundleCertificates(bundle: unknown): X509Certificate[] {
  const material = (bundle as { verificationMaterial?: unknown }).verificationMaterial as
    | { certificate?: { rawBytes?: unknown }; x509CertificateChain?: { certificates?: unknown } }
    | undefined;
  let raws: unknown[];
  if (material?.certificate) {
    raws = [material.certificate.rawBytes];
  } else if (material?.x509CertificateChain) {
    const list = material.x509CertificateChain.certificates;
    if (!Array.isArray(list)) {
      throw new VerifyFailure('malformed', 'x509CertificateChain has no certificates');
    }
    raws = list.map((c) => (c as { rawBytes?: unknown } | null)?.rawBytes);
  } else {
    throw new VerifyFailure('malformed', 'bundle carries no X.509 certificate');
  }
  if (raws.length === 0 || raws.length > MAX_CHAIN_LENGTH) {
    throw new VerifyFailure('malformed', `certificate chain has ${raws.length} certificates`);
  }
  return raws.map((raw, i) => {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length % 4 !== 0 || !BASE64.test(raw)) {
      throw new VerifyFailure('malformed', `certificate ${i + 1} is not valid base64`);
    }
    try {
      return certificateFromBase64(raw);
    } catch (e) {
      throw new VerifyFailure('malformed', `certificate ${i + 1} is not valid DER`, { cause: e });
    }
  });
}

function leafSpiffeId(leaf: X509Certificate): { id: string; trustDomain: string } {
  let uris: string[];
  try {
    uris = uriSans(leaf);
  } catch (e) {
    throw new VerifyFailure('malformed', 'certificate subject alternative names do not parse', {
      cause: e,
    });
  }
  // The X.509-SVID specification requires exactly one URI SAN, and it is the SPIFFE ID.
  if (uris.length !== 1 || !uris[0]) {
    throw new VerifyFailure(
      'malformed',
      `X.509-SVID must have exactly one URI SAN, found ${uris.length}`,
    );
  }
  try {
    return parseSpiffeId(uris[0]);
  } catch (e) {
    const reason = e instanceof SpiffeIdError ? e.message : 'invalid SPIFFE ID';
    throw new VerifyFailure('malformed', `X.509-SVID URI SAN is not a SPIFFE ID: ${reason}`, {
      cause: e,
    });
  }
}

function checkValidity(cert: X509Certificate, at: number, what: string): void {
  const { notBefore, notAfter } = certFacts(cert);
  if (at < notBefore) {
    throw new VerifyFailure('untrusted-signer', `${what} is not valid before ${cert.validFrom}`);
  }
  if (at > notAfter) {
    throw new VerifyFailure('untrusted-signer', `${what} expired ${cert.validTo}`);
  }
}

function issuedBy(child: X509Certificate, issuer: X509Certificate): boolean {
  return child.checkIssued(issuer) && child.verify(certFacts(issuer).publicKey);
}

/**
 * Walks from the leaf towards a root of the trust domain. At each step a trust-bundle root
 * that issued the current certificate ends the walk; otherwise the next certificate of the
 * bundle must be a CA that issued it. Certificates after the root is reached are ignored.
 */
function verifyChain(
  leaf: X509Certificate,
  intermediates: X509Certificate[],
  roots: X509Certificate[],
  at: number,
  trustDomain: string,
): void {
  let current = leaf;
  for (let depth = 0; ; depth++) {
    const root = roots.find((r) => issuedBy(current, r));
    if (root) {
      if (!certFacts(root).ca) {
        throw new VerifyFailure('untrusted-signer', `trust bundle certificate is not a CA`);
      }
      checkValidity(root, at, `trust bundle certificate ${root.subject}`);
      return;
    }
    const next = intermediates[depth];
    if (!next) {
      throw new VerifyFailure(
        'untrusted-signer',
        `certificate chain does not lead to the trust bundle of ${trustDomain}`,
      );
    }
    if (!certFacts(next).ca) {
      throw new VerifyFailure('untrusted-signer', `chain certificate ${depth + 2} is not a CA`);
    }
    if (!issuedBy(current, next)) {
      throw new VerifyFailure(
        'untrusted-signer',
        `chain certificate ${depth + 2} did not issue certificate ${depth + 1}`,
      );
    }
    checkValidity(next, at, `intermediate CA ${next.subject}`);
    current = next;
  }
}
