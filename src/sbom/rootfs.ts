import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { extract } from 'tar-stream';
import { describeError, TollgateError } from '../core/errors.js';
import { openVerifiedBlob, verifying } from '../oci/blob-stream.js';
import { blobPath, resolveImage, type ResolvedImage } from '../oci/layout.js';
import type { Descriptor, ImageConfig } from '../oci/types.js';
import { LayerTree } from './layer-tree.js';
import { quote, UnpackBudget, type UnpackLimits } from './unpack-limits.js';

/**
 * The file system of an image: its layers unpacked in order into one folder, with the
 * layers' whiteouts applied (`.wh.<name>` deletes a file of a lower layer, `.wh..wh..opq`
 * empties a folder), so a package that a later layer removed is not reported. Only regular
 * files and folders are written, with plain modes (no set-uid bits, no devices); symbolic
 * links are remembered, not created, so no entry can write outside the folder.
 *
 * The image is untrusted input. Every blob is hashed as it is read and held to its
 * descriptor's size, and each layer's uncompressed tar to the config's diff id; an entry
 * whose path, link target or whiteout points above the root is refused; the unpack stops at
 * the limits (bytes, entries, path length) as the bytes stream. Any of these, and any layer
 * that cannot be read (truncated, not a tar, an unknown media type), ends the unpack with
 * one error naming the blob, and the folder is removed: nothing of a half-read image is used.
 */

export interface ImageFs {
  root: string;
  config: ImageConfig;
  /** Manifest digest of the image. */
  digest: string;
  /** Symbolic links by image path (`etc/os-release` → `../usr/lib/os-release`). */
  links: Map<string, string>;
  /** Image paths of regular files and their sizes, after whiteouts. */
  files: Map<string, number>;
  /** What the unpack took: entries and uncompressed bytes read, units of work done. */
  stats: UnpackStats;
}

export interface UnpackStats {
  entries: number;
  unpackedBytes: number;
  /** Index nodes visited and file system calls made: linear in the entries, by design. */
  work: number;
}

export interface UnpackOptions {
  /** Limits over the defaults (DEFAULT_UNPACK_LIMITS). */
  limits?: Partial<UnpackLimits>;
}

/** The image path of an entry, or undefined when it would leave the root. */
function cleanPath(name: string): string | undefined {
  const p = posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
  return p && !p.split('/').includes('..') ? p : undefined;
}

const DAMAGED =
  'the OCI layout is damaged or was tampered with; rebuild the image with the container step';

function decompressor(path: string, d: Descriptor): (() => Transform) | undefined {
  const t = typeof d.mediaType === 'string' ? d.mediaType : '';
  if (t.endsWith('+gzip') || t.endsWith('.gzip')) return () => createGunzip();
  if (t.endsWith('+zstd') || t.endsWith('.zstd')) return () => createZstdDecompress();
  if (t.endsWith('.tar') || t.endsWith('tar')) return undefined;
  throw new TollgateError(
    'INPUT_INVALID',
    `${path}: layer ${d.digest} has media type ${quote(String(d.mediaType))}, which is not a tar layer`,
    { hint: 'the scanners read OCI or Docker tar layers (plain, gzip or zstd)' },
  );
}

interface Layer {
  descriptor: Descriptor;
  path: string;
  diffId: string;
  unzip: (() => Transform) | undefined;
}

function isDescriptor(d: unknown): d is Descriptor {
  const o = d as Partial<Descriptor> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.mediaType === 'string' &&
    typeof o.digest === 'string' &&
    typeof o.size === 'number'
  );
}

