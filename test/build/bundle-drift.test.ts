import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

describe('committed action bundles', () => {
  it('are exactly what a rebuild produces', () => {
    const r = spawnSync(process.execPath, [join(projectRoot, 'scripts/bundle.mjs'), '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 180_000);
});
