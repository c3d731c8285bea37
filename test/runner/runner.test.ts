import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { StepImplementation } from '../../src/steps/types.js';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../src/runner/runner.js';
import { fakeStep, runnerDeps, runOptions, TempDir, type Timeline } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

const spanOf = (t: Timeline, step: string) => ({
  start: t.events.find((e) => e.step === step && e.kind === 'start')!.at,
  end: t.events.find((e) => e.step === step && e.kind === 'end')!.at,
});

describe('tollgate run (runner)', () => {
  it('runs independent steps at the same time', async () => {
    const t: Timeline = { events: [] };
    const impls = ['lint-language', 'lint-iac', 'sast'].map((id) => fakeStep(id, { ms: 150 }, t));
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'par'), { only: ['lint-language', 'lint-iac', 'sast'], jobs: 3 }),
      runnerDeps(impls),
    );
    expect(verdict.verdict).toBe('pass');
    const [a, b, c] = ['lint-language', 'lint-iac', 'sast'].map((s) => spanOf(t, s));
    // Each started before the others ended: all three were running at once.
    expect(a!.start).toBeLessThan(b!.end);
    expect(b!.start).toBeLessThan(a!.end);
    expect(c!.start).toBeLessThan(a!.end);
  });

  it('keeps to --jobs and starts a step only after what it needs', async () => {
    const t: Timeline = { events: [] };
    const ids = ['compile', 'lint-openapi', 'instrument', 'sast'];
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'deps'), { only: ids, jobs: 1 }),
      runnerDeps(ids.map((id) => fakeStep(id, { ms: 20 }, t))),
    );
    expect(verdict.verdict).toBe('pass');
    const spans = ids.map((s) => spanOf(t, s));
    for (const [i, s] of spans.entries())
      for (const o of spans.slice(i + 1)) expect(s.end <= o.start || o.end <= s.start).toBe(true);
    expect(spanOf(t, 'lint-openapi').start).toBeGreaterThanOrEqual(spanOf(t, 'compile').end);
  });

  it('--only compile --only container runs container after compile (through the steps left out)', async () => {
    const t: Timeline = { events: [] };
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'only-order'), { only: ['compile', 'container'], jobs: 4 }),
      runnerDeps([fakeStep('compile', { ms: 60 }, t), fakeStep('container', {}, t)]),
    );
    expect(verdict.steps.map((s) => s.step)).toEqual(['compile', 'container']);
    expect(spanOf(t, 'container').start).toBeGreaterThanOrEqual(spanOf(t, 'compile').end);
  });

  it('--only: a failed step skips the picked steps that depend on it through the graph', async () => {
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'only-skip'), { only: ['compile', 'container'] }),
      runnerDeps([fakeStep('compile', { status: 'failed' }), fakeStep('container', {})]),
    );
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s]));
    expect(by.container).toMatchObject({ status: 'skipped' });
    expect(by.container!.reason).toContain('compile failed');
  });

  it('a failing step skips its dependants but not the independent branches', async () => {
    const ids = ['compile', 'lint-openapi', 'instrument', 'lint-language', 'sast'];
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'fail'), { only: ids }),
      runnerDeps([
        fakeStep('compile', { crash: 'compiler not found' }),
        fakeStep('lint-openapi', {}),
        fakeStep('instrument', {}),
        fakeStep('lint-language', { status: 'failed' }),
        fakeStep('sast', { ms: 50 }),
      ]),
    );
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s]));
    expect(verdict.verdict).toBe('fail');
    expect(by.compile).toMatchObject({ status: 'failed' });
    expect(by.compile!.reason).toContain('compiler not found');
    expect(by['lint-openapi']).toMatchObject({ status: 'skipped' });
    expect(by['lint-openapi']!.reason).toContain('compile failed');
    expect(by.instrument!.status).toBe('skipped');
    expect(by['lint-language']).toMatchObject({
      status: 'failed',
      reason: 'lint-language found a problem',
    });
    expect(by.sast!.status).toBe('passed');
    const log = readFileSync(join(tmp.dir, 'fail/.tollgate/runs/latest/logs/compile.log'), 'utf8');
    expect(log).toContain('compiler not found');
  });

  it('reports steps without an implementation as not-implemented, and fails the gate', async () => {
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'ni'), { stages: ['pre-commit'] }),
      runnerDeps([]),
    );
    expect(verdict.verdict).toBe('fail');
    expect(verdict.steps).toEqual([
      expect.objectContaining({
        stage: 'pre-commit',
        step: 'secret-scan',
        status: 'not-implemented',
      }),
    ]);
  });

  it('writes the run folder, verdict.json and the latest link', async () => {
    const repo = join(tmp.dir, 'layout');
    const deps = runnerDeps([fakeStep('sast', {}), fakeStep('compile', {})]);
    const first = await runLocal(runOptions(repo, { only: ['sast', 'compile'] }), deps);
    const second = await runLocal(runOptions(repo, { only: ['sast'] }), deps);
    const runs = join(repo, '.tollgate/runs');
    expect(first.folder.id).toMatch(/^\d{8}-\d{6}-[0-9a-f]{4}$/);
    expect(readlinkSync(join(runs, 'latest'))).toBe(second.folder.id);
    const dir = first.folder.dir;
    for (const f of [
      'attestations/sast.sigstore.json',
      'attestations/compile.sigstore.json',
      'logs/sast.log',
      'reports/sast',
      'summary.md',
      'report.html',
      'verdict.json',
      'policy.yml',
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    const v = JSON.parse(readFileSync(join(dir, 'verdict.json'), 'utf8'));
    expect(v).toMatchObject({ verdict: 'pass', commit: 'c'.repeat(40), runId: first.folder.id });
    expect(v.steps).toEqual([
      expect.objectContaining({
        stage: 'per-commit',
        step: 'compile',
        status: 'passed',
        reason: expect.any(String),
      }),
      expect.objectContaining({
        stage: 'per-commit',
        step: 'sast',
        status: 'passed',
        log: 'logs/sast.log',
      }),
    ]);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain(
      '| per-commit | `sast` | ✅ passed |',
    );
  });

  it('inlines the SVG images of steps into report.html, and reads earlier runs through reportsOf', async () => {
    const repo = join(tmp.dir, 'figures');
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const drawing: StepImplementation = {
      id: 'compile',
      async run(ctx) {
        await writeFile(join(ctx.outDir, 'plot.svg'), svg);
        return { ...(await fakeStep('compile', {}).run(ctx)), reports: ['plot.svg'] };
      },
    };
    const seen: string[] = [];
    const reader = fakeStep('sast', {
      body: async (ctx) => void seen.push(ctx.reportsOf('compile'), ctx.reportsOf('sast')),
    });
    const first = await runLocal(runOptions(repo, { only: ['compile'] }), runnerDeps([drawing]));
    const html = readFileSync(join(first.folder.dir, 'report.html'), 'utf8');
    expect(html).toContain(
      `src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"`,
    );
    expect(html).toContain('<figcaption><code>compile</code> plot.svg</figcaption>');
    const second = await runLocal(runOptions(repo, { only: ['sast'] }), runnerDeps([reader]));
    expect(seen).toEqual([
      join(first.folder.dir, 'reports', 'compile'),
      join(second.folder.dir, 'reports', 'sast'),
    ]);
    // The latest run has no compile folder: the newest earlier run that has one is read.
    const third = await runLocal(runOptions(repo, { only: ['sast'] }), runnerDeps([reader]));
    expect(seen.slice(2)).toEqual([
      join(first.folder.dir, 'reports', 'compile'),
      join(third.folder.dir, 'reports', 'sast'),
    ]);
  });

  it('starts a stage after the earlier stages of the run, and runs it even when they failed', async () => {
    const t: Timeline = { events: [] };
    const impls = [
      fakeStep('compile', { ms: 150, status: 'failed' }, t),
      fakeStep('deploy-test', {}, t),
    ];
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'stages'), { only: ['compile', 'deploy-test'], jobs: 4 }),
      runnerDeps(impls),
    );
    expect(spanOf(t, 'deploy-test').start).toBeGreaterThanOrEqual(spanOf(t, 'compile').end);
    expect(verdict.steps.find((s) => s.step === 'deploy-test')?.status).toBe('passed');
  });
});
