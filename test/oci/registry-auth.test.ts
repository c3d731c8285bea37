import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/oci/layout.js';
import { RegistryRepository } from '../../src/oci/registry/client.js';
import { RegistryHttp } from '../../src/oci/registry/http.js';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from '../steps/step-context.js';

describe('registry client with Bearer token authentication (docker-registry auth: token)', () => {
  let reg: TestRegistry;
  let dir: string;
  const repo = (password: string, chunkBytes?: number) =>
    new RegistryRepository(
      { registry: reg.host, credentials: { username: reg.username, password, source: 'test' } },
      'bearer/app',
      chunkBytes,
    );

  beforeAll(async () => {
    reg = await startRegistry({ auth: 'token' });
    dir = await tempDir('registry-bearer');
  });
  afterAll(async () => {
    await reg?.stop();
    await removeDir(dir);
  });

  it('fetches a token for the repository scope and pushes and pulls with it', async () => {
    const image = await buildTestImage(join(dir, 'build'));
    const target = repo(reg.password);
    await copyImage(new LayoutTarget(join(dir, 'build')), target, image.digest, { tag: 'v1' });
    expect((await target.getManifest('v1'))?.digest).toBe(image.digest);
    expect(reg.tokenScopes).toContain('repository:bearer/app:pull,push');
  });

  it('uploads a blob larger than one chunk with PATCH and reads it back intact', async () => {
    const data = randomBytes(3 * 64 * 1024 + 123); // four chunks of 64 KiB, the last short
    const desc = {
      mediaType: 'application/octet-stream',
      digest: sha256Digest(data),
      size: data.length,
    };
    const target = repo(reg.password, 64 * 1024);
    await target.putBlob(data, desc);
    expect(await target.hasBlob(desc.digest)).toBe(true);
    expect((await target.getBlob(desc)).equals(data)).toBe(true);
  });

  it('reports refused credentials at the token service clearly', async () => {
    await expect(repo('wrong').hasBlob(sha256Digest('x'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/refused the credentials of "tollgate"/),
    });
  });
});

describe('credentials stay with the registry', () => {
  it('sends them to the registry only, not to an upload URL on another host', async () => {
    const seen: Record<string, (string | undefined)[]> = { registry: [], storage: [] };
    const serve = (name: string, challenge: boolean) =>
      createServer((req, res) => {
        seen[name]!.push(req.headers.authorization);
        if (challenge && !req.headers.authorization) {
          res.writeHead(401, { 'www-authenticate': 'Basic realm="double"' }).end();
        } else res.writeHead(200).end('{}');
      });
    const servers = [serve('registry', true), serve('storage', false)];
    const ports = await Promise.all(
      servers.map(
        (s) =>
          new Promise<number>((r) =>
            s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)),
          ),
      ),
    );
    try {
      const http = new RegistryHttp({
        registry: `127.0.0.1:${ports[0]}`,
        credentials: { username: 'u', password: 'p', source: 'test' },
      });
      const scope = 'repository:a:pull';
      expect((await http.request('GET', '/v2/', { scope })).status).toBe(200);
      expect(
        (await http.request('GET', `http://127.0.0.1:${ports[1]}/upload?x=1`, { scope })).status,
      ).toBe(200);
      expect(seen.registry).toEqual([undefined, `Basic ${Buffer.from('u:p').toString('base64')}`]);
      expect(seen.storage).toEqual([undefined]);
    } finally {
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    }
  });
});
