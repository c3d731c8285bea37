import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { adoptBlobFile, tempBlobFile } from './layout.js';
import { MEDIA, type Descriptor } from './types.js';

/**
 * Reproducible image layers: the same entries give the same bytes, so the same build gives the
 * same image digest. Entries are sorted by path, every timestamp is the epoch, owners are
 * root (0:0, no names) and modes are fixed by the caller; Node's gzip header carries mtime 0
 * and no file name, so the compressed bytes depend only on the tar and the level.
 */

export type LayerEntry =
  | { path: string; type: 'dir'; mode?: number }
  | { path: string; type: 'file'; mode: number; source: string; size: number }
  | { path: string; type: 'data'; mode: number; data: Buffer }
  | { path: string; type: 'symlink'; target: string };

export interface BuiltLayer {
  descriptor: Descriptor;
  /** sha256 of the uncompressed tar: the config's rootfs.diff_ids entry. */
  diffId: string;
  entries: number;
}

const EPOCH = new Date(0);

/** Adds the parent folders an entry list lacks (a tar without them extracts, but not everywhere alike). */
export function withParents(entries: LayerEntry[]): LayerEntry[] {
  const byPath = new Map<string, LayerEntry>();
  for (const e of entries) byPath.set(normalise(e.path), { ...e, path: normalise(e.path) });
  for (const p of [...byPath.keys()]) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!byPath.has(dir)) byPath.set(dir, { path: dir, type: 'dir' });
    }
  }
  // Plain code-point order, independent of the locale.
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function normalise(p: string): string {
  return p.replace(/^\/+/, '').replace(/\/+$/, '');
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

async function addEntry(pack: tar.Pack, e: LayerEntry): Promise<void> {
  const base = { name: e.path, mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
  switch (e.type) {
    case 'dir':
      await new Promise<void>((res, rej) =>
        pack.entry(
          { ...base, name: `${e.path}/`, type: 'directory', mode: e.mode ?? 0o755 },
          (err) => (err ? rej(err) : res()),
        ),
      );
      return;
    case 'symlink':
      await new Promise<void>((res, rej) =>
        pack.entry({ ...base, type: 'symlink', linkname: e.target, mode: 0o777 }, (err) =>
          err ? rej(err) : res(),
        ),
      );
      return;
    case 'data':
      await new Promise<void>((res, rej) =>
        pack.entry({ ...base, type: 'file', mode: e.mode, size: e.data.length }, e.data, (err) =>
          err ? rej(err) : res(),
        ),
      );
      return;
    case 'file': {
      const sink = pack.entry({ ...base, type: 'file', mode: e.mode, size: e.size });
      await pipeline(createReadStream(e.source), sink);
      return;
    }
  }
}

/**
 * Writes a gzip layer into the layout `dir` and returns its descriptor and diff id. The tar is
 * streamed (a node binary is about 120 MB) and hashed before and after compression.
 */
export async function writeLayer(
  dir: string,
  entries: LayerEntry[],
  options: { level?: number } = {},
): Promise<BuiltLayer> {
  const sorted = withParents(entries);
  const tmp = await tempBlobFile(dir);
  const pack = tar.pack();
  const diff = createHash('sha256');
  const done = pipeline(
    pack,
    hashing(diff),
    createGzip({ level: options.level ?? 6 }),
    createWriteStream(tmp),
  );
  try {
    for (const e of sorted) await addEntry(pack, e);
    pack.finalize();
    await done;
  } catch (e) {
    pack.destroy(e as Error);
    await done.catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
  const descriptor = await adoptBlobFile(dir, tmp, MEDIA.layerGzip);
  return { descriptor, diffId: `sha256:${diff.digest('hex')}`, entries: sorted.length };
}
