import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The lines of the files findings point at, read to fingerprint them by their context. The
 * path comes from a tool's report, so it is not trusted: only a regular file inside the
 * repository (after symbolic links are resolved), of at most MAX_SOURCE_BYTES, is read.
 * Anything else (a URL, a path outside, a folder, a missing or unreadable or huge file) gives
 * undefined, and the finding falls back to its line number; nothing here throws.
 */

/** Larger files are not read for context: a minified bundle or a data dump, not source. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

async function readLines(repoRoot: string, path: string): Promise<string[] | undefined> {
  // A URL (`https://host/x`, `tcp://host:port`) or a path outside the repository: no file.
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || isAbsolute(path)) return undefined;
  const candidate = resolve(repoRoot, path);
  if (!inside(repoRoot, candidate)) return undefined;
  const real = await realpath(candidate);
  if (!inside(repoRoot, real)) return undefined;
  const handle = await open(real, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > MAX_SOURCE_BYTES) return undefined;
    return (await handle.readFile('utf8')).split(/\r?\n/);
  } finally {
    await handle.close();
  }
}

/** A reader of repository files by relative path, each file read once. */
export function sourceLines(repoDir: string): (path: string) => Promise<string[] | undefined> {
  const cache = new Map<string, Promise<string[] | undefined>>();
  let root: Promise<string | undefined> | undefined;
  return (path) => {
    let lines = cache.get(path);
    if (!lines) {
      root ??= realpath(repoDir).catch(() => undefined);
      lines = root.then((r) => (r ? readLines(r, path).catch(() => undefined) : undefined));
      cache.set(path, lines);
    }
    return lines;
  };
}
