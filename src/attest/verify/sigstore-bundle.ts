import { type Bundle, ValidationError, bundleFromJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { describeError } from '../../core/errors.js';
import { VerifyFailure } from './types.js';

/**
 * Reading a Sigstore bundle (https://github.com/sigstore/protobuf-specs, Bundle v0.1 to
 * v0.3) into the form @sigstore/verify takes. @sigstore/bundle checks the shape, but its
 * protobuf JSON reader quietly accepts some bytes and numbers that are not what they claim
 * to be (an invalid base64 string decodes to garbage, a negative log index is read as is).
 * Those are rejected here as `malformed`, so that a damaged bundle is reported as damaged
 * rather than as a signature or log failure further down.
 */

/** Bytes fields of a bundle, as paths with `*` for every element of a list. */
const BYTES_FIELDS = [
  'messageSignature.signature',
  'messageSignature.messageDigest.digest',
  'dsseEnvelope.payload',
  'dsseEnvelope.signatures.*.sig',
  'verificationMaterial.certificate.rawBytes',
  'verificationMaterial.x509CertificateChain.certificates.*.rawBytes',
  'verificationMaterial.tlogEntries.*.logId.keyId',
  'verificationMaterial.tlogEntries.*.canonicalizedBody',
  'verificationMaterial.tlogEntries.*.inclusionPromise.signedEntryTimestamp',
  'verificationMaterial.tlogEntries.*.inclusionProof.rootHash',
  'verificationMaterial.tlogEntries.*.inclusionProof.hashes.*',
  'verificationMaterial.timestampVerificationData.rfc3161Timestamps.*.signedTimestamp',
];
/** int64 fields that must not be negative (log positions and sizes, times). */
const UNSIGNED_FIELDS = [
  'verificationMaterial.tlogEntries.*.logIndex',
  'verificationMaterial.tlogEntries.*.integratedTime',
  'verificationMaterial.tlogEntries.*.inclusionProof.logIndex',
  'verificationMaterial.tlogEntries.*.inclusionProof.treeSize',
];

/** Parses bundle JSON (text, bytes or an already parsed value) and checks its shape. */
export function parseBundle(input: unknown): Bundle {
  let json = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    try {
      json = JSON.parse(Buffer.from(input).toString('utf8')) as unknown;
    } catch (e) {
      throw new VerifyFailure('malformed', `bundle is not valid JSON (${describeError(e)})`);
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new VerifyFailure('malformed', 'bundle is not a JSON object');
  }
  for (const path of BYTES_FIELDS) {
    for (const [where, value] of valuesAt(json, path)) {
      if (typeof value !== 'string' || !isBase64(value)) {
        throw new VerifyFailure('malformed', `bundle field ${where} is not valid base64`);
      }
    }
  }
  for (const path of UNSIGNED_FIELDS) {
    for (const [where, value] of valuesAt(json, path)) {
      if (!/^\d+$/.test(String(value))) {
        throw new VerifyFailure(
          'malformed',
          `bundle field ${where} must be a non-negative integer`,
        );
      }
    }
  }
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (e) {
    const fields = e instanceof ValidationError && e.fields ? ` (${e.fields.join(', ')})` : '';
    throw new VerifyFailure(
      'malformed',
      `not a valid Sigstore bundle: ${describeError(e)}${fields}`,
      { cause: e },
    );
  }
  checkCertificateChain(bundle);
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    // Required since bundle v0.2; without it a proof only names an unsigned root hash.
    if (entry.inclusionProof && !entry.inclusionProof.checkpoint?.envelope) {
      throw new VerifyFailure('malformed', 'transparency log inclusion proof has no checkpoint');
    }
  }
  return bundle;
}

/**
 * Roots must come from the trusted root only. A bundle that ships its own root invites a
 * verifier to trust whatever the signer chose, so it is refused outright even though the
 * chain builder would ignore it.
 */
function checkCertificateChain(bundle: Bundle): void {
  const material = bundle.verificationMaterial.content;
  const raw =
    material.$case === 'x509CertificateChain'
      ? material.x509CertificateChain.certificates.map((c) => c.rawBytes)
      : material.$case === 'certificate'
        ? [material.certificate.rawBytes]
        : [];
  raw.forEach((bytes, i) => {
    let cert: X509Certificate;
    try {
      cert = X509Certificate.parse(Buffer.from(bytes));
    } catch (e) {
      throw new VerifyFailure(
        'malformed',
        `bundle certificate ${i} is not a valid X.509 DER certificate`,
        {
          cause: e,
        },
      );
    }
    if (cert.subject.equals(cert.issuer) && safeVerify(cert)) {
      throw new VerifyFailure(
        'untrusted-signer',
        `bundle certificate ${i} is a self-signed root; roots are only taken from the trusted root`,
      );
    }
  });
}

function safeVerify(cert: X509Certificate): boolean {
  try {
    return cert.verify();
  } catch {
    return false;
  }
}

/**
 * Protobuf JSON accepts standard and URL-safe base64, with or without padding. Line breaks
 * are tolerated because common decoders skip them and real bundles contain them (a timestamp
 * pasted from `base64` output is wrapped at 76 columns).
 */
function isBase64(value: string): boolean {
  const s = value.replace(/\r?\n/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(s)) return false;
  return s.includes('=') ? s.length % 4 === 0 : s.length % 4 !== 1;
}

/** Every value at a dotted path, with its concrete path; missing branches yield nothing. */
function valuesAt(root: unknown, path: string): [string, unknown][] {
  let level: [string, unknown][] = [['', root]];
  for (const key of path.split('.')) {
    const next: [string, unknown][] = [];
    for (const [where, value] of level) {
      if (key === '*') {
        if (Array.isArray(value)) value.forEach((v, i) => next.push([`${where}[${i}]`, v]));
      } else if (typeof value === 'object' && value !== null && key in value) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== undefined && child !== null)
          next.push([where ? `${where}.${key}` : key, child]);
      }
    }
    level = next;
  }
  return level;
}
