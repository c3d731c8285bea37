/**
 * Chain rules against the reference: `container` must be built from what `compile` produced.
 * Material names come with `./`, `..`, absolute paths and backslashes; digests without sha256,
 * with other algorithms, or in upper case; materials in SLSA resolvedDependencies and in the
 * step metadata's `materials`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDICATE } from '../../../src/attest/predicates/types.js';
import {
  fcOptions,
  gate,
  NOW,
  policyYaml,
  signRaw,
  source,
  stepStatus,
  type Subject,
} from './harness.js';
import { referenceChain, referenceStep } from './reference.js';

const SHAS = ['a1'.repeat(32), 'b2'.repeat(32), 'c3'.repeat(32)];
const SAFE_NAMES = ['dist/app.js', 'dist/lib/util.js', 'vendor/x.js', 'openapi.json'];
const HOSTILE_NAMES = [
  '../dist/app.js',
  'dist/../dist/app.js',
  '/dist/app.js',
  '/etc/passwd',
  'dist\\app.js',
  '.\\dist\\app.js',
];
const MATCHES = ['dist/**', '**', 'dist/*.js', 'vendor/**', '*.json'];

const products = fc
  .uniqueArray(fc.constantFrom(...SAFE_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constantFrom(name, `./${name}`),
          digest: fc.constantFrom(...SHAS).map((sha256) => ({ sha256 })),
        }),
      ),
    ),
  );

interface Material {
  where: 'resolvedDependencies' | 'materials';
  entry: Record<string, unknown>;
}

const digest = (hostile: boolean) =>
  hostile
    ? fc.oneof(
        fc.constantFrom(...SHAS).map((sha256) => ({ sha256 })),
        fc.constantFrom(...SHAS).map((s) => ({ sha256: s.toUpperCase() })),
        fc.constant({ sha512: 'd4'.repeat(64) }),
        fc.constantFrom(...SHAS).map((sha256) => ({ sha256, sha512: 'd4'.repeat(64) })),
        fc.constant({ gitCommit: 'a'.repeat(40) }),
        fc.constant({}),
      )
    : fc.constantFrom(...SHAS).map((sha256) => ({ sha256 }));

/** A material naming one of the products, or another artefact, under either field. */
const material = (names: string[], hostile: boolean): fc.Arbitrary<Material> =>
  fc
    .record({
      where: fc.constantFrom<Material['where']>('resolvedDependencies', 'materials'),
      name: hostile
        ? fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...names, ...names.map((n) => `./${n}`)) },
            { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
            fc.constant(undefined),
          )
        : fc.constantFrom(...names, ...names.map((n) => `./${n}`)),
      asUri: fc.boolean(),
      digest: digest(hostile),
    })
    .map(({ where, name, asUri, digest: d }) => {
      const entry: Record<string, unknown> = { digest: d };
      // SLSA ResourceDescriptors may name the artefact by uri alone.
      if (name !== undefined)
        entry[where === 'resolvedDependencies' && asUri ? 'uri' : 'name'] = name;
      return { where, entry };
    });

interface ChainScenario {
  products: Subject[];
  materials: Material[];
  match: string;
  producerFailed: boolean;
}

const chainScenario = (hostile: boolean): fc.Arbitrary<ChainScenario> =>
  products.chain((ps) =>
    fc.record({
      products: fc.constant(ps),
      materials: fc.array(
        material(
          [...new Set([...ps.map((p) => p.name.replace(/^\.\//, '')), 'vendor/y.js'])],
          hostile,
        ),
        { minLength: 1, maxLength: 4 },
      ),
      match: fc.constantFrom(...MATCHES),
      producerFailed: hostile ? fc.boolean() : fc.constant(false),
    }),
  );

const provenance = (deps: unknown[], meta: Record<string, unknown>) => ({
  buildDefinition: {
    buildType: 'https://tollgate.dev/buildtypes/step/v1',
    externalParameters: {},
    resolvedDependencies: deps,
  },
  runDetails: { builder: { id: 'https://tollgate.dev/runner/local' } },
  tollgate: meta,
});

async function judge(s: ChainScenario) {
  const deps = s.materials.filter((m) => m.where === 'resolvedDependencies').map((m) => m.entry);
  const own = s.materials.filter((m) => m.where === 'materials').map((m) => m.entry);
  const compile = provenance([], {
    step: 'compile',
    status: s.producerFailed ? 'failed' : 'passed',
  });
  const container = provenance(deps, {
    step: 'container',
    status: 'passed',
    ...(own.length ? { materials: own } : {}),
  });
  const yaml = policyYaml({
    require: ['compile', 'container'],
    chains: [{ step: 'container', materialsFrom: 'compile', match: s.match }],
  });
  const outcome = await gate(yaml, [
    source('compile.sigstore.json', await signRaw(PREDICATE.slsaProvenance, compile, s.products)),
    source(
      'container.sigstore.json',
      await signRaw(PREDICATE.slsaProvenance, container, [
        { name: 'image', digest: { sha256: 'e5'.repeat(32) } },
      ]),
    ),
  ]);
  const policy = { thresholds: {}, exceptions: [], now: NOW };
  const own1 = referenceStep('container', PREDICATE.slsaProvenance, container, policy);
  const producer = referenceStep('compile', PREDICATE.slsaProvenance, compile, policy);
  const broken = referenceChain(s.match, [...deps, ...own], s.products);
  const expected =
    own1.answer !== 'pass'
      ? own1
      : producer.answer !== 'pass'
        ? { answer: 'fail', why: `producer: ${producer.why}` }
        : broken
          ? { answer: 'fail', why: `broken chain: ${broken}` }
          : { answer: 'pass', why: 'chain holds' };
  if (outcome.kind !== 'verdict') {
    const e = outcome.error as { message?: unknown };
    expect.fail(`${outcome.kind}: ${String(e?.message ?? e)}`);
  }
  const v = outcome.verdict;
  return {
    expected,
    status: stepStatus(v, 'container'),
    reason: v.steps.find((x) => x.step === 'container')?.reason,
  };
}

describe('chain rules vs reference', () => {
  it('never passes a consumer whose chain the reference finds broken (hostile names and digests)', async () => {
    await fc.assert(
      fc.asyncProperty(chainScenario(true), async (s) => {
        const { expected, status, reason } = await judge(s);
        if (expected.answer === 'fail')
          expect(status, `reference: ${expected.why}; gate: ${reason}`).not.toBe('passed');
      }),
      fcOptions(150),
    );
  });

  it('agrees with the reference on well-formed materials (pass vs not pass)', async () => {
    await fc.assert(
      fc.asyncProperty(chainScenario(false), async (s) => {
        const { expected, status, reason } = await judge(s);
        if (expected.answer === 'unspecified') return;
        expect(
          status === 'passed',
          `reference: ${expected.answer} (${expected.why}); gate: ${status} (${reason})`,
        ).toBe(expected.answer === 'pass');
      }),
      fcOptions(50),
    );
  });
});
