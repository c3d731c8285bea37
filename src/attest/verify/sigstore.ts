import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import type { X509Certificate } from '@sigstore/core';
import {
  type SignedEntity,
  type VerifierOptions,
  Verifier,
  toSignedEntity,
} from '@sigstore/verify';
import { SHA256_HEX, sha256Hex } from '../../core/digest.js';
import { TollgateError, describeError } from '../../core/errors.js';
import { parseBundle } from './sigstore-bundle.js';
import { sigstoreIdentity } from './sigstore-identity.js';
import { checkArtifactBinding } from './sigstore-artifact.js';
import { foreignCaFailure } from './sigstore-ca.js';
import { toVerifyFailure, trustContext } from './sigstore-trust.js';
import { type SignerIdentity, VerifyFailure } from './types.js';

export { loadPublicGoodTrustedRoot, parseTrustedRoot } from './trusted-root.js';

export type SigstoreIdentity = Extract<SignerIdentity, { kind: 'sigstore' }>;

export interface VerifyBundleOptions {
  /** The bundle: parsed JSON, or its raw text or bytes (so a parse error is `malformed`). */
  bundle: unknown;
  /** The artifact itself, or its SHA-256 (hex, optionally prefixed `sha256:`). */
  artifact: { data: Buffer } | { digest: string };
  /** Certificate mode: the expected certificate SAN, compared exactly. */
  identity?: string;
  /** Certificate mode: the expected OIDC issuer, compared exactly. */
  issuer?: string;
  /** Key mode: the PEM public key the bundle must be signed with. */
  publicKeyPem?: string;
  /** A parsed trusted_root.json; the Sigstore public-good root when absent. */
  trustedRoot?: unknown;
}

export interface VerifiedBundle {
  /** The identity proven: the certificate's, or the given key's fingerprint. */
  identity: SigstoreIdentity | Extract<SignerIdentity, { kind: 'key' }>;
}

/**
 * Verifies a bundle for an artifact the way the Sigstore client conformance suite expects:
 * the bundle's shape and its binding to the artifact first (cheap, and the clearest message),
 * then signature, certificate chain or key, transparency log and timestamps, and last the
 * expected identity. Throws VerifyFailure when the bundle must be rejected,
 * and TollgateError (USAGE) when the options themselves are incomplete.
 */
export function verifyBundle(opts: VerifyBundleOptions): VerifiedBundle {
  const bundle = parseBundle(opts.bundle);
  const ctx = trustContext(opts.trustedRoot);
  const digest = artifactDigest(opts.artifact);
  const data = 'data' in opts.artifact ? opts.artifact.data : undefined;
  checkArtifactBinding(bundle, digest, data);

  const keyMode = bundle.verificationMaterial.content.$case === 'publicKey';
  let verifier: Verifier;
  let key: KeyObject | undefined;
  if (keyMode) {
    if (opts.publicKeyPem === undefined) {
      throw new VerifyFailure(
        'untrusted-signer',
        'the bundle is signed with a managed key, but no public key was given to verify it with',
      );
    }
    key = readPublicKey(opts.publicKeyPem);
    const trusted = key;
    // The caller's key is the only key trusted, whatever hint the bundle names.
    const material = {
      ...ctx.material,
      publicKey: () => ({ publicKey: trusted, validFor: () => true }),
    };
    verifier = new Verifier(material, { ...ctx.defaults, ctlogThreshold: 0 });
  } else {
    if (opts.publicKeyPem !== undefined) {
      throw new VerifyFailure(
        'untrusted-signer',
        'the bundle is signed with a certificate, not with the given public key',
      );
    }
    if (opts.identity === undefined || opts.issuer === undefined) {
      throw new TollgateError('USAGE', 'a certificate identity and OIDC issuer are required', {
        hint: 'Pass --certificate-identity and --certificate-oidc-issuer, or --key for key-signed bundles.',
      });
    }
    verifier = ctx.verifier();
  }

  const entity = signedEntity(bundle, data);
  try {
    verifier.verify(entity);
  } catch (e) {
    throw toVerifyFailure(e);
  }
  if (key) return { identity: { kind: 'key', keyId: keyFingerprint(key) } };

  const identity = sigstoreIdentity(certificateOf(entity));
  if (identity.san !== opts.identity || identity.issuer !== opts.issuer) {
    throw new VerifyFailure(
      'untrusted-signer',
      `signed by ${identity.san || '(no SAN)'} (issuer ${identity.issuer || 'unknown'}), ` +
        `but ${opts.identity} (issuer ${opts.issuer}) was expected`,
    );
  }
  return { identity };
}

