import type { KeyObject } from 'node:crypto';
import { envelopeOf, verifyEnvelopeSignature } from '../dsse.js';
import { VerifyFailure, type SignerIdentity } from './types.js';

/**
 * Verifies a bundle signed with a local key. The key is found by the bundle's hint among the
 * keys the policy trusts; a hint that names no trusted key is an untrusted signer, while a
 * trusted key whose signature fails means the envelope was changed after signing.
 */
export function verifyKeyBundle(
  bundle: unknown,
  trustedKeys: ReadonlyMap<string, KeyObject>,
): { payload: Buffer; payloadType: string; identity: SignerIdentity } {
  const { envelope, payload, signature } = envelopeOf(bundle);
  const material = (bundle as { verificationMaterial?: { publicKey?: { hint?: unknown } } })
    .verificationMaterial;
  const hint = material?.publicKey?.hint;
  if (typeof hint !== 'string' || hint === '') {
    throw new VerifyFailure('malformed', 'bundle names no public key hint');
  }
  const key = trustedKeys.get(hint);
  if (!key) {
    // Bundles made by other tools may use another hint scheme: accept them when one of the
    // (few) trusted keys verifies the signature, and report that key's id.
    for (const [keyId, candidate] of trustedKeys) {
      if (verifyEnvelopeSignature(envelope, payload, signature, candidate)) {
        return { payload, payloadType: envelope.payloadType, identity: { kind: 'key', keyId } };
      }
    }
    throw new VerifyFailure(
      'untrusted-signer',
      `signed by key ${hint.slice(0, 16)}, which the policy does not trust`,
    );
  }
  if (!verifyEnvelopeSignature(envelope, payload, signature, key)) {
    throw new VerifyFailure(
      'invalid-signature',
      `signature does not verify with trusted key ${hint.slice(0, 16)}: the envelope was altered after signing`,
    );
  }
  return { payload, payloadType: envelope.payloadType, identity: { kind: 'key', keyId: hint } };
}
