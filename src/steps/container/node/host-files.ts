import { lstat, readlink } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { TollgateError } from '../../../core/errors.js';
import type { LayerEntry } from '../../../oci/layer.js';

/**
 * Copies of host files into an image layer, at the same absolute paths, with every symlink on
 * the way kept as a symlink. On a merged-/usr system `/lib64/ld-linux-x86-64.so.2` goes through
 * `/lib64 -> usr/lib64` and a library such as `libstdc++.so.6` is a link to its versioned file;
 * the dynamic loader and the libraries are looked up by exactly those paths at run time, so the
 * image needs the same chain, not just the final file.
 */

/** Executable on the host → 0755, else 0644: fixed modes, independent of umask and owner. */
export const modeOf = (hostMode: number) => (hostMode & 0o111 ? 0o755 : 0o644);

export interface HostFiles {
  entries: Map<string, LayerEntry>;
  /** The host paths of the packed files and file links, for the dpkg ownership lookup. */
  hostPaths: Set<string>;
}

export function emptyHostFiles(): HostFiles {
  return { entries: new Map(), hostPaths: new Set() };
}

/** Adds `path` (absolute), following and recording symlinks in any of its components. */
export async function addHostPath(files: HostFiles, path: string, depth = 0): Promise<void> {
  if (depth > 40) {
    throw new TollgateError('INPUT_INVALID', `${path}: too many levels of symbolic links`);
  }
  const parts = posix.normalize(path).split('/').filter(Boolean);
  let cur = '';
  for (let i = 0; i < parts.length; i++) {
    cur = `${cur}/${parts[i]}`;
    let st;
    try {
      st = await lstat(cur);
    } catch (e) {
      throw new TollgateError('INPUT_UNREADABLE', `${cur}: cannot read this file for the image`, {
        cause: e,
      });
    }
    if (st.isSymbolicLink()) {
      const target = await readlink(cur);
      files.entries.set(cur, { path: cur, type: 'symlink', target });
      // A folder link (/lib -> usr/lib) is not looked up: dpkg -S /lib names every package
      // with a file in /lib.
      if (i === parts.length - 1) files.hostPaths.add(cur);
      const resolved = target.startsWith('/') ? target : posix.join(dirname(cur), target);
      const rest = parts.slice(i + 1).join('/');
      await addHostPath(files, rest ? `${resolved}/${rest}` : resolved, depth + 1);
      return;
    }
    if (i === parts.length - 1) {
      if (st.isDirectory()) {
        files.entries.set(cur, { path: cur, type: 'dir' });
      } else if (st.isFile()) {
        files.entries.set(cur, {
          path: cur,
          type: 'file',
          mode: modeOf(st.mode),
          source: cur,
          size: st.size,
        });
        files.hostPaths.add(cur);
      } else {
        throw new TollgateError('INPUT_INVALID', `${cur}: not a regular file, folder or link`);
      }
    }
  }
}
