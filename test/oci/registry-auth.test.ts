import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/oci/layout.js';
import { CHUNK_BYTES, RegistryRepository } from '../../src/oci/registry/client.js';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from '../steps/step-context.js';

describe('registry client with Bearer token authentication (docker-registry auth: token)', () => {
  let reg: TestRegistry;
  let dir: string;
  const repo = (password: string) =>
    new RegistryRepository(
      { registry: reg.host, credentials: { username: reg.username, password, source: 'test' } },
      'bearer/app',
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
    const data = randomBytes(CHUNK_BYTES + 1024 * 1024);
    const desc = {
      mediaType: 'application/octet-stream',
      digest: sha256Digest(data),
      size: data.length,
    };
    const target = repo(reg.password);
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
