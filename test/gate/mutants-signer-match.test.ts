import { describe, expect, it } from 'vitest';
import type { SignerIdentity } from '../../src/attest/verify/types.js';
import { allowedSigner, matchesSigner } from '../../src/gate/signer-match.js';
import type { SignerSpec } from '../../src/policy/types.js';

// Each check of a signer entry on its own: an identity that differs from an allowed one in
// exactly one respect (issuer, repository, workflow, ref, key id, SPIFFE id) is refused.

const ISSUER = 'https://token.actions.githubusercontent.com';
const SAN = 'https://github.com/acme/shop/.github/workflows/release.yml@refs/heads/main';

function github(over: Partial<Extract<SignerSpec, { kind: 'github' }>> = {}): SignerSpec {
  return {
    name: 'release',
    kind: 'github',
    issuer: ISSUER,
    repository: 'acme/shop',
    workflows: [],
    refs: [],
    ...over,
  };
}

function sigstore(
  extensions: Record<string, string> = {
    sourceRepositoryURI: 'https://github.com/acme/shop',
    sourceRepositoryRef: 'refs/heads/main',
  },
  over: { san?: string; issuer?: string } = {},
): SignerIdentity {
  return { kind: 'sigstore', san: over.san ?? SAN, issuer: over.issuer ?? ISSUER, extensions };
}

const keySpec: SignerSpec = {
  name: 'ci',
  kind: 'key',
  publicKeyPath: 'ci.pub',
  publicKeyPem: '',
};
const spiffeSpec = (ids: string[]): SignerSpec => ({
  name: 'mesh',
  kind: 'spiffe',
  ids,
  trustBundlePath: 'b.pem',
  trustBundlePem: '',
});
const NO_KEYS = new Map<string, string>();

describe('key signers', () => {
  it('match the key id the policy names for the entry, and no other', () => {
    const keyIds = new Map([['ci', 'k1']]);
    expect(matchesSigner(keySpec, { kind: 'key', keyId: 'k1' }, keyIds)).toBe(true);
    expect(matchesSigner(keySpec, { kind: 'key', keyId: 'k2' }, keyIds)).toBe(false);
  });

  it('never match an identity that is not a key, even when the entry has no key id', () => {
    expect(matchesSigner(keySpec, sigstore(), NO_KEYS)).toBe(false);
    expect(
      matchesSigner(
        keySpec,
        { kind: 'spiffe', spiffeId: 'spiffe://a/b', trustDomain: 'a' },
        NO_KEYS,
      ),
    ).toBe(false);
  });
});

describe('SPIFFE signers', () => {
  const id: SignerIdentity = {
    kind: 'spiffe',
    spiffeId: 'spiffe://corp.example/ci/runner',
    trustDomain: 'corp.example',
  };

  it('match when any one of the id globs matches', () => {
    expect(matchesSigner(spiffeSpec(['spiffe://corp.example/ci/*']), id, NO_KEYS)).toBe(true);
    expect(
      matchesSigner(
        spiffeSpec(['spiffe://corp.example/build/*', 'spiffe://corp.example/ci/*']),
        id,
        NO_KEYS,
      ),
    ).toBe(true);
    expect(matchesSigner(spiffeSpec(['spiffe://corp.example/build/*']), id, NO_KEYS)).toBe(false);
    expect(matchesSigner(spiffeSpec([]), id, NO_KEYS)).toBe(false);
  });

  it('never match a key identity', () => {
    expect(matchesSigner(spiffeSpec(['**']), { kind: 'key', keyId: 'k1' }, NO_KEYS)).toBe(false);
  });
});

