import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/steps/common/handoff.js';
import { deployStaging } from '../../src/steps/deploy-staging/index.js';
import { tearDownDeployments } from '../../src/steps/deploy-test/index.js';
import { publishStaging } from '../../src/steps/publish-staging/index.js';
import { buildBusyboxImage } from './deploy-image.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * deploy-staging runs deploy-test's podman target on the image pulled by digest from the
 * staging repository (here the embedded layout), with the health check; an altered staged
 * image is refused before anything starts.
 */
describe('deploy-staging', () => {
  let root: string;
  let digest: string;
  const reports = () => join(root, 'reports');

  beforeAll(async () => {
    root = await tempDir('deploy-staging');
    delete process.env.TOLLGATE_STAGING_REGISTRY;
    const container = join(reports(), 'container');
    ({ digest } = await buildBusyboxImage(container));
    // What publish-image leaves: the image by digest in a local layout.
    await writeFile(
      join(await mkdirp(join(reports(), 'publish-image')), 'publish.json'),
      JSON.stringify({ reference: `oci:${join(container, 'image')}@${digest}`, digest }),
    );
    const out = join(reports(), 'publish-staging');
    const staged = await publishStaging.run(stepContext('publish-staging', root, out));
    expect(staged.status, staged.reason).toBe('passed');
  });
  afterAll(async () => {
    await tearDownDeployments([join(reports(), 'deploy-staging')]);
    await removeDir(root);
  });

  it('deploys the staged digest with podman and passes the health check', async () => {
    const out = join(reports(), 'deploy-staging');
    const ctx = stepContext('deploy-staging', root, out, { 'health-timeout': '30' });
    const result = await deployStaging.run(ctx);
    try {
      expect(result.status, result.reason).toBe('passed');
      const d = JSON.parse(await readFile(join(out, 'deployment.json'), 'utf8')) as Deployment;
      expect(d).toMatchObject({ target: 'podman', image: digest, host: '127.0.0.1' });
      const res = await fetch(`${d.baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      expect(res.status).toBe(200);
      expect(result.summary).toMatch(/Deploy to staging/);
      expect(result.materials?.[0]?.digest.sha256).toBe(digest.slice(7));
    } finally {
      await tearDownDeployments([out]);
    }
  });

  it('refuses a staged image whose layer was altered in the staging repository', async () => {
    const blobs = join(reports(), 'publish-staging/staging/blobs/sha256');
    // The largest blob is the busybox layer.
    const files = await readdir(blobs);
    const sizes = await Promise.all(
      files.map(async (f) => (await readFile(join(blobs, f))).length),
    );
    const layer = files[sizes.indexOf(Math.max(...sizes))]!;
    const bytes = await readFile(join(blobs, layer));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(join(blobs, layer), bytes);
    const out = join(reports(), 'deploy-staging-2');
    await expect(deployStaging.run(stepContext('deploy-staging', root, out, {}))).rejects.toThrow(
      /content does not match digest/,
    );
  });
});

async function mkdirp(dir: string): Promise<string> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  return dir;
}
