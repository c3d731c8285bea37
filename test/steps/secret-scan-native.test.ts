import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSarif } from '../../src/steps/common/sarif.js';
import { NO_TOOLS, nativeTools, toolsIn } from '../../src/steps/common/native-tools.js';
import { REPORT_NAME, secretScan } from '../../src/steps/secret-scan/index.js';
import type { ToolLocator } from '../../src/steps/types.js';
import { git, gitRepo, removeDir, stepContext, tempDir } from './step-context.js';

// Pattern-valid, obviously fake credentials, assembled here so that no committed file holds one.
const FAKE_AWS_ID = ['AKIA', 'QYLPMN5HHHFPZAM2'].join('');
const leak = `aws_access_key_id = ${FAKE_AWS_ID}\n`;

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

/** The native gitleaks that scripts/setup.sh builds; the test says how to get it when absent. */
async function nativeGitleaks(): Promise<string> {
  const path = await nativeTools(process.env).find('gitleaks');
  if (!path)
    throw new Error('no native gitleaks: run scripts/setup.sh (it builds one into .tools/)');
  return path;
}

async function scan(repo: string, tools: ToolLocator) {
  const out = await tempDir('secret-native-out');
  dirs.push(out);
  const ctx = { ...stepContext('secret-scan', repo, out, { mode: 'tree' }), tools };
  const result = await secretScan.run(ctx);
  const sarif = JSON.parse(await readFile(join(out, REPORT_NAME), 'utf8')) as unknown;
  const findings = readSarif(sarif, { tool: 'test', file: REPORT_NAME }).findings;
  return { result, findings, lines: ctx.lines };
}

async function repoWithLeaks() {
  const repo = await gitRepo('secret-native');
  dirs.push(repo);
  await mkdir(join(repo, 'config'));
  await writeFile(join(repo, 'config', 'prod.env'), leak);
  await writeFile(join(repo, '.gitignore'), 'build/\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  // Neither is the repository's content: one ignored, one never added.
  await mkdir(join(repo, 'build'));
  await writeFile(join(repo, 'build', 'bundle.env'), leak);
  await writeFile(join(repo, 'scratch.env'), leak);
  return repo;
}

describe('secret-scan with native gitleaks', () => {
  it('runs the native gitleaks from the tools port and says which, with its digest', async () => {
    const native = await nativeGitleaks();
    const digest = createHash('sha256')
      .update(await readFile(await realpath(native)))
      .digest('hex');
    const repo = await repoWithLeaks();
    const { result, findings, lines } = await scan(repo, toolsIn([join(native, '..')]));
    expect(result.status).toBe('failed');
    expect(findings.map((f) => f.location?.path)).toEqual(['config/prod.env']);
    expect(lines.join('\n')).toMatch(
      new RegExp(`gitleaks \\d+\\.\\d+\\.\\d+ \\(native, sha256:${digest}\\)`),
    );
    const predicate = result.attestations[0]?.predicate as { scanner: { version: string } };
    expect(predicate.scanner.version).toContain(`native, sha256:${digest}`);
    expect((result as { tools?: Record<string, string> }).tools?.gitleaks).toContain(digest);
  });

  it('scans the tracked files only in tree mode, with either build', async () => {
    const repo = await repoWithLeaks();
    for (const tools of [toolsIn([join(await nativeGitleaks(), '..')]), NO_TOOLS]) {
      const { findings, lines } = await scan(repo, tools);
      expect(findings.map((f) => f.location?.path)).toEqual(['config/prod.env']);
      expect(lines.join('\n')).toContain('the 2 tracked file(s) of the working tree');
    }
  });

  it('falls back to the WebAssembly build when no native gitleaks is installed', async () => {
    const repo = await repoWithLeaks();
    const { result, findings, lines } = await scan(repo, NO_TOOLS);
    expect(result.status).toBe('failed');
    expect(findings.map((f) => f.ruleId)).toEqual(['aws-access-token']);
    expect(lines.join('\n')).toMatch(
      /gitleaks @0xts\/gitleaks-cli@\S+ \(wasm, sha256:[0-9a-f]{64}\)/,
    );
  });

  it('passes over npm shims and broken binaries named gitleaks', async () => {
    const bin = await tempDir('secret-native-bin');
    dirs.push(bin);
    // A command that exits 1 on `version` counts as no native gitleaks.
    const broken = join(bin, 'broken');
    await mkdir(broken);
    await writeFile(join(broken, 'gitleaks'), '#!/bin/sh\nexit 1\n');
    await chmod(join(broken, 'gitleaks'), 0o755);
    // A link into a node_modules folder is an npm shim (the WebAssembly build's command).
    const shim = join(bin, 'shim');
    await mkdir(shim);
    await symlink(
      join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'gitleaks'),
      join(shim, 'gitleaks'),
    );
    expect(await toolsIn([shim]).find('gitleaks')).toBeUndefined();
    const repo = await repoWithLeaks();
    const { lines } = await scan(repo, toolsIn([shim, broken]));
    expect(lines.join('\n')).toContain('(wasm, sha256:');
  });
});
