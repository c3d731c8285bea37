import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJUnit } from '../../src/steps/common/junit.js';
import { unitTestsStep } from '../../src/steps/unit-tests/index.js';
import { autoJUnit, frameworkOf } from '../../src/steps/unit-tests/reporters.js';
import { projectRoot } from '../helpers/cli.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

/** A repository with package.json scripts and files, written here (nothing is copied). */
async function repoWith(scripts: Record<string, string>, files: Record<string, string>) {
  const dir = await tempDir('junit');
  dirs.push(dir);
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'svc', private: true, type: 'module', scripts }),
  );
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const run = async (repo: string, command: string) => {
  const out = join(repo, '.tollgate', 'reports', 'unit-tests');
  const r = await unitTestsStep.run(
    stepContext('unit-tests', repo, out, { 'test-command': command, 'junit-path': 'junit.xml' }),
  );
  return { r, out };
};

describe('JUnit reports from the test runner, without configuring the repository', () => {
  it('node:test (`npm test` runs `node --test`): the report is read from the step folder, nothing is left in the repository', async () => {
    const repo = await repoWith(
      { test: 'node --test' },
      {
        'test/a.test.mjs':
          "import { test } from 'node:test';\ntest('adds', () => {});\ntest('subtracts', () => {});\n",
      },
    );
    const { r, out } = await run(repo, 'npm test');
    expect(r.status, r.reason).toBe('passed');
    expect(r.reason).toBe('2 tests passed');
    expect((await readdir(repo)).sort()).toEqual(['.tollgate', 'package.json', 'test']);
    const junit = parseJUnit(await readFile(join(out, 'junit.xml'), 'utf8'), {
      tool: 't',
      file: 'junit.xml',
    });
    expect(junit.passed).toHaveLength(2);
  });

  it('Vitest (`npm test` runs `vitest run`): its junit reporter is added, its failures are read', async () => {
    const repo = await repoWith(
      { test: 'vitest run' },
      {
        'sum.test.js':
          "import { expect, it } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));\nit('breaks', () => expect(1).toBe(2));\n",
      },
    );
    await symlink(join(projectRoot, 'node_modules'), join(repo, 'node_modules'));
    const { r } = await run(repo, 'npm test');
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^1 of 2 tests failed: .*breaks/);
    expect((await readdir(repo)).sort()).toEqual([
      '.tollgate',
      'node_modules',
      'package.json',
      'sum.test.js',
    ]);
  });

  it('appends reporter options to the command, after -- for an npm script, as they are for yarn', async () => {
    const repo = await repoWith(
      { test: 'jest --ci', 'test:unit': 'mocha test/', e2e: 'jest && x' },
      {},
    );
    const out = join(repo, 'o', 'r.xml');
    const jest = await autoJUnit(repo, 'npm test', out);
    expect(jest.framework).toBe('jest');
    expect(jest.command).toMatch(
      /^npm test -- '--reporters=default' '--reporters=.*jest-junit\.cjs'$/,
    );
    expect(jest.env.TOLLGATE_JUNIT_OUT).toBe(out);
    const reporter = /--reporters=([^']*jest-junit\.cjs)/.exec(jest.command)![1]!;
    expect(readFileSync(reporter, 'utf8')).toContain('onRunComplete');
    await jest.cleanup();
    const mocha = await autoJUnit(repo, 'yarn test:unit', out);
    expect(mocha.command).toMatch(/^yarn test:unit '--reporter=.*mocha-junit\.cjs'$/);
    await mocha.cleanup();
    // Arguments would reach the command after &&, not jest: only node:test's reporter is given.
    const compound = await autoJUnit(repo, 'npm run e2e', out);
    expect(compound.command).toBe('npm run e2e');
    expect(compound.env.NODE_OPTIONS).toContain('--test-reporter=junit');
    expect(frameworkOf('npx vitest run --coverage')).toBe('vitest');
    expect(frameworkOf('node --import tsx --test test/')).toBe('node-test');
    expect(frameworkOf('./node_modules/.bin/mocha')).toBe('mocha');
    expect(frameworkOf('jester')).toBeUndefined();
  });
});

// Jest and Mocha are not installed here: their reporters are driven through the interfaces
// those frameworks call (Jest's onRunComplete results, Mocha's runner events).
describe("Tollgate's Jest and Mocha reporters", () => {
  let repo: string;
  beforeAll(async () => {
    repo = await repoWith({ test: 'jest', 'test:mocha': 'mocha' }, {});
  });
  const load = async (command: string) => {
    const out = join(repo, 'out', `${command.replace(/\W/g, '')}.xml`);
    const a = await autoJUnit(repo, command, out);
    const file = /=([^']*\.cjs)/.exec(a.command)![1]!;
    const Reporter = createRequire(import.meta.url)(file) as new (...args: unknown[]) => {
      onRunComplete?: (c: unknown, r: unknown) => void;
    };
    return { a, out, Reporter };
  };

  it('the Jest reporter writes passed, failed, skipped and unloadable files', async () => {
    const { a, out, Reporter } = await load('npm test');
    process.env.TOLLGATE_JUNIT_OUT = out;
    try {
      new Reporter({}, {}).onRunComplete!(new Set(), {
        testResults: [
          {
            testFilePath: join(process.cwd(), 'src/a.test.js'),
            testResults: [
              { fullName: 'a adds', status: 'passed', duration: 3, failureMessages: [] },
              { fullName: 'a <breaks>', status: 'failed', duration: 1, failureMessages: ['x\ny'] },
              { fullName: 'a later', status: 'pending', failureMessages: [] },
            ],
          },
          {
            testFilePath: join(process.cwd(), 'src/b.test.js'),
            testExecError: { message: 'SyntaxError' },
            testResults: [],
          },
        ],
      });
    } finally {
      delete process.env.TOLLGATE_JUNIT_OUT;
      await a.cleanup();
    }
    const r = parseJUnit(await readFile(out, 'utf8'), { tool: 'jest', file: 'r.xml' });
    expect(r.passed).toHaveLength(1);
    expect(r.failed).toHaveLength(2);
    expect(r.failed.join()).toContain('a <breaks>');
    expect(r.skipped).toHaveLength(1);
  });

  it('the Mocha reporter writes the events of the run at its end', async () => {
    const { a, out, Reporter } = await load('npm run test:mocha');
    const runner = new EventEmitter();
    const test = (title: string) => ({ fullTitle: () => title, file: 'test/x.js', duration: 2 });
    process.env.TOLLGATE_JUNIT_OUT = out;
    try {
      new Reporter(runner, {});
      runner.emit('pass', test('x works'));
      runner.emit('fail', test('x "fails"'), new Error('boom'));
      runner.emit('pending', test('x later'));
      runner.emit('end');
    } finally {
      delete process.env.TOLLGATE_JUNIT_OUT;
      await a.cleanup();
    }
    const r = parseJUnit(await readFile(out, 'utf8'), { tool: 'mocha', file: 'r.xml' });
    expect(r.passed).toEqual([expect.stringContaining('x works')]);
    expect(r.failed).toEqual([expect.stringContaining('x "fails"')]);
    expect(r.messages.get(r.failed[0]!)).toContain('boom');
  });
});
