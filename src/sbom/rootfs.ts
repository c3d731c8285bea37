import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join, normalize, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { extract } from 'tar-stream';
import { TollgateError } from '../core/errors.js';
import { blobPath, resolveImage } from '../oci/layout.js';
import type { Descriptor, ImageConfig } from '../oci/types.js';

/**
 * The file system of an image: its layers unpacked in order into one folder, with the
 * layers' whiteouts applied (`.wh.<name>` deletes a file of a lower layer, `.wh..wh..opq`
 * empties a folder), so a package that a later layer removed is not reported. Only regular
 * files and folders are written, with plain modes (no set-uid bits, no devices); symbolic
 * links are remembered, not created, so no entry can write outside the folder.
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
}

const OPAQUE = '.wh..wh..opq';

/** The image path of an entry, or undefined when it would leave the root. */
function cleanPath(name: string): string | undefined {
  const p = posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
  return p && !p.split('/').includes('..') ? p : undefined;
}

function decompressor(d: Descriptor): NodeJS.ReadWriteStream | undefined {
  if (d.mediaType.endsWith('+gzip') || d.mediaType.endsWith('.gzip')) return createGunzip();
  if (d.mediaType.endsWith('+zstd') || d.mediaType.endsWith('.zstd')) return createZstdDecompress();
  if (d.mediaType.endsWith('.tar') || d.mediaType.endsWith('tar')) return undefined;
  throw new TollgateError(
    'INPUT_INVALID',
    `layer ${d.digest} has media type ${d.mediaType}, which is not a tar layer`,
    {
      hint: 'the scanners read OCI or Docker tar layers (plain, gzip or zstd)',
    },
  );
}

async function removeLower(fs: ImageFs, dir: string, keep: Set<string>): Promise<void> {
  for (const path of [...fs.files.keys(), ...fs.links.keys()]) {
    if (path.startsWith(`${dir}/`) && !keep.has(path)) {
      fs.files.delete(path);
      fs.links.delete(path);
      await rm(join(fs.root, path), { recursive: true, force: true });
    }
  }
}

/**
 * A folder at an image path. A later layer may put a folder where a lower one had a file or a
 * link (or the reverse): what was there is replaced, as the runtime's overlay would.
 */
async function makeDir(fs: ImageFs, path: string): Promise<void> {
  if (path === '.' || path === '') return;
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const p = parts.slice(0, i).join('/');
    if (fs.links.delete(p) || fs.files.delete(p)) await rm(join(fs.root, p), { force: true });
  }
  await mkdir(join(fs.root, path), { recursive: true });
}

async function applyLayer(
  fs: ImageFs,
  source: Readable,
  unzip: NodeJS.ReadWriteStream | undefined,
): Promise<void> {
  const written = new Set<string>();
  const ex = extract();
  ex.on('entry', (header, stream, next) => {
    const done = (e?: unknown) => (e ? next(e as Error) : next());
    const work = async () => {
      const path = cleanPath(header.name);
      if (!path) return stream.resume();
      const base = posix.basename(path);
      const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
      if (base === OPAQUE) {
        await removeLower(fs, dir, written);
        return stream.resume();
      }
      if (base.startsWith('.wh.')) {
        const gone = dir ? `${dir}/${base.slice(4)}` : base.slice(4);
        await removeLower(fs, gone, written);
        fs.files.delete(gone);
        fs.links.delete(gone);
        await rm(join(fs.root, gone), { recursive: true, force: true });
        return stream.resume();
      }
      written.add(path);
      const target = join(fs.root, normalize(path));
      if (header.type === 'directory') {
        await makeDir(fs, path);
        return stream.resume();
      }
      if (header.type === 'symlink' && header.linkname) {
        fs.files.delete(path);
        fs.links.set(path, header.linkname);
        return stream.resume();
      }
      if (header.type === 'link' && header.linkname) {
        const from = cleanPath(header.linkname);
        stream.resume();
        if (from && fs.files.has(from)) {
          await makeDir(fs, posix.dirname(path));
          await rm(target, { recursive: true, force: true });
          await copyFile(join(fs.root, from), target);
          fs.files.set(path, fs.files.get(from)!);
        }
        return;
      }
      if (header.type !== 'file' && header.type !== 'contiguous-file') return stream.resume();
      await makeDir(fs, posix.dirname(path));
      await rm(target, { recursive: true, force: true });
      fs.links.delete(path);
      await pipeline(stream, createWriteStream(target, { mode: 0o644 }));
      fs.files.set(path, header.size ?? 0);
    };
    work().then(() => done(), done);
  });
  if (unzip) await pipeline(source, unzip, ex);
  else await pipeline(source, ex);
}

/** Unpacks the image of an OCI layout (by reference or digest, else its only image). */
export async function unpackImage(layoutDir: string, root: string, ref?: string): Promise<ImageFs> {
  const image = await resolveImage(layoutDir, ref);
  await mkdir(root, { recursive: true });
  const fs: ImageFs = {
    root,
    config: image.config as unknown as ImageConfig,
    digest: image.descriptor.digest,
    links: new Map(),
    files: new Map(),
  };
  for (const layer of image.manifest.layers) {
    const unzip = decompressor(layer);
    const source = createReadStream(blobPath(layoutDir, layer.digest));
    try {
      await applyLayer(fs, source, unzip);
    } catch (e) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${blobPath(layoutDir, layer.digest)}: layer ${layer.digest} cannot be unpacked: ${(e as Error).message}`,
        {
          cause: e,
          hint: 'the OCI layout is damaged; rebuild the image with the container step',
        },
      );
    }
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
