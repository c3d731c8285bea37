import { describe, expect, it } from 'vitest';
import { parseCobertura } from '../../src/steps/common/cobertura.js';
import { countBranches, countLines, sniffFormat } from '../../src/steps/common/coverage-data.js';
import { parseIstanbulFinal, parseIstanbulSummary } from '../../src/steps/common/istanbul.js';
import { parseJUnit } from '../../src/steps/common/junit.js';
import { parseLcov, writeLcov } from '../../src/steps/common/lcov.js';
import { parseUnifiedDiff } from '../../src/steps/coverage/changed-lines.js';
import { mergeCoverage, totalsOf } from '../../src/steps/coverage/merge.js';

const src = (tool: string) => ({ tool, file: 'report', repoDir: '/repo' });

describe('lcov', () => {
  const text = [
    'TN:unit',
    'SF:/repo/src/a.js',
    'DA:1,2',
    'DA:2,0',
    'DA:3,1,abc',
    'BRDA:2,0,0,1',
    'BRDA:2,0,1,-',
    'LF:3',
    'LH:2',
    'end_of_record',
  ].join('\n');

  it('reads lines and branches; absolute paths become repository paths; - is not taken', () => {
    const [f] = parseLcov(text, src('lcov'));
    expect(f!.path).toBe('src/a.js');
    expect([...f!.lines]).toEqual([
      [1, 2],
      [2, 0],
      [3, 1],
    ]);
    expect([...f!.branches]).toEqual([
      ['2:0', 1],
      ['2:1', 0],
    ]);
    expect(countLines(f!)).toEqual({ covered: 2, total: 3 });
    expect(countBranches(f!)).toEqual({ covered: 1, total: 2 });
  });

  it('round-trips through the writer', () => {
    const files = parseLcov(text, src('lcov'));
    expect(parseLcov(writeLcov(files), src('lcov'))).toEqual(files);
  });

  it('names the file and line of a malformed record', () => {
    expect(() => parseLcov('SF:a.js\nDA:x,1\nend_of_record\n', src('lcov'))).toThrow(
      'lcov report report line 2: expected a number, got "x"',
    );
    expect(() => parseLcov('SF:a.js\nDA:1,1\n', src('lcov'))).toThrow('has no end_of_record');
    expect(() => parseLcov('DA:1,1\n', src('lcov'))).toThrow('DA outside a record');
  });
});

describe('Cobertura', () => {
  const xml = `<?xml version="1.0" ?>
<coverage line-rate="0.5" branch-rate="0.5" version="7.4">
  <sources><source>/repo/pkg</source></sources>
  <packages><package name="app"><classes>
    <class name="a.py" filename="app/a.py">
      <methods><method name="f"><lines><line number="1" hits="1"/></lines></method></methods>
      <lines>
        <line number="1" hits="1"/>
        <line number="2" hits="0"/>
        <line number="3" hits="4" branch="true" condition-coverage="50% (1/2)"/>
      </lines>
    </class>
    <class name="b.py" filename="app/b.py"><lines><line number="7" hits="1"/></lines></class>
  </classes></package></packages>
</coverage>`;

  it('reads class lines relative to the source folder; conditions count first taken', () => {
    const files = parseCobertura(xml, src('Cobertura'));
    expect(files.map((f) => f.path)).toEqual(['pkg/app/a.py', 'pkg/app/b.py']);
    expect([...files[0]!.lines]).toEqual([
      [1, 1],
      [2, 0],
      [3, 4],
    ]);
    expect([...files[0]!.branches]).toEqual([
      ['3:0', 1],
      ['3:1', 0],
    ]);
  });

  it('rejects broken XML and a wrong root', () => {
    expect(() => parseCobertura('<coverage><packages>', src('Cobertura'))).toThrow(
      /^Cobertura report report is not valid Cobertura XML: /,
    );
    expect(() => parseCobertura('<report/>', src('Cobertura'))).toThrow(
      'no <coverage> root element',
    );
  });
});

