import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TollgateError } from '../../core/errors.js';

const require = createRequire(import.meta.url);

/**
 * The JavaScript entry point and version of an npm-installed command line tool that ships with
 * Tollgate. Steps run it with the current Node (`process.execPath`) through the process runner,
 * so it is a real separate process, independent of PATH and of `.bin` shims.
 */
export function packagedTool(pkg: string, bin?: string): { script: string; version: string } {
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${pkg}/package.json`);
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `the tool ${pkg} is not installed`, {
      cause: e,
      hint: `install Tollgate with its dependencies (npm ci)`,
    });
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    version: string;
    bin?: string | Record<string, string>;
  };
  const rel =
    typeof manifest.bin === 'string'
      ? manifest.bin
      : (manifest.bin?.[bin ?? pkg.split('/').pop()!] ?? Object.values(manifest.bin ?? {})[0]);
  if (!rel) throw new TollgateError('INTERNAL', `${pkg} declares no command line entry point`);
  return { script: join(dirname(manifestPath), rel), version: manifest.version };
}

/** Resolves a package's main module to a file URL, for generated configs that import it. */
export function packageUrl(pkg: string): string {
  return pathToFileURL(require.resolve(pkg)).href;
}
