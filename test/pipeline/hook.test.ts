import { readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOOK_COMMAND, HOOK_SCRIPT } from '../../src/cli/commands/hook.js';
import { projectRoot, runCli } from '../helpers/cli.js';
import { tempRepo } from './git-repo.js';

const dirs: string[] = [];
const track = (d: string) => (dirs.push(d), d);
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const hookOf = (dir: string) => join(dir, '.git/hooks/pre-commit');

describe('tollgate hook install', () => {
  it('writes an executable pre-commit hook that runs the pre-commit stage', async () => {
    const dir = track(tempRepo());
    const r = await runCli(['hook', 'install'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(hookOf(dir), 'utf8')).toBe(HOOK_SCRIPT);
    expect(HOOK_SCRIPT).toContain(`exec ${HOOK_COMMAND}\n`);
    expect(statSync(hookOf(dir)).mode & 0o111).toBe(0o111);
    // Its own hook is replaced without --force (an update).
    expect((await runCli(['hook', 'install', dir])).code).toBe(0);
  });

  it('runs the staged scan, in the hook and in the pre-commit framework’s entry alike', () => {
    expect(HOOK_COMMAND).toBe('tollgate hook run');
    const hooks = parse(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
    }[];
    expect(hooks.map((h) => [h.id, h.entry])).toEqual([['tollgate-secret-scan', HOOK_COMMAND]]);
  });

  it('keeps the run folders out of git’s view through the local exclude file, once', async () => {
    const dir = track(tempRepo());
    const exclude = join(dir, '.git/info/exclude');
    writeFileSync(exclude, '# mine\n*.log');
    expect((await runCli(['hook', 'install'], dir)).code).toBe(0);
    expect((await runCli(['hook', 'install'], dir)).code).toBe(0);
    expect(readFileSync(exclude, 'utf8')).toBe('# mine\n*.log\n.tollgate/\n');
  });

  it('leaves a foreign hook alone without --force', async () => {
    const dir = track(tempRepo());
    mkdirSync(join(dir, '.git/hooks'), { recursive: true });
    writeFileSync(hookOf(dir), '#!/bin/sh\nmake lint\n');
    const r = await runCli(['hook', 'install'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(hookOf(dir));
    expect(r.stderr).toContain('--force');
    expect(readFileSync(hookOf(dir), 'utf8')).toBe('#!/bin/sh\nmake lint\n');
    expect((await runCli(['hook', 'install', '--force'], dir)).code).toBe(0);
    expect(readFileSync(hookOf(dir), 'utf8')).toBe(HOOK_SCRIPT);
  });

  it('exits 2 outside a git repository and for an unknown subcommand', async () => {
    const dir = track(mkdtempSync(join(tmpdir(), 'tollgate-nogit-')));
    const r = await runCli(['hook', 'install'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a git repository');
    expect((await runCli(['hook', 'uninstall'], dir)).code).toBe(2);
    const run = await runCli(['hook', 'run'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a git repository');
  });
});
