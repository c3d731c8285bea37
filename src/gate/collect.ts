import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { MAX_BUNDLE_BYTES } from './gate.js';
import type { BundleSource } from './types.js';

/**
 * Reads every `*.json` bundle below `dir`, naming each relative to `base` for messages. Oversized files are not read whole: the gate
 * only needs to know they are too large, and reading them could exhaust memory.
 */
export async function collectBundles(dir: string, base = process.cwd()): Promise<BundleSource[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir, { recursive: true })).map(String);
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `cannot read the bundle folder ${dir}`, {
      cause: e,
      hint: 'pass the folder that holds the *.json bundles with --bundles',
    });
  }
  const files = entries.filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => {
      const path = join(dir, f);
      const size = (await stat(path)).size;
      const bytes = size > MAX_BUNDLE_BYTES ? Buffer.alloc(size) : await readFile(path);
      return { name: relative(base, path) || path, bytes };
    }),
  );
}
