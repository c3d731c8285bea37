import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';

/** The lines a change adds to one file, by their line number in the new version. */
export interface AddedLines {
  /** The commit that added them (range mode), or undefined for staged changes. */
  commit?: string;
  path: string;
  lines: Map<number, string>;
}

/** Marker line that `git log --format` writes before each commit's patch. */
export const COMMIT_MARK = '\u0001commit ';

/** git quotes unusual paths C-style ("a\tb"); JSON's string escapes cover what it writes. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  try {
    return JSON.parse(p) as string;
  } catch {
    return p.slice(1, -1);
  }
}

/**
 * Parses `git diff -U0` / `git log -p -U0` output into added lines. Only `+` lines count:
 * what a change removes cannot leak anything new, and context lines were scanned when they
 * were added.
 */
export function parseAddedLines(patch: string): AddedLines[] {
  const out: AddedLines[] = [];
  let commit: string | undefined;
  let file: AddedLines | undefined;
  let next = 0;
  for (const line of patch.split('\n')) {
    if (line.startsWith(COMMIT_MARK)) {
      commit = line.slice(COMMIT_MARK.length).trim();
      file = undefined;
    } else if (line.startsWith('diff --git ')) {
      file = undefined;
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      file =
        target === '/dev/null'
          ? undefined
          : {
              ...(commit ? { commit } : {}),
              path: unquote(target).replace(/^b\//, ''),
              lines: new Map(),
            };
      if (file) out.push(file);
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
      next = m ? Number(m[1]) : 0;
    } else if (file && next > 0 && line.startsWith('+')) {
      file.lines.set(next++, line.slice(1));
    }
  }
  return out.filter((f) => f.lines.size > 0);
}

/**
 * Writes each file's added lines at their own line numbers (other lines left empty) under
 * root, so that one `gitleaks dir` run sees real paths (for path rules and allowlists) and
 * reports real line numbers, while scanning only what the change adds. Range mode puts each
 * commit under its own folder, because two commits may add different text at one line.
 */
export async function writeMirror(root: string, files: AddedLines[]): Promise<number> {
  let bytes = 0;
  for (const f of files) {
    const rel = normalize(f.commit ? join(f.commit, f.path) : f.path);
    if (rel.startsWith('..') || rel.startsWith(sep)) continue; // never write outside root
    // A loop, not Math.max(...keys): a generated file can add more lines than a call's arguments allow.
    let max = 0;
    for (const n of f.lines.keys()) if (n > max) max = n;
    const text = Array.from({ length: max }, (_, i) => f.lines.get(i + 1) ?? '').join('\n');
    await mkdir(dirname(join(root, rel)), { recursive: true });
    await writeFile(join(root, rel), text + '\n');
    bytes += text.length;
  }
  return bytes;
}
