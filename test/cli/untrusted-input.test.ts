import { spawnSync } from 'node:child_process';
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
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeError } from '../../src/core/errors.js';
import { REPORT_FORMAT } from '../../src/report/tollgate-report.js';
import { loadBaseline } from '../../src/steps/secret-scan/baseline.js';
import { loadExceptions } from '../../src/steps/sca/exceptions.js';
import { projectRoot, runCli, type CliResult } from '../helpers/cli.js';
import { conformanceCorpus } from '../helpers/conformance.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-untrusted-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COMMIT = 'c'.repeat(40);

function git(cwd: string, ...args: string[]) {
  spawnSync('git', ['-c', 'user.email=a@example.com', '-c', 'user.name=a', ...args], { cwd });
}

/** exit 2, one message naming `file`, and neither a stack trace nor "internal error". */
function expectBadInput(r: CliResult, file: string | RegExp) {
  expect(r.code, r.stderr).toBe(2);
  if (typeof file === 'string') expect(r.stderr).toContain(file);
  else expect(r.stderr).toMatch(file);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('what used to be an "internal error" names the file, with exit 2', () => {
  it('a YAML alias bomb in a policy', async () => {
    const policy = join(dir, 'bomb.yml');
    const level = (n: string, prev: string) =>
      `${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]`;
    writeFileSync(
      policy,
      [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        level('b', 'a'),
        level('c', 'b'),
        level('d', 'c'),
        level('e', 'd'),
      ].join('\n'),
    );
    const r = await runCli(['verify', '--policy', policy, '--bundles', dir, '--commit', COMMIT]);
    expectBadInput(r, /policy file \S*bomb\.yml expands its aliases/);
  });

  it('attest --out at a folder, keygen --out under a file, init on a file', async () => {
    const cwd = join(dir, 'writes');
    mkdirSync(join(cwd, 'a-folder'), { recursive: true });
    writeFileSync(join(cwd, 'a-file'), 'x');
    writeFileSync(join(cwd, 'p.json'), '{}');
    expect((await runCli(['keygen', '--out', 'k'], cwd)).code).toBe(0);
    const attest = await runCli(
      [
        'attest',
        '--step',
        'unit-tests',
        '--predicate',
        'p.json',
        '--key',
        'k.key',
        '--commit',
        COMMIT,
        '--repository',
        'a/b',
        '--out',
        'a-folder',
      ],
      cwd,
    );
    expectBadInput(attest, `cannot write ${join(cwd, 'a-folder')}: it is a folder`);
    const keygen = await runCli(['keygen', '--out', 'a-file/ci'], cwd);
    expectBadInput(keygen, `cannot write ${join(cwd, 'a-file', 'ci.key')}`);
    const init = await runCli(['init', 'a-file', '--repository', 'acme/shop'], cwd);
    expectBadInput(init, `${join(cwd, 'a-file')} is a file`);
  });

  it('a verdict.json that is null, and a report with fields of the wrong type', async () => {
    const cwd = join(dir, 'reports');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'null.json'), 'null');
    const report = {
      format: REPORT_FORMAT,
      commit: COMMIT,
      verdict: 'fail',
      generatedAt: '2026-12-01T00:00:00Z',
      steps: [
        {
          stage: 'per-commit',
          step: 'sast',
          status: 'failed',
          reason: 'findings',
          counts: { high: 1 },
          findings: [{ ruleId: 'r', severity: 'high', fingerprint: 'f', message: 42 }],
        },
      ],
    };
    writeFileSync(join(cwd, 'report.json'), JSON.stringify(report));
    writeFileSync(join(cwd, 'verdict.json'), JSON.stringify({ commit: COMMIT, verdict: 'fail' }));
    const env = {
      GITHUB_TOKEN: 't',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: 'http://127.0.0.1:9',
    };
    const nul = await runCli(
      ['report', '--verdict', 'null.json', '--report', 'report.json'],
      cwd,
      undefined,
      env,
    );
    expectBadInput(nul, `verdict ${join(cwd, 'null.json')} is not a Tollgate verdict`);
    const wrong = await runCli(
      ['report', '--verdict', 'verdict.json', '--report', 'report.json'],
      cwd,
      undefined,
      env,
    );
    expectBadInput(
      wrong,
      `${join(cwd, 'report.json')} is not a Tollgate report: steps[0].findings[0]`,
    );
  });

  it('a full disk: exit 2 naming the file, and no half-written file left behind', () => {
    const mnt = join(dir, 'full');
    mkdirSync(mnt, { recursive: true });
    const cwd = join(dir, 'disk');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'p.json'), JSON.stringify({ padding: 'x'.repeat(200_000) }));
    // A 64 KiB tmpfs of its own (a private mount namespace), which the bundle does not fit.
    const script = [
      `mount -t tmpfs -o size=64k tmpfs ${mnt}`,
      `node ${join(projectRoot, 'bin/tollgate.js')} keygen --out ${join(cwd, 'k')} >/dev/null`,
      `node ${join(projectRoot, 'bin/tollgate.js')} attest --step unit-tests --predicate p.json --key k.key --commit ${COMMIT} --repository a/b --out ${mnt}/out.json`,
      'code=$?',
      `ls -A ${mnt} >&2`,
      'exit $code',
    ].join('\n');
    const r = spawnSync('unshare', ['-m', 'sh', '-c', script], { cwd, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`cannot write ${mnt}/out.json: the disk is full`);
    expect(r.stderr).not.toContain('internal error');
    // `ls -A` of the mount printed nothing: no temp file, no partial bundle.
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      '  hint: free some space and run it again; nothing was half-written',
    );
  });
});

