import {
  countBranches,
  countLines,
  emptyFile,
  pct,
  type Counter,
  type FileCoverage,
} from '../common/coverage-data.js';

/**
 * Merges the coverage of several runs. Per file, a line's hits (and a branch's) are the
 * highest any run reports: a line covered by the unit tests or the integration tests is
 * covered. Summary-only files (no line detail) cannot be merged line by line, so they count
 * only where no run gave detail, and then the best summary is taken.
 */
export function mergeCoverage(runs: FileCoverage[][]): FileCoverage[] {
  const byPath = new Map<string, FileCoverage>();
  for (const files of runs) {
    for (const f of files) {
      const m = byPath.get(f.path) ?? emptyFile(f.path);
      byPath.set(f.path, m);
      for (const [l, h] of f.lines) m.lines.set(l, Math.max(m.lines.get(l) ?? 0, h));
      for (const [k, h] of f.branches) m.branches.set(k, Math.max(m.branches.get(k) ?? 0, h));
      if (f.summary && (!m.summary || f.summary.lines.covered > m.summary.lines.covered)) {
        m.summary = f.summary;
      }
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface Totals {
  lines: Counter & { pct: number };
  branches: Counter & { pct: number };
  files: { path: string; lines: Counter & { pct: number }; branches?: Counter & { pct: number } }[];
}

const withPct = (c: Counter) => ({ covered: c.covered, total: c.total, pct: pct(c) });

export function totalsOf(files: FileCoverage[]): Totals {
  const lines: Counter = { covered: 0, total: 0 };
  const branches: Counter = { covered: 0, total: 0 };
  const perFile: Totals['files'] = [];
  for (const f of files) {
    const l = countLines(f);
    const b = countBranches(f);
    lines.covered += l.covered;
    lines.total += l.total;
    if (b) {
      branches.covered += b.covered;
      branches.total += b.total;
    }
    perFile.push({ path: f.path, lines: withPct(l), ...(b ? { branches: withPct(b) } : {}) });
  }
  return { lines: withPct(lines), branches: withPct(branches), files: perFile };
}
