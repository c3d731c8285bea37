import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import {
  asSource,
  makeKey,
  PolicyDir,
  sign,
  statusOf,
  type KeyPair,
} from '../helpers/gate-fixture.js';

let dir: PolicyDir;
let ci: KeyPair;
const APP = 'a1'.repeat(32);
const OTHER = 'f0'.repeat(32);

beforeAll(() => {
  dir = new PolicyDir();
  ci = makeKey();
  dir.file('ci.pub', ci.publicKeyPem);
});
afterAll(() => dir.remove());

const head = `version: 1
signers:
  ci: { key: ci.pub }
`;

const provenance = (deps: { name: string; digest: { sha256: string } }[]) => ({
  buildDefinition: {
    buildType: 'https://tollgate.dev/buildtypes/step/v1',
    externalParameters: {},
    resolvedDependencies: deps,
  },
  runDetails: { builder: { id: 'local' } },
});

describe('chaining: the image must come from the build that was tested', () => {
  const policy = `${head}stages:
  per-commit:
    require: [compile, container]
chains:
  - step: container
    materialsFrom: compile
    match: "dist/**"
`;
  const compile = () =>
    sign({
      step: 'compile',
      predicateType: PREDICATE.slsaProvenance,
      subjects: [{ name: 'dist/app.js', digest: { sha256: APP } }],
      signer: ci.signer,
    });
  const container = (sha: string, name = 'dist/app.js') =>
    sign({
      step: 'container',
      predicateType: PREDICATE.slsaProvenance,
      predicate: provenance([{ name, digest: { sha256: sha } }]),
      subjects: [{ name: 'image', digest: { sha256: OTHER } }],
      signer: ci.signer,
    });

  it('passes when the container consumed exactly what compile produced', async () => {
    const v = await dir.gate(policy, [
      asSource('c.json', await compile()),
      asSource('i.json', await container(APP)),
    ]);
    expect(v.verdict).toBe('pass');
  });

  it('a material whose digest differs from the product: broken-chain', async () => {
    const v = await dir.gate(policy, [
      asSource('c.json', await compile()),
      asSource('i.json', await container(OTHER)),
    ]);
    expect(statusOf(v, 'container')).toBe('broken-chain');
    expect(v.steps[1]!.reason).toContain('dist/app.js');
  });

  it('a material compile never produced: broken-chain', async () => {
    const v = await dir.gate(policy, [
      asSource('c.json', await compile()),
      asSource('i.json', await container(APP, 'dist/other.js')),
    ]);
    expect(statusOf(v, 'container')).toBe('broken-chain');
  });

  it('no material matching the rule (an empty chain proves nothing): broken-chain', async () => {
    const v = await dir.gate(policy, [
      asSource('c.json', await compile()),
      asSource('i.json', await container(APP, 'vendor/x.js')),
    ]);
    expect(statusOf(v, 'container')).toBe('broken-chain');
    expect(v.steps[1]!.reason).toContain('no material');
  });

  it('the producing step has no valid attestation: container is broken-chain, compile missing', async () => {
    const v = await dir.gate(policy, [asSource('i.json', await container(APP))]);
    expect(statusOf(v, 'compile')).toBe('missing');
    expect(statusOf(v, 'container')).toBe('broken-chain');
  });

  // The consumer's materials exactly as written, for the cases below.
  const containerWith = (deps: unknown[]) =>
    sign({
      step: 'container',
      predicateType: PREDICATE.slsaProvenance,
      predicate: {
        buildDefinition: {
          buildType: 'https://tollgate.dev/buildtypes/step/v1',
          externalParameters: {},
          resolvedDependencies: deps,
        },
        runDetails: { builder: { id: 'local' } },
      },
      subjects: [{ name: 'image', digest: { sha256: OTHER } }],
      signer: ci.signer,
    });
  const good = { name: 'dist/app.js', digest: { sha256: APP } };
  const chainOf = async (deps: unknown[]) => {
    const v = await dir.gate(policy, [
      asSource('c.json', await compile()),
      asSource('i.json', await containerWith(deps)),
    ]);
    return { status: statusOf(v, 'container'), reason: v.steps[1]!.reason };
  };

  it('a matching material without a sha256 digest, next to a good one: broken-chain naming it', async () => {
    const r = await chainOf([good, { name: 'dist/evil.js', digest: { sha512: 'ab'.repeat(64) } }]);
    expect(r.status).toBe('broken-chain');
    expect(r.reason).toContain('dist/evil.js');
    expect(r.reason).toContain('no sha256');
  });

  it('a material spelt ./dist/evil.js is still under dist/**: broken-chain', async () => {
    const r = await chainOf([good, { name: './dist/evil.js', digest: { sha256: OTHER } }]);
    expect(r).toMatchObject({ status: 'broken-chain' });
    expect(r.reason).toBe('material dist/evil.js of container is not a product of compile');
  });

  it('./dist/app.js and dist//app.js are the product dist/app.js', async () => {
    expect((await chainOf([{ ...good, name: './dist/app.js' }])).status).toBe('passed');
    expect((await chainOf([{ ...good, name: 'dist//./app.js' }])).status).toBe('passed');
  });

  it.each([
    '/dist/evil.js',
    'dist/../evil.js',
    '../dist/app.js',
    'dist\\evil.js',
    'C:/dist/evil.js',
  ])('a material named %s cannot be matched safely: broken-chain', async (name) => {
    const r = await chainOf([good, { name, digest: { sha256: APP } }]);
    expect(r.status).toBe('broken-chain');
    expect(r.reason).toContain('cannot be matched');
  });

  it('a material with neither name nor uri: broken-chain', async () => {
    const r = await chainOf([good, { digest: { sha256: OTHER } }]);
    expect(r.status).toBe('broken-chain');
    expect(r.reason).toContain('neither name nor uri');
  });
});

