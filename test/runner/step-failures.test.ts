import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLocal } from '../../src/runner/runner.js';
import { fakeStep, registryOf, runnerDeps, runOptions, TempDir } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('a step that cannot run fails alone', () => {
  it('a step module that fails to load fails only its step; verdict, reports and latest are written', async () => {
    const dir = join(tmp.dir, 'load');
    const deps = runnerDeps([]);
    const others = registryOf([fakeStep('sast', {}), fakeStep('lint-iac', {})]);
    deps.implementationOf = (id) =>
      id === 'lint-language'
        ? Promise.reject(
            new SyntaxError(
              "The requested module 'node:fs/promises' does not provide an export named 'glob'",
            ),
          )
        : others(id);
    const { verdict, folder } = await runLocal(
      runOptions(dir, { only: ['lint-language', 'lint-iac', 'sast'] }),
      deps,
    );
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s]));
    expect(by['lint-language']).toMatchObject({ status: 'failed' });
    expect(by['lint-language']!.reason).toBe(
      "the step's code could not be loaded: The requested module 'node:fs/promises' does not provide an export named 'glob'",
    );
    expect(by['lint-iac']!.status).toBe('passed');
    expect(by.sast!.status).toBe('passed');
    expect(verdict.verdict).toBe('fail');
    for (const f of ['verdict.json', 'report.html', 'summary.md'])
      expect(existsSync(join(folder.dir, f)), f).toBe(true);
    expect(readlinkSync(join(dir, '.tollgate/runs/latest'))).toBe(folder.id);
    const log = readFileSync(folder.logOf('lint-language'), 'utf8');
    expect(log).toContain("does not provide an export named 'glob'");
  });
});

describe('steps whose upstream did not pass are skipped with the reason', () => {
  it('deploy-test is skipped when the image of this run failed, naming container and its status', async () => {
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'image-failed'), {
        only: ['container', 'deploy-test', 'system-tests'],
      }),
      runnerDeps([
        fakeStep('container', { status: 'failed' }),
        fakeStep('deploy-test', {}),
        fakeStep('system-tests', {}),
      ]),
    );
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s]));
    expect(by.container!.status).toBe('failed');
    expect(by['deploy-test']).toMatchObject({
      status: 'skipped',
      reason: 'not run: needs container failed',
    });
    expect(by['system-tests']).toMatchObject({
      status: 'skipped',
      reason: 'not run: needs deploy-test skipped',
    });
  });

  it('publish-staging is skipped when publish-image of this run was skipped', async () => {
    const { verdict } = await runLocal(
      runOptions(join(tmp.dir, 'publish-skipped'), {
        only: ['sign-image', 'publish-image', 'approval', 'publish-staging'],
      }),
      runnerDeps([
        fakeStep('sign-image', { crash: 'no image' }),
        fakeStep('publish-image', {}),
        fakeStep('approval', {}),
        fakeStep('publish-staging', {}),
      ]),
    );
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s]));
    expect(by['publish-image']).toMatchObject({
      status: 'skipped',
      reason: 'not run: needs sign-image failed',
    });
    expect(by.approval!.status).not.toBe('skipped');
    expect(by['publish-staging']).toMatchObject({
      status: 'skipped',
      reason: 'not run: needs publish-image skipped',
    });
  });

  it('deploy-test in a later run is skipped when the image of the run it reads failed', async () => {
    const dir = join(tmp.dir, 'two-runs');
    const first = await runLocal(
      runOptions(dir, { only: ['container'] }),
      runnerDeps([fakeStep('container', { status: 'failed' })]),
    );
    const { verdict } = await runLocal(
      runOptions(dir, { only: ['deploy-test'] }),
      runnerDeps([fakeStep('deploy-test', {})]),
    );
    expect(verdict.steps[0]).toMatchObject({
      step: 'deploy-test',
      status: 'skipped',
      reason: `not run: needs container failed in run ${first.folder.id}`,
    });
  });
});
