import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/oci/layout.js';
import { RegistryRepository } from '../../src/oci/registry/client.js';
import { ENV_PASSWORD, ENV_USERNAME } from '../../src/oci/registry/credentials.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { listReferrers } from '../../src/oci/registry/referrers.js';
import { destinationOf } from '../../src/steps/publish-image/destination.js';
import { makeRun, type RunFixture } from '../helpers/registry-run.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from './step-context.js';

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

describe('publish-image', () => {
  let reg: TestRegistry;
  let dir: string;
  let run: RunFixture;
  const saved = { user: process.env[ENV_USERNAME], pass: process.env[ENV_PASSWORD] };

  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(() => reg?.stop());
  beforeEach(async () => {
    dir = await tempDir('publish-image');
    run = await makeRun(dir);
    process.env[ENV_USERNAME] = reg.username;
    process.env[ENV_PASSWORD] = reg.password;
    delete process.env.TOLLGATE_REGISTRY; // the local-layout cases must not see a developer's setting
  });
  afterEach(async () => {
    for (const [k, v] of [
      [ENV_USERNAME, saved.user],
      [ENV_PASSWORD, saved.pass],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await removeDir(dir);
  });

  it('without a registry publishes into a local OCI layout with every image attestation attached', async () => {
    expect((await run.execute('sign-image')).status).toBe('passed');
    const out = await run.execute('publish-image');
    expect(out.status, out.reason).toBe('passed');
    const layout = join(dir, 'reports/publish-image/registry');
    const published = JSON.parse(
      await readFile(join(dir, 'reports/publish-image/publish.json'), 'utf8'),
    ) as { reference: string; referrers: { step: string }[] };
    // Relative to the step's folder: publish-staging reads it from the artifact elsewhere.
    expect(published.reference).toBe(`oci:registry@${run.digest}`);
    expect(published.referrers.map((r) => r.step).sort()).toEqual([
      'container',
      'container-scan',
      'container-scan',
      'sca',
      'sca',
      'sign-image',
    ]);
    const target = new LayoutTarget(layout);
    expect((await target.getManifest('1.0'))?.digest).toBe(run.digest);
    const refs = await listReferrers(target, run.digest);
    expect(refs).toHaveLength(6);
    expect(refs.every((r) => r.artifactType === BUNDLE)).toBe(true);
    expect(out.bundles).toEqual([join(run.attestations, 'publish-image.sigstore.json')]);
    // A standard client reads the layout as an image.
    const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${layout}:1.0`]);
    expect(sha256Digest(raw)).toBe(run.digest);
  });

  it('pushes to the registry by digest with the bundles as sha256-<hex> tag referrers', async () => {
    await run.execute('sign-image');
    const out = await run.execute('publish-image', { registry: `${reg.host}/acme`, tag: 'v7' });
    expect(out.status, out.reason).toBe('passed');
    expect(out.products[0]?.name).toBe(`${reg.host}/acme/sample-service`);
    const repo = new RegistryRepository(
      {
        registry: reg.host,
        credentials: { username: reg.username, password: reg.password, source: 'test' },
      },
      'acme/sample-service',
    );
    expect((await repo.getManifest('v7'))?.digest).toBe(run.digest);
    const fallback = await repo.getManifest(run.digest.replace(':', '-'));
    expect(fallback?.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(await listReferrers(repo, run.digest)).toHaveLength(6);
    const pulled = execFileSync('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      '--creds',
      `${reg.username}:${reg.password}`,
      `docker://${reg.host}/acme/sample-service:v7`,
    ]);
    expect(sha256Digest(pulled)).toBe(run.digest);
  });

  it('takes the registry from TOLLGATE_REGISTRY when the input is empty (tollgate run)', async () => {
    await run.execute('sign-image');
    process.env.TOLLGATE_REGISTRY = `${reg.host}/fromenv`;
    try {
      const out = await run.execute('publish-image');
      expect(out.status, out.reason).toBe('passed');
      expect(out.products[0]?.name).toBe(`${reg.host}/fromenv/sample-service`);
    } finally {
      delete process.env.TOLLGATE_REGISTRY;
    }
  });

  it('refuses to publish an image that sign-image did not sign', async () => {
    const out = await run.execute('publish-image', { registry: reg.host });
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/not signed/);
    const repo = new RegistryRepository(
      {
        registry: reg.host,
        credentials: { username: reg.username, password: reg.password, source: 't' },
      },
      'sample-service',
    );
    expect(await repo.getManifest(run.digest)).toBeUndefined();
  });

  it('fails with a clear message when the registry refuses the password', async () => {
    await run.execute('sign-image');
    process.env[ENV_PASSWORD] = 'not-the-password';
    const out = await run.execute('publish-image', { registry: reg.host });
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/refused the credentials of "tollgate"/);
  });

  it('maps the registry input and image name to a repository', () => {
    expect(destinationOf('127.0.0.1:5000', 'sample-service')).toMatchObject({
      registry: '127.0.0.1:5000',
      repository: 'sample-service',
    });
    expect(destinationOf('ghcr.io/acme', 'ghcr.io/acme/app')).toMatchObject({
      registry: 'ghcr.io',
      repository: 'acme/app',
    });
    expect(() => destinationOf('ghcr.io/acme', 'Bad Name')).toThrow(/not an image reference/);
  });
});
