import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globMatch } from '../../core/glob.js';
import { readJsonUntrusted } from '../../core/untrusted.js';
import { emptyFile, repoPath, type FileCoverage } from '../common/coverage-data.js';

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface V8Script {
  url?: string;
  functions?: { ranges?: Range[]; isBlockCoverage?: boolean }[];
}

/** Not the code under test: dependencies and the tests themselves (as c8 and Node exclude them). */
const EXCLUDE = [
  'node_modules/**',
  '**/node_modules/**',
  'test/**',
  'tests/**',
  '**/__tests__/**',
  '**/*.test.*',
  '**/*.spec.*',
];

/** Lines with nothing executable on them: blank, lone brackets, comments. */
const NOT_CODE = /^\s*(?:[{}()[\];,]*\s*|\/\/.*|\/?\*.*)$/;

/**
 * Raw V8 coverage (the files NODE_V8_COVERAGE collects, one per process) to line and branch
 * coverage of the repository's own files. A line's count is that of the innermost range
 * containing its first non-blank character; V8 block ranges after a function's first range
 * are the arms of its branches. Processes are merged by taking the highest count.
 */
export async function readV8Coverage(dir: string, repoDir: string): Promise<FileCoverage[]> {
  if (!existsSync(dir)) return [];
  const byPath = new Map<string, FileCoverage>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    let doc: { result?: V8Script[] };
    try {
      doc = (await readJsonUntrusted(join(dir, name), 'V8 coverage', { maxBytes: 1 << 30 })) as {
        result?: V8Script[];
      };
    } catch {
      // A process killed while writing leaves a truncated file; the other processes still count.
      continue;
    }
    for (const script of doc.result ?? []) {
      if (!script.url?.startsWith('file:')) continue;
      const abs = fileURLToPath(script.url);
      const path = repoPath(abs, repoDir);
      if (path.startsWith('..') || EXCLUDE.some((g) => globMatch(g, path)) || !existsSync(abs))
        continue;
      const f = byPath.get(path) ?? emptyFile(path);
      byPath.set(path, f);
      addScript(f, await readFile(abs, 'utf8'), script);
    }
  }
  return [...byPath.values()];
}

function addScript(f: FileCoverage, source: string, script: V8Script): void {
  const ranges: Range[] = [];
  const blocks: Range[] = [];
  for (const fn of script.functions ?? []) {
    const rs = fn.ranges ?? [];
    ranges.push(...rs);
    if (fn.isBlockCoverage) blocks.push(...rs.slice(1));
  }
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  source.split('\n').forEach((text, i) => {
    if (NOT_CODE.test(text) || (i === 0 && text.startsWith('#!'))) return;
    const at = lineStarts[i]! + text.search(/\S/);
    let best: Range | undefined;
    for (const r of ranges) {
      if (r.startOffset <= at && at < r.endOffset) {
        if (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset) best = r;
      }
    }
    if (best) f.lines.set(i + 1, Math.max(f.lines.get(i + 1) ?? 0, best.count));
  });
  // Per line, the n-th block starting there; a second process adds counts to the same keys.
  const seen = new Map<number, number>();
  for (const b of [...blocks].sort((x, y) => x.startOffset - y.startOffset)) {
    const line = lineOf(b.startOffset);
    const n = seen.get(line) ?? 0;
    seen.set(line, n + 1);
    const key = `${line}:${n}`;
    f.branches.set(key, Math.max(f.branches.get(key) ?? 0, b.count));
  }
}
