import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/pipeline/graph.js';
import { localPolicy } from '../../src/runner/local-policy.js';
import { applyStepThresholds, describeApplied } from '../../src/runner/step-thresholds.js';
import { gitRepo, TempDir } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

/** A repository whose one IaC finding is medium: a remote ADD (TG-DOCKER-004). */
function repoWithMediumFinding(name: string): string {
  const repo = join(tmp.dir, name);
  mkdirSync(repo);
  writeFileSync(
    join(repo, 'Containerfile'),
    [
      `FROM node:22.11.0@sha256:${'a'.repeat(64)}`,
      'ADD https://example.com/tool.tar.gz /opt/tool.tar.gz',
      'USER 1000',
      'HEALTHCHECK CMD ["true"]',
      '',
    ].join('\n'),
  );
  gitRepo(repo);
  execFileSync('git', ['add', '.'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'iac'], {
    cwd: repo,
  });
  return repo;
}

async function run(repo: string, name: string, extra: string[]) {
  const { main } = await import('../../src/cli/main.js');
  let out = '';
  const code = await main(['run', '--repo', repo, '--only', 'lint-iac', ...extra], {
    out: (t) => (out += t),
    err: () => undefined,
    cwd: tmp.dir,
    env: { XDG_CONFIG_HOME: join(tmp.dir, name, 'config'), CI: 'true' },
    now: () => new Date(),
  });
  const latest = join(repo, '.tollgate/runs/latest');
  return {
    code,
    out,
    verdict: JSON.parse(readFileSync(join(latest, 'verdict.json'), 'utf8')),
    summary: readFileSync(join(latest, 'summary.md'), 'utf8'),
    policy: readFileSync(join(latest, 'policy.yml'), 'utf8'),
  };
}

describe('step thresholds and the verdict agree', () => {
  it('the default policy lets the medium finding pass', async () => {
    const r = await run(repoWithMediumFinding('plain'), 'plain', []);
    expect(r.code, r.out).toBe(0);
    expect(r.verdict.verdict).toBe('pass');
    expect(r.verdict.notes).toEqual([]);
  });

  it('--input lint-iac.fail-on=medium fails the verdict and the exit code, and the summary says why', async () => {
    const r = await run(repoWithMediumFinding('medium'), 'medium', [
      '--input',
      'lint-iac.fail-on=medium',
    ]);
    expect(r.code, r.out).toBe(1);
    expect(r.verdict.verdict).toBe('fail');
    expect(r.verdict.steps).toMatchObject([{ step: 'lint-iac', status: 'failed' }]);
    expect(r.verdict.steps[0].reason).toContain('TG-DOCKER-004');
    expect(r.policy).toMatch(/lint-iac:\n {4}thresholds:\n {6}failOn: medium/);
    const note = "lint-iac: fail-on medium applied, from the step's input";
    expect(r.verdict.notes.join('\n')).toContain(note);
    expect(r.summary).toContain(note);
    expect(r.out).toContain(note);
  });

  it('the same threshold from the inputs file', async () => {
    const repo = repoWithMediumFinding('file');
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github/tollgate-inputs.yml'), 'lint-iac:\n  fail-on: medium\n');
    const r = await run(repo, 'file', []);
    expect(r.code, r.out).toBe(1);
    expect(r.verdict.verdict).toBe('fail');
  });

  it('a laxer input does not loosen the policy, and the summary says the policy applied', () => {
    const { text, applied } = localPolicy(STEPS, 'local.pub', false, {
      sast: { 'fail-on': 'critical' },
    });
    expect(text).toMatch(/sast:\n {4}thresholds:\n {6}failOn: high/);
    expect(applied.map(describeApplied)).toEqual([
      "sast: failOn high applied, from the policy (stricter than the step's input fail-on critical)",
    ]);
  });

  it('coverage and approvals: the larger minimum wins; equal or unusable values say nothing', () => {
    const cov: Record<string, unknown> = {};
    expect(applyStepThresholds('coverage', cov, { 'min-line-coverage': '80' })).toMatchObject([
      { threshold: 'minLineCoverage', applied: 80, from: 'input', other: 0 },
    ]);
    expect(cov).toEqual({ minLineCoverage: 80 });
    const review: Record<string, unknown> = { minApprovals: 2 };
    expect(applyStepThresholds('peer-review', review, { 'min-approvals': '1' })).toMatchObject([
      { applied: 2, from: 'policy', other: 1 },
    ]);
    expect(review).toEqual({ minApprovals: 2 });
    const same: Record<string, unknown> = { failOn: 'high' };
    expect(applyStepThresholds('sca', same, { 'fail-on': 'high' })).toEqual([]);
    expect(applyStepThresholds('sca', same, { 'fail-on': 'severe' })).toEqual([]);
    expect(applyStepThresholds('sca', { failOn: 'none' }, { 'fail-on': 'low' })).toMatchObject([
      { applied: 'low', from: 'input' },
    ]);
  });

  it('a step only in the plan by --only gets its tightened threshold; steps left out are untouched', () => {
    const coverage = STEPS.filter((s) => s.id === 'coverage');
    const { text } = localPolicy(coverage, 'local.pub', true, {
      coverage: { 'min-line-coverage': '75' },
      sast: { 'fail-on': 'low' },
    });
    expect(text).toMatch(/coverage:\n {4}thresholds:\n {6}minLineCoverage: 75/);
    expect(text).toMatch(/sast:\n {4}thresholds:\n {6}failOn: high/);
  });
});