describe('Istanbul', () => {
  const final = JSON.stringify({
    '/repo/src/a.ts': {
      path: '/repo/src/a.ts',
      statementMap: {
        '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 9 } },
        '1': { start: { line: 2, column: 0 }, end: { line: 2, column: 9 } },
        '2': { start: { line: 2, column: 10 }, end: { line: 2, column: 20 } },
        '3': { start: { line: 4, column: 0 }, end: { line: 4, column: 9 } },
      },
      s: { '0': 1, '1': 0, '2': 3, '3': 0 },
      branchMap: { '0': { loc: { start: { line: 2, column: 0 } }, type: 'if', locations: [] } },
      b: { '0': [3, 0] },
      fnMap: {},
      f: {},
    },
  });

  it('coverage-final.json: a line has the hits of its busiest statement', () => {
    const [f] = parseIstanbulFinal(final, src('Istanbul'));
    expect(f!.path).toBe('src/a.ts');
    expect([...f!.lines]).toEqual([
      [1, 1],
      [2, 3],
      [4, 0],
    ]);
    expect([...f!.branches]).toEqual([
      ['2:0', 3],
      ['2:1', 0],
    ]);
  });

  it('coverage-summary.json: per-file totals without line detail', () => {
    const summary = JSON.stringify({
      total: { lines: { total: 10, covered: 5, pct: 50 } },
      '/repo/src/b.ts': {
        lines: { total: 10, covered: 5, skipped: 0, pct: 50 },
        branches: { total: 4, covered: 1, skipped: 0, pct: 25 },
      },
    });
    const files = parseIstanbulSummary(summary, src('Istanbul'));
    expect(files).toHaveLength(1);
    expect(countLines(files[0]!)).toEqual({ covered: 5, total: 10 });
    expect(countBranches(files[0]!)).toEqual({ covered: 1, total: 4 });
  });

  it('rejects entries without the expected maps', () => {
    expect(() => parseIstanbulFinal('{"a.ts": {}}', src('Istanbul'))).toThrow(
      'entry a.ts has no statementMap and s',
    );
    expect(() => parseIstanbulSummary('{"x": 1}', src('Istanbul'))).toThrow('has no "total" entry');
    expect(() => parseIstanbulFinal('{', src('Istanbul'))).toThrow(
      /^Istanbul report report is not JSON/,
    );
  });
});

describe('format detection and merging', () => {
  it('tells formats apart by content', () => {
    expect(sniffFormat('TN:\nSF:a.js\n')).toBe('lcov');
    expect(sniffFormat('<?xml version="1.0"?>\n<coverage line-rate="1">')).toBe('cobertura');
    expect(sniffFormat('{"total": {}}')).toBe('istanbul-summary');
    expect(sniffFormat('{"/a.js": {"statementMap": {}}}')).toBe('istanbul-final');
    expect(sniffFormat('<testsuites/>')).toBeUndefined();
    expect(sniffFormat('<html>coverage</html>')).toBeUndefined();
  });

  it('merges runs by the highest hits; summaries count only without line detail', () => {
    const a = parseLcov('SF:x.js\nDA:1,1\nDA:2,0\nBRDA:1,0,0,0\nend_of_record\n', src('lcov'));
    const b = parseLcov('SF:x.js\nDA:1,0\nDA:2,5\nBRDA:1,0,0,2\nend_of_record\n', src('lcov'));
    const c = parseIstanbulSummary(
      JSON.stringify({ total: {}, 'y.js': { lines: { covered: 1, total: 4 } } }),
      src('Istanbul'),
    );
    const totals = totalsOf(mergeCoverage([a, b, c]));
    expect(totals.lines).toEqual({ covered: 3, total: 6, pct: 50 });
    expect(totals.branches).toEqual({ covered: 1, total: 1, pct: 100 });
    expect(totals.files.map((f) => [f.path, f.lines.pct])).toEqual([
      ['x.js', 100],
      ['y.js', 25],
    ]);
  });

  it('reads changed line numbers from a zero-context diff', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -2 +2 @@',
      '@@ -4,0 +5,2 @@',
      '@@ -9,3 +10,0 @@',
      '--- a/old.js',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)].map(([p, l]) => [p, [...l]])).toEqual([
      ['src/a.js', [2, 5, 6]],
    ]);
  });
});

describe('JUnit', () => {
  const src = { tool: 'pytest', file: 'junit.xml' };

  it('walks nested suites and tells failures, errors and skips apart', () => {
    const xml = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="api">
    <testsuite name="users">
      <testcase name="creates"/>
      <testcase name="rejects empty" classname="users.Validation">
        <failure message="expected 400&#10;got 200">trace</failure>
      </testcase>
    </testsuite>
    <testcase name="boots"><error type="ImportError">no module</error></testcase>
    <testcase name="later"><skipped/></testcase>
  </testsuite>
</testsuites>`;
    const r = parseJUnit(xml, src);
    expect(r.passed).toEqual(['api › users › creates']);
    // A suite's own test cases come before those of the suites nested in it.
    expect(r.failed).toEqual(['api › boots', 'users.Validation › rejects empty']);
    expect(r.errored).toEqual(['api › boots']);
    expect(r.skipped).toEqual(['api › later']);
    expect(r.messages.get('users.Validation › rejects empty')).toBe('expected 400');
  });

  it('accepts a single testsuite root and an empty testsuites', () => {
    const r = parseJUnit('<testsuite name="s"><testcase classname="C" name="t"/></testsuite>', src);
    expect(r.passed).toEqual(['C › t']);
    expect(parseJUnit('<testsuites/>', src).passed).toEqual([]);
  });

  it('names the tool and the file when the report is malformed', () => {
    expect(() => parseJUnit('<testsuites><testcase', src)).toThrow(
      /^pytest wrote junit\.xml, which is not valid JUnit XML: /,
    );
    expect(() => parseJUnit('', src)).toThrow('the file is empty');
    expect(() => parseJUnit('<results/>', src)).toThrow('neither <testsuites> nor <testsuite>');
    expect(() => parseJUnit('<testsuite><testcase/></testsuite>', src)).toThrow(
      'a <testcase> has no name',
    );
  });
});
