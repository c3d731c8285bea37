import { describe, expect, it } from 'vitest';
import type { ExecOptions, ProcessRunner } from '../../src/core/process.js';
import { containerProcessRunner, imageDigestOf, podmanArgs } from '../../src/runner/isolation.js';

// Only the command construction is tested here: podman is not installed on the test machines.
describe('container isolation', () => {
  const settings = {
    image: 'ghcr.io/example/toolbox@sha256:' + 'a'.repeat(64),
    workspace: '/src/repo',
    writable: ['/src/repo/.tollgate/runs', '/var/runs'],
  };

  it('builds a read-only podman run with only the workspace (and an outside run folder) mounted', () => {
    expect(podmanArgs(settings, 'npm', ['test'], '/src/repo/app', ['TOKEN', 'CI'])).toEqual([
      'run',
      '--rm',
      '--init',
      '--interactive',
      '--read-only',
      '--cap-drop=all',
      '--security-opt=no-new-privileges',
      '--userns=keep-id',
      '--volume=/src/repo:/src/repo:rw',
      '--volume=/var/runs:/var/runs:rw',
      '--workdir=/src/repo/app',
      '--env=CI',
      '--env=TOKEN',
      settings.image,
      'npm',
      'test',
    ]);
  });

  it('wraps every process of a step, passing environment values only through the environment', async () => {
    const calls: { command: string; args: string[]; options: ExecOptions }[] = [];
    const base: ProcessRunner = {
      run: async (command, args, options) => {
        calls.push({ command, args, options });
        return { code: 0, stdout: '', stderr: '' };
      },
    };
    const runner = containerProcessRunner({ ...settings, podman: '/usr/bin/podman' }, base);
    await runner.run('gitleaks', ['detect'], { cwd: '/src/repo', env: { SECRET: 's3' } });
    expect(calls[0]!.command).toBe('/usr/bin/podman');
    expect(calls[0]!.args).toContain('--env=SECRET');
    expect(calls[0]!.args.join(' ')).not.toContain('s3');
    expect(calls[0]!.options.env?.SECRET).toBe('s3');
    expect(calls[0]!.args.slice(-2)).toEqual(['gitleaks', 'detect']);
  });

  it("forwards what the step set or changed, not the host's variables passed on unchanged", async () => {
    const calls: { args: string[]; options: ExecOptions }[] = [];
    const base: ProcessRunner = {
      run: async (_command, args, options) => {
        calls.push({ args, options });
        return { code: 0, stdout: '', stderr: '' };
      },
    };
    const runner = containerProcessRunner({ ...settings, podman: '/usr/bin/podman' }, base);
    const env = { ...process.env, PATH: '/opt/step/bin', SOURCE_DATE_EPOCH: '0' };
    await runner.run('npm', ['test'], { cwd: '/src/repo', env });
    const forwarded = calls[0]!.args.filter((a) => a.startsWith('--env='));
    expect(forwarded.sort()).toEqual(['--env=PATH', '--env=SOURCE_DATE_EPOCH']);
  });

  it('records the digest of an image pinned by digest', () => {
    expect(imageDigestOf(settings.image)).toBe('sha256:' + 'a'.repeat(64));
    expect(imageDigestOf('node:24')).toBeUndefined();
  });
});
