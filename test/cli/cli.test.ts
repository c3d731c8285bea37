import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.js';
import { projectRoot, runBin, runCli } from '../helpers/cli.js';

const COMMANDS = ['keygen', 'attest', 'verify', 'verify-bundle'];
let repo: string;
let head: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'tollgate-cli-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q');
  git(
    '-c',
    'user.email=t@example.com',
    '-c',
    'user.name=t',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'init',
  );
  head = git('rev-parse', 'HEAD');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('tollgate command line', () => {
  it('lists every command in --help', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it.each(COMMANDS)('%s --help documents usage and options', async (c) => {
    const r = await runCli([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Usage:[\\s\\S]*tollgate ${c}`));
    expect(r.stdout).toContain('--');
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
  });

  it('unknown commands and options exit 2 with a hint, never a stack trace', async () => {
    const a = await runCli(['frobnicate']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('unknown command "frobnicate"');
    const b = await runCli(['verify', '--polcy', 'x']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/Unknown option '--polcy'[\s\S]*hint: see `tollgate verify --help`/);
    expect(b.stderr).not.toMatch(/\n\s+at /);
  });

  it('keygen writes a private key only the owner can read, and refuses to overwrite it', async () => {
    const r = await runCli(['keygen', '--out', 'keys/dev'], repo);
    expect(r.code).toBe(0);
    expect(statSync(join(repo, 'keys/dev.key')).mode & 0o777).toBe(0o600);
    const again = await runCli(['keygen', '--out', 'keys/dev'], repo);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('pass --force');
  });

  it('attest then verify through the built binary: exit 0 when the policy is met, 1 when not', () => {
    expect(runBin(['keygen', '--out', 'k/ci'], repo).code).toBe(0);
    writeFileSync(
      join(repo, 'tests.json'),
      JSON.stringify({ result: 'PASSED', passedTests: ['a'], failedTests: [] }),
    );
    writeFileSync(join(repo, 'app.js'), 'console.log(1)\n');
    const attest = runBin(
      [
        'attest',
        '--step',
        'unit-tests',
        '--predicate',
        'tests.json',
        '--subject',
        'app.js',
        '--key',
        'k/ci.key',
        '--out',
        'b/unit-tests.sigstore.json',
      ],
      repo,
    );
    expect(attest.stderr).toBe('');
    expect(attest.code).toBe(0);
    writeFileSync(
      join(repo, 'p.yml'),
      'version: 1\nsigners:\n  ci: { key: k/ci.pub }\nstages:\n  per-commit:\n    require: [unit-tests]\n',
    );
    const ok = runBin(['verify', '--policy', 'p.yml', '--bundles', 'b', '--format', 'json'], repo);
    expect(ok.code).toBe(0);
    const verdict = JSON.parse(ok.stdout) as {
      verdict: string;
      commit: string;
      steps: { status: string }[];
    };
    expect(verdict).toMatchObject({ verdict: 'pass', commit: head });
    writeFileSync(
      join(repo, 'p2.yml'),
      'version: 1\nsigners:\n  ci: { key: k/ci.pub }\nstages:\n  per-commit:\n    require: [unit-tests, sast]\n',
    );
    const no = runBin(['verify', '--policy', 'p2.yml', '--bundles', 'b'], repo);
    expect(no.code).toBe(1);
    expect(no.stdout).toMatch(/MISS sast +missing/);
  });

  it('verify --vsa writes a signed SLSA verification summary about the commit', async () => {
    const r = await runCli(
      [
        'verify',
        '--policy',
        'p.yml',
        '--bundles',
        'b',
        '--vsa',
        'out/vsa.json',
        '--key',
        'k/ci.key',
      ],
      repo,
    );
    expect(r.code).toBe(0);
    const vsa = JSON.parse(readFileSync(join(repo, 'out/vsa.json'), 'utf8')) as {
      dsseEnvelope: { payload: string };
    };
    const statement = JSON.parse(Buffer.from(vsa.dsseEnvelope.payload, 'base64').toString()) as {
      predicateType: string;
      predicate: { verificationResult: string; verifiedLevels: string[] };
      subject: { digest: { gitCommit?: string } }[];
    };
    expect(statement.predicateType).toBe('https://slsa.dev/verification_summary/v1');
    expect(statement.predicate.verificationResult).toBe('PASSED');
    expect(statement.predicate.verifiedLevels).toEqual(['TOLLGATE_PER_COMMIT']);
    expect(statement.subject[0]?.digest.gitCommit).toBe(head);
  });

  it('bad input exits 2 and names the file: missing policy, unreadable predicate, bad subject', async () => {
    const a = await runCli(['verify', '--policy', 'nope.yml', '--bundles', 'b'], repo);
    expect(a).toMatchObject({ code: 2 });
    expect(a.stderr).toContain('cannot read policy file');
    writeFileSync(join(repo, 'broken.json'), '{"result": ');
    const b = await runCli(
      ['attest', '--step', 'unit-tests', '--predicate', 'broken.json', '--key', 'k/ci.key'],
      repo,
    );
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('broken.json is not valid JSON');
    const c = await runCli(
      [
        'attest',
        '--step',
        'unit-tests',
        '--predicate',
        'tests.json',
        '--subject',
        'missing.bin',
        '--key',
        'k/ci.key',
      ],
      repo,
    );
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('subject missing.bin is not a readable file');
    const d = await runCli(['attest', '--step', 'unit-tests', '--predicate', 'tests.json'], repo);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/no signing key at .*hint: create one with `tollgate keygen`/s);
  });
});
