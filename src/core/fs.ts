import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TollgateError } from './errors.js';

/**
 * Writes through a temporary file in the same directory and renames it into place, so a
 * reader (or a crash) never sees a half-written report, key or bundle.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data, { mode: options.mode ?? 0o644, flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Reads a file for a user-supplied path; failures become exit-code-2 errors naming it. */
export async function readInput(path: string, what: string, maxBytes?: number): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
    throw new TollgateError('INPUT_UNREADABLE', `cannot read ${what} ${path}: ${reason}`, {
      cause: e,
    });
  }
  if (maxBytes !== undefined && buf.length > maxBytes) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${what} ${path} is ${buf.length} bytes, over the limit of ${maxBytes}`,
    );
  }
  return buf;
}
