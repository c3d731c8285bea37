import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TollgateError } from '../core/errors.js';
import { resolveTool } from '../tools/resolve.js';

const PKG = '@cyclonedx/cyclonedx-npm';

/**
 * cyclonedx-npm's command line script and version, from the step tools (src/tools/resolve.ts).
 * Its `exports` hide package.json from `require.resolve` (so the shared packagedTool cannot
 * read it); its main module is resolvable, and package.json is found by walking up from there.
 */
export async function cyclonedxNpm(): Promise<{ script: string; version: string }> {
  let dir = dirname(await resolveTool(PKG));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    let manifest: { name?: string; version?: string; bin?: Record<string, string> };
    try {
      manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as typeof manifest;
    } catch {
      continue;
    }
    const bin = manifest.bin?.['cyclonedx-npm'];
    if (manifest.name === PKG && bin)
      return { script: join(dir, bin), version: manifest.version ?? 'unknown' };
  }
  throw new TollgateError('INTERNAL', `${PKG} is installed without its cyclonedx-npm command`);
}
