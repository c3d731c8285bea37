import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TollgateError } from '../../core/errors.js';

type Node = Record<string, unknown>;

export interface JUnitResult {
  /** `classname › name` of each test; per suite, its own cases before nested suites'. */
  passed: string[];
  /** Failures and errors together: both mean the test did not pass. */
  failed: string[];
  /** The subset of `failed` that errored (crashed) rather than failed an assertion. */
  errored: string[];
  skipped: string[];
  /** First line of the failure message per failed test, for the log and summary. */
  messages: Map<string, string>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Messages carry numeric character references (&#10; for new lines) that must read as text.
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);

export const SEPARATOR = ' › ';

function firstLine(n: Node | string | undefined): string {
  const text =
    typeof n === 'string' ? n : String(n?.message ?? n?.['#text'] ?? n?.type ?? '').trim();
  return text.split('\n')[0]!.trim().slice(0, 200);
}

/**
 * JUnit XML as the common runners write it (Node's test runner, Jest and Vitest reporters,
 * pytest, go-junit-report, Surefire): `testsuites` or a single `testsuite` root, suites
 * nested to any depth, `testcase` with `failure`, `error` or `skipped` children. A test is
 * named `classname › name`; without a classname the enclosing suite names stand in.
 */
/** JUnit reports are text; a larger file is not the report of a test run. */
export const MAX_JUNIT_BYTES = 256 * 1024 * 1024;

export function parseJUnit(xml: string, src: { tool: string; file: string }): JUnitResult {
  const bad = (why: string) =>
    new TollgateError(
      'INPUT_INVALID',
      `${src.tool} wrote ${src.file}, which is not valid JUnit XML: ${why}`,
    );
  if (xml.trim() === '') throw bad('the file is empty');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw bad(`${valid.err.msg} (line ${valid.err.line})`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    // A hostile report can nest deeper than the parser allows (or than its stack): say so.
    throw bad(e instanceof RangeError ? 'it nests too deeply' : (e as Error).message);
  }
  const out: JUnitResult = {
    passed: [],
    failed: [],
    errored: [],
    skipped: [],
    messages: new Map(),
  };

  const visitCase = (tc: Node, suites: string[]) => {
    const name = String(tc.name ?? '').trim();
    if (!name) throw bad('a <testcase> has no name');
    const cls = String(tc.classname ?? '').trim() || suites.filter(Boolean).join(SEPARATOR);
    const id = cls ? `${cls}${SEPARATOR}${name}` : name;
    const failures = list(tc.failure);
    const errors = list(tc.error);
    if (failures.length || errors.length) {
      out.failed.push(id);
      if (!failures.length) out.errored.push(id);
      out.messages.set(id, firstLine(failures[0] ?? errors[0]));
    } else if ('skipped' in tc) out.skipped.push(id);
    else out.passed.push(id);
  };
  const visitSuite = (s: Node, suites: string[]) => {
    const path = [...suites, String(s.name ?? '')];
    for (const tc of list(s.testcase)) visitCase(tc, path);
    for (const inner of list(s.testsuite)) visitSuite(inner, path);
  };

  const root = (doc.testsuites ?? undefined) as Node | string | undefined;
  if (root !== undefined) {
    // An empty <testsuites/> parses as '': a run with no tests, not a malformed file.
    if (typeof root === 'object') visitSuite({ ...root, name: '' }, []);
  } else if (Array.isArray(doc.testsuite)) {
    for (const s of list(doc.testsuite)) visitSuite(s, []);
  } else {
    throw bad('the root element is neither <testsuites> nor <testsuite>');
  }
  return out;
}
