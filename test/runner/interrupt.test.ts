import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../src/runner/runner.js';
import { fakeStep, runnerDeps, runOptions, TempDir, type Timeline } from './fakes.js';

const tmp = new TempDir();
const started: number[] = [];
afterAll(() => {
  // Should the test fail half-way, end the children it started, by their PIDs.
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  }
  tmp.remove();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('tollgate run interrupted', () => {
  it('kills running children, skips what has not started, and writes a consistent folder', async () => {
    const repo = join(tmp.dir, 'repo');
    const pidFile = join(tmp.dir, 'sleep.pid');
    const controller = new AbortController();
    const t: Timeline = { events: [] };
    const sleeper = fakeStep('compile', {
      body: async (ctx) => {
        // The shell writes its PID and becomes `sleep` (exec keeps the PID).
        await ctx.exec.run('sh', ['-c', `echo $$ > ${pidFile}; exec sleep 30`], {
          cwd: ctx.repoDir,
        });
      },
    });
    const run = runLocal(
      runOptions(repo, { only: ['compile', 'lint-openapi', 'sast'], jobs: 2 }),
      runnerDeps(
        [sleeper, fakeStep('lint-openapi', {}), fakeStep('sast', {}, t)],
        controller.signal,
      ),
    );
    const t0 = Date.now();
    // Abort once the sleep runs and the independent step has finished.
    while (
      !existsSync(pidFile) ||
      readFileSync(pidFile, 'utf8').trim() === '' ||
      !t.events.some((e) => e.kind === 'end')
    ) {
      if (Date.now() - t0 > 10_000) throw new Error('the sleep child never started');
      await new Promise((r) => setTimeout(r, 20));
    }
    const pid = Number(readFileSync(pidFile, 'utf8'));
    started.push(pid);
    expect(alive(pid)).toBe(true);
    controller.abort();
    const { verdict, folder } = await run;
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(alive(pid)).toBe(false);

    expect(verdict.verdict).toBe('interrupted');
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s.status]));
    expect(by).toEqual({ compile: 'interrupted', 'lint-openapi': 'interrupted', sast: 'passed' });
    const onDisk = JSON.parse(readFileSync(join(folder.dir, 'verdict.json'), 'utf8'));
    expect(onDisk.verdict).toBe('interrupted');
    expect(existsSync(join(folder.dir, 'report.html'))).toBe(true);
    expect(existsSync(join(folder.dir, 'attestations/compile.sigstore.json'))).toBe(false);
  });
});
