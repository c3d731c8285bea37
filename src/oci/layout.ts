import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs.js';
import { MAX_JSON_BLOB, readVerifiedBlob } from './blob-stream.js';
import {
  MEDIA,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
} from './types.js';

/**
 * An OCI image layout folder (image-spec `image-layout.md`): `oci-layout`, `index.json` and
 * content-addressed `blobs/sha256/<hex>`. The container step writes one, the scanners read it,
 * and without a registry `publish-image` publishes into one. Every blob is written under a
 * temporary name and renamed, and read back only after its digest is checked, so a layout that
 * was tampered with or half-written is an error, never silently used.
 */

export const REF_NAME = 'org.opencontainers.image.ref.name';

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function hexOf(digest: string): string {
  const m = /^sha256:([0-9a-f]{64})$/.exec(digest);
  if (!m) {
    throw new TollgateError('INPUT_INVALID', `"${digest}" is not a sha256 digest`, {
      hint: 'digests look like sha256:<64 lowercase hex digits>',
    });
  }
  return m[1]!;
}

export function blobPath(dir: string, digest: string): string {
  return join(dir, 'blobs', 'sha256', hexOf(digest));
}

/** Creates the layout's skeleton if it is not there; an existing layout is left as it is. */
export async function initLayout(dir: string): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  const marker = join(dir, 'oci-layout');
  if (!(await exists(marker))) {
    await writeFileAtomic(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  }
  if (!(await exists(join(dir, 'index.json')))) {
    await writeIndex(dir, { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] });
  }
}

export async function writeBlob(dir: string, data: Buffer, mediaType: string): Promise<Descriptor> {
  const digest = sha256Digest(data);
  const path = blobPath(dir, digest);
  if (!(await exists(path))) await writeFileAtomic(path, data);
  return { mediaType, digest, size: data.length };
}

/** Moves a finished file (a layer written elsewhere) into the layout under its digest. */
export async function adoptBlobFile(
  dir: string,
  file: string,
  mediaType: string,
): Promise<Descriptor> {
  const { digest, size } = await digestFile(file);
  const path = blobPath(dir, digest);
  if (await exists(path)) await rm(file, { force: true });
  else await rename(file, path);
  return { mediaType, digest, size };
}

export async function writeJsonBlob(
  dir: string,
  value: unknown,
  mediaType: string,
): Promise<Descriptor> {
  return writeBlob(dir, Buffer.from(JSON.stringify(value)), mediaType);
}

