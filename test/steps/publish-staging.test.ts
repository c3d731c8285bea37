import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/oci/layout.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { listReferrers } from '../../src/oci/registry/referrers.js';
import { RELEASE_ARTEFACT_TYPE } from '../../src/steps/publish-staging/artefacts.js';
import type { StagingRecord } from '../../src/steps/publish-staging/index.js';
import { makeRun, type RunFixture } from '../helpers/registry-run.js';
import { removeDir, tempDir } from './step-context.js';

/** publish-staging with the embedded default: publish-image's layout → a staging layout. */
describe('publish-staging', () => {
  let dir: string;
  let run: RunFixture;

  beforeAll(async () => {
    dir = await tempDir('publish-staging');
    run = await makeRun(dir);
    delete process.env.TOLLGATE_REGISTRY;
    delete process.env.TOLLGATE_STAGING_REGISTRY;
  });
  afterAll(() => removeDir(dir));

  it('fails when nothing was published (no publish-image output)', async () => {
    const out = await run.execute('publish-staging');
    expect(out.status).toBe('failed');
    expect(out.reason).toMatch(/publish-image.*publish\.json/);
  });

  it('copies the published digest with its referrers and the release files to staging', async () => {
    expect((await run.execute('sign-image')).status).toBe('passed');
    expect((await run.execute('publish-image')).status).toBe('passed');
    await writeFile(join(dir, 'NOTICES.txt'), 'third-party notices\n');
    const out = await run.execute('publish-staging', { artefacts: 'NOTICES.txt' });
    expect(out.status, out.reason).toBe('passed');
    const layout = join(dir, 'reports/publish-staging/staging');
    const record = JSON.parse(
      await readFile(join(dir, 'reports/publish-staging/staging.json'), 'utf8'),
    ) as StagingRecord;
    expect(record).toMatchObject({
      // Relative to the step's folder: the record holds in its artifact on another machine.
      reference: `oci:staging@${run.digest}`,
      repository: 'oci:staging',
      tag: '1.0',
      digest: run.digest,
      name: 'sample-service',
      referrers: 7, // six image bundles and the release file
    });
    const target = new LayoutTarget(layout);
    expect((await target.getManifest('1.0'))?.digest).toBe(run.digest);
    const refs = await listReferrers(target, run.digest);
    const notices = refs.filter((r) => r.artifactType === RELEASE_ARTEFACT_TYPE);
    expect(notices.map((r) => r.annotations?.['org.opencontainers.image.title'])).toEqual([
      'NOTICES.txt',
    ]);
    // skopeo reads the staged image as the same bytes.
    const raw = execFileSync('skopeo', ['inspect', '--raw', `oci:${layout}:1.0`]);
    expect(sha256Digest(raw)).toBe(run.digest);
  });
});
