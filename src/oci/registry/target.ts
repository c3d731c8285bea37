import { TollgateError } from '../../core/errors.js';
import { sha256Digest } from '../layout.js';
import { MEDIA, type Descriptor } from '../types.js';

/** A manifest as stored: its exact bytes (the digest is over them), media type and digest. */
export interface StoredManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

/**
 * Where images live: a registry repository or a local OCI layout. Copying, attaching and
 * verifying are written once against this, so promotion between registries (and from the
 * build's layout to a registry) is one code path.
 */
export interface OciTarget {
  /** `host/name` or `oci:DIR`, for messages and references. */
  readonly name: string;
  hasBlob(digest: string): Promise<boolean>;
  /** The blob's bytes, checked against the descriptor's digest. */
  getBlob(desc: Descriptor): Promise<Buffer>;
  putBlob(data: Buffer, desc: Descriptor): Promise<void>;
  /** Whether a manifest is stored under this digest (HEAD; nothing is downloaded). */
  hasManifest(digest: string): Promise<boolean>;
  /** By tag or digest; undefined when there is no such manifest. The digest is checked. */
  getManifest(ref: string): Promise<StoredManifest | undefined>;
  /**
   * Stores a manifest under its digest, and under `tag` when given. Returns whether the store
   * indexed its `subject` itself (a registry with the referrers API answers `OCI-Subject`).
   */
  putManifest(manifest: StoredManifest, tag?: string): Promise<{ subjectIndexed: boolean }>;
  /** The referrers API's answer, or undefined when the store has none (use the tag fallback). */
  referrersApi(digest: string): Promise<Descriptor[] | undefined>;
}

/** The media types accepted when fetching a manifest. */
export const MANIFEST_ACCEPT = [
  MEDIA.manifest,
  MEDIA.index,
  MEDIA.dockerManifest,
  MEDIA.dockerManifestList,
].join(', ');

/** Checks a fetched manifest against the digest it was asked by (or claims) and reads its type. */
export function checkedManifest(
  where: string,
  bytes: Buffer,
  expected: string | undefined,
  headerType?: string | null,
): StoredManifest {
  const digest = sha256Digest(bytes);
  if (expected && digest !== expected) {
    throw new TollgateError(
      'VERIFICATION_FAILED',
      `${where}: manifest content has digest ${digest}, not the requested ${expected}`,
      { hint: 'the stored manifest was altered; do not use this image' },
    );
  }
  let mediaType = headerType?.split(';')[0]?.trim();
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: string };
    mediaType = parsed.mediaType ?? mediaType;
  } catch (e) {
    throw new TollgateError('VERIFICATION_FAILED', `${where}: manifest ${digest} is not JSON`, {
      cause: e,
    });
  }
  return { bytes, digest, mediaType: mediaType ?? MEDIA.manifest };
}

/** Checks a fetched blob against its descriptor. */
export function checkBlob(where: string, data: Buffer, desc: Descriptor): Buffer {
  const digest = sha256Digest(data);
  if (digest !== desc.digest || data.length !== desc.size) {
    throw new TollgateError(
      'VERIFICATION_FAILED',
      `${where}: blob ${desc.digest} has content with digest ${digest} (${data.length} bytes, expected ${desc.size})`,
      { hint: 'the stored blob was altered or truncated; do not use this image' },
    );
  }
  return data;
}

export const isDigest = (ref: string) => /^sha256:[0-9a-f]{64}$/.test(ref);
