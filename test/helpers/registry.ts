import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack } from 'tar-stream';
import {
  addToIndex,
  initLayout,
  sha256Digest,
  writeBlob,
  writeJsonBlob,
} from '../../src/oci/layout.js';
import { MEDIA } from '../../src/oci/types.js';
import { startTokenService } from './registry-token.js';

/**
 * A real OCI registry for the tests: Debian's `docker-registry` (distribution 2.8) on a free
 * 127.0.0.1 port, filesystem storage in a temp folder and htpasswd (bcrypt) authentication.
 * Distribution 2.8 has no referrers API, so the tag fallback is what the tests exercise.
 */
export interface TestRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  username: string;
  password: string;
  /** The storage folder (to tamper with blobs behind the registry's back). */
  storage: string;
  /** The scopes the token service was asked for (token mode). */
  tokenScopes?: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForChallenge(host: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${log()}`);
    try {
      const res = await fetch(`http://${host}/v2/`);
      if (res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer on ${host}: ${log()}`);
}

export interface RegistryOptions {
  username?: string;
  password?: string;
  /** htpasswd (Basic, the default) or token (Bearer, with a token service on 127.0.0.1). */
  auth?: 'htpasswd' | 'token';
}

export async function startRegistry(o: RegistryOptions = {}): Promise<TestRegistry> {
  const username = o.username ?? 'tollgate';
  const password = o.password ?? 's3cret-pass';
  const dir = await mkdtemp(join(tmpdir(), 'tollgate-registry-'));
  const storage = join(dir, 'storage');
  const htpasswd = join(dir, 'htpasswd');
  await writeFile(
    htpasswd,
    execFileSync('htpasswd', ['-Bbn', username, password], { encoding: 'utf8' }),
  );
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const token = o.auth === 'token' ? await startTokenService(dir, username, password) : undefined;
  const auth = token
    ? `auth: { token: { realm: "${token.realm}", service: ${token.service}, issuer: ${token.issuer}, rootcertbundle: ${token.certFile} } }`
    : `auth: { htpasswd: { realm: tollgate-test, path: ${htpasswd} } }`;
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: { level: warn }',
      `storage: { filesystem: { rootdirectory: ${storage} }, delete: { enabled: true } }`,
      `http: { addr: "${host}" }`,
      auth,
      '',
    ].join('\n'),
  );
  const child = spawn('/usr/bin/docker-registry', ['serve', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString('utf8')).slice(-4000);
  });
  try {
    await waitForChallenge(host, child, () => stderr);
  } catch (e) {
    if (child.pid) process.kill(child.pid, 'SIGTERM');
    await token?.close();
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    host,
    username,
    password,
    storage,
    ...(token ? { tokenScopes: token.scopes } : {}),
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(child.pid, 'SIGTERM');
        await exited;
      }
      await token?.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A small real image in an OCI layout: a config and one tar layer holding one file. */
export async function buildTestImage(
  layoutDir: string,
  refName = 'sample-service:1.0',
  content = 'hello from the test image\n',
): Promise<{ digest: string; size: number; layer: string }> {
  const p = pack();
  p.entry({ name: 'app/hello.txt', mtime: new Date(0), mode: 0o644 }, content);
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const c of p) chunks.push(c as Buffer);
  const tar = Buffer.concat(chunks);
  await initLayout(layoutDir);
  const layer = await writeBlob(layoutDir, tar, MEDIA.layerTar);
  const config = await writeJsonBlob(
    layoutDir,
    {
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/app/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
    },
    MEDIA.config,
  );
  const manifest = await writeJsonBlob(
    layoutDir,
    { schemaVersion: 2, mediaType: MEDIA.manifest, config, layers: [layer] },
    MEDIA.manifest,
  );
  await addToIndex(layoutDir, manifest, refName);
  return { digest: manifest.digest, size: manifest.size, layer: layer.digest };
}