/** The layers to unpack, each checked for what can be checked before reading it. */
function layersOf(layoutDir: string, image: ResolvedImage): Layer[] {
  const where = blobPath(layoutDir, image.descriptor.digest);
  const layers = image.manifest.layers as unknown;
  const diffIds = (image.config as { rootfs?: { diff_ids?: unknown } } | null)?.rootfs?.diff_ids;
  if (!Array.isArray(layers)) {
    throw new TollgateError('INPUT_INVALID', `${where}: the manifest has no list of layers`, {
      hint: DAMAGED,
    });
  }
  if (!Array.isArray(diffIds) || diffIds.length !== layers.length) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${where}: the manifest has ${layers.length} layer(s), its config ${Array.isArray(diffIds) ? diffIds.length : 'no list of'} diff id(s)`,
      { hint: DAMAGED },
    );
  }
  return (layers as unknown[]).map((descriptor, i) => {
    if (!isDescriptor(descriptor)) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${where}: layer ${i + 1} of the manifest is not a descriptor (mediaType, digest, size)`,
        { hint: DAMAGED },
      );
    }
    const path = blobPath(layoutDir, descriptor.digest);
    const diffId = diffIds[i] as unknown;
    if (typeof diffId !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(diffId)) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${where}: diff id ${i + 1} of the config is not a sha256 digest`,
        { hint: DAMAGED },
      );
    }
    return { descriptor, path, diffId, unzip: decompressor(path, descriptor) };
  });
}

async function applyLayer(tree: LayerTree, budget: UnpackBudget, layer: Layer): Promise<void> {
  const { descriptor: d, path } = layer;
  const where = `${path}: layer ${d.digest}`;
  const ex = extract();
  // The entry being applied: when the pipeline fails, its file system calls are let finish
  // before the caller removes the root, so nothing is written into a folder being removed.
  let applying: Promise<void> = Promise.resolve();
  ex.on('entry', (header, stream, next) => {
    // An error ends the whole pipeline below; without a listener it would end the process.
    stream.on('error', () => undefined);
    applying = tree.apply(header, stream as unknown as Readable, where).then(
      () => {
        stream.resume();
        next();
      },
      (e: unknown) => {
        stream.resume();
        next(e as Error);
      },
    );
  });
  const stages: (Readable | Transform | NodeJS.WritableStream)[] = [
    ...(await openVerifiedBlob(path, d, `layer ${d.digest}`)),
    ...(layer.unzip ? [layer.unzip()] : []),
    verifying(path, `the uncompressed tar of layer ${d.digest}, named by the config's diff id`, {
      digest: layer.diffId,
    }),
    budget.counter(where),
    ex as unknown as NodeJS.WritableStream,
  ];
  try {
    await pipeline(stages);
  } catch (e) {
    await applying;
    if (e instanceof TollgateError) throw e;
    throw new TollgateError('INPUT_INVALID', `${where} cannot be unpacked: ${describeError(e)}`, {
      cause: e,
      hint: DAMAGED,
    });
  }
}

/**
 * Unpacks the image of an OCI layout (by reference or digest, else its only image) into
 * `root`, which must not exist yet or be empty. On any error `root` is removed.
 */
export async function unpackImage(
  layoutDir: string,
  root: string,
  ref?: string,
  options: UnpackOptions = {},
): Promise<ImageFs> {
  const budget = new UnpackBudget(options.limits);
  const image = await resolveImage(layoutDir, ref);
  const layers = layersOf(layoutDir, image);
  await mkdir(root, { recursive: true });
  if ((await readdir(root)).length) {
    throw new TollgateError('USAGE', `${root}: the folder to unpack an image into is not empty`);
  }
  const fs: ImageFs = {
    root,
    config: image.config as unknown as ImageConfig,
    digest: image.descriptor.digest,
    links: new Map(),
    files: new Map(),
    stats: { entries: 0, unpackedBytes: 0, work: 0 },
  };
  const tree = new LayerTree(fs, budget);
  try {
    for (const layer of layers) {
      tree.startLayer();
      await applyLayer(tree, budget, layer);
    }
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    throw e;
  } finally {
    fs.stats.entries = budget.entries;
    fs.stats.unpackedBytes = budget.unpackedBytes;
  }
  return fs;
}

/** Follows symbolic links of the image (relative or absolute) to a regular file's path. */
export function resolveInImage(fs: ImageFs, path: string): string | undefined {
  let p = cleanPath(path);
  for (let hops = 0; p && hops < 16; hops++) {
    if (fs.files.has(p)) return p;
    // A link may sit on any folder of the path (Debian's /lib → usr/lib).
    const parts = p.split('/');
    let moved = false;
    for (let i = parts.length; i > 0; i--) {
      const prefix = parts.slice(0, i).join('/');
      const link = fs.links.get(prefix);
      if (link === undefined) continue;
      const base = link.startsWith('/') ? link : posix.join(posix.dirname(prefix), link);
      p = cleanPath(posix.join(base, ...parts.slice(i)));
      moved = true;
      break;
    }
    if (!moved) return undefined;
  }
  return undefined;
}

/** Image paths of the files directly in a folder of the image. */
export async function listDir(fs: ImageFs, dir: string): Promise<string[]> {
  const names = await readdir(join(fs.root, dir)).catch(() => [] as string[]);
  return names.map((n) => `${dir}/${n}`).filter((p) => fs.files.has(p));
}
