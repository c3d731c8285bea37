import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { listReferrers } from '../../src/oci/registry/referrers.js';
import { readHistory } from '../../src/promote/history.js';
import { runCli } from '../helpers/cli.js';
import { earlierRun } from '../helpers/earlier-run.js';
import { git, gitRepo, removeDir } from './step-context.js';

/**
 * `tollgate run --stage per-merge` after a per-commit run, with no registry configured (the
 * embedded layouts): approval from `tollgate approve`, publish to staging, deploy to staging
 * (command target serving the repository's www/), promote to production.
 */
describe('tollgate run --stage per-merge', () => {
  let repo: string;
  let env: NodeJS.ProcessEnv;
  let digest: string;
  let savedKey: string | undefined;

  beforeAll(async () => {
    repo = await gitRepo('promote-run');
    await mkdir(join(repo, 'www'));
    await writeFile(join(repo, 'www/healthz'), 'ok\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'sample');
    const commit = git(repo, 'rev-parse', 'HEAD').trim();
    const pair = generateKeyPair();
    const keyFile = join(repo, '..', `${repo.split('/').pop()}.key`);
    await writeFile(keyFile, pair.privateKeyPem, { mode: 0o600 });
    await writeFile(keyFile.replace(/\.key$/, '.pub'), pair.publicKeyPem);
    env = { HOME: repo, TOLLGATE_KEY: keyFile, PATH: process.env.PATH };
    // The approval step finds the approvers' key (the local key) in the process's environment.
    savedKey = process.env.TOLLGATE_KEY;
    process.env.TOLLGATE_KEY = keyFile;
    ({ digest } = await earlierRun({
      runs: join(repo, '.tollgate/runs'),
      repoDir: repo,
      commit,
      repository: 'acme/sample-service',
      signer: createKeySigner(parsePrivateKey(pair.privateKeyPem, keyFile)),
    }));
    // The repository's policy: the image steps, publish-image and the whole per-merge stage.
    await mkdir(join(repo, '.github'));
    await writeFile(join(repo, '.github/ci.pub'), pair.publicKeyPem);
    await writeFile(
      join(repo, '.github/tollgate.yml'),
      `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [container, sca, container-scan, sign-image, publish-image]
  per-merge:
    require: [approval, publish-staging, deploy-staging, promote-production]
`,
    );
  });
  afterAll(async () => {
    if (savedKey === undefined) delete process.env.TOLLGATE_KEY;
    else process.env.TOLLGATE_KEY = savedKey;
    await removeDir(repo);
  });

  const perMerge = () =>
    runCli(
      [
        'run',
        '--repo',
        repo,
        '--stage',
        'per-merge',
        '--jobs',
        '2',
        '--input',
        'deploy-staging.target=command',
        '--input',
        'deploy-staging.command=exec busybox httpd -f -p $PORT -h www',
        '--input',
        'deploy-staging.health-timeout=20',
      ],
      repo,
      new Date(),
      env,
    );

  it('does not promote before someone other than the author approved', async () => {
    const r = await perMerge();
    expect(r.code).toBe(1);
    const verdict = await readFile(join(repo, '.tollgate/runs/latest/verdict.json'), 'utf8');
    // The step's own failure stands (a review cannot be waived by thresholds) and says why.
    expect(verdict).toMatch(
      /"reason": "no approval of [0-9a-f]{12}: an approver runs tollgate approve"/,
    );
    await expect(
      new LayoutTarget(join(repo, '.tollgate/production')).getManifest('production'),
    ).resolves.toBe(undefined);
  });

  it('approves, publishes to staging, deploys to staging and promotes to production', async () => {
    const approved = await runCli(
      ['approve', '--repo', repo, '--as', 'bob@example.com'],
      repo,
      new Date(),
      env,
    );
    expect(approved.code, approved.stderr).toBe(0);
    const r = await perMerge();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const run = join(repo, '.tollgate/runs/latest');
    const staging = new LayoutTarget(join(run, 'reports/publish-staging/staging'));
    const production = new LayoutTarget(join(repo, '.tollgate/production'));
    expect((await staging.getManifest('test'))?.digest).toBe(digest);
    expect((await production.getManifest('production'))?.digest).toBe(digest);
    // The handoff files name no path of this machine: layouts relative to their folders.
    const record = JSON.parse(
      await readFile(join(run, 'reports/promote-production/promotion.json'), 'utf8'),
    );
    expect(record).toMatchObject({
      reference: `oci:.tollgate/production@${digest}`,
      from: `oci:staging@${digest}`,
    });
    const refs = async (t: LayoutTarget) =>
      (await listReferrers(t, digest)).map((d) => d.digest).sort();
    // Production: staging's referrers plus the promotion's signed verification summary.
    const prodRefs = await listReferrers(production, digest);
    const vsa = prodRefs.filter(
      (d) => d.annotations?.['dev.tollgate.step'] === 'promote-production',
    );
    expect(vsa).toHaveLength(1);
    expect((await refs(production)).filter((d) => d !== vsa[0]!.digest)).toEqual(
      await refs(staging),
    );
    // What an admission check before a production deploy runs.
    const admitted = await runCli(
      ['verify-image', 'oci:.tollgate/production:production', '--policy', '.github/tollgate.yml'],
      repo,
      new Date(),
      env,
    );
    expect(admitted.code, admitted.stdout + admitted.stderr).toBe(0);
    expect((await readHistory(production)).entries).toHaveLength(1);
    const deployment = JSON.parse(
      await readFile(join(run, 'reports/deploy-staging/deployment.json'), 'utf8'),
    ) as { target: string };
    expect(deployment.target).toBe('command');
  });
});
