import { describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { bundleScope } from '../../src/oci/registry/bundle-scope.js';
import { COMMIT, makeKey, sign } from '../helpers/gate-fixture.js';

const IMAGE = `sha256:${'1'.repeat(64)}`;
const OTHER = `sha256:${'2'.repeat(64)}`;
const key = makeKey();
const bytes = async (step: string, sha: string) =>
  Buffer.from(
    JSON.stringify(
      await sign({
        step,
        predicateType: PREDICATE.slsaProvenance,
        subjects: [{ name: 'app', digest: { sha256: sha.slice(7) } }],
        signer: key.signer,
      }),
    ),
  );

describe('which attached bundles may vouch for an image', () => {
  it('uses a bundle that names the digest, and reads its step and commit', async () => {
    expect(bundleScope(await bytes('sign-image', IMAGE), IMAGE)).toMatchObject({
      step: 'sign-image',
      namesImage: true,
      usable: true,
      commits: [COMMIT],
    });
  });

  it('does not use an image step bundle about another digest', async () => {
    expect(bundleScope(await bytes('container-scan', OTHER), IMAGE)).toMatchObject({
      namesImage: false,
      usable: false,
    });
  });

  it('uses an sca bundle (about the commit sources) without the digest', async () => {
    expect(bundleScope(await bytes('sca', OTHER), IMAGE).usable).toBe(true);
  });

  it('gives an unreadable bundle an empty scope', () => {
    expect(bundleScope(Buffer.from('{'), IMAGE)).toMatchObject({ usable: false, commits: [] });
  });
});
