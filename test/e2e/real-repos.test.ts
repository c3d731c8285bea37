import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunVerdict } from '../../src/report/run-types.js';
import { projectRoot, runBin } from '../helpers/cli.js';

// `tollgate init` then `tollgate run` on a repository of a real shape, with no configuration
// written by hand, through the built command line (needs dist/: npx tsc -p tsconfig.json).
const tmp = mkdtempSync(join(tmpdir(), 'tollgate-real-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function checkout(fixture: string): string {
  const dir = join(tmp, fixture);
  cpSync(join(projectRoot, 'test/fixtures/repos', fixture), dir, { recursive: true });
  renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
      encoding: 'utf8',
    });
  git('init', '-q');
  git('remote', 'add', 'origin', `https://github.com/acme/${fixture}.git`);
  git('add', '-A');
  git('commit', '-q', '-m', 'start');
  return dir;
}

describe('a real shape: node:test unit tests, no integration tests, no OpenAPI spec', () => {
  it('init, then run: unit tests pass through the JUnit reporter Tollgate gives node:test, the rest is not-applicable with the reason, nothing is left in the tree', () => {
    const dir = checkout('node-test-only');
    const init = runBin(['init'], dir);
    expect(init.code, init.stderr).toBe(0);
    const steps = ['compile', 'lint-openapi', 'instrument', 'unit-tests', 'integration-tests'];
    const run = runBin(['run', ...steps.flatMap((s) => ['--only', s]), '--only', 'coverage'], dir);
    const verdict = JSON.parse(
      readFileSync(join(dir, '.tollgate/runs/latest/verdict.json'), 'utf8'),
    ) as RunVerdict;
    const by = Object.fromEntries(verdict.steps.map((s) => [s.step, s]));
    expect(by['unit-tests']).toMatchObject({ status: 'passed', reason: '2 of 2 tests passed' });
    expect(by['integration-tests']).toMatchObject({
      status: 'not-applicable',
      reason:
        'package.json has no "test:integration" script (the command is `npm run test:integration`)',
    });
    expect(by['lint-openapi']!.status).toBe('not-applicable');
    expect(by['lint-openapi']!.reason).toMatch(/^no OpenAPI spec: compile produced none/);
    expect(by.coverage!.status).toBe('passed');
    expect(by.coverage!.reason).toMatch(/^line coverage \d+\.\d %/);
    expect(by.coverage!.reason).not.toMatch(/^line coverage 100\.0 %/);
    expect(verdict.verdict).toBe('pass');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\d passed, 2 not-applicable/);
    // Nothing but init's files and the ignored run folder: no junit.xml, no coverage/ in the tree.
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(status.split('\n').filter(Boolean).sort()).toEqual([
      ' M .gitignore',
      '?? .github/tollgate.yml',
      '?? .github/workflows/tollgate.yml',
      '?? .pre-commit-config.yaml',
    ]);
    expect(existsSync(join(dir, 'junit.xml'))).toBe(false);
  });
});
