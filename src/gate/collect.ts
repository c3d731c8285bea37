import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { MAX_BUNDLE_BYTES } from './gate.js';
import type { BundleSource } from './types.js';

/**
 * Reads every `*.sigstore.json` bundle below `dir`, naming each relative to `base`. Oversized files are not read whole: the gate
 * only needs to know they are too large, and reading them could exhaust memory.
 *
 * The reads are synchronous on purpose: a gate run reads hundreds of small files and has
 * nothing else to do meanwhile, while a stat plus a promise-based read cost five thread-pool
 * round trips per file (stat, open, stat, read, close) and made reading the bundles slower
 * than verifying them.
 */
/** The file suffix of Sigstore bundles, as Tollgate, cosign and GitHub's attest actions write them. */
export const BUNDLE_SUFFIX = '.sigstore.json';

export async function collectBundles(dir: string, base = process.cwd()): Promise<BundleSource[]> {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }).map(String);
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `cannot read the bundle folder ${dir}`, {
      cause: e,
      hint: 'pass the folder that holds the *.sigstore.json bundles with --bundles',
    });
  }
  // Only Sigstore bundles: step artifacts also carry JSON reports, which are not attestations.
  const files = entries.filter((f) => f.endsWith(BUNDLE_SUFFIX)).sort();
  return files.map((f) => {
    const path = join(dir, f);
    return { name: relative(base, path) || path, ...readBounded(path) };
  });
}

/**
 * The file's bytes, or only its size when it is over the limit. The size
 * comes from the open descriptor, so a file swapped after the check cannot slip past it, and
 * reading stops at the size seen even if the file grows meanwhile.
 */
function readBounded(path: string): { bytes: Buffer; size: number } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
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
