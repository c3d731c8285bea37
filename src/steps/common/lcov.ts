import { TollgateError } from '../../core/errors.js';
import {
  addBranches,
  emptyFile,
  repoPath,
  type FileCoverage,
  type ReportSource,
} from './coverage-data.js';

/**
 * lcov tracefiles (geninfo format): records from `SF:` to `end_of_record`, `DA:line,hits`
 * for lines and `BRDA:line,block,branch,taken` for branches (`-` = never evaluated). Other
 * records (functions, counts, checksums) are not needed: the totals are recomputed.
 */
export function parseLcov(text: string, src: ReportSource): FileCoverage[] {
  const files: FileCoverage[] = [];
  let cur: FileCoverage | undefined;
  const bad = (n: number, why: string) =>
    new TollgateError('INPUT_INVALID', `${src.tool} report ${src.file} line ${n}: ${why}`);
  const int = (s: string | undefined, n: number) => {
    if (s === undefined || !/^\d+$/.test(s)) throw bad(n, `expected a number, got "${s ?? ''}"`);
    return Number(s);
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    const n = i + 1;
    if (raw === '' || raw.startsWith('TN:') || raw.startsWith('#')) continue;
    if (raw === 'end_of_record') {
      if (!cur) throw bad(n, 'end_of_record without SF');
      files.push(cur);
      cur = undefined;
      continue;
    }
    const colon = raw.indexOf(':');
    if (colon < 1) throw bad(n, `not an lcov record: "${raw.slice(0, 60)}"`);
    const tag = raw.slice(0, colon);
    const value = raw.slice(colon + 1);
    if (tag === 'SF') {
      if (cur) throw bad(n, 'SF inside a record (missing end_of_record)');
      cur = emptyFile(repoPath(value, src.repoDir));
      continue;
    }
    if (!cur) throw bad(n, `${tag} outside a record`);
    if (tag === 'DA') {
      // DA may carry a third field (a checksum); only line and hits matter.
      const [line, hits] = value.split(',');
      const l = int(line, n);
      cur.lines.set(l, Math.max(cur.lines.get(l) ?? 0, int(hits, n)));
    } else if (tag === 'BRDA') {
      const parts = value.split(',');
      if (parts.length !== 4) throw bad(n, 'BRDA needs line,block,branch,taken');
      addBranches(cur, int(parts[0], n), [parts[3] === '-' ? 0 : int(parts[3], n)]);
    }
  }
  if (cur) throw bad(lines.length, `record for ${cur.path} has no end_of_record`);
  return files;
}

/** Writes the merged coverage back as lcov, the format most viewers and services accept. */
export function writeLcov(files: FileCoverage[], testName = 'tollgate'): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`TN:${testName}`, `SF:${f.path}`);
    const byLine = new Map<number, number[]>();
    for (const [key, taken] of f.branches) {
      const line = Number(key.split(':')[0]);
      byLine.set(line, [...(byLine.get(line) ?? []), taken]);
    }
    let covered = 0;
    for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
      byLine.get(line)!.forEach((t, i) => {
        out.push(`BRDA:${line},0,${i},${t}`);
        if (t > 0) covered++;
      });
    }
    out.push(`BRF:${f.branches.size}`, `BRH:${covered}`);
    let hit = 0;
    for (const line of [...f.lines.keys()].sort((a, b) => a - b)) {
      const h = f.lines.get(line)!;
      if (h > 0) hit++;
      out.push(`DA:${line},${h}`);
    }
    out.push(`LF:${f.lines.size}`, `LH:${hit}`, 'end_of_record');
  }
  return out.join('\n') + '\n';
}
