import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { blobPath, sha256Digest, writeJsonBlob } from '../../src/oci/layout.js';
import { MEDIA } from '../../src/oci/types.js';
import { unpackImage } from '../../src/sbom/rootfs.js';
import {
  bulkTar,
  gzipBomb,
  gzipLayer,
  tarOf,
  writeRawImage,
  zstdLayer,
  type TarEntry,
} from '../helpers/hostile-image.js';
import { removeDir, tempDir } from '../steps/step-context.js';

/**
 * An image is hostile input: every layout here is built to break the unpacker (escape its
 * root, exhaust the disk, swap a layer, end early). Each must end in a clear error naming the
 * blob, with nothing outside the root touched and the root itself removed.
 */

let dir: string;
let layout: string;
/** The folder the root is made in; a sentinel beside the root shows nothing above it is touched. */
let parent: string;
let root: string;
let sentinel: string;

beforeEach(async () => {
  dir = await tempDir('unpack-hostile');
  layout = join(dir, 'layout');
  parent = join(dir, 'scratch');
  root = join(parent, 'root');
  sentinel = join(parent, 'sentinel.txt');
  await mkdir(parent, { recursive: true });
  await writeFile(sentinel, 'still here\n');
});
afterEach(() => removeDir(dir));

const file = (name: string, body = 'x\n'): TarEntry => ({ name, body });

async function refused(promise: Promise<unknown>, message: RegExp): Promise<TollgateError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TollgateError);
  expect((e as TollgateError).code).toBe('INPUT_INVALID');
  expect((e as Error).message).toMatch(message);
  expect(existsSync(sentinel)).toBe(true);
  expect(existsSync(root)).toBe(false);
  return e as TollgateError;
}

describe('paths that leave the root', () => {
  it('refuses a top-level whiteout of ".." instead of deleting the root\'s parent', async () => {
    await writeRawImage(layout, [
      gzipLayer(await tarOf([file('etc/hostname')])),
      gzipLayer(await tarOf([{ name: '.wh...', body: '' }])),
    ]);
    await refused(unpackImage(layout, root), /whiteout "\.wh\.\.\." leaves the image root/);
  });

  it('refuses whiteouts of "." and of a folder\'s ".."', async () => {
    await writeRawImage(layout, [gzipLayer(await tarOf([{ name: 'usr/.wh...', body: '' }]))]);
    await refused(unpackImage(layout, root), /whiteout "usr\/\.wh\.\.\." leaves the image root/);
    await writeRawImage(join(dir, 'dot'), [gzipLayer(await tarOf([{ name: '.wh..', body: '' }]))]);
    await refused(unpackImage(join(dir, 'dot'), root), /leaves the image root/);
  });

  it('refuses files, symbolic links and hard links whose path or target climbs out, and only those', async () => {
    const cases: [string, TarEntry[]][] = [
      ['file', [file('../../escaped.txt')]],
      ['nested', [file('a/../../escaped.txt')]],
      ['symlink', [{ name: 'etc/passwd', type: 'symlink', linkname: '../../../outside' }]],
      [
        'hardlink',
        [file('etc/ok'), { name: 'etc/stolen', type: 'link', linkname: '../../sentinel.txt' }],
      ],
    ];
    for (const [name, entries] of cases) {
      const l = join(dir, name);
      await writeRawImage(l, [gzipLayer(await tarOf(entries))]);
      await refused(unpackImage(l, root), /leaves the image root/);
    }
    expect(existsSync(join(dir, 'escaped.txt'))).toBe(false);
    // A name that climbs and comes back, and absolute links, stay inside: they are read.
    await writeRawImage(layout, [
      gzipLayer(
        await tarOf([
          file('usr/lib/../lib/os-release', 'ID=debian\n'),
          { name: 'etc/os-release', type: 'symlink', linkname: '/usr/lib/os-release' },
          { name: 'usr/lib/os-release.hard', type: 'link', linkname: 'usr/lib/os-release' },
        ]),
      ),
    ]);
    const fs = await unpackImage(layout, root);
    expect([...fs.files.keys()].sort()).toEqual(['usr/lib/os-release', 'usr/lib/os-release.hard']);
    expect(fs.links.get('etc/os-release')).toBe('/usr/lib/os-release');
    expect(await readFile(join(root, 'usr/lib/os-release.hard'), 'utf8')).toBe('ID=debian\n');
  });
});

