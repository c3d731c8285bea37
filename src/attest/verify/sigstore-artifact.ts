import { createHash } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { TollgateError } from '../../core/errors.js';
import { DSSE_PAYLOAD_TYPE } from '../statement.js';
import { VerifyFailure } from './types.js';

/**
 * Binding a verified bundle to the artifact in hand. The signature checks of @sigstore/verify
 * prove that *something* was signed; this proves it was this artifact:
 * - a DSSE bundle signs an in-toto Statement, so the artifact must be one of its subjects;
 * - a message signature signs the artifact bytes, and its recorded digest must agree with
 *   them (the digest is only a hint, but a bundle whose hint disagrees is inconsistent and
 *   is the only thing a digest-only check can compare).
 */
const STATEMENT_TYPES = new Set([
  'https://in-toto.io/Statement/v1',
  'https://in-toto.io/Statement/v0.1',
]);

const NODE_HASH: Partial<Record<HashAlgorithm, string>> = {
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

/** Throws unless the bundle's signed content is about the artifact with this SHA-256. */
export function checkArtifactBinding(
  bundle: Bundle,
  sha256: string,
  data: Buffer | undefined,
): void {
  const content = bundle.content;
  if (content.$case === 'dsseEnvelope') {
    checkSubject(content.dsseEnvelope.payloadType, content.dsseEnvelope.payload, sha256);
    return;
  }
  // Verifying a message signature means hashing the artifact again with the signature's own
  // algorithm; node:crypto cannot verify ECDSA over a precomputed digest, so the bytes are needed.
  if (data === undefined) {
    throw new TollgateError(
      'USAGE',
      'this bundle signs the artifact bytes directly; verifying it needs the artifact, not its digest',
      { hint: 'Pass the artifact file instead of sha256:<digest>.' },
    );
  }
  const { algorithm, digest } = content.messageSignature.messageDigest;
  const nodeHash = NODE_HASH[algorithm];
  if (!nodeHash) {
    throw new VerifyFailure(
      'malformed',
      `unsupported message digest algorithm ${HashAlgorithm[algorithm]}`,
    );
  }
  const actual = createHash(nodeHash).update(data).digest();
  if (!actual.equals(Buffer.from(digest))) {
    throw new VerifyFailure(
      'invalid-signature',
      `the bundle's message digest does not match the artifact (artifact sha256:${sha256})`,
    );
  }
}

function checkSubject(payloadType: string, payload: Buffer, sha256: string): void {
  if (payloadType !== DSSE_PAYLOAD_TYPE) {
    throw new VerifyFailure(
      'malformed',
      `DSSE payload type ${JSON.stringify(payloadType)} is not an in-toto Statement, so it names no artifact`,
    );
  }
  let statement: unknown;
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new VerifyFailure('malformed', 'DSSE payload is not JSON');
  }
  const { _type, subject } = (statement ?? {}) as { _type?: unknown; subject?: unknown };
  if (typeof _type !== 'string' || !STATEMENT_TYPES.has(_type) || !Array.isArray(subject)) {
    throw new VerifyFailure('malformed', 'DSSE payload is not an in-toto Statement with subjects');
  }
  const digests = subject.map((s: unknown) => {
    const d = (s as { digest?: { sha256?: unknown } } | null)?.digest?.sha256;
    return typeof d === 'string' ? d.toLowerCase() : undefined;
  });
  if (!digests.includes(sha256)) {
    const named = digests.filter((d) => d !== undefined).map((d) => `sha256:${d}`);
    throw new VerifyFailure(
      'invalid-signature',
      `artifact sha256:${sha256} is not a subject of the attestation` +
        (named.length ? ` (subjects: ${named.slice(0, 5).join(', ')})` : ' (no SHA-256 subjects)'),
    );
  }
}
