import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Directories that never hold the project's own sources: dependencies, VCS data, build output. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', '.tollgate']);

/**
 * Every regular file under `root`, as a POSIX path relative to it, sorted so that reports and
 * findings come out in the same order on every machine. Symbolic links are not followed: a
 * link out of the checkout must not pull foreign files into a scan.
 */
export async function listRepoFiles(root: string, skip = SKIPPED_DIRS): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!skip.has(e.name)) await walk(join(dir, e.name));
      } else if (e.isFile()) {
        out.push(relative(root, join(dir, e.name)).split(sep).join('/'));
      }
    }
  };
  await walk(root);
  return out.sort();
}