describe('exit 2 where it was 1: bad input is not a rejected bundle', () => {
  const cwd = join(dir, 'vb');
  mkdirSync(cwd, { recursive: true });
  const setup = (async () => {
    writeFileSync(join(cwd, 'p.json'), '{"result":"PASSED","passedTests":["a"],"failedTests":[]}');
    writeFileSync(join(cwd, 'artifact.txt'), 'built');
    await runCli(['keygen', '--out', 'k'], cwd);
    await runCli(
      [
        'attest',
        '--step',
        'unit-tests',
        '--predicate',
        'p.json',
        '--key',
        'k.key',
        '--commit',
        COMMIT,
        '--repository',
        'a/b',
        '--subject',
        'artifact.txt',
        '--out',
        'b.json',
      ],
      cwd,
    );
  })();

  it('verify-bundle --key with a file that is no public key', async () => {
    await setup;
    writeFileSync(join(cwd, 'garbage.pub'), 'not a key');
    const r = await runCli(
      ['verify-bundle', '--bundle', 'b.json', '--key', 'garbage.pub', 'artifact.txt'],
      cwd,
    );
    expectBadInput(r, `public key ${join(cwd, 'garbage.pub')} is not a PEM public key`);
  });

  it('a trusted root that is not a JSON object', async () => {
    await setup;
    for (const [name, text] of [
      ['array.json', '[]'],
      ['string.json', '"root"'],
    ]) {
      writeFileSync(join(cwd, name!), text!);
      const r = await runCli(
        [
          'verify-bundle',
          '--bundle',
          'b.json',
          '--trusted-root',
          name!,
          '--certificate-identity',
          'a',
          '--certificate-oidc-issuer',
          'b',
          'artifact.txt',
        ],
        cwd,
      );
      expectBadInput(r, `trusted root ${join(cwd, name!)} is not a JSON object`);
    }
  });

  it('a policy whose sigstore.trustedRoot is not a JSON object, once a keyless bundle needs it', async () => {
    await setup;
    // A real keyless bundle makes the gate load the policy's trusted root.
    const bundles = join(cwd, 'keyless');
    mkdirSync(bundles, { recursive: true });
    writeFileSync(
      join(bundles, 'sast.sigstore.json'),
      readFileSync(
        join(conformanceCorpus(), 'happy-path-intoto-in-dsse-v3', 'bundle.sigstore.json'),
      ),
    );
    writeFileSync(join(cwd, 'root-list.json'), '[1, 2]');
    writeFileSync(
      join(cwd, 'keyless.yml'),
      `version: 1
signers:
  ci: { key: k.pub }
sigstore:
  trustedRoot: root-list.json
stages:
  per-commit:
    require: [sast]
`,
    );
    const r = await runCli(
      ['verify', '--policy', 'keyless.yml', '--bundles', bundles, '--commit', COMMIT],
      cwd,
    );
    expectBadInput(
      r,
      `sigstore.trustedRoot ${join(cwd, 'root-list.json')} is not a readable JSON trusted root`,
    );
  });

  it('secret-scan.mode: everything, and run --repo outside a repository', async () => {
    const repo = join(dir, 'repo-mode');
    mkdirSync(repo, { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'x');
    writeFileSync(join(repo, 'inputs.yml'), 'secret-scan:\n  mode: everything\n');
    const env = { TOLLGATE_HOME: join(dir, 'home') };
    const mode = await runCli(
      ['run', '--repo', repo, '--inputs', join(repo, 'inputs.yml'), '--only', 'secret-scan'],
      dir,
      undefined,
      env,
    );
    expectBadInput(
      mode,
      'input secret-scan.mode must be one of staged, range, tree, not "everything"',
    );
    const flag = await runCli(
      ['run', '--repo', repo, '--input', 'secret-scan.mode=everything'],
      dir,
      undefined,
      env,
    );
    expectBadInput(flag, 'secret-scan.mode must be one of');

    for (const where of [join(dir, 'no-such-folder'), join(dir, 'not-git')]) {
      mkdirSync(join(dir, 'not-git'), { recursive: true });
      const r = await runCli(['run', '--repo', where], dir, undefined, env);
      expectBadInput(r, `${where} is not a git repository with commits`);
      expect(r.stderr).not.toContain('--commit'); // run has no --commit option
      expect(r.stderr).toContain('--repo');
    }
  });
});

describe('paths from untrusted artifacts and inputs stay inside their folder', () => {
  let gh: GitHubDouble;
  beforeEach(async () => void (gh = await startGitHubDouble()));
  afterEach(() => gh.close());

  const writePair = (folder: string, sarif: string) => {
    mkdirSync(folder, { recursive: true });
    const step = {
      stage: 'per-commit',
      step: 'sast',
      status: 'failed',
      reason: 'x',
      counts: { high: 1 },
    };
    const finding = { ruleId: 'r', severity: 'high', fingerprint: 'f' };
    writeFileSync(
      join(folder, 'verdict.json'),
      JSON.stringify({ commit: COMMIT, verdict: 'fail' }),
    );
    writeFileSync(
      join(folder, 'tollgate-report.json'),
      JSON.stringify({
        format: REPORT_FORMAT,
        commit: COMMIT,
        verdict: 'fail',
        generatedAt: '2026-12-01T00:00:00Z',
        steps: [{ ...step, findings: [finding], sarif }],
      }),
    );
  };
  const report = (folder: string) =>
    runCli(
      [
        'report',
        '--dir',
        folder,
        '--upload-sarif',
        'true',
        '--check',
        'false',
        '--ref',
        'refs/heads/main',
      ],
      dir,
      undefined,
      {
        GITHUB_TOKEN: 't',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: gh.url,
        TOLLGATE_GITHUB_FAST: '1',
      },
    );

  it('tollgate report refuses steps[].sarif that leaves the artifact folder, before publishing anything', async () => {
    for (const sarif of ['../../../../../../etc/passwd', '/etc/passwd']) {
      const folder = join(dir, `artifact-${sarif.length}`);
      writePair(folder, sarif);
      const r = await report(folder);
      expectBadInput(
        r,
        `steps[0].sarif of ${join(folder, 'tollgate-report.json')} ${JSON.stringify(sarif)} is outside ${folder}`,
      );
      expect(r.stdout + r.stderr).not.toContain('root:');
      expect(gh.requests).toEqual([]);
    }
  });

  it('a SARIF file inside the folder that is not JSON is not quoted in the log', async () => {
    const folder = join(dir, 'artifact-notjson');
    writePair(folder, 'sast.sarif');
    writeFileSync(join(folder, 'sast.sarif'), 'AWS_SECRET=hunter2hunter2\n');
    const r = await report(folder);
    expect(r.stdout).toMatch(/FAILED sarif: SARIF of sast .*sast\.sarif is not valid JSON/);
    expect(r.stdout + r.stderr).not.toContain('hunter2');
    expect(gh.state.sarifUploads).toEqual([]);
  });

  it('the secret-scan baseline and the sca exceptions inputs cannot name files outside the repository', async () => {
    const repo = join(dir, 'repo-inputs');
    mkdirSync(repo, { recursive: true });
    const err = await loadBaseline(repo, '../../../../../../etc/passwd').catch((e: unknown) => e);
    expect(describeError(err)).toBe(
      `the secret-scan baseline input "../../../../../../etc/passwd" is outside ${repo}`,
    );
    writeFileSync(join(repo, 'baseline.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    const notJson = await loadBaseline(repo, 'baseline.json').catch((e: unknown) => e);
    expect(describeError(notJson)).toMatch(/baseline\.json is not readable JSON/);
    expect(describeError(notJson)).not.toContain('root:x');
    const exc = await loadExceptions(repo, '/etc/passwd').catch((e: unknown) => e);
    expect(describeError(exc)).toBe(`the sca input "exceptions" "/etc/passwd" is outside ${repo}`);
  });
});

describe('terminal output', () => {
  it('strips escape sequences a hostile bundle puts into a message', async () => {
    const cwd = join(dir, 'esc');
    mkdirSync(cwd, { recursive: true });
    const name = 'evil\u001b]0;pwned\u0007\u001b[2J.json';
    const r = await runCli(
      ['verify-bundle', '--bundle', name, '--key', 'k.pub', 'sha256:' + '0'.repeat(64)],
      cwd,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evil');
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(existsSync(join(cwd, name))).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
