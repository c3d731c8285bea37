import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { makeTestResult } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import type { Subject } from '../../attest/statement.js';
import { sha256File } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import { readInput, writeFileAtomic } from '../../core/fs.js';
import { sniffFormat } from '../common/coverage-data.js';
import { MAX_JUNIT_BYTES, parseJUnit, type JUnitResult } from '../common/junit.js';
import { writeLcov } from '../common/lcov.js';
import { missingScript, notApplicableTests } from '../common/npm-script.js';
import { runShell, tailReason } from '../common/shell.js';
import { readV8Coverage } from '../coverage/v8.js';
import { autoJUnit } from './reporters.js';
import { COVERAGE_DIR, coverageEnv, V8_DIR } from '../instrument/convention.js';
import type { StepContext, StepResult } from '../types.js';

/** Where Tollgate's own reporter writes, in the step's folder (copied to junit.xml after). */
const AUTO_JUNIT = 'reporter-junit.xml';

/** Where test commands conventionally leave coverage in the repository (read only if written by this run). */
const REPO_COVERAGE_DIRS = ['coverage', '.'];

const shown = (names: string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');

/**
 * Product names of files in a step's reports folder are relative to the folder holding all
 * steps' reports (`unit-tests/coverage/lcov.info`): unique per step, and `coverage` finds
 * them next to its own folder.
 */
const productName = (ctx: StepContext, abs: string) =>
  relative(join(ctx.outDir, '..'), abs).split('\\').join('/');

async function freshFiles(dir: string, since: number): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isFile() && (await stat(p)).mtimeMs >= since) out.push(p);
  }
  return out.sort();
}

/**
 * Finds the coverage reports this run wrote and copies them into the reports folder (so the
 * other test step cannot overwrite them before `coverage` reads them). Raw V8 data is
 * converted only when the command wrote no report itself: two views of one run would
 * double-count branches that the formats number differently.
 */
async function collectCoverage(ctx: StepContext, since: number): Promise<Subject[]> {
  const own = join(ctx.outDir, COVERAGE_DIR);
  const candidates = [
    ...(await freshFiles(own, since)),
    ...(
      await Promise.all(REPO_COVERAGE_DIRS.map((d) => freshFiles(join(ctx.repoDir, d), since)))
    ).flat(),
  ];
  const reports: string[] = [];
  for (const file of candidates) {
    if (sniffFormat((await readFile(file, 'utf8')).slice(0, 8192))) reports.push(file);
  }
  await mkdir(own, { recursive: true });
  const copied: string[] = [];
  for (const [i, file] of reports.entries()) {
    if (file.startsWith(own)) copied.push(file);
    else {
      const dest = join(own, `${i}-${basename(file)}`);
      await copyFile(file, dest);
      copied.push(dest);
    }
  }
  if (copied.length === 0) {
    const v8 = await readV8Coverage(join(ctx.outDir, V8_DIR), ctx.repoDir);
    if (v8.length) {
      const dest = join(own, 'v8.lcov.info');
      await writeFileAtomic(dest, writeLcov(v8, ctx.step.id));
      copied.push(dest);
      ctx.log(`converted V8 coverage of ${v8.length} file(s) to ${productName(ctx, dest)}`);
    }
  }
  const subjects: Subject[] = [];
  for (const c of copied)
    subjects.push({ name: productName(ctx, c), digest: { sha256: await sha256File(c) } });
  return subjects;
}

/**
 * `unit-tests` and `integration-tests`: run the test command, read its JUnit report into
 * an in-toto test-result, and hand the run's coverage reports on to `coverage`.
 */