describe('predicate thresholds', () => {
  const policyFor = (step: string, thresholds: string, predicateType?: string) => `${head}stages:
  per-commit:
    require: [${step}]
steps:
  ${step}:
    thresholds: ${thresholds}
${predicateType ? `    predicateType: ${predicateType}\n` : ''}`;

  it('vulns v0.2: a critical CVSS score fails with the advisory id', async () => {
    const predicate = {
      scanner: {
        uri: 'x',
        result: [
          {
            id: 'GHSA-jf85-cpcp-j695',
            aliases: ['CVE-2019-10744'],
            severity: [{ method: 'CVSSv3', score: '9.1' }],
          },
        ],
      },
    };
    const b = await sign({
      step: 'container-scan',
      predicateType: PREDICATE.vulns,
      predicate,
      signer: ci.signer,
    });
    const v = await dir.gate(policyFor('container-scan', '{ failOn: high }', PREDICATE.vulns), [
      asSource('v.json', b),
    ]);
    expect(statusOf(v, 'container-scan')).toBe('failed');
    expect(v.steps[0]!.reason).toContain('GHSA-jf85-cpcp-j695 (critical)');
  });

  it('vulns v0.2: an exception on an alias waives it', async () => {
    const predicate = {
      scanner: {
        uri: 'x',
        result: [
          {
            id: 'GHSA-jf85-cpcp-j695',
            aliases: ['CVE-2019-10744'],
            severity: [{ method: 'CVSSv3', score: '9.1' }],
          },
        ],
      },
    };
    const b = await sign({
      step: 'container-scan',
      predicateType: PREDICATE.vulns,
      predicate,
      signer: ci.signer,
    });
    const policy = `${policyFor('container-scan', '{ failOn: high }', PREDICATE.vulns)}exceptions:\n  - step: container-scan\n    id: CVE-2019-10744\n    reason: not reachable\n    expires: 2027-01-01\n`;
    const v = await dir.gate(policy, [asSource('v.json', b)]);
    expect(statusOf(v, 'container-scan')).toBe('passed');
  });

  it('coverage below the minimum fails with both figures', async () => {
    const b = await sign({
      step: 'coverage',
      predicateType: PREDICATE.coverage,
      predicate: { lines: { covered: 70, total: 100, pct: 70 } },
      signer: ci.signer,
    });
    const v = await dir.gate(policyFor('coverage', '{ minLineCoverage: 80 }'), [
      asSource('c.json', b),
    ]);
    expect(statusOf(v, 'coverage')).toBe('failed');
    expect(v.steps[0]!.reason).toBe('line coverage 70.0 % is below the required 80 %');
  });

  it('a self-approved change fails peer review', async () => {
    const predicate = {
      author: 'alice',
      headSha: 'a'.repeat(40),
      approvals: [{ reviewer: 'alice' }],
      changesRequested: [],
    };
    const b = await sign({
      step: 'peer-review',
      predicateType: PREDICATE.review,
      predicate,
      signer: ci.signer,
    });
    const v = await dir.gate(`${head}stages:\n  per-pr:\n    require: [peer-review]\n`, [
      asSource('r.json', b),
    ]);
    expect(statusOf(v, 'peer-review')).toBe('failed');
    expect(v.steps[0]!.reason).toContain('approval by the author does not count');
  });

  it('a denied licence in the SBOM fails sca', async () => {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [
        { name: 'left-pad', version: '1.0.0', licenses: [{ license: { id: 'AGPL-3.0-only' } }] },
      ],
    };
    const sbom = await sign({
      step: 'sca',
      predicateType: PREDICATE.cyclonedx,
      predicate: bom,
      signer: ci.signer,
    });
    const vulns = await sign({
      step: 'sca',
      predicateType: PREDICATE.vulns,
      predicate: { scanner: { uri: 'x', result: [] } },
      signer: ci.signer,
    });
    const v = await dir.gate(policyFor('sca', '{ deniedLicenses: [AGPL-3.0-only] }'), [
      asSource('s.json', sbom),
      asSource('v.json', vulns),
    ]);
    expect(statusOf(v, 'sca')).toBe('failed');
    expect(v.steps[0]!.reason).toContain('left-pad@1.0.0');
  });

  it('a step that attests two predicate types needs both: one missing is malformed', async () => {
    const vulns = await sign({
      step: 'sca',
      predicateType: PREDICATE.vulns,
      predicate: { scanner: { uri: 'x', result: [] } },
      signer: ci.signer,
    });
    const v = await dir.gate(`${head}stages:\n  per-commit:\n    require: [sca]\n`, [
      asSource('v.json', vulns),
    ]);
    expect(statusOf(v, 'sca')).toBe('malformed');
    expect(v.steps[0]!.reason).toContain(PREDICATE.cyclonedx);
  });
});

