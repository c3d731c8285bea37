import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  Verifier,
  toSignedEntity,
  toTrustMaterial,
  type Signer,
  type VerificationPolicy,
} from '@sigstore/verify';
import type { TrustedRootJSON } from '../helpers/sigstore-mock.js';

/**
 * Verifies a keyless bundle offline the way a gate would: certificate chain to the trusted
 * Fulcio root, an SCT from the trusted CT log, and the required witnesses.
 */
export function verifyKeyless(
  bundle: SerializedBundle,
  trustedRoot: TrustedRootJSON,
  options: { tlog: number; timestamps: number; policy?: VerificationPolicy },
): Signer {
  const trust = toTrustMaterial(TrustedRoot.fromJSON(trustedRoot));
  const verifier = new Verifier(trust, {
    ctlogThreshold: 1,
    tlogThreshold: options.tlog,
    timestampThreshold: options.timestamps,
  });
  return verifier.verify(toSignedEntity(bundleFromJSON(bundle)), options.policy);
}

/** The leaf certificate of a v0.3 keyless bundle. */
export function leafCertificate(bundle: SerializedBundle): X509Certificate {
  const raw = bundle.verificationMaterial.certificate?.rawBytes;
  if (!raw) throw new Error('bundle has no certificate');
  return X509Certificate.parse(Buffer.from(raw, 'base64'));
}

/** A Fulcio extension written as a DER UTF8String (the 1.3.6.1.4.1.57264.1.8+ ones). */
export function fulcioExtension(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  // extnValue holds the DER of a UTF8String; the string is that object's content.
  return ext && ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
}
