import type { Bundle } from '@sigstore/bundle';
import { X509Certificate as Certificate, type X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { SignedEntity } from '@sigstore/verify';
import { VerifyFailure } from './types.js';

/** Longer chains than this are not what Fulcio issues; stop rather than loop. */
const MAX_CHAIN = 10;

/**
 * Whether the signing certificate chains, by signature, to a certificate of one of the
 * trusted root's certificate authorities, through the intermediates the bundle carries.
 * Validity periods are not checked here: that is the verifier's job. This only answers
 * "who issued it", so that a bundle from a CA outside the trusted root is reported as an
 * untrusted signer, whatever else about it fails (its log entries and timestamps come from
 * the same foreign instance, and the verifier checks those first).
 */
export function chainsToTrustedCa(
  leaf: X509Certificate,
  intermediates: X509Certificate[],
  root: TrustedRoot,
): boolean {
  const trusted: X509Certificate[] = [];
  for (const ca of root.certificateAuthorities) {
    for (const c of ca.certChain?.certificates ?? []) {
      try {
        trusted.push(Certificate.parse(Buffer.from(c.rawBytes)));
      } catch {
        // An unreadable CA certificate vouches for nothing.
      }
    }
  }
  let current = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (trusted.some((t) => t.equals(current))) return true;
    const issuedBy = (c: X509Certificate) =>
      c.subject.equals(current.issuer) && verifies(current, c);
    if (trusted.some(issuedBy)) return true;
    const next = intermediates.find((c) => c !== current && issuedBy(c));
    if (!next) return false;
    current = next;
  }
  return false;
}

function verifies(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer);
  } catch {
    return false;
  }
}

/**
 * An `untrusted-signer` failure when the bundle's signing certificate does not chain to the
 * trusted root; undefined when it does (or when the bundle is signed with a key).
 */
export function foreignCaFailure(
  bundle: Bundle,
  entity: SignedEntity,
  root: TrustedRoot,
): VerifyFailure | undefined {
  if (entity.key.$case !== 'certificate') return undefined;
  const material = bundle.verificationMaterial.content;
  const carried =
    material.$case === 'x509CertificateChain'
      ? material.x509CertificateChain.certificates.slice(1)
      : [];
  const intermediates = carried.flatMap((c) => {
    try {
      return [Certificate.parse(Buffer.from(c.rawBytes))];
    } catch {
      return [];
    }
  });
  if (chainsToTrustedCa(entity.key.certificate, intermediates, root)) return undefined;
  return new VerifyFailure(
    'untrusted-signer',
    'the signing certificate was not issued by a certificate authority of the trusted root (signed with another Sigstore instance?)',
  );
}
