import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

// The real thing end to end: `tollgate hook install` through the built command line, then
// real `git commit`s that run the hook. Needs dist/ (npx tsc -p tsconfig.json).

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A fresh GitHub token on every run, so no fixed string can be special-cased. */
const token = () =>
  `ghp_${Array.from({ length: 36 }, () => ALNUM[randomInt(ALNUM.length)]).join('')}`;

let root: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  if (!existsSync(join(projectRoot, 'dist/cli/main.js'))) {
    throw new Error('dist/ is missing: build it first with `npx tsc -p tsconfig.json`');
  }
  root = mkdtempSync(join(tmpdir(), 'tollgate-hook-e2e-'));
  // `tollgate` on PATH, as a user who installed the package has it.
  const bin = join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'tollgate'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(projectRoot, 'bin/tollgate.js')}" "$@"\n`,
    { mode: 0o755 },
  );
  // Only what the test sets: no git variables of the caller (a test run from a hook would
  // otherwise point git at another repository), no global git configuration, a private key.
  env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  Object.assign(env, {
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    HOME: root,
    XDG_CONFIG_HOME: join(root, 'config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
    CI: 'true',
  });
});
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

let n = 0;
function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = join(root, `repo-${++n}`);
  mkdirSync(dir);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
  git('init', '-q');
  writeFileSync(join(dir, 'README.md'), '# shop\n');
  git('add', 'README.md');
  git('commit', '-q', '--no-verify', '-m', 'start');
  const install = spawnSync(
    process.execPath,
    [join(projectRoot, 'bin/tollgate.js'), 'hook', 'install'],
    {
      cwd: dir,
      env,
      encoding: 'utf8',
    },
  );
  expect(install.status, install.stderr).toBe(0);
  return { dir, git };
}

function commit(dir: string, ...args: string[]) {
  const r = spawnSync('git', ['commit', '-m', 'change', ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const head = (git: (...a: string[]) => string) => git('rev-parse', 'HEAD').trim();

describe('the pre-commit hook on real commits', () => {
  it('refuses a commit that adds a token, naming file, line and rule but not the token; a clean commit goes through', () => {
    const { dir, git } = repo();
    const secret = token();
    writeFileSync(join(dir, 'deploy.sh'), `#!/bin/sh\n# push\nexport GH_TOKEN=${secret}\n`);
    git('add', 'deploy.sh');
    const before = head(git);
    const refused = commit(dir);
    expect(refused.code, refused.stderr).not.toBe(0);
    expect(refused.stderr).toContain('commit refused');
    expect(refused.stderr).toMatch(/deploy\.sh:3 +github-pat/);
    expect(refused.stdout + refused.stderr).not.toContain(secret);
    expect(refused.stdout + refused.stderr).not.toContain(secret.slice(4));
    expect(head(git)).toBe(before);
    // The run folder is not offered for the next commit.
    expect(git('status', '--porcelain', '--untracked-files=all')).not.toContain('.tollgate');

    writeFileSync(join(dir, 'deploy.sh'), '#!/bin/sh\n# push\nexport GH_TOKEN="$(cat ~/.token)"\n');
    git('add', 'deploy.sh');
    const clean = commit(dir);
    expect(clean.code, clean.stderr).toBe(0);
    expect(head(git)).not.toBe(before);
  });

  it('scans the staged content, not the working tree: a token removed only on disk is still refused', () => {
    const { dir, git } = repo();
    // The repository's own inputs ask for range mode: the hook scans the staged content anyway.
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/tollgate-inputs.yml'), 'secret-scan:\n  mode: range\n');
    const secret = token();
    writeFileSync(join(dir, 'config.env'), `REGION=eu\nTOKEN=${secret}\n`);
    git('add', 'config.env');
    writeFileSync(join(dir, 'config.env'), 'REGION=eu\nTOKEN=\n'); // not staged
    const r = commit(dir);
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(/config\.env:2 +github-pat/);
    expect(r.stdout + r.stderr).not.toContain(secret);
    // Outside the hook, the pre-commit stage keeps the configured mode: the last commit is clean.
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'bin/tollgate.js'), 'run', '--stage', 'pre-commit'],
      { cwd: dir, env, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const log = readFileSync(join(dir, '.tollgate/runs/latest/logs/secret-scan.log'), 'utf8');
    expect(log).toContain('on the last commit');
  });

  it('does not block on tokens outside the staged change: only on disk, or committed before', () => {
    const { dir, git } = repo();
    // Committed earlier past the hook: HEAD is not what this commit adds.
    writeFileSync(join(dir, 'legacy.env'), `TOKEN=${token()}\n`);
    git('add', 'legacy.env');
    git('commit', '-q', '--no-verify', '-m', 'legacy');
    writeFileSync(join(dir, 'notes.md'), `scratch ${token()}\n`); // untracked
    writeFileSync(join(dir, 'README.md'), `# shop\n\n${token()}\n`); // tracked, not staged
    writeFileSync(join(dir, 'app.js'), 'export const answer = 42;\n');
    git('add', 'app.js');
    const before = head(git);
    const r = commit(dir);
    expect(r.code, r.stderr).toBe(0);
    expect(head(git)).not.toBe(before);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('app.js');
  });

  it('scans what `git commit -a` is about to commit', () => {
    const { dir, git } = repo();
    const secret = token();
    writeFileSync(join(dir, 'README.md'), `# shop\n\nclone with ${secret}\n`);
    const before = head(git);
    const r = commit(dir, '-a');
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(/README\.md:3 +github-pat/);
    expect(head(git)).toBe(before);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(secret);
  });
});
