import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TollgateError } from '../../core/errors.js';
import { resolveTool } from '../../tools/resolve.js';

/**
 * The JavaScript entry point and version of an npm-installed command line tool that ships with
 * Tollgate. Steps run it with the current Node (`process.execPath`) through the process runner,
 * so it is a real separate process, independent of PATH and of `.bin` shims. It comes from the
 * tools folder the step action installs, else from Tollgate's own node_modules
 * (src/tools/resolve.ts).
 */
export async function packagedTool(
  pkg: string,
  bin?: string,
): Promise<{ script: string; version: string }> {
  const manifestPath = await resolveTool(`${pkg}/package.json`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
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
export async function packageUrl(pkg: string): Promise<string> {
  return pathToFileURL(await resolveTool(pkg)).href;
}
