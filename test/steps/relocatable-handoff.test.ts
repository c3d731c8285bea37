import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { readBuiltImage, writeHandoff } from '../../src/steps/common/handoff.js';
import { pullStaged, readStaging } from '../../src/steps/deploy-staging/staged-image.js';
import type { StepOutcome } from '../../src/steps/execute.js';
import { publishStaging } from '../../src/steps/publish-staging/index.js';
import type { StepContext } from '../../src/steps/types.js';
import { makeRun, type RunFixture } from '../helpers/registry-run.js';
import { removeDir, tempDir } from './step-context.js';

/**
 * On GitHub every step runs on another machine, on the artifacts of the steps before it:
 * what a step hands on must hold there. Here each "machine" is another folder, which gets
 * only the files the producing step reported (its artifact), and the producer's folder is
 * gone when the consumer runs.
 */
describe('publish-image → publish-staging → deploy-staging across machines', () => {
  let dir: string;
  let run: RunFixture;

  beforeAll(async () => {
    dir = await tempDir('relocate');
    run = await makeRun(dir);
    delete process.env.TOLLGATE_REGISTRY;
    delete process.env.TOLLGATE_STAGING_REGISTRY;
  });
  afterAll(() => removeDir(dir));

  /** Lays a step's reports out in `machine`'s reports folder, as download-artifact does. */
  async function ship(from: string, step: string, reports: string[], machine: string) {
    for (const r of reports) {
      const abs = resolve(join(from, step), r);
      const to = join(machine, 'reports', relative(from, abs));
      await mkdir(dirname(to), { recursive: true });
      await cp(abs, to);
    }
  }

  const contextOn = (machine: string, step: string): StepContext => ({
    ...run.context(step),
    outDir: join(machine, 'reports', step),
    reportsOf: (s) => join(machine, 'reports', s),
  });

  it('names no path of the machine that made them, and the artifacts alone carry the image', async () => {
    const reports = join(dir, 'reports');
    expect((await run.execute('sign-image')).status).toBe('passed');
    const published: StepOutcome = await run.execute('publish-image');
    expect(published.status, published.reason).toBe('passed');
    const pub = JSON.parse(await readFile(join(reports, 'publish-image/publish.json'), 'utf8'));
    expect(pub.reference).toBe(`oci:registry@${run.digest}`);
    expect(JSON.stringify(pub)).not.toContain(dir);

    // Machine B: publish-staging, on the artifacts of container and publish-image only.
    const b = join(dir, 'machine-b');
    await ship(reports, 'publish-image', published.reports, b);
    await ship(reports, 'container', ['image.json'], b);
    await rm(join(reports, 'publish-image'), { recursive: true });
    const ctxB = contextOn(b, 'publish-staging');
    await mkdir(ctxB.outDir, { recursive: true });
    const staged = await publishStaging.run(ctxB);
    expect(staged.status, staged.reason).toBe('passed');
    const record = JSON.parse(await readFile(join(ctxB.outDir, 'staging.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(record).toMatchObject({
      reference: `oci:staging@${run.digest}`,
      repository: 'oci:staging',
      source: `oci:registry@${run.digest}`,
    });
    expect(JSON.stringify(record)).not.toContain(dir);

    // Machine C: deploy-staging's pull, on publish-staging's artifact only.
    const c = join(dir, 'machine-c');
    await ship(join(b, 'reports'), 'publish-staging', staged.reports, c);
    await rm(join(b, 'reports'), { recursive: true });
    const ctxC = contextOn(c, 'deploy-staging');
    const again = await readStaging(ctxC);
    const { dir: pulled, image } = await pullStaged(ctxC, again);
    expect(image.digest).toBe(run.digest);
    const manifest = await new LayoutTarget(join(pulled, 'image')).getManifest(image.ref);
    expect(manifest?.digest).toBe(run.digest);
  });

  it("refuses an image.json whose layout is not inside the container step's folder", async () => {
    const elsewhere = join(dir, 'machine-d');
    const ctx = contextOn(elsewhere, 'sign-image');
    await mkdir(ctx.reportsOf('container'), { recursive: true });
    for (const layout of ['/elsewhere/app/tollgate-reports/container/image', '../image']) {
      await writeHandoff(ctx.reportsOf('container'), 'image.json', {
        layout,
        digest: run.digest,
        name: 'sample-service',
        ref: 'sample-service:1.0',
      });
      await expect(readBuiltImage(ctx)).rejects.toThrow(/image\.json's layout/);
    }
  });
});
