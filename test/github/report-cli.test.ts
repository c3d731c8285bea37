import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/gate/run.js';
import { main } from '../../src/cli/main.js';
import { COMMIT } from '../helpers/gate-fixture.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { finding, GateRepo, gateDeps, PR, REPO } from './fixture.js';

const repo = new GateRepo();
afterAll(() => repo.remove());
let gh: GitHubDouble;
beforeEach(async () => void (gh = await startGitHubDouble()));
afterEach(() => gh.close());

describe('tollgate report (the follow-up of an untrusted run)', () => {
  it('posts the check and the comment from the downloaded verdict and report', async () => {
    // The untrusted run: the gate without any token, writing only files.
    const { deps } = gateDeps(gh);
    const out = join(repo.dir.dir, 'fork-run');
    await run(
      {
        policy: join(repo.dir.dir, 'tollgate.yml'),
        bundles: await repo.bundles([finding(0, 'high')], 'fork'),
        commit: COMMIT,
        stages: [],
        verdictPath: join(out, 'verdict.json'),
        workspace: repo.dir.dir,
      },
      { ...deps, github: undefined },
    );
    expect(gh.requests).toEqual([]);

    let stdout = '';
    let stderr = '';
    const argv = [
      'report',
      '--verdict',
      join(out, 'verdict.json'),
      '--report',
      join(out, 'tollgate-report.json'),
    ];
    const code = await main([...argv, '--pr', String(PR), '--base-ref', 'main'], {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      cwd: repo.dir.dir,
      env: {
        GITHUB_TOKEN: 't',
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: REPO,
        TOLLGATE_GITHUB_FAST: '1',
      },
      now: () => new Date(),
    });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/ok +comment: comment \d+ created/);
    expect(gh.state.checkRuns).toEqual([
      expect.objectContaining({ headSha: COMMIT, conclusion: 'failure' }),
    ]);
    expect(gh.state.commentsOn(REPO, PR)).toHaveLength(1);

    const noToken = await main(argv, {
      out: () => undefined,
      err: () => undefined,
      cwd: repo.dir.dir,
      env: {},
      now: () => new Date(),
    });
    expect(noToken).toBe(2);
  });
});

describe('tollgate report with bad input', () => {
  it('names a missing verdict file and exits 2, without a stack trace', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const r = await runCli(
      ['report', '--verdict', 'no-such-verdict.json', '--report', 'r.json'],
      undefined,
      undefined,
      { GITHUB_TOKEN: 'x' },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read verdict');
    expect(r.stderr).not.toContain('internal error');
  });
});
