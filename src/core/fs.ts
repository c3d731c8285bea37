import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TollgateError, describeError } from './errors.js';
import { readUntrusted } from './untrusted-read.js';

/**
 * Writes through a temporary file in the same directory and renames it into place, so a
 * reader (or a crash) never sees a half-written report, key or bundle.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (e) {
    throw writeError(e, path);
  }
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data, { mode: options.mode ?? 0o644, flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw writeError(e, path);
  }
}

/** A failed write as an exit-code-2 error naming the file and what to do about it. */
function writeError(e: unknown, path: string): TollgateError {
  const code = (e as NodeJS.ErrnoException).code;
  const [why, hint] =
    code === 'EISDIR'
      ? ['it is a folder', 'give the path of a file, not of a folder']
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? ['a part of its path is a file, not a folder', 'choose a path under a folder']
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? ['the disk is full', 'free some space and run it again; nothing was half-written']
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? ['permission denied', 'choose a folder you can write to']
            : [String(code ?? describeError(e)), 'check the path and the disk'];
  return new TollgateError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${why}`, {
    cause: e,
    hint,
  });
}

/** The size limit of `readInput` when the caller names none. */
export const DEFAULT_INPUT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Reads a file for a user-supplied path; failures become exit-code-2 errors naming it. The
 * size limit is checked while reading (see untrusted.ts), and only regular files are read.
 */
export async function readInput(
  path: string,
  what: string,
  maxBytes = DEFAULT_INPUT_MAX_BYTES,
): Promise<Buffer> {
  return readUntrusted(path, what, { maxBytes });
}
