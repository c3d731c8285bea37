import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempRepo } from '../pipeline/git-repo.js';

// `tollgate hook run` does what a commit needs and no more: it scans the staged change,
// signs one attestation, judges it, and leaves only that attestation and a one-line summary.
let home: string;
let env: NodeJS.ProcessEnv;
const dirs: string[] = [];

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'tollgate-hook-home-'));
  env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), CI: 'true' };
  for (const k of Object.keys(env)) if (k.startsWith('GIT_')) delete env[k];
});
afterAll(() => {
  for (const d of [home, ...dirs]) rmSync(d, { recursive: true, force: true });
});

function stagedRepo(): string {
  const dir = tempRepo();
  dirs.push(dir);
  writeFileSync(join(dir, 'app.js'), 'export const answer = 42;\n');
  execFileSync('git', ['add', 'app.js'], { cwd: dir });
  return dir;
}

/** Every file below `dir`, relative to it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('tollgate hook run', () => {
  it('writes the attestation and a one-line summary, and nothing else', async () => {
    const dir = stagedRepo();
    const r = await runCli(['hook', 'run'], dir, new Date(), env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(files(join(dir, '.tollgate'))).toEqual([
      'hook/secret-scan.sigstore.json',
      'hook/summary.txt',
    ]);
    const summary = readFileSync(join(dir, '.tollgate/hook/summary.txt'), 'utf8');
    expect(summary).toMatch(/^tollgate: pre-commit passed: secret-scan [^\n]+\n$/);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(summary.trim());
    // A real signed attestation of this step, about the commit to come (none yet here).
    const bundle = JSON.parse(
      readFileSync(join(dir, '.tollgate/hook/secret-scan.sigstore.json'), 'utf8'),
    ) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      predicate: { tollgate: { step: string } };
      subject: { digest: { gitCommit?: string } }[];
    };
    expect(statement.predicate.tollgate.step).toBe('secret-scan');
    expect(statement.subject.some((s) => s.digest.gitCommit === '0'.repeat(40))).toBe(true);
  });

  it('with --full, is the complete local run with its run folder', async () => {
    const dir = stagedRepo();
    const r = await runCli(['hook', 'run', '--full'], dir, new Date(), env);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, '.tollgate'))).toEqual(['runs']);
    expect(files(join(dir, '.tollgate/runs/latest'))).toContain('report.html');
  });
});
