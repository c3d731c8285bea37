/**
 * What `buildPolicy` (src/policy/build.ts) decides after the schema: the signers with their
 * keys and trust bundles, the trust domain of each SPIFFE bundle, unknown signers and steps,
 * the defaults, chains and the expiry dates of exceptions. Each test pins the parsed values
 * or the exact list of problems, with file and line, so that a changed check is noticed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { generateKeyPair } from '../../src/attest/signers/key.js';
import { TollgateError } from '../../src/core/errors.js';
import { GITHUB_ISSUER } from '../../src/policy/build.js';
import { parsePolicy } from '../../src/policy/load.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-policy-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ciKey = generateKeyPair().publicKeyPem;
const otherKey = generateKeyPair().publicKeyPem;
writeFileSync(join(dir, 'ci.pub'), ciKey);
writeFileSync(join(dir, 'other.pub'), otherKey);
// buildPolicy only checks that a trust bundle is PEM with certificates; the gate parses them.
const bundleA = '-----BEGIN CERTIFICATE-----\nQUFBQQ==\n-----END CERTIFICATE-----\n';
const bundleB = '-----BEGIN CERTIFICATE-----\nQkJCQg==\n-----END CERTIFICATE-----\n';
writeFileSync(join(dir, 'a.pem'), bundleA);
writeFileSync(join(dir, 'a-copy.pem'), bundleA);
writeFileSync(join(dir, 'b.pem'), bundleB);
// A public key is not a certificate, and a certificate is not a public key.
writeFileSync(join(dir, 'key-not-bundle.pem'), ciKey);
writeFileSync(join(dir, 'bundle-not-key.pub'), bundleA);
// Just over the 1 MiB a key file may have.
writeFileSync(join(dir, 'huge.pub'), ciKey + '\n'.repeat(1 << 20));

const source = join(dir, 'tollgate.yml');

/** The problems of a refused policy, one per line, without the heading and the hint. */
async function problems(yaml: string): Promise<string[]> {
  try {
    await parsePolicy(yaml, source);
  } catch (e) {
    expect(e).toBeInstanceOf(TollgateError);
    const err = e as TollgateError;
    expect(err.code).toBe('POLICY_INVALID');
    expect(err.exitCode).toBe(2);
    const [head, ...rest] = err.message.split('\n  ');
    expect(head).toBe('invalid policy:');
    return rest;
  }
  throw new Error('policy was accepted');
}

const at = (line: number, text: string) => `${source}:${line}: ${text}`;

