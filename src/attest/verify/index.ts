import type { KeyObject, X509Certificate } from 'node:crypto';
import { parseStatement } from '../parse-statement.js';
import type { Statement } from '../statement.js';
import { verifyKeyBundle } from './key.js';
import { certificateFromBase64 } from './spiffe-x509.js';
import { VerifyFailure, type SignerIdentity } from './types.js';

export const BUNDLE_MEDIA_TYPES = new Set([
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle.v0.3+json',
]);

/** What a certificate-based verifier returns: the DSSE payload and the proven identity. */
export interface CertificateVerification {
  payload: Buffer;
  identity: SignerIdentity;
}

/** Everything the verifier may trust, built once from the policy and reused for every bundle. */
export interface TrustMaterial {
  keys: ReadonlyMap<string, KeyObject>;
  spiffeBundles: ReadonlyMap<string, X509Certificate[]>;
  /** Verifies a SPIFFE-signed bundle; undefined when no SPIFFE signer is configured. */
  verifySpiffe?: (
    bundle: unknown,
    bundles: ReadonlyMap<string, X509Certificate[]>,
  ) => CertificateVerification;
  /** Verifies a Sigstore keyless bundle against the configured trusted root. */
  verifyKeyless?: (bundle: unknown) => CertificateVerification;
}

export interface VerifiedStatement {
  statement: Statement;
  identity: SignerIdentity;
}

function leafCertificate(material: Record<string, unknown>): X509Certificate | undefined {
  const raw =
    (material.certificate as { rawBytes?: unknown } | undefined)?.rawBytes ??
    (material.x509CertificateChain as { certificates?: { rawBytes?: unknown }[] } | undefined)
      ?.certificates?.[0]?.rawBytes;
  if (raw === undefined) return undefined;
  try {
    return certificateFromBase64(String(raw));
  } catch (e) {
    throw new VerifyFailure('malformed', 'bundle certificate is not valid DER', { cause: e });
  }
}

/**
 * Verifies one bundle (already parsed from JSON) and returns its statement and signer.
 * The kind of verification follows the bundle's material: a public key hint (local key),
 * a certificate with a spiffe:// URI (SPIFFE SVID), or any other certificate (Sigstore).
 */
export function verifyAttestation(bundle: unknown, trust: TrustMaterial): VerifiedStatement {
  if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle)) {
    throw new VerifyFailure('malformed', 'bundle is not a JSON object');
  }
  const b = bundle as { mediaType?: unknown; verificationMaterial?: Record<string, unknown> };
  if (typeof b.mediaType !== 'string' || !BUNDLE_MEDIA_TYPES.has(b.mediaType)) {
    throw new VerifyFailure(
      'malformed',
      `unknown bundle media type ${JSON.stringify(b.mediaType)}`,
    );
  }
  const material = b.verificationMaterial;
  if (!material || typeof material !== 'object') {
    throw new VerifyFailure('malformed', 'bundle has no verificationMaterial');
  }
  let result: { payload: Buffer; identity: SignerIdentity; payloadType?: string };
  if (material.publicKey !== undefined) {
    result = verifyKeyBundle(bundle, trust.keys);
  } else {
    const leaf = leafCertificate(material);
    if (!leaf)
      throw new VerifyFailure('malformed', 'bundle has neither a public key nor a certificate');
    if (leaf.subjectAltName?.includes('URI:spiffe://')) {
      if (!trust.verifySpiffe || trust.spiffeBundles.size === 0) {
        throw new VerifyFailure(
          'untrusted-signer',
          'signed with a SPIFFE SVID, but the policy trusts no SPIFFE trust domain',
        );
      }
      result = trust.verifySpiffe(bundle, trust.spiffeBundles);
    } else {
      if (!trust.verifyKeyless) {
        throw new VerifyFailure(
          'untrusted-signer',
          'signed with a certificate, but no Sigstore trusted root is configured',
        );
      }
      result = trust.verifyKeyless(bundle);
    }
  }
  const payloadType =
    result.payloadType ??
    String((bundle as { dsseEnvelope?: { payloadType?: unknown } }).dsseEnvelope?.payloadType);
  return { statement: parseStatement(payloadType, result.payload), identity: result.identity };
}
