import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { readBlob } from '../../src/oci/layout.js';
import type { Descriptor } from '../../src/oci/types.js';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'container', 'node-service');

/** A copy of the fixture service, built (src → dist) as its compile step would. */
export function builtFixture(): {
  root: string;
  repo: string;
  reports: string;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'tollgate-container-'));
  const repo = join(root, 'repo');
  cpSync(FIXTURE, repo, { recursive: true });
  execFileSync(process.execPath, ['build.mjs'], { cwd: repo });
  return {
    root,
    repo,
    reports: join(root, 'reports'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface TarEntry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  linkname?: string;
  data?: Buffer;
}

/** The entries of a gzip layer blob (contents kept only for small files). */
export async function layerEntries(layout: string, layer: Descriptor): Promise<TarEntry[]> {
  const tarBytes = gunzipSync(await readBlob(layout, layer));
  const extract = tar.extract();
  const out: TarEntry[] = [];
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        if ((h.size ?? 0) < 100_000) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        out.push({
          name: h.name,
          type: h.type ?? 'file',
          mode: h.mode ?? 0,
          uid: h.uid ?? -1,
          gid: h.gid ?? -1,
          mtime: h.mtime?.getTime() ?? -1,
          ...(h.linkname ? { linkname: h.linkname } : {}),
          ...(chunks.length ? { data: Buffer.concat(chunks) } : {}),
        });
        next();
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  extract.end(tarBytes);
  await done;
  return out;
}

/** podman with its own storage (vfs) and the flags that work on this machine. */
export function podman(store: string, args: string[], timeout = 60_000) {
  return spawnSync(
    'podman',
    [
      '--root',
      join(store, 'root'),
      '--runroot',
      join(store, 'run'),
      '--storage-driver',
      'vfs',
      '--runtime',
      'runc',
      '--cgroup-manager',
      'cgroupfs',
      '--events-backend',
      'file',
      ...args,
    ],
    { encoding: 'utf8', timeout },
  );
}

export const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/**
 * Loads an image of an OCI layout into podman's storage and returns its id. podman 4.3 names
 * the image after the layout's path and refuses upper case (mkdtemp names have some), so it
 * reads the layout through a lower-case link.
 */
export function podmanPull(store: string, layout: string, ref: string): string {
  const link = join(tmpdir(), `tollgate-oci-${randomBytes(6).toString('hex')}`);
  symlinkSync(layout, link);
  try {
    const pull = podman(store, ['pull', '-q', `oci:${link}:${ref}`]);
    if (pull.status !== 0) throw new Error(`podman pull failed: ${pull.stderr}`);
    return pull.stdout.trim().split('\n').pop()!;
  } finally {
    rmSync(link, { force: true });
  }
}
