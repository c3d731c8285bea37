import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePodmanEnv } from '../../src/steps/deploy-test/podman-cli.js';

const saved = process.env.TMPDIR;
const made: string[] = [];
afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("deploy-test's podman folders", () => {
  it('are short and lowercase whatever TMPDIR is (socket path limit, image names)', async () => {
    const long = mkdtempSync(join(tmpdir(), 'Tollgate-A-Rather-Long-Temp-Folder-'));
    mkdirSync(long, { recursive: true });
    made.push(long);
    process.env.TMPDIR = long;
    const pe = await makePodmanEnv();
    made.push(pe.base);
    expect(pe.base).toBe(pe.base.toLowerCase());
    expect(pe.base.startsWith(long)).toBe(false);
    // podman's own scratch files follow it, not the long folder.
    expect(pe.env.TMPDIR).toBe('/tmp');
    // conmon's sockets live under the runroot: it is no longer than with the 14-character
    // TMPDIR that worked (sockets paths are limited to 108 bytes).
    const runroot = pe.flags[pe.flags.indexOf('--runroot') + 1]!;
    expect(runroot.length).toBeLessThanOrEqual(
      14 + '/tollgate-podman-'.length + 12 + '/runroot'.length,
    );
  });
});