describe('gate edge cases', () => {
  it('a policy that requires nothing for the chosen stages is an input error, not a pass', async () => {
    await expect(dir.gate(`${head}stages:\n  per-pr:\n    require: []\n`, [])).rejects.toThrow(
      /requires no step/,
    );
  });

  it('a producer that is not required must still pass its thresholds to anchor a chain', async () => {
    const policy = `${head}stages:\n  per-commit:\n    require: [container]\nchains:\n  - step: container\n    materialsFrom: compile\n`;
    const compile = await sign({
      step: 'compile',
      predicateType: PREDICATE.slsaProvenance,
      subjects: [{ name: 'dist/app.js', digest: { sha256: APP } }],
      status: 'failed',
      reason: 'tsc failed',
      signer: ci.signer,
    });
    const container = await sign({
      step: 'container',
      predicateType: PREDICATE.slsaProvenance,
      predicate: provenance([{ name: 'dist/app.js', digest: { sha256: APP } }]),
      signer: ci.signer,
    });
    const v = await dir.gate(policy, [asSource('c.json', compile), asSource('i.json', container)]);
    expect(statusOf(v, 'container')).toBe('broken-chain');
  });

  it('one reviewer approving twice is one approval', async () => {
    const predicate = {
      author: 'alice',
      headSha: 'a'.repeat(40),
      approvals: [{ reviewer: 'bob' }, { reviewer: 'bob' }],
      changesRequested: [],
    };
    const b = await sign({
      step: 'peer-review',
      predicateType: PREDICATE.review,
      predicate,
      signer: ci.signer,
    });
    const v = await dir.gate(
      `${head}stages:\n  per-pr:\n    require: [peer-review]\nsteps:\n  peer-review:\n    thresholds: { minApprovals: 2 }\n`,
      [asSource('r.json', b)],
    );
    expect(statusOf(v, 'peer-review')).toBe('failed');
  });

  it('withStepMeta merges a tollgate object already in the predicate (tollgate attest strips it first)', async () => {
    const { withStepMeta } = await import('../../src/attest/predicates/step-meta.js');
    const merged = withStepMeta(
      PREDICATE.scanResult,
      { tollgate: { materials: [{ name: 'm', digest: { sha256: APP } }] } },
      { step: 'sast', status: 'passed' },
    );
    expect(merged.tollgate).toEqual({
      step: 'sast',
      status: 'passed',
      materials: [{ name: 'm', digest: { sha256: APP } }],
    });
  });
});
