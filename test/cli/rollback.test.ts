import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { appendHistory, readHistory } from '../../src/promote/history.js';
import { COMMIT } from '../helpers/gate-fixture.js';
import { runCli } from '../helpers/cli.js';
import { perMergeRun, repoOf, useCredentials } from '../helpers/promote-fixture.js';
import type { RunFixture } from '../helpers/registry-run.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from '../steps/step-context.js';

/**
 * tollgate rollback against a real registry with authentication: the production repository
 * holds a signed image A (with its attestations) and an unsigned image B, and the promotion
 * history says which was promoted when.
 */
describe('tollgate rollback', () => {
  let reg: TestRegistry;
  let root: string;
  let run: RunFixture;
  let policy: string;
  let b: string;
  let restore: () => void;
  const at = (n: number) => new Date(Date.UTC(2026, 10, 26, 12, n)).toISOString();
  const cli = (args: string[]) =>
    runCli(['rollback', ...args], root, new Date(), {
      HOME: root,
      TOLLGATE_REGISTRY_USERNAME: reg.username,
      TOLLGATE_REGISTRY_PASSWORD: reg.password,
    });
  /** A production repository where `order` was promoted in that order (tag: the last one). */
  async function production(name: string, order: string[]) {
    const repo = repoOf(reg, name);
    const source = repoOf(reg, 'published/sample-service');
    for (const [i, digest] of order.entries()) {
      await copyImage(source, repo, digest, { tag: 'production' });
      await appendHistory(repo, {
        digest,
        tag: 'production',
        commit: COMMIT,
        at: at(i),
        action: 'promote',
      });
    }
    return repo;
  }

  beforeAll(async () => {
    reg = await startRegistry();
    root = await tempDir('rollback');
    restore = useCredentials(reg);
    run = await perMergeRun(join(root, 'run'), `${reg.host}/published`);
    policy = await run.policy();
    // B: another image in the same repository, with no attestations at all.
    const other = join(root, 'b');
    b = (await buildTestImage(other, 'sample-service:2.0', 'an unverified build\n')).digest;
    await copyImage(new LayoutTarget(other), repoOf(reg, 'published/sample-service'), b);
  });
  afterAll(async () => {
    restore?.();
    await reg?.stop();
    await removeDir(root);
  });

  it('points production back at the previous digest after verifying it again', async () => {
    const repo = await production('prod-a/sample-service', [run.digest, b]);
    const r = await cli([
      '--registry',
      `${reg.host}/prod-a/sample-service`,
      '--policy',
      policy,
      '--format',
      'json',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rolledBack: true, from: b, to: run.digest });
    expect((await repo.getManifest('production'))?.digest).toBe(run.digest);
    const h = await readHistory(repo);
    expect(h.entries.at(-1)).toMatchObject({ digest: run.digest, action: 'rollback' });
    // Nothing was promoted before A: a second rollback has nowhere to go.
    const again = await cli([
      '--registry',
      `${reg.host}/prod-a/sample-service`,
      '--policy',
      policy,
    ]);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/REFUSED .*no earlier promotion/);
  });

  it('refuses to return to a digest that no longer verifies', async () => {
    const repo = await production('prod-b/sample-service', [b, run.digest]);
    const r = await cli(['--registry', `${reg.host}/prod-b/sample-service`, '--policy', policy]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`REFUSED +${b} no longer verifies: container missing`));
    expect((await repo.getManifest('production'))?.digest).toBe(run.digest);
    expect((await readHistory(repo)).entries).toHaveLength(2);
  });

  it('is a usage error without --policy, or with a tag in --registry', async () => {
    const noPolicy = await cli(['--registry', `${reg.host}/prod-a/sample-service`]);
    expect(noPolicy.code).toBe(2);
    expect(noPolicy.stderr).toMatch(/--policy is required/);
    const tagged = await cli(['--registry', `${reg.host}/x:1`, '--policy', policy]);
    expect(tagged.code).toBe(2);
  });
});
