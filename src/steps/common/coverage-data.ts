import { isAbsolute, relative, sep } from 'node:path';

/**
 * The one in-memory shape every coverage format is read into, so that reports of different
 * tools (and of different test runs) merge line by line. Branches are keyed `line:n`, the
 * n-th branch outcome recorded on that line, because the formats number branches
 * differently but all list them per line in source order.
 */
export interface FileCoverage {
  /** Repository-relative, forward slashes. */
  path: string;
  /** Line number -> hit count. */
  lines: Map<number, number>;
  /** `line:n` -> times taken. */
  branches: Map<string, number>;
  /**
   * Totals only, for formats without line detail (Istanbul coverage-summary.json). Such a
   * file cannot merge line by line; see merge.ts.
   */
  summary?: { lines: Counter; branches?: Counter };
}

export interface Counter {
  covered: number;
  total: number;
}

export interface ReportSource {
  /** The tool or format, for error messages. */
  tool: string;
  /** The report file, for error messages. */
  file: string;
  /** Absolute paths in the report are made relative to this folder. */
  repoDir: string;
}

export function emptyFile(path: string): FileCoverage {
  return { path, lines: new Map(), branches: new Map() };
}

/** Report paths are absolute (Istanbul, V8) or relative to some root; the predicate wants repo paths. */
export function repoPath(path: string, repoDir: string): string {
  const rel = isAbsolute(path) ? relative(repoDir, path) : path;
  return rel.split(sep).join('/').replace(/^\.\//, '');
}

/** Adds branch outcomes of one line in order, continuing the line's numbering. */
export function addBranches(f: FileCoverage, line: number, taken: number[]): void {
  let n = 0;
  while (f.branches.has(`${line}:${n}`)) n++;
  for (const t of taken) f.branches.set(`${line}:${n++}`, t);
}

export function pct(c: Counter): number {
  // Nothing to cover counts as fully covered: an empty project must not fail a 0 % minimum.
  return c.total === 0 ? 100 : Math.round((c.covered / c.total) * 10000) / 100;
}

export function countLines(f: FileCoverage): Counter {
  if (f.summary && f.lines.size === 0) return f.summary.lines;
  let covered = 0;
  for (const h of f.lines.values()) if (h > 0) covered++;
  return { covered, total: f.lines.size };
}

export function countBranches(f: FileCoverage): Counter | undefined {
  if (f.summary && f.lines.size === 0) return f.summary.branches;
  let covered = 0;
  for (const h of f.branches.values()) if (h > 0) covered++;
  return { covered, total: f.branches.size };
}

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul-final' | 'istanbul-summary';

/** Tells the format from the content, so file names (which tools choose freely) do not matter. */
export function sniffFormat(text: string): CoverageFormat | undefined {
  const head = text.trimStart().slice(0, 512);
  if (/^(TN|SF):/m.test(head)) return 'lcov';
  if (head.startsWith('<'))
    return /<coverage[\s>]/.test(text.slice(0, 4096)) ? 'cobertura' : undefined;
  if (head.startsWith('{')) {
    if (/"total"\s*:/.test(text)) return 'istanbul-summary';
    if (/"statementMap"\s*:/.test(text)) return 'istanbul-final';
  }
  return undefined;
}
