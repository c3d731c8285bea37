import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeProcessRunner, type ProcessRunner } from '../../src/core/process.js';
import { findNpm, installTools, MARKER, toolsFolderName } from '../../src/tools/install.js';
// @ts-expect-error: a plain ES module script without type declarations
import { toolsLock } from '../../scripts/tools-lock.mjs';

// Real npm ci against npm's cache on this machine: offline, so no registry is ever asked; a
// package the cache lacks is an ENOTCACHED failure (one of the cases below).
const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'tollgate-tools-install-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { ...process.env, npm_config_offline: 'true' };

/** A lock of one small tool (globals, no dependencies), optionally edited. */
function lockDir(edit?: (lock: { packages: Record<string, Record<string, unknown>> }) => void) {
  const files = toolsLock(read('package.json'), read('package-lock.json'), ['globals']);
  const lock = JSON.parse(files['package-lock.json']);
  edit?.(lock);
  const dir = mkdtempSync(join(scratch, 'lock-'));
  writeFileSync(join(dir, 'package.json'), files['package.json']);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  return dir;
}

/** The real process runner, counting what it starts. */
function counting(): ProcessRunner & { runs: string[][] } {
  const runs: string[][] = [];
  return {
    runs,
    run: (command, args, options) => {
      runs.push([command, ...args]);
      return nodeProcessRunner.run(command, args, options);
    },
  };
}

describe('installTools', () => {
  it('installs the lock with npm ci --ignore-scripts into tools-<hash>; the next job installs nothing', async () => {
    const dir = lockDir();
    const cacheDir = join(scratch, 'cache-1');
    const exec = counting();
    const logs: string[] = [];
    const opts = {
      lockDir: dir,
      cacheDir,
      pkg: 'globals',
      exec,
      env,
      log: (l: string) => logs.push(l),
    };
    const folder = await installTools(opts);
    const name = toolsFolderName(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    expect(folder).toBe(join(cacheDir, 'tollgate', name));
    expect(name).toMatch(/^tools-[0-9a-f]{16}$/);
    const installed = JSON.parse(
      readFileSync(join(folder, 'node_modules/globals/package.json'), 'utf8'),
    );
    expect(installed.version).toBe(read('node_modules/globals/package.json').version);
    expect(existsSync(join(folder, MARKER))).toBe(true);
    expect(exec.runs).toHaveLength(1);
    expect(exec.runs[0]).toEqual(expect.arrayContaining(['ci', '--ignore-scripts']));
    expect(logs[0]).toContain('installing the step tools (globals is needed)');
    expect(logs.at(-1)).toMatch(/step tools installed in [0-9.]+ s/);
    // no temporary folder is left next to it
    expect(readdirSync(join(cacheDir, 'tollgate'))).toEqual([name]);

    expect(await installTools(opts)).toBe(folder);
    expect(exec.runs).toHaveLength(1);
  });

  it('parallel jobs end with one complete install and no temporary folders', async () => {
    const dir = lockDir();
    const cacheDir = join(scratch, 'cache-2');
    const opts = {
      lockDir: dir,
      cacheDir,
      pkg: 'globals',
      exec: nodeProcessRunner,
      env,
      log: () => {},
    };
    const [a, b] = await Promise.all([installTools(opts), installTools(opts)]);
    expect(a).toBe(b);
    expect(readdirSync(join(cacheDir, 'tollgate'))).toHaveLength(1);
    expect(existsSync(join(a, 'node_modules/globals/package.json'))).toBe(true);
  });

  it('a package that does not match its integrity hash fails the install, naming the tool and the fix', async () => {
    const dir = lockDir((lock) => {
      lock.packages['node_modules/globals']!.integrity =
        `sha512-${Buffer.alloc(64, 7).toString('base64')}`;
    });
    const cacheDir = join(scratch, 'cache-3');
    const err = installTools({
      lockDir: dir,
      cacheDir,
      pkg: 'globals',
      exec: nodeProcessRunner,
      env,
      log: () => {},
    });
    await expect(err).rejects.toThrow(/cannot install the tool globals: npm ci failed/);
    await expect(err).rejects.toThrow(/Fix: .*integrity/);
    expect(readdirSync(join(cacheDir, 'tollgate'))).toEqual([]);
  });

  it('offline with a package npm has not cached: the reason and the fix', async () => {
    // a package name no registry has, so no cache can hold it
    const name = 'tollgate-test-never-published';
    const dir = lockDir((lock) => {
      const entry = lock.packages['node_modules/globals']!;
      delete entry.integrity;
      delete lock.packages['node_modules/globals'];
      lock.packages[`node_modules/${name}`] = { ...entry, version: '1.0.0' };
      lock.packages[''] = { name: 'tollgate-tools', dependencies: { [name]: '1.0.0' } };
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'tollgate-tools', dependencies: { [name]: '1.0.0' } }),
    );
    const err = installTools({
      lockDir: dir,
      cacheDir: join(scratch, 'cache-4'),
      pkg: 'eslint',
      exec: nodeProcessRunner,
      env,
      log: () => {},
    });
    await expect(err).rejects.toThrow(
      /cannot install the tool eslint: npm ci failed .*Fix: npm is offline/,
    );
  });

  it('without npm on PATH: says so and how to get it', async () => {
    const err = installTools({
      lockDir: lockDir(),
      cacheDir: join(scratch, 'cache-5'),
      pkg: '@ast-grep/cli',
      exec: nodeProcessRunner,
      env: { ...env, PATH: join(scratch, 'empty') },
      log: () => {},
    });
    await expect(err).rejects.toThrow(
      'cannot install the tool @ast-grep/cli: npm is not installed on this runner (not on PATH)',
    );
  });

  it('a folder of that name that no install finished is refused with the fix', async () => {
    const dir = lockDir();
    const cacheDir = join(scratch, 'cache-6');
    const name = toolsFolderName(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    mkdirSync(join(cacheDir, 'tollgate', name), { recursive: true });
    await expect(
      installTools({
        lockDir: dir,
        cacheDir,
        pkg: 'globals',
        exec: nodeProcessRunner,
        env,
        log: () => {},
      }),
    ).rejects.toThrow(/holds no finished install of the tools/);
  });
});

describe('findNpm', () => {
  it('runs the npm on PATH as its npm-cli.js with this Node, whatever node PATH holds', async () => {
    const npm = await findNpm(env);
    expect(npm.command).toBe(process.execPath);
    expect(npm.prefix[0]).toMatch(/npm-cli\.js$/);
  });

  it('finds npm-cli.js in the npm package next to a copied npm command (Windows layout)', async () => {
    const dir = mkdtempSync(join(scratch, 'npm-'));
    writeFileSync(join(dir, 'npm.cmd'), '@echo off\n');
    mkdirSync(join(dir, 'node_modules', 'npm', 'bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'npm', 'bin', 'npm-cli.js'), '');
    expect(await findNpm({ PATH: dir })).toEqual({
      command: process.execPath,
      prefix: [join(dir, 'node_modules', 'npm', 'bin', 'npm-cli.js')],
    });
  });
});
