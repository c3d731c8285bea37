import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TollgateError } from '../../core/errors.js';

const require = createRequire(import.meta.url);

/**
 * The file a package declares as its command `bin`, found through the package's own
 * package.json rather than a fixed node_modules path, so that it works from src/, dist/ and
 * a hoisted or nested install alike. A bundle that does not ship node_modules must put the
 * tool on PATH instead (the callers try PATH first where a native build exists).
 */
export function packageBin(pkg: string, bin: string): string {
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${pkg}/package.json`);
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `the package ${pkg} is not installed`, {
      cause: e,
      hint: `install it (npm ci) or put the ${bin} command on PATH`,
    });
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!rel) throw new TollgateError('INTERNAL', `${pkg} declares no "${bin}" command`);
  return join(dirname(manifestPath), rel);
}
