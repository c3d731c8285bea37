import { isAbsolute, posix } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TollgateError } from '../../core/errors.js';
import {
  addBranches,
  emptyFile,
  repoPath,
  type FileCoverage,
  type ReportSource,
} from './coverage-data.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Elements that may repeat are always arrays, so one class and many classes read alike.
  isArray: (name) => ['source', 'package', 'class', 'line'].includes(name),
});

const list = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : []);
const child = (n: Node | undefined, k: string): Node | undefined =>
  n && typeof n[k] === 'object' && n[k] !== null ? (n[k] as Node) : undefined;

/**
 * Cobertura XML (coverage.py, JaCoCo converters, gcovr, Istanbul's cobertura reporter).
 * Lines come from `class/lines/line`; the per-method copies of the same lines are ignored.
 * A branch line says only how many of its conditions were taken (`condition-coverage="50%
 * (1/2)"`), not which, so the first ones are counted as taken.
 */
export function parseCobertura(xml: string, src: ReportSource): FileCoverage[] {
  const bad = (why: string) =>
    new TollgateError(
      'INPUT_INVALID',
      `${src.tool} report ${src.file} is not valid Cobertura XML: ${why}`,
    );
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw bad(`${valid.err.msg} (line ${valid.err.line})`);
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    // A hostile report can nest deeper than the parser allows (or than its stack): say so.
    throw bad(e instanceof RangeError ? 'it nests too deeply' : (e as Error).message);
  }
  const root = child(doc, 'coverage');
  if (!root) throw bad('no <coverage> root element');
  // Filenames are relative to a <source> folder; the first one inside the repository is used.
  const sources = list(child(root, 'sources')?.source).map((s) => String(s).trim());
  const base = sources.map((s) => repoPath(s, src.repoDir)).find((s) => !s.startsWith('..')) ?? '';
  const byPath = new Map<string, FileCoverage>();
  for (const pkg of list(child(root, 'packages')?.package)) {
    for (const cls of list(child(pkg, 'classes')?.class)) {
      if (typeof cls.filename !== 'string') throw bad('a <class> has no filename');
      const path = isAbsolute(cls.filename)
        ? repoPath(cls.filename, src.repoDir)
        : posix.normalize(posix.join(base || '.', cls.filename));
      const f = byPath.get(path) ?? emptyFile(path);
      byPath.set(path, f);
      for (const line of list(child(cls, 'lines')?.line)) {
        const number = Number(line.number);
        const hits = Number(line.hits);
        if (!Number.isInteger(number) || !Number.isFinite(hits)) {
          throw bad(`a <line> in ${cls.filename} has no numeric number and hits`);
        }
        f.lines.set(number, Math.max(f.lines.get(number) ?? 0, hits));
        if (String(line.branch) === 'true') {
          const m = /\((\d+)\/(\d+)\)/.exec(String(line['condition-coverage'] ?? ''));
          if (m && !f.branches.has(`${number}:0`)) {
            const [taken, total] = [Number(m[1]), Number(m[2])];
            addBranches(
              f,
              number,
              Array.from({ length: total }, (_, i) => (i < taken ? 1 : 0)),
            );
          }
        }
      }
    }
  }
  return [...byPath.values()];
}
