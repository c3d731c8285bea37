import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/gate/run.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { COMMIT, sign } from '../helpers/gate-fixture.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { runCli } from '../helpers/cli.js';
import { finding, GateRepo, gateDeps, REPO } from './fixture.js';

const repo = new GateRepo();
afterAll(() => repo.remove());
let gh: GitHubDouble;
beforeEach(async () => void (gh = await startGitHubDouble()));
afterEach(() => gh.close());

describe('the SARIF of an untrusted run travels inside its verdict artifact', () => {
  it('is copied beside tollgate-report.json, named relative to it, and uploaded by the follow-up', async () => {
    // The untrusted run: sast attests its own SARIF report, kept beside its bundle.
    const bundles = await repo.bundles([], 'fork-bundles');
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'own-sast-tool', rules: [] } }, results: [] }],
    });
    writeFileSync(join(bundles, 'sast.sarif'), sarif);
    const f = finding(0, 'high');
    const bundle = await sign({
      step: 'sast',
      signer: repo.key.signer,
      predicateType: PREDICATE.scanResult,
      predicate: {
        scanner: { name: 'own-sast-tool', version: '1' },
        counts: { high: 1 },
        findings: [f],
        report: {
          name: 'sast.sarif',
          format: 'sarif',
          digest: { sha256: createHash('sha256').update(sarif).digest('hex') },
        },
      },
    });
    writeFileSync(join(bundles, 'sast.sigstore.json'), JSON.stringify(bundle));
    const artifact = join(repo.dir.dir, 'artifact');
    const { deps } = gateDeps(gh);
    await run(
      {
        policy: join(repo.dir.dir, 'tollgate.yml'),
        bundles,
        commit: COMMIT,
        stages: [],
        verdictPath: join(artifact, 'verdict.json'),
        workspace: repo.dir.dir,
      },
      { ...deps, github: undefined },
    );
    const stored = JSON.parse(readFileSync(join(artifact, 'tollgate-report.json'), 'utf8')) as {
      steps: { step: string; sarif?: string }[];
    };
    expect(stored.steps.find((s) => s.step === 'sast')?.sarif).toBe('sarif/sast.sarif');
    expect(readFileSync(join(artifact, 'sarif', 'sast.sarif'), 'utf8')).toBe(sarif);

    // The follow-up runs elsewhere: only the artifact is there.
    rmSync(bundles, { recursive: true });
    const r = await runCli(
      [
        'report',
        '--dir',
        artifact,
        '--upload-sarif',
        'true',
        '--check',
        'false',
        '--comment',
        'false',
        '--ref',
        'refs/heads/main',
      ],
      repo.dir.dir,
      undefined,
      {
        GITHUB_TOKEN: 't',
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: gh.url,
        TOLLGATE_GITHUB_FAST: '1',
      },
    );
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const names = gh.state.sarifUploads.flatMap((u) =>
      (u.sarif.runs as { tool: { driver: { name: string } } }[]).map((x) => x.tool.driver.name),
    );
    expect(names).toEqual(['own-sast-tool']);
  });
});