describe('malformed layers', () => {
  it('names a truncated gzip layer instead of crashing', async () => {
    const good = gzipLayer(await tarOf([file('etc/hostname'), file('etc/motd', 'x'.repeat(5000))]));
    await writeRawImage(layout, [
      { ...good, bytes: good.bytes.subarray(0, good.bytes.length - 40) },
    ]);
    const e = await refused(unpackImage(layout, root), /cannot be unpacked/);
    expect(e.message).toContain(join(layout, 'blobs', 'sha256'));
  });

  it('ends, naming the layer, when a gzip layer is cut in the middle of a large file', async () => {
    // Incompressible bytes, cut halfway: the error arrives while that file is being written,
    // and the unpack must still settle (an unsettled wait here ended the whole process).
    const big = randomBytes(4 << 20);
    const good = gzipLayer(await tarOf([file('etc/hostname'), { name: 'opt/blob', body: big }]));
    await writeRawImage(layout, [
      { ...good, bytes: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)) },
    ]);
    await refused(unpackImage(layout, root), /cannot be unpacked/);
  });

  it('names a truncated zstd layer', async () => {
    const good = zstdLayer(await tarOf([file('etc/motd', 'y'.repeat(5000))]));
    await writeRawImage(layout, [
      { ...good, bytes: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)) },
    ]);
    await refused(unpackImage(layout, root), /cannot be unpacked/);
  });

  it('names a layer that is not a tar, and a media type that is not a layer', async () => {
    await writeRawImage(layout, [
      { bytes: gzipSync(Buffer.from('not a tar at all\n'.repeat(64))) },
    ]);
    await refused(unpackImage(layout, root), /cannot be unpacked/);
    const other = join(dir, 'other');
    await writeRawImage(other, [
      { bytes: Buffer.from('{}'), mediaType: 'application/vnd.example.not-a-layer' },
    ]);
    await refused(unpackImage(other, root), /not a tar layer/);
  });

  it('names a manifest whose layers are not descriptors, or do not pair with diff ids', async () => {
    const config = await writeJsonBlob(
      layout,
      { rootfs: { type: 'layers', diff_ids: [sha256Digest('a layer')] } },
      MEDIA.config,
    );
    const image = async (layers: unknown[]) => {
      const m = await writeJsonBlob(
        layout,
        { schemaVersion: 2, mediaType: MEDIA.manifest, config, layers },
        MEDIA.manifest,
      );
      await writeFile(
        join(layout, 'index.json'),
        JSON.stringify({ schemaVersion: 2, manifests: [m] }),
      );
    };
    await image([null]);
    await refused(unpackImage(layout, root), /layer 1 of the manifest is not a descriptor/);
    await image([{ mediaType: MEDIA.layerGzip, digest: 42, size: 1 }]);
    await refused(unpackImage(layout, root), /layer 1 of the manifest is not a descriptor/);
    await image([]);
    await refused(unpackImage(layout, root), /0 layer\(s\), its config 1 diff id/);
  });
});

describe('digests and sizes', () => {
  it('refuses a layer whose bytes were swapped after the manifest was written', async () => {
    // Plain tar layers of the same length: only the digest can tell them apart.
    const original = await tarOf([file('app/server.js', 'original\n')]);
    const swapped = await tarOf([file('app/server.js', 'swapped!\n')]);
    expect(swapped.length).toBe(original.length);
    await writeRawImage(layout, [{ bytes: original, mediaType: MEDIA.layerTar }]);
    await writeFile(blobPath(layout, sha256Digest(original)), swapped);
    await refused(unpackImage(layout, root), /content does not match digest sha256:/);
  });

  it('refuses a layer longer or shorter than its descriptor says', async () => {
    const layer = gzipLayer(await tarOf([file('a')]));
    await writeRawImage(layout, [{ ...layer, descriptor: { size: layer.bytes.length - 1 } }]);
    await refused(unpackImage(layout, root), /has \d+ bytes, its descriptor declares/);
    const longer = join(dir, 'longer');
    await writeRawImage(longer, [{ ...layer, descriptor: { size: layer.bytes.length + 1 } }]);
    await refused(unpackImage(longer, root), /has \d+ bytes, its descriptor declares/);
  });

  it("refuses a layer whose uncompressed tar is not the config's diff id", async () => {
    const layer = gzipLayer(await tarOf([file('a')]));
    await writeRawImage(layout, [{ ...layer, diffId: sha256Digest('something else') }]);
    await refused(unpackImage(layout, root), /diff id/);
  });

  it('does not read a config blob larger than a config may be', async () => {
    await writeRawImage(layout, [gzipLayer(await tarOf([file('a')]))]);
    // A config descriptor that declares 64 MiB, and a (sparse) blob of that size.
    const huge = await writeJsonBlob(layout, {}, MEDIA.config);
    await truncate(blobPath(layout, huge.digest), 64 << 20);
    const manifest = await writeJsonBlob(
      layout,
      {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        config: { ...huge, size: 64 << 20 },
        layers: [],
      },
      MEDIA.manifest,
    );
    await writeFile(
      join(layout, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [manifest] }),
    );
    await refused(unpackImage(layout, root), /more than .* MiB/);
  });
});

