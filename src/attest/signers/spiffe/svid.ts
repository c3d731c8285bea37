import { createPublicKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { TollgateError } from '../../../core/errors.js';
import { parseSpiffeId, SpiffeIdError } from '../../verify/spiffe-id.js';
import { uriSans } from '../../verify/spiffe-x509.js';

/** An X.509-SVID with its private key, as handed out by a SPIFFE Workload API or helper. */
export interface X509Svid {
  spiffeId: string;
  /** Leaf first, then any intermediates up to (not including) the trust-domain root. */
  certificates: X509Certificate[];
  privateKey: KeyObject;
  /** CA certificates of the SVID's trust domain; empty when the source has none. */
  trustBundle: X509Certificate[];
}

/**
 * Where a SPIFFE signer gets its SVID. Sources are fetched when a signature is needed, not
 * at start-up, because SVIDs are short-lived and rotate.
 */
export interface SvidSource {
  /** Where the SVID comes from (socket address or file path), for error messages. */
  readonly description: string;
  fetchSvid(): Promise<X509Svid>;
}

export function signerUnavailable(message: string, hint: string, cause?: unknown): TollgateError {
  return new TollgateError('SIGNER_UNAVAILABLE', message, { hint, cause });
}

// Key types whose signatures the verifier checks (ECDSA and RSA with SHA-256, Ed25519).
const SUPPORTED_KEY_TYPES = new Set(['ec', 'rsa', 'ed25519']);

/**
 * Checks what a source returned before anything is signed with it: the leaf carries exactly
 * one SPIFFE ID (equal to `expectedId` when the source names one), is not a CA, and the
 * private key belongs to it. A mismatch here would otherwise only show up at the gate.
 */
export function checkSvid(svid: X509Svid, origin: string, expectedId?: string): X509Svid {
  const hint = `Check the SVID that ${origin} provides.`;
  const leaf = svid.certificates[0];
  if (!leaf) throw signerUnavailable(`${origin} returned no certificate`, hint);
  const uris = uriSans(leaf);
  if (uris.length !== 1 || !uris[0]) {
    throw signerUnavailable(
      `${origin} returned a certificate with ${uris.length} URI SANs, an X.509-SVID has one`,
      hint,
    );
  }
  let spiffeId: string;
  try {
    spiffeId = parseSpiffeId(uris[0]).id;
  } catch (e) {
    const reason = e instanceof SpiffeIdError ? e.message : 'invalid';
    throw signerUnavailable(`${origin} returned an invalid SPIFFE ID: ${reason}`, hint, e);
  }
  if (expectedId !== undefined && expectedId !== spiffeId) {
    throw signerUnavailable(
      `${origin} names SPIFFE ID ${expectedId} but its certificate says ${spiffeId}`,
      hint,
    );
  }
  if (leaf.ca) throw signerUnavailable(`${origin} returned a CA certificate as SVID`, hint);
  const keyType = svid.privateKey.asymmetricKeyType ?? 'unknown';
  if (!SUPPORTED_KEY_TYPES.has(keyType)) {
    throw signerUnavailable(`${origin} returned an unsupported ${keyType} key`, hint);
  }
  const spki = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'spki' });
  if (!spki(createPublicKey(svid.privateKey)).equals(spki(leaf.publicKey))) {
    throw signerUnavailable(`${origin} returned a private key that does not match the SVID`, hint);
  }
  return { ...svid, spiffeId };
}
