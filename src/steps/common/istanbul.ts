import { TollgateError } from '../../core/errors.js';
import {
  addBranches,
  emptyFile,
  repoPath,
  type Counter,
  type FileCoverage,
  type ReportSource,
} from './coverage-data.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
interface Loc {
  start?: { line?: unknown };
}
const lineOf = (l: unknown): number | undefined => {
  const n = (l as Loc | undefined)?.start?.line;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
};

function parseJson(text: string, src: ReportSource, what: string): Obj {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${src.tool} report ${src.file} is not JSON: ${(e as Error).message}`,
    );
  }
  if (!isObj(doc))
    throw new TollgateError(
      'INPUT_INVALID',
      `${src.tool} report ${src.file} is not an Istanbul ${what}`,
    );
  return doc;
}

/**
 * Istanbul `coverage-final.json` (nyc, c8, Jest, Vitest): per file a statement map with hit
 * counts and a branch map with counts per branch arm. A line's hits are those of the
 * busiest statement starting on it, which is how Istanbul's own reports count lines.
 */
export function parseIstanbulFinal(text: string, src: ReportSource): FileCoverage[] {
  const doc = parseJson(text, src, 'coverage-final.json');
  const files: FileCoverage[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (!isObj(value) || !isObj(value.statementMap) || !isObj(value.s)) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${src.tool} report ${src.file}: entry ${key} has no statementMap and s`,
      );
    }
    const f = emptyFile(repoPath(typeof value.path === 'string' ? value.path : key, src.repoDir));
    for (const [id, count] of Object.entries(value.s)) {
      const line = lineOf(value.statementMap[id]);
      if (line === undefined || typeof count !== 'number') continue;
      f.lines.set(line, Math.max(f.lines.get(line) ?? 0, count));
    }
    const branchMap = isObj(value.branchMap) ? value.branchMap : {};
    const b = isObj(value.b) ? value.b : {};
    // Branches in source order, so that `line:n` numbering is stable across runs.
    const ids = Object.keys(branchMap).sort((x, y) => Number(x) - Number(y));
    for (const id of ids) {
      const m = branchMap[id] as { loc?: unknown; line?: unknown; locations?: unknown[] };
      const line =
        lineOf(m.loc) ?? (typeof m.line === 'number' ? m.line : lineOf(m.locations?.[0]));
      const counts = b[id];
      if (line === undefined || !Array.isArray(counts)) continue;
      addBranches(
        f,
        line,
        counts.map((c) => (typeof c === 'number' ? c : 0)),
      );
    }
    files.push(f);
  }
  return files;
}

function counter(v: unknown): Counter | undefined {
  if (!isObj(v) || typeof v.covered !== 'number' || typeof v.total !== 'number') return undefined;
  return { covered: v.covered, total: v.total };
}

/**
 * Istanbul `coverage-summary.json`: totals per file, no line detail. Kept as per-file
 * summaries; they are used as they are when no run gives line detail for the file.
 */
export function parseIstanbulSummary(text: string, src: ReportSource): FileCoverage[] {
  const doc = parseJson(text, src, 'coverage-summary.json');
  if (!isObj(doc.total)) {
    throw new TollgateError('INPUT_INVALID', `${src.tool} report ${src.file} has no "total" entry`);
  }
  const files: FileCoverage[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'total') continue;
    const lines = isObj(value) ? counter(value.lines) : undefined;
    if (!lines) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${src.tool} report ${src.file}: entry ${key} has no lines.covered/total`,
      );
    }
    const branches = counter((value as Obj).branches);
    const f = emptyFile(repoPath(key, src.repoDir));
    f.summary = branches ? { lines, branches } : { lines };
    files.push(f);
  }
  return files;
}
