import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TollgateError } from '../core/errors.js';

const require = createRequire(import.meta.url);
const PKG = '@cyclonedx/cyclonedx-npm';

/**
 * cyclonedx-npm's command line script and version. Its `exports` hide package.json from
 * `require.resolve` (so the shared packagedTool cannot read it); its main module is
 * resolvable, and package.json is found by walking up from there.
 */
export function cyclonedxNpm(): { script: string; version: string } {
  let dir: string;
  try {
    dir = dirname(require.resolve(PKG));
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `the tool ${PKG} is not installed`, {
      cause: e,
      hint: 'install Tollgate with its dependencies (npm ci)',
    });
  }
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    let manifest: { name?: string; version?: string; bin?: Record<string, string> };
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof manifest;
    } catch {
      continue;
    }
    const bin = manifest.bin?.['cyclonedx-npm'];
    if (manifest.name === PKG && bin)
      return { script: join(dir, bin), version: manifest.version ?? 'unknown' };
  }
  throw new TollgateError('INTERNAL', `${PKG} is installed without its cyclonedx-npm command`);
}
