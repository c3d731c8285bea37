/**
 * The JUnit reporters Tollgate gives Jest and Mocha, as CommonJS module sources (both load a
 * reporter by path with require). They are written into a folder of Tollgate's own for the
 * run, never into the repository, and need nothing but Node: the repository's test framework
 * loads them as they are. Each writes to TOLLGATE_JUNIT_OUT, atomically.
 */

const WRITER = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const esc = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const rel = (f) => (f ? path.relative(process.cwd(), f).split(path.sep).join('/') : 'tests');
function writeJUnit(cases, tool) {
  const out = process.env.TOLLGATE_JUNIT_OUT;
  if (!out) return;
  const failures = cases.filter((c) => c.status === 'failed').length;
  const skipped = cases.filter((c) => c.status === 'skipped').length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="' + tool + '">',
    '  <testsuite name="' + tool + '" tests="' + cases.length + '" failures="' + failures + '" skipped="' + skipped + '">'];
  for (const c of cases) {
    const open = '    <testcase classname="' + esc(c.classname) + '" name="' + esc(c.name) + '" time="' + (c.time || 0) + '"';
    if (c.status === 'failed') lines.push(open + '>', '      <failure message="' + esc(String(c.failure || 'failed').split('\n')[0]) + '">' + esc(c.failure || '') + '</failure>', '    </testcase>');
    else if (c.status === 'skipped') lines.push(open + '>', '      <skipped/>', '    </testcase>');
    else lines.push(open + '/>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = out + '.' + process.pid + '.tmp';
  fs.writeFileSync(tmp, lines.join('\n'));
  fs.renameSync(tmp, out);
}
`;

/** A Jest reporter (`--reporters=<file>`): onRunComplete has every file's results. */
export const JEST_REPORTER = `'use strict';
${WRITER}
class TollgateJUnitReporter {
  onRunComplete(_contexts, results) {
    const cases = [];
    for (const file of results.testResults || []) {
      if (file.testExecError) {
        cases.push({ classname: rel(file.testFilePath), name: 'loading ' + rel(file.testFilePath), status: 'failed', failure: file.testExecError.message || String(file.testExecError) });
      }
      for (const t of file.testResults || []) {
        const status = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
        cases.push({ classname: rel(file.testFilePath), name: t.fullName || t.title, time: (t.duration || 0) / 1000, status, failure: (t.failureMessages || []).join('\\n') });
      }
    }
    writeJUnit(cases, 'jest');
  }
}
module.exports = TollgateJUnitReporter;
`;

/** A Mocha reporter (`--reporter <file>`): one line per test on stdout, and the JUnit file. */
export const MOCHA_REPORTER = `'use strict';
${WRITER}
function TollgateJUnitReporter(runner) {
  const cases = [];
  const add = (t, status, err) => {
    cases.push({ classname: rel(t.file), name: t.fullTitle(), time: (t.duration || 0) / 1000, status, failure: err ? (err.stack || err.message || String(err)) : '' });
    process.stdout.write((status === 'passed' ? '  ok ' : status === 'failed' ? '  FAILED ' : '  skipped ') + t.fullTitle() + '\\n');
  };
  runner.on('pass', (t) => add(t, 'passed'));
  runner.on('fail', (t, err) => add(t, 'failed', err));
  runner.on('pending', (t) => add(t, 'skipped'));
  runner.once('end', () => writeJUnit(cases, 'mocha'));
}
module.exports = TollgateJUnitReporter;
`;