describe('GitHub signers', () => {
  it('match a certificate of the repository and issuer the entry names', () => {
    expect(matchesSigner(github(), sigstore(), NO_KEYS)).toBe(true);
  });

  it('refuse another issuer', () => {
    expect(
      matchesSigner(github(), sigstore(undefined, { issuer: 'https://accounts.example' }), NO_KEYS),
    ).toBe(false);
  });

  it('refuse an identity that is not a certificate', () => {
    expect(matchesSigner(github(), { kind: 'key', keyId: 'k1' }, NO_KEYS)).toBe(false);
    expect(
      matchesSigner(
        github(),
        { kind: 'spiffe', spiffeId: 'spiffe://a/b', trustDomain: 'a' },
        NO_KEYS,
      ),
    ).toBe(false);
  });

  it('refuse another repository, and a certificate that names none', () => {
    expect(
      matchesSigner(
        github(),
        sigstore({ sourceRepositoryURI: 'https://github.com/acme/other' }),
        NO_KEYS,
      ),
    ).toBe(false);
    expect(matchesSigner(github(), sigstore({}), NO_KEYS)).toBe(false);
  });

  it('compare the repository without regard to case', () => {
    expect(
      matchesSigner(
        github(),
        sigstore({ sourceRepositoryURI: 'https://github.com/ACME/Shop' }),
        NO_KEYS,
      ),
    ).toBe(true);
    expect(
      matchesSigner(
        github({ repository: 'Acme/SHOP' }),
        sigstore({ sourceRepositoryURI: 'https://github.com/acme/shop' }),
        NO_KEYS,
      ),
    ).toBe(true);
  });

  it('fall back to the workflow repository when the source repository is absent, and not otherwise', () => {
    expect(
      matchesSigner(github(), sigstore({ githubWorkflowRepository: 'acme/shop' }), NO_KEYS),
    ).toBe(true);
    expect(
      matchesSigner(github(), sigstore({ githubWorkflowRepository: 'acme/other' }), NO_KEYS),
    ).toBe(false);
    // The source repository wins over the workflow repository (a reusable workflow of another
    // repository runs for its caller).
    expect(
      matchesSigner(
        github(),
        sigstore({
          sourceRepositoryURI: 'https://github.com/acme/other',
          githubWorkflowRepository: 'acme/shop',
        }),
        NO_KEYS,
      ),
    ).toBe(false);
    expect(
      matchesSigner(
        github(),
        sigstore({
          sourceRepositoryURI: 'https://github.com/acme/shop',
          githubWorkflowRepository: 'acme/other',
        }),
        NO_KEYS,
      ),
    ).toBe(true);
  });

  it('check the workflow globs against the SAN without its https://github.com/ prefix', () => {
    const wf = (...workflows: string[]) => github({ workflows });
    expect(
      matchesSigner(
        wf('acme/shop/.github/workflows/release.yml@refs/heads/*'),
        sigstore(),
        NO_KEYS,
      ),
    ).toBe(true);
    expect(matchesSigner(wf('acme/shop/.github/workflows/ci.yml@**'), sigstore(), NO_KEYS)).toBe(
      false,
    );
    // any one glob is enough
    expect(
      matchesSigner(
        wf('acme/shop/.github/workflows/ci.yml@**', 'acme/shop/.github/workflows/release.yml@**'),
        sigstore(),
        NO_KEYS,
      ),
    ).toBe(true);
    // the prefix is removed only at the start of the SAN
    expect(
      matchesSigner(
        wf('acme/shop/**'),
        sigstore(undefined, { san: `https://mirror.example/${SAN}` }),
        NO_KEYS,
      ),
    ).toBe(false);
    expect(
      matchesSigner(
        wf('https://mirror.example/https://github.com/acme/shop/**'),
        sigstore(undefined, { san: `https://mirror.example/${SAN}` }),
        NO_KEYS,
      ),
    ).toBe(true);
  });

  it('check the ref globs against the source ref, else the workflow ref', () => {
    const refs = (...r: string[]) => github({ refs: r });
    const repo = { sourceRepositoryURI: 'https://github.com/acme/shop' };
    expect(matchesSigner(refs('refs/heads/main'), sigstore(), NO_KEYS)).toBe(true);
    expect(matchesSigner(refs('refs/tags/*'), sigstore(), NO_KEYS)).toBe(false);
    expect(matchesSigner(refs('refs/tags/*', 'refs/heads/*'), sigstore(), NO_KEYS)).toBe(true);
    expect(
      matchesSigner(
        refs('refs/heads/main'),
        sigstore({ ...repo, githubWorkflowRef: 'refs/heads/main' }),
        NO_KEYS,
      ),
    ).toBe(true);
    expect(
      matchesSigner(
        refs('refs/heads/main'),
        sigstore({
          ...repo,
          sourceRepositoryRef: 'refs/heads/dev',
          githubWorkflowRef: 'refs/heads/main',
        }),
        NO_KEYS,
      ),
    ).toBe(false);
    // no ref at all: refused, whatever the glob (even one that would match the word undefined)
    expect(matchesSigner(refs('**'), sigstore(repo), NO_KEYS)).toBe(false);
    // no ref globs: any ref
    expect(matchesSigner(github(), sigstore(repo), NO_KEYS)).toBe(true);
  });
});

describe('allowedSigner', () => {
  it('names the first entry that matches', () => {
    const keyIds = new Map([['ci', 'k1']]);
    expect(allowedSigner([github(), keySpec], { kind: 'key', keyId: 'k1' }, keyIds)).toEqual({
      ok: true,
      name: 'ci',
    });
  });

  it('says who signed and which signers were allowed', () => {
    expect(
      allowedSigner(
        [github(), spiffeSpec(['spiffe://x/*'])],
        { kind: 'key', keyId: 'f'.repeat(64) },
        NO_KEYS,
      ),
    ).toEqual({
      ok: false,
      reason: `signed by key ${'f'.repeat(16)}, which is not among the signers allowed for this step (release, mesh)`,
    });
    expect(allowedSigner([], sigstore(), NO_KEYS)).toEqual({
      ok: false,
      reason: `signed by ${SAN} (issuer ${ISSUER}), which is not among the signers allowed for this step (none)`,
    });
  });
});
