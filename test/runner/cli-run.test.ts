import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRunCommand } from '../../src/cli/commands/run.js';
import { runCli } from '../helpers/cli.js';
import { fakeStep, gitRepo, registryOf, TempDir } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());
const env = (name: string) => ({ XDG_CONFIG_HOME: join(tmp.dir, name, 'config'), CI: 'true' });

describe('tollgate run (command line)', () => {
  it('runs a tiny repository end to end: the real secret scan passes a clean repository (exit 0)', async () => {
    const repo = join(tmp.dir, 'e2e');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(repo);
    const sha = gitRepo(repo);
    let stdout = '';
    let stderr = '';
    const { main } = await import('../../src/cli/main.js');
    const code = await main(['run', '--repo', repo, '--stage', 'pre-commit'], {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      cwd: tmp.dir,
      env: env('e2e'),
      now: () => new Date(),
    });
    expect(stderr).toContain('created the local signing key');
    expect(stderr).toContain('secret-scan');
    expect(code, stdout + stderr).toBe(0);
    const latest = join(repo, '.tollgate/runs/latest');
    const v = JSON.parse(readFileSync(join(latest, 'verdict.json'), 'utf8'));
    expect(v).toMatchObject({
      verdict: 'pass',
      commit: sha,
      steps: [{ stage: 'pre-commit', step: 'secret-scan', status: 'passed' }],
    });
    expect(existsSync(join(latest, 'attestations/secret-scan.sigstore.json'))).toBe(true);
    expect(existsSync(join(tmp.dir, 'e2e/config/tollgate/local.key'))).toBe(true);
  });

  it('a step without an implementation fails the gate (exit 1) and is named so', async () => {
    const repo = join(tmp.dir, 'e2e-missing');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(repo);
    gitRepo(repo);
    let stdout = '';
    // Every step of the graph is built; a registry without this one stands for a new step.
    const cmd = createRunCommand(registryOf([]));
    const code = await cmd.run({ repo, only: ['promote-production'] }, [], {
      out: (t) => (stdout += t),
      err: () => undefined,
      cwd: tmp.dir,
      env: env('e2e-missing'),
      now: () => new Date(),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^tollgate run: FAIL [\s\S]*promote-production +not-implemented[\s\S]*report: .*report\.html/,
    );
    const v = JSON.parse(readFileSync(join(repo, '.tollgate/runs/latest/verdict.json'), 'utf8'));
    expect(v).toMatchObject({
      verdict: 'fail',
      steps: [{ step: 'promote-production', status: 'not-implemented' }],
    });
  });

  it('exits 0 when every selected step passes (fake steps through the command)', async () => {
    const repo = join(tmp.dir, 'pass');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(repo);
    gitRepo(repo);
    const cmd = createRunCommand(registryOf([fakeStep('sast', {})]));
    let out = '';
    const code = await cmd.run({ repo, only: ['sast'] }, [], {
      out: (t) => (out += t),
      err: () => {},
      cwd: tmp.dir,
      env: env('pass'),
      now: () => new Date(),
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^tollgate run: PASS/);
  });

  it('rejects unknown stages and steps with exit 2, naming the valid ones', async () => {
    const a = await runCli(['run', '--repo', tmp.dir, '--stage', 'nightly']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('unknown stage "nightly"');
    expect(a.stderr).toContain('pre-commit, per-commit, per-pr, per-merge');
    const b = await runCli(['run', '--repo', tmp.dir, '--only', 'fuzz']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('unknown step "fuzz"');
    expect(b.stderr).toContain('secret-scan');
    const c = await runCli(['run', '--jobs', '0']);
    expect(c.code).toBe(2);
  });

  it('exits 2 with a clear message when container isolation has no podman', async () => {
    const { main } = await import('../../src/cli/main.js');
    let err = '';
    const code = await main(['run', '--isolation', 'container', '--image', 'x'], {
      out: () => {},
      err: (t) => (err += t),
      cwd: tmp.dir,
      env: { PATH: join(tmp.dir, 'no-such-bin') },
      now: () => new Date(),
    });
    expect(code).toBe(2);
    expect(err).toContain('needs podman, which is not installed');
  });
});
