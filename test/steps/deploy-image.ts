import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pack } from 'tar-stream';
import { addToIndex, initLayout, writeBlob, writeJsonBlob } from '../../src/oci/layout.js';
import { MEDIA } from '../../src/oci/types.js';
import { writeHandoff, IMAGE_FILE } from '../../src/steps/common/handoff.js';

/**
 * A small image for the deploy tests, built the way the container step hands one over: an OCI
 * layout with one layer holding Debian's static busybox, whose httpd serves /www (with a
 * /www/healthz file). `cmd` is the container command; the default serves on 8080.
 */
export const HTTPD_CMD = ['/bin/busybox', 'httpd', '-f', '-p', '8080', '-h', '/www'];

/** Fixed times: the same files give the same layer, so the same image digest. */
const EPOCH = new Date(0);

async function layer(files: Record<string, { data: Buffer | string; mode: number }>) {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', resolve);
    p.on('error', reject);
  });
  const dirs = new Set<string>();
  for (const name of Object.keys(files)) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const d of [...dirs].sort())
    p.entry({ name: `${d}/`, type: 'directory', mode: 0o755, mtime: EPOCH });
  for (const [name, f] of Object.entries(files)) {
    const data = Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data);
    p.entry({ name, mode: f.mode, size: data.length, mtime: EPOCH }, data);
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Writes `image.json` + layout into `containerDir` (the container step's folder). */
export async function buildBusyboxImage(
  containerDir: string,
  opts: { cmd?: string[]; exposed?: number[]; name?: string } = {},
): Promise<{ digest: string; ref: string }> {
  const layoutDir = join(containerDir, 'image');
  await initLayout(layoutDir);
  const tar = await layer({
    'bin/busybox': { data: await readFile('/bin/busybox'), mode: 0o755 },
    'www/healthz': { data: 'ok\n', mode: 0o644 },
    'www/index.html': { data: '<h1>fixture</h1>\n', mode: 0o644 },
  });
  const layerDesc = await writeBlob(layoutDir, tar, MEDIA.layerTar);
  const diffId = layerDesc.digest;
  const exposed = opts.exposed ?? [8080];
  const config = await writeJsonBlob(
    layoutDir,
    {
      architecture: 'amd64',
      os: 'linux',
      config: {
        Cmd: opts.cmd ?? HTTPD_CMD,
        User: '10001',
        ExposedPorts: Object.fromEntries(exposed.map((p) => [`${p}/tcp`, {}])),
      },
      rootfs: { type: 'layers', diff_ids: [diffId] },
    },
    MEDIA.config,
  );
  const manifest = await writeJsonBlob(
    layoutDir,
    { schemaVersion: 2, mediaType: MEDIA.manifest, config, layers: [layerDesc] },
    MEDIA.manifest,
  );
  const name = opts.name ?? 'fixture-httpd';
  const ref = `${name}:test`;
  await addToIndex(layoutDir, manifest, ref);
  await writeHandoff(containerDir, IMAGE_FILE, {
    layout: 'image',
    digest: manifest.digest,
    name,
    ref,
  });
  return { digest: manifest.digest, ref };
}
