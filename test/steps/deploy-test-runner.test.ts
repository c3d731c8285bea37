import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../src/runner/runner.js';
import { deployTest } from '../../src/steps/deploy-test/index.js';
import type { StepContext } from '../../src/steps/types.js';
import { fakeStep, runnerDeps, runOptions, TempDir } from '../runner/fakes.js';

/**
 * The deployment outlives deploy-test for the steps after it, and ends with the run: the
 * local runner tears it down when the run completes and when it is interrupted.
 */
const tmp = new TempDir();
const groups: number[] = [];
afterAll(() => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
  }
  tmp.remove();
});

const SERVER = `require('http').createServer((q, s) => s.end('up')).listen(Number(process.env.PORT), '127.0.0.1')`;
const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The real deploy-test with the command target (the runner itself passes default inputs). */
const deploy = fakeStep('deploy-test', {
  body: async (ctx: StepContext) => {
    const r = await deployTest.run({
      ...ctx,
      inputs: {
        ...ctx.inputs,
        target: 'command',
        command: `exec node -e "${SERVER}"`,
        'health-path': '/',
      },
    });
    if (r.status !== 'passed') throw new Error(r.reason);
    const record = JSON.parse(await readFile(join(ctx.outDir, 'teardown.json'), 'utf8')) as {
      processes: { pid: number }[];
    };
    groups.push(record.processes[0]!.pid);
  },
});

async function baseUrl(ctx: StepContext) {
  return (
    JSON.parse(await readFile(join(ctx.reportsOf('deploy-test'), 'deployment.json'), 'utf8')) as {
      baseUrl: string;
    }
  ).baseUrl;
}

describe('deployments in a local run', () => {
  it('serve the later steps, and are torn down when the run ends', async () => {
    const repo = join(tmp.dir, 'done');
    let answered = '';
    const later = fakeStep('system-tests', {
      body: async (ctx) => {
        answered = await (await fetch(await baseUrl(ctx))).text();
      },
    });
    const { folder } = await runLocal(
      runOptions(repo, { only: ['deploy-test', 'system-tests'] }),
      runnerDeps([deploy, later]),
    );
    expect(answered).toBe('up');
    expect(groups).toHaveLength(1);
    expect(groupAlive(groups[0]!)).toBe(false);
    expect(existsSync(join(folder.reportsOf('deploy-test'), 'teardown.json'))).toBe(false);
  });

  it('are torn down when the run is interrupted', async () => {
    const repo = join(tmp.dir, 'interrupted');
    const controller = new AbortController();
    const later = fakeStep('system-tests', {
      body: async (ctx) => {
        await fetch(await baseUrl(ctx));
        // Ctrl-C while a step after the deployment runs.
        setTimeout(() => controller.abort(), 300);
        await ctx.exec.run('sleep', ['20'], { cwd: ctx.repoDir });
      },
    });
    const started = Date.now();
    await runLocal(
      runOptions(repo, { only: ['deploy-test', 'system-tests'] }),
      runnerDeps([deploy, later], controller.signal),
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(groups).toHaveLength(2);
    expect(groupAlive(groups[1]!)).toBe(false);
  });
});
