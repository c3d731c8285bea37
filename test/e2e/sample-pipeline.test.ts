import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunVerdict } from '../../src/report/run-types.js';
import { projectRoot } from '../helpers/cli.js';
import { STEPS } from '../../src/pipeline/graph.js';

// The bundled sample service through every stage with the real steps, as the main job runs it:
// the image is built, scanned, signed and published into the run's local layout, deployed with
// podman, tested and attacked, reviewed and approved (signed local records), staged and
// promoted by digest. Every step passes and is attested; the gate says pass.
const tmp = mkdtempSync(join(tmpdir(), 'tollgate-sample-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('tollgate run on the sample service', () => {
  it('passes every step of every stage, each with a signed attestation', async () => {
    const repo = join(tmp, 'sample');
    cpSync(join(projectRoot, 'examples/sample-service'), repo, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist|coverage|\.tollgate)$/.test(src),
    });
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'sample');
    // The approval steps and the production VSA find the local key through the process's
    // environment (as they do under tollgate run), so the test points it at its own key.
    const saved = {
      XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME,
      TOLLGATE_KEY: process.env.TOLLGATE_KEY,
    };
    process.env.XDG_CONFIG_HOME = join(tmp, 'config');
    delete process.env.TOLLGATE_KEY;
    onTestFinished(() => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    });
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
    const io = (sink: (t: string) => void) => ({
      out: sink,
      err: () => undefined,
      cwd: repo,
      env,
      now: () => new Date(),
    });
    const quiet = io(() => undefined);
    for (const args of [
      ['--step', 'peer-review', '--as', 'reviewer@example.com'],
      ['--as', 'release-manager@example.com'],
    ]) {
      expect(await main(['approve', '--repo', repo, ...args], quiet)).toBe(0);
    }
    const osv = join(projectRoot, 'test/fixtures/osv');
    let out = '';
    const code = await main(
      [
        'run',
        '--repo',
        repo,
        '--input',
        `sca.osv-url=${osv}`,
        '--input',
        `container-scan.osv-url=${osv}`,
      ],
      io((t) => (out += t)),
    );
    const verdict = JSON.parse(
      readFileSync(join(repo, '.tollgate/runs/latest/verdict.json'), 'utf8'),
    ) as RunVerdict;
    const notPassed = verdict.steps.filter((s) => s.status !== 'passed');
    expect(notPassed, out).toEqual([]);
    expect(verdict.steps.map((s) => s.step)).toEqual(STEPS.map((s) => s.id));
    expect(code).toBe(0);
    expect(verdict.commit).toBe(git('rev-parse', 'HEAD'));
    for (const s of verdict.steps) expect(s.bundles.length, s.step).toBeGreaterThan(0);
    const coverage = verdict.steps.find((s) => s.step === 'coverage')!;
    expect(coverage.reason).toMatch(/line coverage \d+\.\d %/);
    // Production holds exactly the image that was built and verified.
    const built = JSON.parse(
      readFileSync(join(repo, '.tollgate/runs/latest/reports/container/image.json'), 'utf8'),
    ) as { digest: string };
    const check = await main(
      [
        'verify-image',
        `oci:${join(repo, '.tollgate/production')}:production`,
        '--policy',
        join(repo, '.tollgate/runs/latest/policy.yml'),
        '--format',
        'json',
      ],
      io((t) => (out = t)),
    );
    expect(check, out).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ verdict: 'pass', image: { digest: built.digest } });
  }, 420_000);
});
