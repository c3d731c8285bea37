import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import {
  addToIndex,
  initLayout,
  sha256Digest,
  writeBlob,
  writeJsonBlob,
} from '../../src/oci/layout.js';
import { MEDIA, type ImageConfig } from '../../src/oci/types.js';

/**
 * Small OCI image layouts for the scanner tests, written with the project's own layout code
 * and tar-stream: each layer is a map of image paths to contents (a string or Buffer is a
 * file, `{ link }` a symbolic link, `null` a whiteout of that path).
 */

export type LayerEntry = string | Buffer | { link: string } | null;
export type Layer = Record<string, LayerEntry>;

async function tarOf(layer: Layer): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  const dirs = new Set<string>();
  const mtime = new Date(0);
  for (const [path, entry] of Object.entries(layer)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (dirs.has(dir)) continue;
      dirs.add(dir);
      p.entry({ name: `${dir}/`, type: 'directory', mode: 0o755, mtime });
    }
    if (entry === null) {
      const base = parts.pop()!;
      p.entry({ name: [...parts, `.wh.${base}`].join('/'), size: 0, mtime }, '');
    } else if (typeof entry === 'object' && !Buffer.isBuffer(entry)) {
      p.entry({ name: path, type: 'symlink', linkname: entry.link, mtime });
    } else {
      p.entry({ name: path, mode: 0o644, mtime }, entry);
    }
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface FixtureImage {
  layers: Layer[];
  config?: ImageConfig['config'];
  ref?: string;
}

/** Writes the image into an OCI layout at `dir`; returns the manifest digest. */
export async function writeFixtureImage(dir: string, image: FixtureImage): Promise<string> {
  await initLayout(dir);
  const layers = [];
  const diffIds = [];
  for (const layer of image.layers) {
    const tar = await tarOf(layer);
    diffIds.push(sha256Digest(tar));
    layers.push(await writeBlob(dir, gzipSync(tar), MEDIA.layerGzip));
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    config: image.config ?? {},
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const configDesc = await writeJsonBlob(dir, config, MEDIA.config);
  const manifest = await writeJsonBlob(
    dir,
    { schemaVersion: 2, mediaType: MEDIA.manifest, config: configDesc, layers },
    MEDIA.manifest,
  );
  await addToIndex(dir, manifest, image.ref ?? 'fixture:latest');
  return manifest.digest;
}

/** A dpkg status stanza as dpkg writes it. */
export function dpkgStanza(p: {
  name: string;
  version: string;
  source?: string;
  arch?: string;
  status?: string;
}): string {
  return [
    `Package: ${p.name}`,
    `Status: ${p.status ?? 'install ok installed'}`,
    'Priority: optional',
    'Section: libs',
    'Installed-Size: 100',
    'Maintainer: Debian Maintainers <debian@example.org>',
    `Architecture: ${p.arch ?? 'amd64'}`,
    ...(p.source ? [`Source: ${p.source}`] : []),
    `Version: ${p.version}`,
    'Description: fixture package',
    ' A package of the test image.',
    '',
  ].join('\n');
}

export const DEBIAN_12_OS_RELEASE = [
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
  'NAME="Debian GNU/Linux"',
  'VERSION_ID="12"',
  'VERSION="12 (bookworm)"',
  'VERSION_CODENAME=bookworm',
  'ID=debian',
  '',
].join('\n');
