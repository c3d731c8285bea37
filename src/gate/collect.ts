import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  type Dirent,
} from 'node:fs';
import { join, relative } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { MAX_BUNDLE_BYTES } from './gate.js';
import type { BundleSource } from './types.js';

/** The file suffix of Sigstore bundles, as Tollgate, cosign and GitHub's attest actions write them. */
export const BUNDLE_SUFFIX = '.sigstore.json';

/**
 * Opening for reading never follows a symbolic link and never waits: a FIFO opened without
 * O_NONBLOCK blocks until a writer comes, which would hang the gate.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads every `*.sigstore.json` bundle below `dir`, naming each relative to `base`. Oversized files are not read whole: the gate
 * only needs to know they are too large, and reading them could exhaust memory.
 *
 * Folders are walked into whatever their name: actions/download-artifact puts each artifact
 * in a folder named after it, so `unit-tests.sigstore.json/` is a folder holding the bundle.
 * Only regular files are read. A symbolic link, FIFO, socket or device named like a bundle is
 * never opened (a link could point anywhere, a FIFO would block): it comes back with a
 * `problem`, which the gate reports as an unattributed `malformed` entry.
 *
 * The reads are synchronous on purpose: a gate run reads hundreds of small files and has
 * nothing else to do meanwhile, while a stat plus a promise-based read cost five thread-pool
 * round trips per file (stat, open, stat, read, close) and made reading the bundles slower
 * than verifying them.
 */
export async function collectBundles(dir: string, base = process.cwd()): Promise<BundleSource[]> {
  let top: Dirent[];
  try {
    top = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `cannot read the bundle folder ${dir}`, {
      cause: e,
      hint: 'pass the folder that holds the *.sigstore.json bundles with --bundles',
    });
  }
  const found: { path: string; entry?: Dirent; problem?: string }[] = [];
  const walk = (folder: string, entries: Dirent[]) => {
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        let inner: Dirent[];
        try {
          inner = readdirSync(path, { withFileTypes: true });
        } catch (e) {
          found.push({ path, problem: `folder cannot be read (${errorCode(e)})` });
          continue;
        }
        walk(path, inner);
      } else if (entry.name.endsWith(BUNDLE_SUFFIX)) {
        // Only Sigstore bundles: step artifacts also carry JSON reports, which are not attestations.
        found.push({ path, entry });
      }
    }
  };
  walk(dir, top);
  // Path order, as the names are shown; the gate handles each bundle independently.
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found.map(({ path, entry, problem }) => {
    const name = relative(base, path) || path;
    const kind = entry ? notRegular(entry) : undefined;
    if (problem ?? kind) return unread(name, problem ?? `${kind}, not a regular file; not opened`);
    const read = readBounded(path);
    return 'problem' in read ? unread(name, read.problem) : { name, ...read };
  });
}

/** The error code only: the message would repeat the machine's absolute path. */
function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'error';
}

function unread(name: string, problem: string): BundleSource {
  return { name, bytes: Buffer.alloc(0), size: 0, problem };
}

function notRegular(entry: Dirent): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a file';
}

/**
 * The file's bytes, or only its size when it is over the limit. The size
 * comes from the open descriptor, so a file swapped after the check cannot slip past it, and
 * reading stops at the size seen even if the file grows meanwhile. The descriptor is checked
 * to be a regular file too: the folder listing may be out of date by the time it is opened.
 */
function readBounded(path: string): { bytes: Buffer; size: number } | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: 'a symbolic link, not a regular file; not opened' };
    return { problem: `cannot be read (${errorCode(e)})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: 'not a regular file; not read' };
    const { size } = st;
    if (size > MAX_BUNDLE_BYTES) return { bytes: Buffer.alloc(0), size };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), size: read };
  } finally {
    closeSync(fd);
  }
}
