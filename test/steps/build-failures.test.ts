import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runStep, scratch, UNIT } from './build-helpers.js';

/** Each case plants one fault in a fresh copy of the fixture and runs the step for real. */
describe('build and test steps fail clearly', () => {
  let s: ReturnType<typeof scratch>;
  afterEach(() => s.cleanup());

  it('compile fails with the compiler message on a syntax error', async () => {
    s = scratch('node-app');
    writeFileSync(
      join(s.repo, 'src', 'math.js'),
      'export function add(a, b {\n  return a + b;\n}\n',
    );
    const r = await runStep('compile', s.repo, s.reports, { 'build-command': 'auto' });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^build command exited with code 1: .*SyntaxError: Unexpected token/);
    expect(r.attestations).toEqual([]);
  });

  it('compile asks for build-command when it cannot tell the language', async () => {
    s = scratch();
    mkdirSync(s.repo);
    writeFileSync(join(s.repo, 'main.c'), 'int main(void) { return 0; }\n');
    const r = await runStep('compile', s.repo, s.reports, { 'build-command': 'auto' });
    expect(r.status).toBe('failed');
    expect(r.reason).toContain('set the build-command input');
  });

  it('compile records an explicit command, artifacts glob and lockfile materials', async () => {
    s = scratch();
    mkdirSync(s.repo);
    writeFileSync(join(s.repo, 'requirements.txt'), 'requests==2.32.3\n');
    const r = await runStep('compile', s.repo, s.reports, {
      'build-command': 'mkdir -p pkg && echo built > pkg/app.whl && echo notes > pkg/notes.txt',
      artifacts: 'pkg/*.whl',
    });
    expect(r.status).toBe('passed');
    expect(r.products.map((p) => p.name)).toEqual(['pkg/app.whl']);
    expect(r.materials!.map((m) => m.name)).toEqual(['example/app', 'requirements.txt']);
  });

  it('a failing unit test fails unit-tests and is named in the reason', async () => {
    s = scratch('node-app');
    writeFileSync(
      join(s.repo, 'test', 'unit', 'broken.test.js'),
      "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\n" +
        "test('one plus one', () => assert.equal(1 + 1, 3));\n",
    );
    const r = await runStep('unit-tests', s.repo, s.reports, UNIT);
    expect(r.status).toBe('failed');
    expect(r.reason).toBe('1 of 2 tests failed: test › one plus one');
    expect(r.attestations[0]!.predicate).toMatchObject({
      result: 'FAILED',
      failedTests: ['test › one plus one'],
    });
  });

  it('a command that fails without writing JUnit fails with its output', async () => {
    s = scratch('node-app');
    const r = await runStep('unit-tests', s.repo, s.reports, {
      'test-command': 'echo "cannot find module jest" >&2; exit 127',
      'junit-path': 'junit.xml',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toBe(
      'test command exited with code 127 and wrote no JUnit report at junit.xml: cannot find module jest',
    );
  });

  it('malformed JUnit fails naming the file and the command', async () => {
    s = scratch('node-app');
    const r = await runStep('unit-tests', s.repo, s.reports, {
      'test-command': 'printf \'<testsuites><testcase name="x">\' > out.xml',
      'junit-path': 'out.xml',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(
      /^test command "printf '<testsuites><testcase name="x">' > out\.xml" wrote out\.xml, which is not valid JUnit XML: /,
    );
  });

  it('malformed lcov named in coverage-paths fails naming the file', async () => {
    s = scratch('node-app');
    writeFileSync(join(s.repo, 'bad.lcov'), 'SF:src/math.js\nDA:1\nend_of_record\n');
    const r = await runStep('coverage', s.repo, s.reports, { 'coverage-paths': 'bad.lcov' });
    expect(r.status).toBe('failed');
    expect(r.reason).toBe('lcov report bad.lcov line 2: expected a number, got ""');
  });

  it('coverage with nothing to read fails', async () => {
    s = scratch('node-app');
    const r = await runStep('coverage', s.repo, s.reports, { 'coverage-paths': 'coverage/**' });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^no coverage report found/);
  });

  it('without a coverage reporter, the V8 data of the run becomes lcov', async () => {
    s = scratch('node-app');
    const r = await runStep('unit-tests', s.repo, s.reports, {
      'test-command':
        "node --test --test-reporter=junit --test-reporter-destination=junit.xml 'test/unit/*.test.js'",
      'junit-path': 'junit.xml',
    });
    expect(r.status).toBe('passed');
    expect(r.products.map((p) => p.name)).toContain('unit-tests/coverage/v8.lcov.info');
    const lcov = readFileSync(join(s.reports, 'unit-tests', 'coverage', 'v8.lcov.info'), 'utf8');
    // Lines 4 and 6 hold only a brace and are not counted; `return 0` never ran.
    expect(lcov).toContain('SF:src/math.js');
    expect(lcov.match(/^DA:.*$/gm)).toEqual(['DA:1,1', 'DA:2,1', 'DA:3,0', 'DA:5,1']);
  });
});

describe('coverage of the changed lines', () => {
  let s: ReturnType<typeof scratch>;
  afterEach(() => s.cleanup());

  it('counts covered executable lines among those changed since the base', async () => {
    s = scratch();
    mkdirSync(join(s.repo, 'src'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: s.repo,
      });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(s.repo, 'src', 'a.js'), 'a\nb\nc\nd\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    // Line 2 changes, lines 5 and 6 are added; line 6 is a comment the report does not list.
    writeFileSync(join(s.repo, 'src', 'a.js'), 'a\nB\nc\nd\ne\n// f\n');
    writeFileSync(join(s.repo, 'README.md'), 'docs\n');
    git('add', '.');
    git('commit', '-qm', 'change');
    writeFileSync(
      join(s.repo, 'cov.info'),
      'SF:src/a.js\nDA:1,1\nDA:2,3\nDA:3,0\nDA:4,1\nDA:5,0\nend_of_record\n',
    );
    const r = await runStep('coverage', s.repo, s.reports, {
      'coverage-paths': 'cov.info',
      base: 'HEAD~1',
    });
    expect(r.status).toBe('passed');
    expect(r.metrics!.changedLinePct).toBe(50);
    expect(r.reason).toContain('changed lines 50 % (1/2 in 1 file(s) since HEAD~1)');
    expect(
      JSON.parse(readFileSync(join(s.reports, 'coverage', 'changed-lines.json'), 'utf8')),
    ).toEqual({
      base: 'HEAD~1',
      covered: 1,
      total: 2,
      files: 1,
      pct: 50,
    });
  });

  it('fails clearly when the base is unknown', async () => {
    s = scratch('node-app');
    execFileSync('git', ['init', '-q'], { cwd: s.repo });
    writeFileSync(join(s.repo, 'cov.info'), 'SF:src/math.js\nDA:1,1\nend_of_record\n');
    const r = await runStep('coverage', s.repo, s.reports, {
      'coverage-paths': 'cov.info',
      base: 'nope',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^git diff against base nope failed/);
  });
});