describe('signers', () => {
  it('a GitHub signer gets the default issuer, and workflow/ref as lists', async () => {
    const p = await parsePolicy(
      `version: 1
signers:
  ci:
    github:
      repository: acme/shop
      workflow: 'acme/shop/.github/workflows/ci.yml@refs/heads/main'
  other:
    github:
      repository: acme/other
      issuer: https://issuer.example
      workflow: [a, b]
      ref: refs/heads/main
stages:
  per-commit:
    require: [sast]
`,
      source,
    );
    expect(p.signers.get('ci')).toEqual({
      name: 'ci',
      kind: 'github',
      issuer: GITHUB_ISSUER,
      repository: 'acme/shop',
      workflows: ['acme/shop/.github/workflows/ci.yml@refs/heads/main'],
      refs: [],
    });
    expect(GITHUB_ISSUER).toBe('https://token.actions.githubusercontent.com');
    expect(p.signers.get('other')).toEqual({
      name: 'other',
      kind: 'github',
      issuer: 'https://issuer.example',
      repository: 'acme/other',
      workflows: ['a', 'b'],
      refs: ['refs/heads/main'],
    });
  });

  it('a key signer carries the key read from its file, or the inline key', async () => {
    const inline = ciKey
      .trim()
      .split('\n')
      .map((l) => `      ${l}`)
      .join('\n');
    const p = await parsePolicy(
      `version: 1
signers:
  file: { key: other.pub }
  absolute: { key: ${join(dir, 'ci.pub')} }
  inline:
    key: |
${inline}
stages:
  per-commit:
    require: [sast]
`,
      source,
    );
    expect(p.signers.get('file')).toEqual({
      name: 'file',
      kind: 'key',
      publicKeyPath: 'other.pub',
      publicKeyPem: otherKey,
    });
    expect(p.signers.get('absolute')).toEqual({
      name: 'absolute',
      kind: 'key',
      publicKeyPath: join(dir, 'ci.pub'),
      publicKeyPem: ciKey,
    });
    expect(p.signers.get('inline')).toEqual({
      name: 'inline',
      kind: 'key',
      publicKeyPath: undefined,
      publicKeyPem: ciKey.trim() + '\n',
    });
  });

  it('reads key files relative to the folder given, not the working directory', async () => {
    const p = await parsePolicy(
      'version: 1\nsigners:\n  ci: { key: ci.pub }\nstages:\n  per-commit:\n    require: [sast]\n',
      'tollgate.policy.yml',
      dir,
    );
    expect(p.signers.get('ci')).toMatchObject({ publicKeyPath: 'ci.pub', publicKeyPem: ciKey });
  });

  it('refuses keys that are not PEM public keys: a certificate, an inline certificate, a file over 1 MiB', async () => {
    const inlineCert = `"${bundleA.trim().replace(/\n/g, '\\n')}"`;
    expect(
      await problems(`version: 1
signers:
  cert:
    key: bundle-not-key.pub
  inline: { key: ${inlineCert} }
  huge: { key: huge.pub }
  gone: { key: ${join(dir, 'gone.pub')} }
stages:
  per-commit:
    require: [sast]
`),
    ).toEqual([
      at(
        4,
        'key bundle-not-key.pub is not a readable PEM public key (paths are relative to the policy file; create one with `tollgate keygen`)',
      ),
      at(
        5,
        'key (inline) is not a readable PEM public key (paths are relative to the policy file; create one with `tollgate keygen`)',
      ),
      at(
        6,
        'key huge.pub is not a readable PEM public key (paths are relative to the policy file; create one with `tollgate keygen`)',
      ),
      at(
        7,
        `key ${join(dir, 'gone.pub')} is not a readable PEM public key (paths are relative to the policy file; create one with \`tollgate keygen\`)`,
      ),
    ]);
  });

  it('a SPIFFE signer carries its ID patterns and the trust bundle read from its file', async () => {
    const p = await parsePolicy(
      `version: 1
signers:
  farm:
    spiffe:
      id: spiffe://build.example.org
      trustBundle: a.pem
  more:
    spiffe:
      id: [spiffe://example.org/ci/*, 'spiffe://other.example/**']
      trustBundle: ${join(dir, 'b.pem')}
stages:
  per-commit:
    require: [sast]
`,
      source,
    );
    expect(p.signers.get('farm')).toEqual({
      name: 'farm',
      kind: 'spiffe',
      ids: ['spiffe://build.example.org'],
      trustBundlePath: 'a.pem',
      trustBundlePem: bundleA,
    });
    expect(p.signers.get('more')).toEqual({
      name: 'more',
      kind: 'spiffe',
      ids: ['spiffe://example.org/ci/*', 'spiffe://other.example/**'],
      trustBundlePath: join(dir, 'b.pem'),
      trustBundlePem: bundleB,
    });
  });

  it('refuses a trust bundle that is missing or holds no certificate, and checks nothing else of that signer', async () => {
    expect(
      await problems(`version: 1
signers:
  gone:
    spiffe:
      id: not-a-spiffe-id
      trustBundle: gone.pem
  key:
    spiffe:
      id: spiffe://example.org/ci
      trustBundle: key-not-bundle.pem
stages:
  per-commit:
    require: [sast]
`),
    ).toEqual([
      at(
        6,
        'trust bundle gone.pem is not a readable PEM certificate file (paths are relative to the policy file)',
      ),
      at(
        10,
        'trust bundle key-not-bundle.pem is not a readable PEM certificate file (paths are relative to the policy file)',
      ),
    ]);
  });

  it('refuses SPIFFE ID patterns without a lower-case trust domain, at the line of each', async () => {
    expect(
      await problems(`version: 1
signers:
  one:
    spiffe:
      id: spiffe://Example.org/ci
      trustBundle: a.pem
  list:
    spiffe:
      id:
        - spiffe://example.org/ci
        - https://example.org/ci
        - spiffe://
        - spiffe://example.org:8080/ci
        - xspiffe://example.org/ci
      trustBundle: a.pem
  third:
    spiffe:
      id: xspiffe://example.org/z
      trustBundle: b.pem
stages:
  per-commit:
    require: [sast]
`),
    ).toEqual([
      at(
        5,
        '"spiffe://Example.org/ci" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*',
      ),
      at(
        11,
        '"https://example.org/ci" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*',
      ),
      at(12, '"spiffe://" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*'),
      at(
        13,
        '"spiffe://example.org:8080/ci" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*',
      ),
      at(
        14,
        '"xspiffe://example.org/ci" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*',
      ),
      at(
        18,
        '"xspiffe://example.org/z" is not a SPIFFE ID pattern such as spiffe://example.org/ci/*',
      ),
    ]);
  });

  it('accepts one trust bundle per trust domain, even from two files with the same certificates', async () => {
    const p = await parsePolicy(
      `version: 1
signers:
  a: { spiffe: { id: "spiffe://example.org/ci/*", trustBundle: a.pem } }
  b: { spiffe: { id: ["spiffe://example.org/cd/*", "spiffe://other.org/x"], trustBundle: a-copy.pem } }
  c: { spiffe: { id: "spiffe://third.org/x", trustBundle: b.pem } }
stages:
  per-commit:
    require: [sast]
`,
      source,
    );
    expect([...p.signers.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('refuses a second trust bundle for a trust domain, naming the first signer and file each time', async () => {
    expect(
      await problems(`version: 1
signers:
  a: { spiffe: { id: "spiffe://example.org/ci/*", trustBundle: a.pem } }
  b:
    spiffe:
      id: ["spiffe://other.org/x", "spiffe://example.org/cd/*"]
      trustBundle: b.pem
  c:
    spiffe:
      id: spiffe://other.org/y
      trustBundle: a-copy.pem
stages:
  per-commit:
    require: [sast]
`),
    ).toEqual([
      at(
        7,
        'trust domain example.org already has the trust bundle a.pem (signer a); use one trust bundle per trust domain',
      ),
      at(
        11,
        'trust domain other.org already has the trust bundle b.pem (signer b); use one trust bundle per trust domain',
      ),
    ]);
  });

  it('keeps the first bundle of a trust domain after a refused second one', async () => {
    expect(
      await problems(`version: 1
signers:
  a: { spiffe: { id: "spiffe://example.org/a", trustBundle: a.pem } }
  b: { spiffe: { id: "spiffe://example.org/b", trustBundle: b.pem } }
  c: { spiffe: { id: "spiffe://example.org/c", trustBundle: b.pem } }
stages:
  per-commit:
    require: [sast]
`),
    ).toEqual([
      at(
        4,
        'trust domain example.org already has the trust bundle a.pem (signer a); use one trust bundle per trust domain',
      ),
      at(
        5,
        'trust domain example.org already has the trust bundle a.pem (signer a); use one trust bundle per trust domain',
      ),
    ]);
  });
});

describe('signers of steps', () => {
  const base = (extra: string) => `version: 1
signers:
  ci: { key: ci.pub }
  dev: { key: other.pub }
stages:
  per-commit:
    require: [sast, unit-tests]
${extra}`;

  it('without defaults every signer may sign every step; a step may narrow it', async () => {
    const p = await parsePolicy(base('steps:\n  sast:\n    signers: [dev]\n'), source);
    expect(p.steps.get('unit-tests')?.signers).toEqual(['ci', 'dev']);
    expect(p.steps.get('sast')?.signers).toEqual(['dev']);
    expect(p.steps.get('approval')?.signers).toEqual(['ci', 'dev']);
  });

  it('defaults.signers applies to every step that names none', async () => {
    const p = await parsePolicy(
      base('defaults:\n  signers: [ci]\nsteps:\n  sast:\n    signers: [dev, ci]\n'),
      source,
    );
    expect(p.steps.get('unit-tests')?.signers).toEqual(['ci']);
    expect(p.steps.get('compile')?.signers).toEqual(['ci']);
    expect(p.steps.get('sast')?.signers).toEqual(['dev', 'ci']);
  });

  it('refuses unknown signers in defaults and in steps, suggesting only a close name', async () => {
    expect(
      await problems(
        base(`defaults:
  signers: [ci, cii]
steps:
  sast:
    signers: [dev, release-manager]
`),
      ),
    ).toEqual([
      at(9, 'unknown signer "cii" (did you mean "ci"?); signers are defined under "signers:"'),
      at(12, 'unknown signer "release-manager"; signers are defined under "signers:"'),
    ]);
  });
});

describe('steps', () => {
  const base = (require: string, extra = '') => `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [${require}]
${extra}`;

  it('knows every step of the pipeline graph, with its predicate types and empty thresholds', async () => {
    const p = await parsePolicy(base('sast'), source);
    expect(p.stages).toEqual(new Map([['per-commit', ['sast']]]));
    expect(p.steps.get('sast')).toEqual({
      signers: ['ci'],
      predicateTypes: [PREDICATE.scanResult],
      thresholds: {},
      allowNotApplicable: false,
    });
    expect(p.steps.get('sca')?.predicateTypes).toHaveLength(2);
    expect(p.chains).toEqual([]);
    expect(p.exceptions).toEqual([]);
  });

  it('a step of your own needs a predicateType, given as one URI or a list', async () => {
    const p = await parsePolicy(
      base(
        'audit, scan',
        `steps:
  audit:
    predicateType: https://acme.example/audit/v1
    thresholds: { failOn: low }
  scan:
    predicateType: [https://acme.example/a/v1, https://acme.example/b/v1]
  sast:
    predicateType: https://acme.example/sast/v2
`,
      ),
      source,
    );
    expect(p.steps.get('audit')).toEqual({
      signers: ['ci'],
      predicateTypes: ['https://acme.example/audit/v1'],
      thresholds: { failOn: 'low' },
      allowNotApplicable: false,
    });
    expect(p.steps.get('scan')?.predicateTypes).toEqual([
      'https://acme.example/a/v1',
      'https://acme.example/b/v1',
    ]);
    expect(p.steps.get('sast')?.predicateTypes).toEqual(['https://acme.example/sast/v2']);
  });

  it('refuses settings for an unknown step at its key, and a step id far from any known one without a guess', async () => {
    expect(
      await problems(
        base(
          'sast, zzzzzzzzzz',
          `steps:
  sast:
    thresholds: { failOn: low }
  unit-test:
    thresholds: { maxFailedTests: 1 }
`,
        ),
      ),
    ).toEqual([
      at(
        6,
        'unknown step "zzzzzzzzzz"; a step of your own needs a predicateType under steps.zzzzzzzzzz',
      ),
      at(
        10,
        'unknown step "unit-test" (did you mean "unit-tests"?); a step of your own needs a predicateType under steps.unit-test',
      ),
    ]);
  });
});

describe('chains', () => {
  const base = (chains: string) => `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [compile, container]
chains:
${chains}`;

  it('keeps each rule, matching every material when match is left out', async () => {
    const p = await parsePolicy(
      base(`  - step: container
    materialsFrom: compile
  - step: container
    materialsFrom: compile
    match: 'dist/**'
`),
      source,
    );
    expect(p.chains).toEqual([
      { step: 'container', materialsFrom: 'compile', match: '**' },
      { step: 'container', materialsFrom: 'compile', match: 'dist/**' },
    ]);
  });

  it('refuses unknown steps in a rule, the producing step only when the consuming one is known', async () => {
    expect(
      await problems(
        base(`  - step: containr
    materialsFrom: compyle
  - step: container
    materialsFrom: compyle
`),
      ),
    ).toEqual([
      at(
        8,
        'unknown step "containr" (did you mean "container"?); a step of your own needs a predicateType under steps.containr',
      ),
      at(
        11,
        'unknown step "compyle" (did you mean "compile"?); a step of your own needs a predicateType under steps.compyle',
      ),
    ]);
  });
});

describe('exceptions', () => {
  const base = (exceptions: string) => `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [sast]
exceptions:
${exceptions}`;

  it('keeps every field and the line of the exception', async () => {
    const p = await parsePolicy(
      base(`  - step: sast
    reason: waives the whole step
    expires: 2028-02-29
  - step: container-scan
    id: CVE-2026-1
    ruleId: r
    fingerprint: f
    path: 'src/**'
    reason: not reachable
    expires: 2026-12-31
`),
      source,
    );
    expect(p.exceptions).toEqual([
      { step: 'sast', reason: 'waives the whole step', expires: '2028-02-29', line: 8 },
      {
        step: 'container-scan',
        id: 'CVE-2026-1',
        ruleId: 'r',
        fingerprint: 'f',
        path: 'src/**',
        reason: 'not reachable',
        expires: '2026-12-31',
        line: 11,
      },
    ]);
  });

  it('refuses dates that are not on the calendar, and exceptions for unknown steps', async () => {
    expect(
      await problems(
        base(`  - step: sast
    reason: not a leap year
    expires: 2027-02-29
  - step: sast
    reason: no such month
    expires: 2027-13-01
  - step: sast
    reason: no day zero
    expires: 2027-01-00
  - step: sats
    reason: typo in the step
    expires: 2027-01-31
`),
      ),
    ).toEqual([
      at(10, '"2027-02-29" is not a calendar date'),
      at(13, '"2027-13-01" is not a calendar date'),
      at(16, '"2027-01-00" is not a calendar date'),
      at(
        17,
        'unknown step "sats" (did you mean "sast"?); a step of your own needs a predicateType under steps.sats',
      ),
    ]);
  });
});

describe('sigstore and promotion', () => {
  const base = (extra: string) => `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [sast]
${extra}`;

  it('resolves the trusted root against the policy folder and keeps the promotion mode', async () => {
    const p = await parsePolicy(
      base('sigstore:\n  trustedRoot: trust/root.json\npromotion:\n  mode: automatic\n'),
      source,
    );
    expect(p.sigstoreTrustedRootPath).toBe(join(dir, 'trust/root.json'));
    expect(p.promotionMode).toBe('automatic');
    expect(p.source).toBe(source);
  });

  it('keeps an absolute trusted root as it is', async () => {
    const p = await parsePolicy(base('sigstore:\n  trustedRoot: /etc/root.json\n'), source);
    expect(p.sigstoreTrustedRootPath).toBe('/etc/root.json');
  });

  it('leaves both out when the policy does not set them', async () => {
    const p = await parsePolicy(base('sigstore: {}\npromotion: {}\n'), source);
    expect(p.sigstoreTrustedRootPath).toBeUndefined();
    expect('promotionMode' in p).toBe(false);
  });
});

it('names the line of the value itself when it is on the line after its key', async () => {
  expect(
    await problems(`version: 1
signers:
  ci:
    key:
      missing.pub
defaults:
  signers:
    - ci
    - cd
stages:
  per-commit:
    require: [sast]
steps:
  sast:
    signers:
      - ci
      - dev
`),
  ).toEqual([
    at(
      5,
      'key missing.pub is not a readable PEM public key (paths are relative to the policy file; create one with `tollgate keygen`)',
    ),
    at(9, 'unknown signer "cd" (did you mean "ci"?); signers are defined under "signers:"'),
    at(17, 'unknown signer "dev"; signers are defined under "signers:"'),
  ]);
});

it('reports every problem of every kind at once, in the order of the file', async () => {
  expect(
    await problems(`version: 1
signers:
  ci: { key: missing.pub }
defaults:
  signers: [cd]
stages:
  per-commit:
    require: [sast, sast]
exceptions:
  - step: sast
    reason: bad date
    expires: 2027-04-31
`),
  ).toEqual([
    at(
      3,
      'key missing.pub is not a readable PEM public key (paths are relative to the policy file; create one with `tollgate keygen`)',
    ),
    at(5, 'unknown signer "cd" (did you mean "ci"?); signers are defined under "signers:"'),
    at(
      8,
      `step "sast" is required twice in stage per-commit (also at ${source}:8); require each step once, in one stage`,
    ),
    at(12, '"2027-04-31" is not a calendar date'),
  ]);
});
