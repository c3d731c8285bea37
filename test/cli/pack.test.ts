import { execFileSync, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

// Needs dist/ (npm run build); `npm pack` here skips the prepare script that would build it,
// which a real `npm pack` runs.
const tmp = mkdtempSync(join(tmpdir(), 'tollgate-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let extracted: string | undefined;
/** The package as `npm pack` makes it, unpacked once, with its dependencies linked. */
function packed(): string {
  if (extracted) return extracted;
  const name = npm(['pack', '--pack-destination', tmp]).trim().split('\n').pop()!;
  execFileSync('tar', ['-xzf', join(tmp, name), '-C', tmp]);
  // Its dependencies as npm would install them; here the project's own, linked.
  symlinkSync(join(projectRoot, 'node_modules'), join(tmp, 'package', 'node_modules'));
  return (extracted = join(tmp, 'package'));
}

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
    const r = spawnSync(process.execPath, [join(packed(), 'bin', 'tollgate.js'), '--help'], {
      cwd: mkdtempSync(join(tmp, 'clean-')),
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tollgate <command>/m);
  });

  it('the pre-commit hook installed from the packed package refuses a secret', () => {
    const pkg = packed();
    // `tollgate` on PATH as npm links an installed package's bin.
    const bin = mkdtempSync(join(tmp, 'bin-'));
    symlinkSync(join(pkg, 'bin', 'tollgate.js'), join(bin, 'tollgate'));
    const repo = mkdtempSync(join(tmp, 'repo-'));
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
      PATH: `${bin}${delimiter}${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
      HOME: repo,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    };
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    git('init', '-q');
    const install = spawnSync('tollgate', ['hook', 'install'], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);
    writeFileSync(join(repo, '.gitignore'), '.tollgate/\n');
    writeFileSync(join(repo, 'a.txt'), 'hello\n');
    git('add', '.');
    const clean = git('commit', '-q', '-m', 'clean');
    expect(clean.status, clean.stderr).toBe(0);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const token = `ghp_${Array.from({ length: 36 }, () => letters[randomInt(letters.length)]).join('')}`;
    writeFileSync(join(repo, 'config.txt'), `token = "${token}"\n`);
    git('add', 'config.txt');
    const refused = git('commit', '-q', '-m', 'secret');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('commit refused');
    expect(refused.stderr).not.toContain('not built yet');
  });
});
