import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBlob } from '../../src/oci/layout.js';
import { RegistryRepository } from '../../src/oci/registry/client.js';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { attachArtifact, fallbackTag, listReferrers } from '../../src/oci/registry/referrers.js';
import { removeDir, tempDir } from '../steps/step-context.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';

const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

describe('OCI registry client against docker-registry with htpasswd', () => {
  let reg: TestRegistry;
  let dir: string;
  let image: { digest: string; size: number; layer: string };
  const repo = (name: string, password?: string) =>
    new RegistryRepository(
      {
        registry: reg.host,
        credentials: { username: reg.username, password: password ?? reg.password, source: 'test' },
      },
      name,
    );

  beforeAll(async () => {
    reg = await startRegistry();
    dir = await tempDir('registry-client');
    image = await buildTestImage(join(dir, 'build'));
  });
  afterAll(async () => {
    await reg?.stop();
    await removeDir(dir);
  });

  it('pushes an image by digest and pulls it back byte for byte', async () => {
    const src = new LayoutTarget(join(dir, 'build'));
    const dst = repo('acme/app');
    const res = await copyImage(src, dst, image.digest, { tag: 'v1' });
    expect(res.blobsCopied).toBe(2);
    const byTag = await dst.getManifest('v1');
    expect(byTag?.digest).toBe(image.digest);
    const back = new LayoutTarget(join(dir, 'pulled'));
    await copyImage(dst, back, image.digest);
    for (const d of [image.digest, image.layer]) {
      expect(
        (await readBlob(join(dir, 'pulled'), d)).equals(await readBlob(join(dir, 'build'), d)),
      ).toBe(true);
    }
    // A second push finds every blob there and uploads nothing.
    expect((await copyImage(src, dst, image.digest)).blobsCopied).toBe(0);
  });

  it('says clearly when the registry refuses the password', async () => {
    await expect(repo('acme/app', 'wrong').getManifest(image.digest)).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      exitCode: 2,
      message: expect.stringMatching(/refused the credentials of "tollgate"/),
    });
  });

  it('attaches referrers through the sha256-<hex> tag and copies them along', async () => {
    const dst = repo('acme/app');
    const subject = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: image.digest,
      size: image.size,
    };
    const a = await attachArtifact(dst, {
      subject,
      artifactType: BUNDLE_TYPE,
      content: Buffer.from('{"a":1}'),
    });
    const b = await attachArtifact(dst, {
      subject,
      artifactType: BUNDLE_TYPE,
      content: Buffer.from('{"b":2}'),
    });
    const tagIndex = await dst.getManifest(fallbackTag(image.digest));
    expect(tagIndex?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const listed = await listReferrers(dst, image.digest);
    expect(listed.map((d) => d.digest).sort()).toEqual([a.digest, b.digest].sort());
    expect(listed.every((d) => d.artifactType === BUNDLE_TYPE)).toBe(true);

    // registry → registry (another repository: blobs are mounted) and registry → layout.
    const other = repo('promoted/app');
    const copied = await copyImage(dst, other, image.digest, { tag: 'prod' });
    expect(copied.referrersCopied).toBe(2);
    expect((await listReferrers(other, image.digest)).length).toBe(2);
    const layout = new LayoutTarget(join(dir, 'mirror'));
    await copyImage(other, layout, image.digest);
    const inLayout = await listReferrers(layout, image.digest);
    expect(inLayout.map((d) => d.digest).sort()).toEqual([a.digest, b.digest].sort());
  });

  it('rejects a blob whose stored content was replaced', async () => {
    const dst = repo('tamper/app');
    await copyImage(new LayoutTarget(join(dir, 'build')), dst, image.digest);
    const hex = image.layer.slice('sha256:'.length);
    const data = join(reg.storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    await writeFile(data, 'not the layer');
    await mkdir(join(dir, 'out'), { recursive: true });
    await expect(
      copyImage(dst, new LayoutTarget(join(dir, 'out')), image.digest),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
    });
    expect(await readdir(join(reg.storage, 'docker/registry/v2/repositories'))).toContain('tamper');
  });
});
