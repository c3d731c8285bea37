import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

// Needs dist/ (npm run build); `npm pack` here skips the prepare script that would build it,
// which a real `npm pack` runs.
const tmp = mkdtempSync(join(tmpdir(), 'tollgate-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const npm = (args: string[], cwd = projectRoot) =>
  execFileSync('npm', [...args, '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

describe('npm pack', () => {
  it('packs the compiled CLI, its entry, the rules it reads and the hook definition; no sources or tests', () => {
    const [report] = JSON.parse(npm(['pack', '--dry-run', '--json'])) as {
      files: { path: string }[];
    }[];
    const files = report!.files.map((f) => f.path);
    for (const f of [
      'bin/tollgate.js',
      'dist/cli/main.js',
      'dist/steps/registry.js',
      '.pre-commit-hooks.yaml',
      'package.json',
    ])
      expect(files, f).toContain(f);
    expect(files.some((f) => f.startsWith('src/steps/sast/rules/'))).toBe(true);
    expect(files.filter((f) => /^(test|examples|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') && f.endsWith('.ts'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    // A git install (the pre-commit framework's `npm install` of the hook repository) builds dist/.
    expect(pkg.scripts.prepare).toBe('tsc -p tsconfig.json');
  });

  it('the packed package runs `tollgate --help` from a clean folder', () => {
    const name = npm(['pack', '--pack-destination', tmp]).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', join(tmp, name), '-C', tmp]);
    // Its dependencies as npm would install them; here the project's own, linked.
    symlinkSync(join(projectRoot, 'node_modules'), join(tmp, 'package', 'node_modules'));
    const clean = mkdtempSync(join(tmp, 'clean-'));
    const r = spawnSync(process.execPath, [join(tmp, 'package', 'bin', 'tollgate.js'), '--help'], {
      cwd: clean,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tollgate <command>/m);
  });
});