describe('limits', () => {
  it('stops a gzip bomb at the configured number of unpacked bytes', async () => {
    const bomb = await gzipBomb(64 << 20);
    expect(bomb.length).toBeLessThan(256 << 10);
    await writeRawImage(layout, [{ bytes: bomb }]);
    await refused(
      unpackImage(layout, root, undefined, { limits: { maxUnpackedBytes: 1 << 20 } }),
      /more than 1 MiB unpacked/,
    );
  });

  it('stops at the configured number of entries and path length', async () => {
    const many = Array.from({ length: 50 }, (_, i) => file(`f/${i}`));
    await writeRawImage(layout, [gzipLayer(await tarOf(many))]);
    await refused(
      unpackImage(layout, root, undefined, { limits: { maxEntries: 20 } }),
      /more than 20 entries/,
    );
    const long = join(dir, 'long');
    await writeRawImage(long, [gzipLayer(await tarOf([file(`${'d/'.repeat(150)}f`)]))]);
    await refused(
      unpackImage(long, root, undefined, { limits: { maxPathLength: 200 } }),
      /longer than 200 bytes/,
    );
    const target = join(dir, 'target');
    await writeRawImage(target, [
      gzipLayer(await tarOf([{ name: 'l', type: 'symlink', linkname: 'x'.repeat(300) }])),
    ]);
    await refused(
      unpackImage(target, root, undefined, { limits: { maxPathLength: 200 } }),
      /longer than 200 bytes/,
    );
  });

  it('unpacks within the limits, counting what it unpacked', async () => {
    await writeRawImage(layout, [gzipLayer(await tarOf([file('a/b', '12345')]))]);
    const fs = await unpackImage(layout, root, undefined, {
      limits: { maxEntries: 1, maxUnpackedBytes: 4096, maxPathLength: 3 },
    });
    expect(fs.files.get('a/b')).toBe(5);
    expect(fs.stats.entries).toBe(1);
  });
});

describe('whiteouts in linear time', () => {
  /**
   * A layer of n entries in a few folders (symbolic links, which the unpacker only indexes,
   * and some files), then a layer that whites out every one of them and repeats an opaque
   * marker: the work the unpacker does (index nodes visited and file system calls, counted by
   * the unpacker) must grow with n, not with n².
   */
  async function work(n: number): Promise<number> {
    const l = join(dir, `lin-${n}`);
    const names = Array.from({ length: n }, (_, i) => `d${i % 4}/e${i}`);
    const lower = bulkTar(
      names.map((name, i) =>
        i % 50 === 0
          ? { name, body: '' }
          : { name, type: 'symlink' as const, linkname: '/usr/bin/true' },
      ),
    );
    const upper = bulkTar([
      ...names.map((name) => ({ name: name.replace(/e(\d+)$/, '.wh.e$1'), body: '' })),
      ...Array.from({ length: n / 10 }, () => ({ name: 'd0/.wh..wh..opq', body: '' })),
      { name: 'd0/kept', body: 'k' },
    ]);
    await writeRawImage(l, [gzipLayer(lower), gzipLayer(upper)]);
    const fs = await unpackImage(l, join(dir, `root-${n}`));
    expect([...fs.files.keys()]).toEqual(['d0/kept']);
    expect(fs.links.size).toBe(0);
    return fs.stats.work;
  }

  it('does the same work per whiteout for 10k and 20k whiteouts', async () => {
    const small = await work(10_000);
    const large = await work(20_000);
    expect(large).toBeLessThan(small * 2.2);
    // A handful of units per entry (two layers of n entries), whatever n is.
    expect(large / (2 * 20_000)).toBeLessThan(6);
  });
});
