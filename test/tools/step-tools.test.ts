import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stepToolsFolder } from '../../src/actions/step/tools.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { astGrepPlatformPackage } from '../../src/steps/sast/astgrep.js';
// @ts-expect-error: a plain ES module script without type declarations
import { toolsLock } from '../../scripts/tools-lock.mjs';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'tollgate-step-tools-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An action folder as committed: _runtime/dist (the bundle) and, optionally, _runtime/tools. */
function runtime(withLock: boolean): string {
  const dir = mkdtempSync(join(scratch, 'actions-'));
  mkdirSync(join(dir, '_runtime', 'dist'), { recursive: true });
  if (withLock) {
    const files = toolsLock(read('package.json'), read('package-lock.json'), ['globals']);
    mkdirSync(join(dir, '_runtime', 'tools'));
    for (const [name, text] of Object.entries(files as Record<string, string>))
      writeFileSync(join(dir, '_runtime', 'tools', name), text);
  }
  return join(dir, '_runtime', 'dist');
}

describe("the step runtime's tools folder", () => {
  const base = { exec: nodeProcessRunner, log: () => {} };

  it("is none where no lock is shipped: the steps use Tollgate's own node_modules", () => {
    expect(stepToolsFolder({ ...base, runtimeDir: runtime(false), env: {} })).toBeUndefined();
  });

  it('installs the shipped lock into RUNNER_TOOL_CACHE on first use', async () => {
    const cache = join(scratch, 'tool-cache');
    const folder = stepToolsFolder({
      ...base,
      runtimeDir: runtime(true),
      env: { ...process.env, npm_config_offline: 'true', RUNNER_TOOL_CACHE: cache },
    });
    const dir = await folder!('globals');
    expect(dir.startsWith(join(cache, 'tollgate', 'tools-'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', 'globals', 'package.json'))).toBe(true);
  });
});

describe("ast-grep's platform package", () => {
  it('is the one its install script would pick', () => {
    expect(astGrepPlatformPackage('linux', 'x64', true)).toBe('@ast-grep/cli-linux-x64-gnu');
    expect(astGrepPlatformPackage('linux', 'arm64', true)).toBe('@ast-grep/cli-linux-arm64-gnu');
    expect(astGrepPlatformPackage('darwin', 'arm64')).toBe('@ast-grep/cli-darwin-arm64');
    expect(astGrepPlatformPackage('win32', 'x64')).toBe('@ast-grep/cli-win32-x64-msvc');
  });

  it('is none on musl Linux or an unknown platform (the package shim is used then)', () => {
    expect(astGrepPlatformPackage('linux', 'x64', false)).toBeUndefined();
    expect(astGrepPlatformPackage('freebsd', 'x64')).toBeUndefined();
  });

  it('is installed here, for this machine', () => {
    expect(existsSync(join(root, 'node_modules', astGrepPlatformPackage()!, 'package.json'))).toBe(
      true,
    );
  });
});
