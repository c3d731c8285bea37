import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_GOOD_TRUSTED_ROOT } from '../../src/attest/verify/public-good-root.js';

describe('the committed public-good trusted root', () => {
  it('is the one the installed @sigstore/tuf seed carries (else run scripts/gen-public-good-root.mjs)', () => {
    const require = createRequire(import.meta.url);
    const seedsPath = join(dirname(require.resolve('@sigstore/tuf/package.json')), 'seeds.json');
    const seeds = JSON.parse(readFileSync(seedsPath, 'utf8')) as Record<
      string,
      { targets: Record<string, string> }
    >;
    const encoded = seeds['https://tuf-repo-cdn.sigstore.dev']!.targets['trusted_root.json']!;
    expect(PUBLIC_GOOD_TRUSTED_ROOT).toEqual(
      JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')),
    );
  });
});
