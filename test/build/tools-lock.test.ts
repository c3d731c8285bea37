import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { TOOL_PACKAGES, TOOLS_DIR, toolsLock } from '../../scripts/tools-lock.mjs';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'tollgate-tools-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Lock = { packages: Record<string, Record<string, unknown>> };

describe('the step tools lock (actions/_runtime/tools)', () => {
  it('is what scripts/tools-lock.mjs derives from package.json and package-lock.json', () => {
    const files = toolsLock(read('package.json'), read('package-lock.json'));
    for (const name of ['package.json', 'package-lock.json'])
      expect(readFileSync(join(root, TOOLS_DIR, name), 'utf8')).toBe(files[name]);
  });

  it('pins every tool at the version, path and integrity hash npm ci installs here', () => {
    const rootLock = read('package-lock.json') as Lock;
    const lock = read(`${TOOLS_DIR}/package-lock.json`) as Lock;
    for (const name of TOOL_PACKAGES as string[]) {
      const path = `node_modules/${name}`;
      expect(lock.packages[path]?.version).toBe(rootLock.packages[path]?.version);
      expect(lock.packages[''] as unknown).toMatchObject({
        dependencies: { [name]: rootLock.packages[path]?.version },
      });
    }
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path) continue;
      expect(entry.integrity, path).toBe(rootLock.packages[path]?.integrity);
      expect(entry.integrity, path).toMatch(/^sha512-/);
      expect(entry.dev, path).toBeUndefined();
    }
    // ast-grep's binaries: only the one matching the runner's platform is installed
    expect(lock.packages['node_modules/@ast-grep/cli-linux-x64-gnu']).toMatchObject({
      optional: true,
      os: ['linux'],
    });
    // typescript-eslint's peer, needed by the built-in ESLint config
    expect(lock.packages['node_modules/typescript']).toMatchObject({ peer: true });
  });

  it('--check fails and names the stale file when the root lock moved a tool', () => {
    const copy = join(scratch, 'repo');
    mkdirSync(join(copy, 'scripts'), { recursive: true });
    cpSync(join(root, 'scripts/tools-lock.mjs'), join(copy, 'scripts/tools-lock.mjs'));
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    cpSync(join(root, TOOLS_DIR), join(copy, TOOLS_DIR), { recursive: true });
    const rootLock = read('package-lock.json') as Lock;
    rootLock.packages['node_modules/globals']!.version = '99.0.0';
    writeFileSync(join(copy, 'package-lock.json'), JSON.stringify(rootLock));
    const script = join(copy, 'scripts/tools-lock.mjs');
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${TOOLS_DIR}/package.json`);
    expect(r.stderr).toContain('run `node scripts/tools-lock.mjs`');
    execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(read(`${TOOLS_DIR}/package.json`).dependencies.globals).not.toBe('99.0.0');
    const fresh = JSON.parse(readFileSync(join(copy, TOOLS_DIR, 'package.json'), 'utf8'));
    expect(fresh.dependencies.globals).toBe('99.0.0');
    expect(spawnSync(process.execPath, [script, '--check']).status).toBe(0);
  });

  it('refuses a tool the root lock does not hold, naming it', () => {
    expect(() =>
      toolsLock(read('package.json'), read('package-lock.json'), ['left-pad-missing']),
    ).toThrow(/package-lock.json has no node_modules\/left-pad-missing/);
  });
});