export async function runTests(ctx: StepContext): Promise<StepResult> {
  const command = (ctx.inputs['test-command'] ?? '').trim();
  let junitInput = (ctx.inputs['junit-path'] ?? '').trim() || 'junit.xml';
  const fail = (reason: string): StepResult => ({
    status: 'failed',
    reason,
    attestations: [],
    products: [],
    reports: [],
  });
  if (!command) return fail('no test command; set the test-command input');
  const missing = await missingScript(ctx.repoDir, command);
  if (missing) return notApplicableTests(ctx, missing);
  let junit = isAbsolute(junitInput) ? junitInput : join(ctx.repoDir, junitInput);
  // Whole seconds: some file systems store coarse mtimes, and a report from this run must count.
  const since = Math.floor(Date.now() / 1000) * 1000;
  await mkdir(join(ctx.outDir, COVERAGE_DIR), { recursive: true });
  // The repository's own JUnit report (junit-path) counts when the command wrote one; else
  // the one Tollgate's reporter wrote into this step's folder.
  const auto = await autoJUnit(ctx.repoDir, command, join(ctx.outDir, AUTO_JUNIT));
  if (auto.framework) ctx.log(`${auto.framework} detected: its JUnit report goes to ${AUTO_JUNIT}`);
  let res: Awaited<ReturnType<typeof runShell>>;
  try {
    res = await runShell(ctx, auto.command, {
      ...coverageEnv(ctx.outDir),
      ...auto.env,
      TOLLGATE_JUNIT_PATH: junit,
    });
  } finally {
    await auto.cleanup();
  }
  const isFresh = async (f: string) => existsSync(f) && (await stat(f)).mtimeMs >= since;
  if (!(await isFresh(junit))) {
    if (await isFresh(auto.out)) {
      junit = auto.out;
      junitInput = `${ctx.step.id}/${AUTO_JUNIT}`;
    } else {
      return fail(
        res.code !== 0
          ? tailReason(
              `test command exited with code ${res.code} and wrote no JUnit report at ${junitInput}`,
              res,
            )
          : `test command passed but wrote no JUnit report at ${junitInput}, and its test runner is none Tollgate gives a JUnit reporter to (node:test, Jest, Vitest, Mocha); point junit-path at the report it writes`,
      );
    }
  }
  const tool = command.length > 60 ? `${command.slice(0, 57)}...` : command;
  let result: JUnitResult;
  try {
    result = parseJUnit(
      (await readInput(junit, 'JUnit report', MAX_JUNIT_BYTES)).toString('utf8'),
      {
        tool: `test command "${tool}"`,
        file: junitInput,
      },
    );
  } catch (e) {
    // A report that cannot be read proves nothing about the tests: fail, naming file and tool.
    if (e instanceof TollgateError) return fail(e.message);
    throw e;
  }
  const junitCopy = join(ctx.outDir, 'junit.xml');
  await copyFile(junit, junitCopy);
  if (junit === auto.out) await rm(auto.out, { force: true });
  const junitSubject: Subject = {
    name: productName(ctx, junitCopy),
    digest: { sha256: await sha256File(junitCopy) },
  };
  const coverage = await collectCoverage(ctx, since);

  const total = result.passed.length + result.failed.length;
  let status: StepResult['status'] = result.failed.length ? 'failed' : 'passed';
  let reason = result.failed.length
    ? `${result.failed.length} of ${total} tests failed: ${shown(result.failed)}`
    : `${result.passed.length} tests passed${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`;
  if (total === 0) {
    // An empty report proves nothing was tested; passing on it would be a silent hole.
    status = 'failed';
    reason = `the JUnit report ${junitInput} lists no tests`;
  }
  if (res.code !== 0 && status === 'passed') {
    ctx.log(
      `warning: the test command exited with ${res.code} although its JUnit report has no failure`,
    );
    reason += ` (the command exited with code ${res.code})`;
  }
  for (const name of result.failed) ctx.log(`FAILED ${name}: ${result.messages.get(name) ?? ''}`);
  return {
    status,
    reason,
    attestations: [
      {
        predicateType: PREDICATE.testResult,
        predicate: makeTestResult({
          passed: result.passed,
          failed: result.failed,
          configuration: [{ name: junitSubject.name, digest: junitSubject.digest }],
        }),
      },
    ],
    products: [junitSubject, ...coverage],
    materials: ctx.upstream.instrument ?? [],
    reports: ['junit.xml', ...coverage.map((c) => relative(ctx.step.id, c.name))],
    summary: `**${ctx.step.id}** \`${command}\`: ${reason}; ${coverage.length} coverage report(s)`,
    metrics: {
      passed: result.passed.length,
      failed: result.failed.length,
      skipped: result.skipped.length,
    },
  };
}
