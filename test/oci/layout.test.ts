import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractLayoutTar, keepSingleImage } from '../../src/oci/archive.js';
import { writeLayer, withParents } from '../../src/oci/layer.js';
import {
  addToIndex,
  blobPath,
  initLayout,
  readBlob,
  readIndex,
  REF_NAME,
  resolveImage,
  writeBlob,
  writeImage,
  writeJsonBlob,
} from '../../src/oci/layout.js';
import { MEDIA, type ImageConfig } from '../../src/oci/types.js';

const CONFIG: ImageConfig = {
  architecture: 'amd64',
  os: 'linux',
  rootfs: { type: 'layers', diff_ids: [] },
};

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tollgate-oci-'));
  await initLayout(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('OCI layout', () => {
  it('starts with an empty index and the layout marker', async () => {
    expect(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    expect((await readIndex(dir)).manifests).toEqual([]);
  });

  it('reads a blob back only when its content matches the digest', async () => {
    const d = await writeBlob(dir, Buffer.from('hello'), 'text/plain');
    expect((await readBlob(dir, d)).toString()).toBe('hello');
    writeFileSync(blobPath(dir, d.digest), 'hellO');
    await expect(readBlob(dir, d)).rejects.toThrow(/content does not match digest/);
  });

  it('rejects a descriptor whose size disagrees, a missing blob and a malformed digest', async () => {
    const d = await writeBlob(dir, Buffer.from('abc'), 'text/plain');
    await expect(readBlob(dir, { ...d, size: 4 })).rejects.toThrow(/does not match/);
    await expect(readBlob(dir, `sha256:${'0'.repeat(64)}`)).rejects.toThrow(/is missing/);
    await expect(readBlob(dir, 'sha256:xyz')).rejects.toThrow(/not a sha256 digest/);
  });

  it('moves a tag: addToIndex with the same ref replaces the entry', async () => {
    const a = await writeJsonBlob(dir, { a: 1 }, MEDIA.manifest);
    const b = await writeJsonBlob(dir, { b: 1 }, MEDIA.manifest);
    await addToIndex(dir, a, 'app:1');
    await addToIndex(dir, b, 'app:1');
    await addToIndex(dir, a, 'app:2');
    const index = await readIndex(dir);
    expect(index.manifests.map((m) => [m.annotations?.[REF_NAME], m.digest])).toEqual([
      ['app:1', b.digest],
      ['app:2', a.digest],
    ]);
  });

  it('resolves an image by ref or digest, and refuses ambiguity with the names listed', async () => {
    const one = await writeImage(dir, CONFIG, [], 'app:1');
    const two = await writeImage(
      dir,
      { ...CONFIG, os: 'linux', architecture: 'arm64' },
      [],
      'app:2',
    );
    expect((await resolveImage(dir, 'app:2')).descriptor.digest).toBe(two.digest);
    expect((await resolveImage(dir, one.digest)).config).toEqual(CONFIG);
    await expect(resolveImage(dir)).rejects.toMatchObject({
      hint: 'images in the layout: app:1, app:2',
    });
    await expect(resolveImage(dir, 'app:3')).rejects.toThrow(/no image named "app:3"/);
  });

  it('detects a manifest changed after it was indexed', async () => {
    const d = await writeImage(dir, CONFIG, [], 'app:1');
    const path = blobPath(dir, d.digest);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('"schemaVersion":2', '"schemaVersion":2 '),
    );
    await expect(resolveImage(dir, 'app:1')).rejects.toThrow(/does not match digest/);
  });

  it('names a folder without index.json as not a layout', async () => {
    await expect(readIndex(join(dir, 'nothing'))).rejects.toThrow(/not an OCI image layout/);
  });
});

describe('reproducible layers', () => {
  it('writes the same bytes for the same entries in any order, with parents, epoch times and root owner', async () => {
    const file = join(dir, 'payload.txt');
    writeFileSync(file, 'payload');
    const entries = [
      { path: '/usr/local/bin/tool', type: 'file' as const, mode: 0o755, source: file, size: 7 },
      {
        path: '/etc/passwd',
        type: 'data' as const,
        mode: 0o644,
        data: Buffer.from('root:x:0:0::/:\n'),
      },
      { path: '/lib64', type: 'symlink' as const, target: 'usr/lib64' },
    ];
    const a = await writeLayer(dir, entries, { level: 1 });
    const b = await writeLayer(dir, [...entries].reverse(), { level: 1 });
    expect(b.descriptor).toEqual(a.descriptor);
    expect(a.diffId).not.toBe(a.descriptor.digest);
    const gz = await readBlob(dir, a.descriptor);
    expect(gz.readUInt32LE(4)).toBe(0); // gzip header mtime
    expect(gz[3]! & 0x08).toBe(0); // no file name field
    const names: string[] = [];
    const extract = tar.extract();
    extract.on('entry', (h, s, next) => {
      names.push(`${h.name} ${h.mtime?.getTime()} ${h.uid}:${h.gid}`);
      s.resume();
      s.on('end', next);
    });
    await new Promise<void>((res) => {
      extract.on('finish', () => res());
      extract.end(gunzipSync(gz));
    });
    expect(names).toEqual([
      'etc/ 0 0:0',
      'etc/passwd 0 0:0',
      'lib64 0 0:0',
      'usr/ 0 0:0',
      'usr/local/ 0 0:0',
      'usr/local/bin/ 0 0:0',
      'usr/local/bin/tool 0 0:0',
    ]);
  });

  it('sorts by code point, not by locale', () => {
    expect(
      withParents([
        { path: 'b', type: 'dir' },
        { path: 'B', type: 'dir' },
        { path: 'a', type: 'dir' },
      ]).map((e) => e.path),
    ).toEqual(['B', 'a', 'b']);
  });
});

describe('layouts from a tar (docker buildx --output type=oci)', () => {
  it('keeps the one image of a nested index, drops attestation manifests, names it', async () => {
    const cfg = await writeJsonBlob(dir, CONFIG, MEDIA.config);
    const img = await writeJsonBlob(
      dir,
      { schemaVersion: 2, mediaType: MEDIA.manifest, config: cfg, layers: [] },
      MEDIA.manifest,
    );
    const att = await writeJsonBlob(
      dir,
      {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        config: cfg,
        layers: [],
        annotations: { a: '1' },
      },
      MEDIA.manifest,
    );
    const inner = await writeJsonBlob(
      dir,
      {
        schemaVersion: 2,
        mediaType: MEDIA.index,
        manifests: [
          { ...img, platform: { architecture: 'amd64', os: 'linux' } },
          { ...att, platform: { architecture: 'unknown', os: 'unknown' } },
        ],
      },
      MEDIA.index,
    );
    await addToIndex(dir, inner, 'latest');
    const desc = await keepSingleImage(dir, 'app:abc');
    expect(desc.digest).toBe(img.digest);
    expect((await resolveImage(dir)).descriptor.annotations).toEqual({ [REF_NAME]: 'app:abc' });
  });

  it('unpacks a layout tar and refuses entries that leave the folder', async () => {
    const pack = tar.pack();
    pack.entry({ name: 'oci-layout' }, '{"imageLayoutVersion":"1.0.0"}');
    pack.entry({ name: '../escape' }, 'x');
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const c of pack) chunks.push(c as Buffer);
    const file = join(dir, 'bad.tar');
    writeFileSync(file, Buffer.concat(chunks));
    const out = join(dir, 'out');
    await expect(extractLayoutTar(file, out)).rejects.toThrow(/leaves the layout/);
    expect(readFileSync(join(out, 'oci-layout'), 'utf8')).toContain('1.0.0');
  });
});
