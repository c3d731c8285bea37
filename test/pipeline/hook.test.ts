import { readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HOOK_SCRIPT } from '../../src/cli/commands/hook.js';
import { runCli } from '../helpers/cli.js';
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
    expect(HOOK_SCRIPT).toContain('tollgate run --stage pre-commit');
    expect(statSync(hookOf(dir)).mode & 0o111).toBe(0o111);
    // Its own hook is replaced without --force (an update).
    expect((await runCli(['hook', 'install', dir])).code).toBe(0);
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
  });
});
