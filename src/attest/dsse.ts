import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { VerifyFailure } from './verify/types.js';

/**
 * DSSE (https://github.com/secure-systems-lab/dsse/blob/master/protocol.md) helpers shared by
 * every verifier. Signing goes through @sigstore/sign; verification of key- and SPIFFE-signed
 * envelopes is done here with node:crypto because it needs no transparency log and is the
 * hot path of the gate.
 */
export interface DsseEnvelope {
  payload: string; // base64
  payloadType: string;
  signatures: { sig: string; keyid?: string }[];
}

/** Pre-authentication encoding: what the signature actually covers. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  const header = `DSSEv1 ${type.length} ${payloadType} ${payload.length} `;
  return Buffer.concat([Buffer.from(header, 'utf8'), payload]);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(value: unknown, what: string): Buffer {
  if (typeof value !== 'string' || value.length % 4 !== 0 || !BASE64.test(value)) {
    throw new VerifyFailure('malformed', `${what} is not valid base64`);
  }
  return Buffer.from(value, 'base64');
}

/** Extracts the DSSE envelope of a bundle (JSON form) with exactly one signature. */
export function envelopeOf(bundle: unknown): {
  envelope: DsseEnvelope;
  payload: Buffer;
  signature: Buffer;
} {
  const env = (bundle as { dsseEnvelope?: unknown } | null)?.dsseEnvelope as
    Partial<DsseEnvelope> | undefined;
  if (!env || typeof env !== 'object') {
    throw new VerifyFailure('malformed', 'bundle has no dsseEnvelope');
  }
  if (typeof env.payloadType !== 'string') {
    throw new VerifyFailure('malformed', 'DSSE envelope has no payloadType');
  }
  if (!Array.isArray(env.signatures) || env.signatures.length !== 1) {
    throw new VerifyFailure('malformed', 'DSSE envelope must carry exactly one signature');
  }
  // Decoded already by a check ahead of time, from these very strings: not decoded again.
  const ahead = checkedAhead.get(env);
  if (ahead && ahead.payloadText === env.payload && ahead.sigText === env.signatures[0]?.sig) {
    return { envelope: env as DsseEnvelope, payload: ahead.payload, signature: ahead.signature };
  }
  const payload = decodeBase64(env.payload, 'DSSE payload');
  const signature = decodeBase64(env.signatures[0]?.sig, 'DSSE signature');
  return { envelope: env as DsseEnvelope, payload, signature };
}

/** Ed25519 takes no digest; ECDSA and RSA keys sign SHA-256 in every Tollgate signer. */
const algorithmOf = (key: KeyObject) => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');

/** A signature checked ahead of time, with exactly what was checked. */
interface CheckedSignature {
  key: KeyObject;
  payloadType: string;
  payload: Buffer;
  signature: Buffer;
  /** The base64 text the two buffers were decoded from. */
  payloadText: string;
  sigText: string;
  ok: boolean;
}

/**
 * Signatures checked ahead on the thread pool (`checkEnvelopeSignatureAhead`), by envelope
 * object. A result is used only for the very same envelope, key object, payload type, payload
 * and signature bytes; anything else is verified again. Weak: it goes with the bundles.
 */
const checkedAhead = new WeakMap<object, CheckedSignature>();

/** Verifies the envelope signature (ECDSA, RSA or Ed25519 key) over the PAE. */
export function verifyEnvelopeSignature(
  envelope: DsseEnvelope,
  payload: Buffer,
  signature: Buffer,
  key: KeyObject | string,
): boolean {
  const keyObject = typeof key === 'string' ? createPublicKey(key) : key;
  const ahead = checkedAhead.get(envelope);
  if (
    ahead &&
    ahead.key === keyObject &&
    ahead.payloadType === envelope.payloadType &&
    ahead.payload.equals(payload) &&
    ahead.signature.equals(signature)
  ) {
    return ahead.ok;
  }
  const data = pae(envelope.payloadType, payload);
  try {
    return cryptoVerify(algorithmOf(keyObject), data, keyObject, signature);
  } catch {
    return false;
  }
}

/**
 * Verifies the signature of `bundle`'s envelope with `key` on libuv's thread pool, and keeps
 * the result for `verifyEnvelopeSignature` on the same envelope. Independent signatures then
 * verify side by side on every core while the caller goes on, instead of one after the other
 * on the main thread; what the gate concludes from each stays the same, in the same order.
 * A bundle whose envelope cannot be read is left alone: the gate reports it as it always did.
 */
export function checkEnvelopeSignatureAhead(bundle: unknown, key: KeyObject): Promise<void> {
  let parts: ReturnType<typeof envelopeOf>;
  try {
    parts = envelopeOf(bundle);
  } catch {
    return Promise.resolve();
  }
  const { envelope, payload, signature } = parts;
  const data = pae(envelope.payloadType, payload);
  return new Promise((resolve) => {
    const keep = (ok: boolean) => {
      checkedAhead.set(envelope, {
        key,
        payloadType: envelope.payloadType,
        payload,
        signature,
        payloadText: envelope.payload,
        sigText: envelope.signatures[0]!.sig,
        ok,
      });
      resolve();
    };
    try {
      cryptoVerify(algorithmOf(key), data, key, signature, (err, ok) => keep(!err && ok));
    } catch {
      keep(false);
    }
  });
}
