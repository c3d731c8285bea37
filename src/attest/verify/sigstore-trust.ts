import type { TrustedRoot } from '@sigstore/protobuf-specs';
import {
  PolicyError,
  type TrustMaterial,
  VerificationError,
  Verifier,
  type VerifierOptions,
  toTrustMaterial,
} from '@sigstore/verify';
import { describeError } from '../../core/errors.js';
import { loadPublicGoodTrustedRoot, parseTrustedRoot } from './trusted-root.js';
import { VerifyFailure } from './types.js';

/**
 * Trust material and verifiers, built once per trusted root. Parsing a root means decoding
 * every CA chain and log key in it; the gate verifies hundreds of bundles against the same
 * root object, so the work is memoised by that object's identity.
 */
export interface TrustContext {
  root: TrustedRoot;
  material: TrustMaterial;
  /** The thresholds the root calls for. */
  defaults: VerifierOptions;
  /** The verifier with the thresholds the root calls for, or with explicit overrides. */
  verifier(overrides?: VerifierOptions): Verifier;
}

const byRoot = new WeakMap<object, TrustContext>();
let publicGood: TrustContext | undefined;

/** The trust context of a parsed trusted_root.json, or of the public-good root if undefined. */
export function trustContext(trustedRoot: unknown): TrustContext {
  if (trustedRoot === undefined) {
    // A failure here is a broken installation, not a verdict: let its TollgateError through.
    publicGood ??= build(loadPublicGoodTrustedRoot());
    return publicGood;
  }
  if (typeof trustedRoot !== 'object' || trustedRoot === null) {
    throw new VerifyFailure('untrusted-signer', 'invalid Sigstore trusted root: not a JSON object');
  }
  let ctx = byRoot.get(trustedRoot);
  if (!ctx) {
    ctx = fromUserRoot(trustedRoot);
    byRoot.set(trustedRoot, ctx);
  }
  return ctx;
}

function fromUserRoot(json: object): TrustContext {
  try {
    const root = parseTrustedRoot(json);
    return build(root);
  } catch (e) {
    // Without a usable root nothing can be trusted; the cause keeps the detail for the user.
    throw new VerifyFailure('untrusted-signer', describeError(e), { cause: e });
  }
}

function build(root: TrustedRoot): TrustContext {
  const material = toTrustMaterial(root);
  // A root without transparency logs (a private instance relying on a timestamp authority
  // only) cannot demand log entries, and one without CT logs cannot demand SCTs. Every
  // signature still needs one verified time: an RFC 3161 timestamp or a log integrated time.
  const defaults: VerifierOptions = {
    tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
    ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
    timestampThreshold: 1,
  };
  const verifiers = new Map<string, Verifier>();
  return {
    root,
    material,
    defaults,
    verifier(overrides = {}) {
      const options = { ...defaults, ...overrides };
      const key = JSON.stringify(options);
      let v = verifiers.get(key);
      if (!v) {
        v = new Verifier(material, options);
        verifiers.set(key, v);
      }
      return v;
    },
  };
}

const CODE_HINTS: Record<string, [VerifyFailure['kind'], string]> = {
  CERTIFICATE_ERROR: [
    'untrusted-signer',
    'the signing certificate does not chain to a trusted CA, was not valid when the signature was made, or lacks a valid CT log proof',
  ],
  PUBLIC_KEY_ERROR: ['untrusted-signer', 'the signing key is not trusted at the signing time'],
  SIGNATURE_ERROR: ['invalid-signature', 'the signature does not match the signed content'],
  TLOG_ERROR: ['invalid-signature', 'the transparency log entries are insufficient'],
  TLOG_BODY_ERROR: [
    'invalid-signature',
    'the transparency log entry does not record this signature or content',
  ],
  TLOG_INCLUSION_PROOF_ERROR: [
    'invalid-signature',
    'the transparency log inclusion proof or its checkpoint does not verify against the trusted logs',
  ],
  TLOG_INCLUSION_PROMISE_ERROR: [
    'invalid-signature',
    'the signed entry timestamp (inclusion promise) does not verify against the trusted logs',
  ],
  TLOG_MISSING_INCLUSION_ERROR: [
    'invalid-signature',
    'the transparency log entry carries neither an inclusion proof nor a promise',
  ],
  TIMESTAMP_ERROR: [
    'invalid-signature',
    'no trusted timestamp covers this signature (missing, from an untrusted authority, or outside its validity)',
  ],
  NOT_IMPLEMENTED_ERROR: ['malformed', 'the bundle uses a feature this verifier does not support'],
};

/** Turns whatever @sigstore/verify threw into a VerifyFailure a user can act on. */
export function toVerifyFailure(e: unknown): VerifyFailure {
  if (e instanceof VerifyFailure) return e;
  if (e instanceof PolicyError) {
    return new VerifyFailure('untrusted-signer', `signer not allowed: ${describeError(e)}`, {
      cause: e,
    });
  }
  if (e instanceof VerificationError) {
    const [kind, meaning] = CODE_HINTS[e.code] ?? ['invalid-signature', 'verification failed'];
    return new VerifyFailure(kind, `${meaning} (${describeError(e)})`, { cause: e });
  }
  // Anything else is the library tripping over content it did not expect: fail closed and
  // call it what it most likely is, a bundle that is not what it claims to be.
  return new VerifyFailure('malformed', `bundle could not be processed (${describeError(e)})`, {
    cause: e,
  });
}