export async function digestFile(file: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

/**
 * A blob's bytes, hashed as they are read and checked against its digest (and size, when a
 * descriptor gives one); `maxSize` bounds what is read into memory.
 */
export async function readBlob(
  dir: string,
  d: Descriptor | string,
  maxSize?: number,
): Promise<Buffer> {
  const digest = typeof d === 'string' ? d : d.digest;
  const path = blobPath(dir, digest);
  return readVerifiedBlob(
    path,
    typeof d === 'string' ? { digest } : d,
    `blob ${digest}`,
    maxSize ?? Number.MAX_SAFE_INTEGER,
  );
}

/** A JSON blob (manifest, index, config): verified, and no larger than MAX_JSON_BLOB. */
export async function readJsonBlob<T>(dir: string, d: Descriptor | string): Promise<T> {
  const data = await readBlob(dir, d, MAX_JSON_BLOB);
  try {
    return JSON.parse(data.toString('utf8')) as T;
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${blobPath(dir, typeof d === 'string' ? d : d.digest)}: not JSON`,
      { cause: e },
    );
  }
}

export async function readIndex(dir: string): Promise<ImageIndex> {
  const path = join(dir, 'index.json');
  let text: string;
  try {
    // index.json is not content-addressed: only its size bounds what is read.
    if ((await stat(path)).size > MAX_JSON_BLOB) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${path}: more than ${MAX_JSON_BLOB / 1024 / 1024} MiB, more than an image index may have`,
      );
    }
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof TollgateError) throw e;
    throw new TollgateError('INPUT_UNREADABLE', `${path}: not an OCI image layout`, {
      cause: e,
      hint: 'point at a folder with oci-layout, index.json and blobs/ (e.g. the container step output)',
    });
  }
  try {
    const index = JSON.parse(text) as ImageIndex;
    if (!Array.isArray(index.manifests)) throw new Error('manifests is not a list');
    return index;
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${path}: not a valid OCI image index`, { cause: e });
  }
}

export async function writeIndex(dir: string, index: ImageIndex): Promise<void> {
  await writeFileAtomic(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}

/**
 * Adds a manifest to `index.json`. With a reference name, an earlier entry of the same name is
 * replaced (a tag moves); without one, the descriptor is added once.
 */
export async function addToIndex(dir: string, desc: Descriptor, refName?: string): Promise<void> {
  const index = await readIndex(dir);
  const entry: Descriptor = refName
    ? { ...desc, annotations: { ...desc.annotations, [REF_NAME]: refName } }
    : desc;
  const kept = index.manifests.filter((m) =>
    refName ? m.annotations?.[REF_NAME] !== refName : m.digest !== desc.digest,
  );
  await writeIndex(dir, { ...index, manifests: [...kept, entry] });
}

export interface ResolvedImage {
  descriptor: Descriptor;
  manifest: ImageManifest;
  config: Record<string, unknown>;
}

/**
 * The image of a layout: by reference name or digest when given, else the only image
 * manifest in it. Ambiguity is an error that lists the names, never a guess.
 */
export async function resolveImage(dir: string, ref?: string): Promise<ResolvedImage> {
  const index = await readIndex(dir);
  const images = index.manifests.filter((m) => m.mediaType === MEDIA.manifest);
  const matches = ref
    ? images.filter((m) => m.digest === ref || m.annotations?.[REF_NAME] === ref)
    : images;
  if (matches.length !== 1) {
    const names = images.map((m) => m.annotations?.[REF_NAME] ?? m.digest).join(', ') || 'none';
    throw new TollgateError(
      'INPUT_INVALID',
      `${join(dir, 'index.json')}: ${matches.length === 0 ? 'no' : 'more than one'} image${ref ? ` named "${ref}"` : ''}`,
      { hint: `images in the layout: ${names}` },
    );
  }
  const descriptor = matches[0]!;
  const manifest = await readJsonBlob<ImageManifest>(dir, descriptor);
  const configDesc = (manifest as Partial<ImageManifest> | null)?.config;
  if (typeof configDesc?.digest !== 'string' || typeof configDesc.size !== 'number') {
    throw new TollgateError(
      'INPUT_INVALID',
      `${blobPath(dir, descriptor.digest)}: not an image manifest (no config descriptor)`,
      { hint: 'the OCI layout is damaged; rebuild or re-copy the image' },
    );
  }
  const config = await readJsonBlob<Record<string, unknown>>(dir, configDesc);
  return { descriptor, manifest, config };
}

/** A temporary file name inside the layout, on the same file system as its blobs. */
export async function tempBlobFile(dir: string): Promise<string> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  return join(dir, 'blobs', `.tmp-${randomBytes(6).toString('hex')}`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes an image's config and manifest into the layout (its layers are already there) and
 * names it in `index.json`; returns the manifest descriptor, whose digest is the image's.
 */
export async function writeImage(
  dir: string,
  config: ImageConfig,
  layers: Descriptor[],
  refName: string,
): Promise<Descriptor> {
  const configDesc = await writeJsonBlob(dir, config, MEDIA.config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: configDesc,
    layers,
  };
  const desc = await writeJsonBlob(dir, manifest, MEDIA.manifest);
  await addToIndex(dir, desc, refName);
  return { mediaType: desc.mediaType, digest: desc.digest, size: desc.size };
}
