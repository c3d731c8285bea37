import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { packagedTool, packageUrl } from '../../src/steps/common/tool-bin.js';
import { requireTool, resolveTool, useToolsFolder } from '../../src/tools/resolve.js';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'tollgate-tools-resolve-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => useToolsFolder(undefined));

/** A tools folder as the installer leaves it, holding one package. */
function toolsFolder(name: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'tools-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"tollgate-tools","private":true}\n');
  const pkgDir = join(dir, 'node_modules', name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(pkgDir, file, '..'), { recursive: true });
    writeFileSync(join(pkgDir, file), text);
  }
  return dir;
}

describe('tool resolution', () => {
  it("without a tools folder, takes Tollgate's own node_modules (tollgate run from a checkout)", async () => {
    const eslint = await packagedTool('eslint');
    expect(eslint.script).toBe(join(root, 'node_modules/eslint/bin/eslint.js'));
    expect(await packageUrl('globals')).toBe(
      pathToFileURL(join(root, 'node_modules/globals/index.js')).href,
    );
  });

  it('takes a tool from the tools folder first, asking for the folder once', async () => {
    const dir = toolsFolder('eslint', {
      'package.json': '{"name":"eslint","version":"0.0.1-tools","bin":{"eslint":"bin/x.js"}}',
      'bin/x.js': '',
    });
    const asked: string[] = [];
    useToolsFolder(async (pkg) => (asked.push(pkg), dir));
    const eslint = await packagedTool('eslint');
    expect(eslint).toEqual({
      script: join(dir, 'node_modules/eslint/bin/x.js'),
      version: '0.0.1-tools',
    });
    // not in the tools folder: Tollgate's own copy
    expect(await resolveTool('globals')).toBe(join(root, 'node_modules/globals/index.js'));
    expect(asked).toEqual(['eslint']);
  });

  it('loads a CommonJS tool module from the tools folder', async () => {
    const dir = toolsFolder('@cdktf/hcl2json', {
      'package.json': '{"name":"@cdktf/hcl2json","version":"1.0.0","main":"main.js"}',
      'main.js': 'exports.parse = async () => ({ from: "tools" });',
    });
    useToolsFolder(async () => dir);
    const mod = await requireTool<{ parse(): Promise<unknown> }>('@cdktf/hcl2json');
    expect(await mod.parse()).toEqual({ from: 'tools' });
  });

  it("a failed install fails the tool's resolution with the installer's reason, once", async () => {
    let calls = 0;
    useToolsFolder(async (pkg) => {
      calls++;
      throw new Error(`cannot install the tool ${pkg}: npm ci failed`);
    });
    await expect(packagedTool('@stoplight/spectral-cli')).rejects.toThrow(
      'cannot install the tool @stoplight/spectral-cli',
    );
    await expect(resolveTool('eslint')).rejects.toThrow('npm ci failed');
    expect(calls).toBe(1);
  });

  it('names a tool found nowhere', async () => {
    useToolsFolder(async () => toolsFolder('other', { 'package.json': '{"name":"other"}' }));
    await expect(packagedTool('@nowhere/tool')).rejects.toThrow(
      'the tool @nowhere/tool is not installed',
    );
  });
});
