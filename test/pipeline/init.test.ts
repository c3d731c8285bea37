import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/load.js';
import { renderCallerWorkflow } from '../../src/pipeline/render/templates.js';
import { isLocalPath } from '../../src/cli/commands/init.js';
import { runCli } from '../helpers/cli.js';
import { tempRepo } from './git-repo.js';
import { actionlintProblems } from './workflow-checks.js';

const FILES = ['.github/workflows/tollgate.yml', '.github/tollgate.yml', '.pre-commit-config.yaml'];
const repos: string[] = [];
const repo = (origin?: string) => {
  const dir = tempRepo(origin);
  repos.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of repos.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('tollgate init', () => {
  it('writes the caller workflow, a policy for the origin repository and the hook config', async () => {
    const dir = repo('git@github.com:acme/shop.git');
    const r = await runCli(['init'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of FILES) expect(existsSync(join(dir, f)), f).toBe(true);

    const policyText = readFileSync(join(dir, '.github/tollgate.yml'), 'utf8');
    expect(policyText).toContain('repository: acme/shop');
    await expect(parsePolicy(policyText, '.github/tollgate.yml', dir)).resolves.toBeDefined();

    const workflow = readFileSync(join(dir, '.github/workflows/tollgate.yml'), 'utf8');
    expect(workflow).toBe(renderCallerWorkflow('main'));
    expect(workflow).not.toContain('$default-branch');
    expect(await actionlintProblems(workflow, 'tollgate.yml')).toEqual([]);

    expect(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')).toContain(
      'id: tollgate-secret-scan',
    );
  });

  it('warns, naming the path and the fix, when origin is a local path; not with --repository', async () => {
    const dir = repo('/srv/mirrors/acme+shop/repo');
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `tollgate init: warning: the remote "origin" of ${dir} is a local path (/srv/mirrors/acme+shop/repo), so the policy's repository "acme+shop/repo" is a guess, not a GitHub repository\n` +
        '  hint: run again with --repository OWNER/REPO (the repository on GitHub), or point origin at it: git remote set-url origin https://github.com/OWNER/REPO\n',
    );
    const named = await runCli(['init', '--force', '--repository', 'acme/shop'], dir);
    expect(named.stderr).toBe('');
    expect(readFileSync(join(dir, '.github/tollgate.yml'), 'utf8')).toContain(
      'repository: acme/shop',
    );
    for (const url of [
      '../shop',
      './shop',
      '~/src/shop',
      'file:///srv/acme/shop.git',
      'C:\\src\\shop',
    ])
      expect(isLocalPath(url), url).toBe(true);
    for (const url of [
      'git@github.com:acme/shop.git',
      'https://github.com/acme/shop',
      'ssh://git@host/acme/shop',
    ])
      expect(isLocalPath(url), url).toBe(false);
  });

  it('git-ignores the local run folders once, keeping what .gitignore held', async () => {
    const dir = repo('https://github.com/acme/shop');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist');
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('added .tollgate/ to .gitignore');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\ndist\n.tollgate/\n');
    const again = await runCli(['init', '--force'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('.gitignore');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\ndist\n.tollgate/\n');

    const fresh = repo('https://github.com/acme/web');
    expect((await runCli(['init'], fresh)).code).toBe(0);
    expect(readFileSync(join(fresh, '.gitignore'), 'utf8')).toBe('.tollgate/\n');
  });

  it('takes a folder argument and an explicit repository', async () => {
    const dir = repo();
    const r = await runCli(['init', dir, '--repository', 'acme/web']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, '.github/tollgate.yml'), 'utf8')).toContain(
      'repository: acme/web',
    );
  });

  it('exits 2 when the repository cannot be told', async () => {
    const dir = repo();
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--repository OWNER/REPO');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('refuses to overwrite an existing file without --force, and writes nothing then', async () => {
    const dir = repo('https://github.com/acme/shop');
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/tollgate.yml'), 'mine\n');
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, '.github/tollgate.yml'));
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, '.github/tollgate.yml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, '.github/workflows/tollgate.yml'))).toBe(false);

    const forced = await runCli(['init', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, '.github/tollgate.yml'), 'utf8')).toContain('acme/shop');
  });

  it('rejects more than one folder', async () => {
    expect((await runCli(['init', 'a', 'b'])).code).toBe(2);
  });
});
