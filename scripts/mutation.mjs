#!/usr/bin/env node
// Mutation testing of the trust code (stryker.config.mjs), then one line per folder with its
// mutation score and the goal. Usage (see docs/mutation.md):
//
//   npm run mutation                        incremental run: only changed code and tests
//   npm run mutation -- --force             every mutant again (still records the increment)
//   npm run mutation -- --report-only       print the scores of the last report, run nothing
//   npm run mutation -- --survivors         also list the surviving mutants, by file
//   npm run mutation -- --strict            exit 1 when a folder is below the goal
//
// Other arguments go to `stryker run`. Exit code: Stryker's when it failed, else 0 (or 1
// with --strict and a folder below the goal).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = path.join(root, 'reports/mutation/mutation.json');
const FOLDERS = ['src/gate', 'src/policy', 'src/attest/verify'];
const GOAL = 90;
// What Stryker counts as detected and as undetected; the rest (compile or runtime errors of
// the mutant itself, ignored mutants) is outside the score.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const args = process.argv.slice(2);
const own = new Set(['--report-only', '--survivors', '--strict']);
const reportOnly = args.includes('--report-only');
const strykerArgs = args.filter((a) => !own.has(a));

if (!reportOnly) {
  const env = { ...process.env };
  // Stryker runs the tests in a copy of the project under .stryker-tmp/, from where the
  // conformance corpus beside the project is no longer at its usual relative place.
  const corpus = path.resolve(root, '../shared/conformance/sigstore-bundle-verify');
  if (!env.TOLLGATE_CONFORMANCE_DIR && existsSync(corpus)) env.TOLLGATE_CONFORMANCE_DIR = corpus;
  // A tenth of the property tests' generated inputs per mutant (test/gate/property/harness.ts):
  // they run for every mutant of gate.ts, and the full count is kept for the suite.
  env.TOLLGATE_PROPERTY_RUNS_SCALE ??= '0.1';
  const started = Date.now();
  // The project's own Node (the `node` package), as npm scripts use: Stryker needs Node 22+,
  // and a system Node may be older.
  const projectNode = path.join(root, 'node_modules/.bin/node');
  const node = existsSync(projectNode) ? projectNode : process.execPath;
  env.PATH = `${path.join(root, 'node_modules/.bin')}${path.delimiter}${env.PATH ?? ''}`;
  const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
  const run = spawnSync(node, [stryker, 'run', ...strykerArgs], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    console.error(`mutation: stryker failed (exit ${run.status ?? run.signal}) after ${seconds} s`);
    process.exit(run.status || 1);
  }
  console.log(`mutation: stryker took ${seconds} s`);
}

if (!existsSync(REPORT)) {
  console.error(
    `mutation: no report at ${path.relative(root, REPORT)}; run npm run mutation first`,
  );
  process.exit(2);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
let belowGoal = false;
for (const folder of FOLDERS) {
  let detected = 0;
  let undetected = 0;
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (!inFolder(file, folder)) continue;
    for (const m of mutants) {
      if (DETECTED.has(m.status)) detected++;
      else if (UNDETECTED.has(m.status)) undetected++;
    }
  }
  const total = detected + undetected;
  if (total === 0) {
    console.log(`mutation ${folder}: no mutants in the report, goal >= ${GOAL} %`);
    continue;
  }
  const score = (100 * detected) / total;
  if (score < GOAL) belowGoal = true;
  const mark = score >= GOAL ? 'ok' : 'BELOW GOAL';
  console.log(
    `mutation ${folder}: ${score.toFixed(1)} % (${detected}/${total} killed), goal >= ${GOAL} % ${mark}`,
  );
}

if (args.includes('--survivors')) {
  for (const [file, { source, mutants }] of Object.entries(report.files).sort()) {
    const alive = mutants.filter((m) => UNDETECTED.has(m.status));
    if (alive.length === 0) continue;
    const lines = source.split('\n');
    console.log(`\n${rel(file)}: ${alive.length} undetected`);
    alive
      .sort((a, b) => a.location.start.line - b.location.start.line)
      .forEach((m) => {
        const line = m.location.start.line;
        const code = (lines[line - 1] ?? '').trim().slice(0, 70);
        const what = m.replacement === undefined ? '' : ` -> ${oneLine(m.replacement)}`;
        console.log(`  ${line}: ${m.mutatorName} [${m.status}]${what}    | ${code}`);
      });
  }
}

process.exit(args.includes('--strict') && belowGoal ? 1 : 0);

function rel(file) {
  return path.isAbsolute(file) ? path.relative(root, file) : file;
}

function inFolder(file, folder) {
  return rel(file).split(path.sep).join('/').startsWith(`${folder}/`);
}

function oneLine(s) {
  const t = String(s).replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
