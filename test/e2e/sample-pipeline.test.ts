import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunVerdict } from '../../src/report/run-types.js';
import { projectRoot } from '../helpers/cli.js';

// The bundled sample service through the real pre-commit and per-commit steps: every step
// that exists passes on it, each with a signed attestation, except container with its defaults.
const tmp = mkdtempSync(join(tmpdir(), 'tollgate-sample-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('tollgate run on the sample service', () => {
  it('passes every implemented pre-commit and per-commit step', async () => {
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
    let out = '';
    const code = await main(
      ['run', '--repo', repo, '--stage', 'pre-commit', '--stage', 'per-commit'],
      {
        out: (t) => (out += t),
        err: () => undefined,
        cwd: repo,
        env: { ...process.env, XDG_CONFIG_HOME: join(tmp, 'config'), CI: 'true' },
        now: () => new Date(),
      },
    );
    const verdict = JSON.parse(
      readFileSync(join(repo, '.tollgate/runs/latest/verdict.json'), 'utf8'),
    ) as RunVerdict;
    const status = Object.fromEntries(verdict.steps.map((s) => [s.step, s.status]));
    const implemented = [
      'secret-scan',
      'lint-language',
      'lint-iac',
      'compile',
      'lint-openapi',
      'instrument',
      'unit-tests',
      'integration-tests',
      'coverage',
      'sast',
    ];
    for (const step of implemented) expect(status[step], `${step}: ${out}`).toBe('passed');
    // With default inputs the sample's Containerfile is built, and its base images carry
    // placeholder digests: container fails (offline, at once); pipelines set builder: node.
    expect(status.container).toBe('failed');
    const container = verdict.steps.find((s) => s.step === 'container')!;
    expect(container.reason).toMatch(/placeholder/);
    expect(code).toBe(1);
    expect(verdict.commit).toBe(git('rev-parse', 'HEAD'));
    const coverage = verdict.steps.find((s) => s.step === 'coverage')!;
    expect(coverage.reason).toMatch(/line coverage \d+\.\d %/);
  }, 240_000);
});