export interface KeylessDsseOptions {
  /** Overrides of the thresholds derived from the trusted root (see sigstore-trust.ts). */
  thresholds?: VerifierOptions;
}

/**
 * The gate's check of one keyless DSSE bundle: signature, Fulcio chain, SCT, log and
 * timestamps as the trusted root requires. It proves who signed, not whether that signer
 * is allowed: the caller's policy decides that from the returned identity.
 */
export function verifyKeylessDsse(
  bundleJson: unknown,
  trustedRoot: unknown,
  options: KeylessDsseOptions = {},
): { payload: Buffer; payloadType: string; identity: SigstoreIdentity } {
  const bundle = parseBundle(bundleJson);
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new VerifyFailure(
      'malformed',
      'the bundle holds a message signature, not a DSSE envelope',
    );
  }
  if (bundle.verificationMaterial.content.$case === 'publicKey') {
    throw new VerifyFailure(
      'untrusted-signer',
      'the bundle is signed with a managed key, not a Fulcio certificate',
    );
  }
  const ctx = trustContext(trustedRoot);
  const entity = signedEntity(bundle, undefined);
  try {
    ctx.verifier(options.thresholds).verify(entity);
  } catch (e) {
    // A certificate from a CA outside the trusted root is an untrusted signer, even though
    // the verifier first trips over its timestamps or log entries (from the same instance).
    throw foreignCaFailure(bundle, entity, ctx.root) ?? toVerifyFailure(e);
  }
  const envelope = bundle.content.dsseEnvelope;
  return {
    payload: Buffer.from(envelope.payload),
    payloadType: envelope.payloadType,
    identity: sigstoreIdentity(certificateOf(entity)),
  };
}

function signedEntity(bundle: Bundle, data: Buffer | undefined): SignedEntity {
  try {
    return toSignedEntity(bundle, data);
  } catch (e) {
    // Reached when an embedded certificate or RFC 3161 timestamp does not parse.
    throw new VerifyFailure('malformed', `bundle content could not be read (${describeError(e)})`, {
      cause: e,
    });
  }
}

function certificateOf(entity: SignedEntity): X509Certificate {
  if (entity.key.$case !== 'certificate') {
    throw new VerifyFailure('untrusted-signer', 'the bundle carries no signing certificate');
  }
  return entity.key.certificate;
}

function artifactDigest(artifact: VerifyBundleOptions['artifact']): string {
  if ('data' in artifact) return sha256Hex(artifact.data);
  const hex = artifact.digest.toLowerCase().replace(/^sha256:/, '');
  if (!SHA256_HEX.test(hex)) {
    throw new TollgateError(
      'USAGE',
      `artifact digest ${JSON.stringify(artifact.digest)} is not SHA-256`,
      {
        hint: 'Give the digest as sha256:<64 hex digits>, or give the file.',
      },
    );
  }
  return hex;
}

function readPublicKey(pem: string): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (e) {
    throw new VerifyFailure(
      'untrusted-signer',
      `the given public key cannot be read as a PEM public key (${describeError(e)})`,
      { cause: e },
    );
  }
}

function keyFingerprint(key: KeyObject): string {
  return sha256Hex(key.export({ type: 'spki', format: 'der' }));
}
