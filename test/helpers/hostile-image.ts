import { createGzip, gzipSync, zstdCompressSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';
import {
  addToIndex,
  initLayout,
  sha256Digest,
  writeBlob,
  writeJsonBlob,
} from '../../src/oci/layout.js';
import { MEDIA, type Descriptor, type ImageConfig } from '../../src/oci/types.js';

/**
 * Hostile image layouts for the unpacking tests: tars with any header a tar can carry (names
 * that climb out of the root, whiteouts of `..`, hard links to anywhere), layers whose bytes
 * do not match their descriptor, and compression bombs built as a stream so that neither the
 * test nor the blob on disk ever holds the expanded bytes.
 */

export type TarEntry = Partial<Header> & { name: string; body?: string | Buffer };

/** A tar of exactly these entries, in this order (no parent folders added). */
export async function tarOf(entries: TarEntry[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  const mtime = new Date(0);
  for (const { body, ...header } of entries) {
    if (body === undefined) p.entry({ mtime, mode: 0o644, ...header });
    else p.entry({ mtime, mode: 0o644, ...header }, body);
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

const TYPEFLAG = { file: '0', link: '1', symlink: '2', directory: '5' } as const;

/**
 * A tar of many small entries, encoded here as plain ustar headers (names and targets under
 * 100 bytes): tar-stream takes seconds for tens of thousands of entries, this takes
 * milliseconds, and the unpacker reads both alike.
 */
export function bulkTar(
  entries: { name: string; type?: keyof typeof TYPEFLAG; linkname?: string; body?: string }[],
): Buffer {
  const blocks: Buffer[] = [];
  const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    if (Buffer.byteLength(e.name) >= 100 || Buffer.byteLength(e.linkname ?? '') >= 100) {
      throw new Error(`bulkTar: ${e.name} is too long for a plain ustar header`);
    }
    const h = Buffer.alloc(512);
    h.write(e.name, 0);
    h.write(octal(e.type === 'directory' ? 0o755 : 0o644, 8), 100);
    h.write(octal(0, 8), 108);
    h.write(octal(0, 8), 116);
    h.write(octal(body.length, 12), 124);
    h.write(octal(0, 12), 136);
    h.write('        ', 148); // the checksum counts its own field as spaces
    h.write(TYPEFLAG[e.type ?? 'file'], 156);
    h.write(e.linkname ?? '', 157);
    h.write('ustar\u000000', 257);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/**
 * A gzip layer holding one file of `size` zero bytes, compressed as it is produced: a few
 * kilobytes on disk for megabytes unpacked.
 */
export async function gzipBomb(size: number, name = 'bomb'): Promise<Buffer> {
  const p = pack();
  const gz = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    gz.on('end', resolve);
    gz.on('error', reject);
  });
  p.on('data', (c: unknown) => {
    if (!gz.write(c as Buffer)) p.pause();
  });
  gz.on('drain', () => p.resume());
  p.on('end', () => gz.end());
  const sink = p.entry({ name, size, mode: 0o644, mtime: new Date(0) });
  const zeros = Buffer.alloc(1 << 20);
  for (let left = size; left > 0; left -= zeros.length) {
    const chunk = left >= zeros.length ? zeros : zeros.subarray(0, left);
    if (!sink.write(chunk)) await new Promise<void>((r) => sink.once('drain', () => r()));
  }
  sink.end(Buffer.alloc(0));
  p.finalize();
  await ended;
  return Buffer.concat(out);
}

export interface RawLayer {
  /** The blob's bytes as stored in the layout. */
  bytes: Buffer;
  mediaType?: string;
  /** Overrides of the descriptor the manifest carries (a wrong size or digest). */
  descriptor?: Partial<Descriptor>;
  /** The config's diff id for the layer (default: none is checked against the bytes). */
  diffId?: string;
}

export const gzipLayer = (tar: Buffer): RawLayer => ({
  bytes: gzipSync(tar),
  mediaType: MEDIA.layerGzip,
  diffId: sha256Digest(tar),
});

export const zstdLayer = (tar: Buffer): RawLayer => ({
  bytes: zstdCompressSync(tar),
  mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd',
  diffId: sha256Digest(tar),
});

/** Writes an image of these layers as they are into a layout at `dir`; returns its digest. */
export async function writeRawImage(
  dir: string,
  layers: RawLayer[],
  ref = 'hostile:latest',
): Promise<string> {
  await initLayout(dir);
  const descriptors: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const l of layers) {
    const written = await writeBlob(dir, l.bytes, l.mediaType ?? MEDIA.layerGzip);
    descriptors.push({ ...written, ...l.descriptor });
    diffIds.push(l.diffId ?? sha256Digest(l.bytes));
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    config: { User: '10001' },
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const configDesc = await writeJsonBlob(dir, config, MEDIA.config);
  const manifest = await writeJsonBlob(
    dir,
    { schemaVersion: 2, mediaType: MEDIA.manifest, config: configDesc, layers: descriptors },
    MEDIA.manifest,
  );
  await addToIndex(dir, manifest, ref);
  return manifest.digest;
}
