import { TollgateError } from '../../core/errors.js';
import { sha256Digest } from '../layout.js';
import {
  EMPTY_CONFIG,
  MEDIA,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
} from '../types.js';
import type { OciTarget, StoredManifest } from './target.js';

/**
 * OCI referrers (distribution spec 1.1): artifacts whose manifest names an image as `subject`.
 * A store with the referrers API indexes them itself; for one without (distribution 2.8, a
 * local layout) the client keeps an image index under the tag `sha256-<hex>` of the subject
 * and adds each referrer to it, which is what every 1.1 client reads as the fallback.
 */

/** The fallback tag of a subject digest: `sha256:<hex>` → `sha256-<hex>`. */
export function fallbackTag(digest: string): string {
  return digest.replace(':', '-');
}

/** Referrers of `digest`, from the API when the store has one, else from the fallback tag. */
export async function listReferrers(target: OciTarget, digest: string): Promise<Descriptor[]> {
  const api = await target.referrersApi(digest);
  if (api) return api;
  const index = await target.getManifest(fallbackTag(digest));
  if (!index) return [];
  let parsed: ImageIndex;
  try {
    parsed = JSON.parse(index.bytes.toString('utf8')) as ImageIndex;
  } catch (e) {
    throw new TollgateError(
      'VERIFICATION_FAILED',
      `${target.name}:${fallbackTag(digest)} is not an image index`,
      { cause: e },
    );
  }
  return Array.isArray(parsed.manifests) ? parsed.manifests : [];
}

/** The descriptor a referrers list holds for an artifact manifest. */
export function referrerDescriptor(m: StoredManifest): Descriptor {
  const parsed = JSON.parse(m.bytes.toString('utf8')) as ImageManifest;
  const artifactType = parsed.artifactType ?? parsed.config.mediaType;
  return {
    mediaType: m.mediaType,
    digest: m.digest,
    size: m.bytes.length,
    ...(artifactType ? { artifactType } : {}),
    ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
  };
}

/**
 * Stores a referrer manifest (its blobs must be there already) and, when the store did not
 * index its subject itself, adds it to the subject's fallback tag index.
 */
export async function pushReferrer(target: OciTarget, subject: string, m: StoredManifest) {
  const { subjectIndexed } = await target.putManifest(m);
  if (subjectIndexed) return;
  const tag = fallbackTag(subject);
  const current = await target.getManifest(tag);
  const index: ImageIndex = current
    ? (JSON.parse(current.bytes.toString('utf8')) as ImageIndex)
    : { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
  if (index.manifests.some((d) => d.digest === m.digest)) return;
  index.manifests = [...index.manifests, referrerDescriptor(m)];
  const bytes = Buffer.from(JSON.stringify(index));
  await target.putManifest({ bytes, mediaType: MEDIA.index, digest: sha256Digest(bytes) }, tag);
}

export interface ArtifactInput {
  subject: Descriptor;
  artifactType: string;
  /** The artifact's one layer (a Sigstore bundle, an SBOM). */
  content: Buffer;
  annotations?: Record<string, string>;
}

/**
 * Attaches an artifact to an image the OCI 1.1 way (as cosign and `gh attestation` store
 * Sigstore bundles): a manifest with the empty config, `artifactType`, one layer of that media
 * type, and the image as `subject`. Returns the artifact manifest's descriptor.
 */
export async function attachArtifact(target: OciTarget, a: ArtifactInput): Promise<Descriptor> {
  const layer: Descriptor = {
    mediaType: a.artifactType,
    digest: sha256Digest(a.content),
    size: a.content.length,
  };
  if (!(await target.hasBlob(EMPTY_CONFIG.digest))) {
    await target.putBlob(Buffer.from('{}'), { ...EMPTY_CONFIG });
  }
  if (!(await target.hasBlob(layer.digest))) await target.putBlob(a.content, layer);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    artifactType: a.artifactType,
    config: { ...EMPTY_CONFIG },
    layers: [layer],
    subject: { mediaType: a.subject.mediaType, digest: a.subject.digest, size: a.subject.size },
    ...(a.annotations ? { annotations: a.annotations } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const stored = { bytes, mediaType: MEDIA.manifest, digest: sha256Digest(bytes) };
  await pushReferrer(target, a.subject.digest, stored);
  return referrerDescriptor(stored);
}
