/**
 * Hostile bundle bytes and file names. Real bundles signed with the trusted key are damaged
 * (truncated, bits flipped, bytes spliced in, JSON nodes replaced with other types, the payload
 * edited after signing) and given hostile names. The gate must never throw, must give every
 * required step a status, and must not pass a step on a bundle whose signed content changed.
 */
import type { SerializedBundle } from '@sigstore/bundle';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../../src/attest/predicates/types.js';
import { STEP_STATUSES } from '../../../src/gate/types.js';
import { mutateOnce } from './arbitraries.js';
import { fcOptions, gate, policyYaml, signRaw, source } from './harness.js';

const STEPS: { step: string; type: string; predicate: Record<string, unknown> }[] = [
  {
    step: 'sast',
    type: PREDICATE.scanResult,
    predicate: { scanner: { name: 'semgrep', version: '1' }, counts: {}, findings: [] },
  },
  {
    step: 'unit-tests',
    type: PREDICATE.testResult,
    predicate: {
      result: 'PASSED',
      passedTests: ['a'],
      failedTests: [],
      warnedTests: [],
      configuration: [],
    },
  },
  {
    step: 'coverage',
    type: PREDICATE.coverage,
    predicate: { lines: { covered: 9, total: 10, pct: 90 } },
  },
  {
    step: 'compile',
    type: PREDICATE.slsaProvenance,
    predicate: {
      buildDefinition: {
        buildType: 'https://tollgate.dev/buildtypes/step/v1',
        externalParameters: {},
      },
      runDetails: { builder: { id: 'local' } },
    },
  },
];
const POLICY = policyYaml({ require: STEPS.map((s) => s.step) });

let good: SerializedBundle[] = [];
beforeAll(async () => {
  good = await Promise.all(
    STEPS.map((s) =>
      signRaw(s.type, { ...s.predicate, tollgate: { step: s.step, status: 'passed' } }),
    ),
  );
});

type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'splice'; at: number; bytes: number[] }
  | { kind: 'json'; seed: number }
  | { kind: 'payload'; seed: number }
  | { kind: 'document'; text: string };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('json' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('payload' as const), seed: fc.nat() }),
  fc.record({
    kind: fc.constant('document' as const),
    text: fc.constantFrom(
      'null',
      '[]',
      '"x"',
      '42',
      'true',
      '{}',
      '{"dsseEnvelope":null}',
      '{"dsseEnvelope":{"payload":5,"signatures":{}}}',
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":[],"dsseEnvelope":"x"}',
      '\ufeff{}',
      `${'['.repeat(20000)}${']'.repeat(20000)}`,
      `{"a":"${'x'.repeat(100000)}"}`,
      '',
    ),
  }),
);

/** A deterministic JSON-level mutation (fast-check draws it from `seed`). */
function jsonMutation(value: Record<string, unknown>, seed: number): Record<string, unknown> {
  const [v] = fc.sample(mutateOnce(value), { seed, numRuns: 1 });
  return v!;
}

function apply(bundle: SerializedBundle, d: Damage): Buffer {
  const bytes = Buffer.from(JSON.stringify(bundle));
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, d.at % bytes.length);
    case 'flip': {
      const copy = Buffer.from(bytes);
      copy[d.at % copy.length]! ^= 1 << d.bit;
      return copy;
    }
    case 'splice': {
      const at = d.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
    }
    case 'json':
      return Buffer.from(
        JSON.stringify(jsonMutation(bundle as unknown as Record<string, unknown>, d.seed)),
      );
    case 'payload': {
      const env = bundle.dsseEnvelope!;
      const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as Record<
        string,
        unknown
      >;
      const edited = jsonMutation(statement, d.seed);
      const copy = structuredClone(bundle);
      copy.dsseEnvelope!.payload = Buffer.from(JSON.stringify(edited)).toString('base64');
      return Buffer.from(JSON.stringify(copy));
    }
    case 'document':
      return Buffer.from(d.text);
  }
}

/** Whether the damaged bytes still carry exactly the signed payload and signature. */
function sameSignedContent(original: SerializedBundle, bytes: Buffer): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return false;
  }
  const env = (parsed as { dsseEnvelope?: Record<string, unknown> })?.dsseEnvelope;
  const sigs = env?.signatures;
  if (typeof env?.payload !== 'string' || !Array.isArray(sigs) || sigs.length !== 1) return false;
  const sig = (sigs[0] as { sig?: unknown })?.sig;
  const o = original.dsseEnvelope!;
  return (
    env.payloadType === o.payloadType &&
    Buffer.from(env.payload, 'base64').equals(Buffer.from(o.payload, 'base64')) &&
    typeof sig === 'string' &&
    Buffer.from(sig, 'base64').equals(Buffer.from(o.signatures[0]!.sig, 'base64'))
  );
}

const fileName = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  fc.constantFrom(
    'unit-tests.sigstore.json',
    'sast.sigstore.json',
    'UNIT-TESTS.sigstore.json',
    '../../etc/passwd.sigstore.json',
    '/abs/sast.sigstore.json',
    'dir\\sast.sigstore.json',
    '.sigstore.json',
    '',
    `${'a'.repeat(300)}.sigstore.json`,
    'ｓａｓｔ.sigstore.json',
    'sast.sigstore.json\u0000.txt',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('hostile bundles', () => {
  it('never throw, every required step gets a status, and a damaged bundle passes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: STEPS.length - 1 }),
        damage,
        fileName,
        async (i, d, name) => {
          const bytes = apply(good[i]!, d);
          const bundles = good.map((b, j) =>
            j === i
              ? { name: name ?? `${STEPS[j]!.step}.sigstore.json`, bytes }
              : source(`${STEPS[j]!.step}.sigstore.json`, b),
          );
          const outcome = await gate(POLICY, bundles);
          if (outcome.kind !== 'verdict') {
            const e = outcome.error as { message?: unknown };
            expect.fail(`${outcome.kind}: ${String(e?.message ?? e)}`);
          }
          const v = outcome.verdict;
          expect(v.steps.map((s) => s.step)).toEqual(STEPS.map((s) => s.step));
          for (const s of v.steps) {
            expect(STEP_STATUSES).toContain(s.status);
            expect(typeof s.reason).toBe('string');
          }
          if (!sameSignedContent(good[i]!, bytes)) {
            const step = v.steps[i]!;
            expect(step.status, `damaged ${STEPS[i]!.step} bundle: ${step.reason}`).not.toBe(
              'passed',
            );
          }
        },
      ),
      fcOptions(150),
    );
  });

  it('the bundle size limit and a hostile size never make the gate throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.nat(), fc.constantFrom(4 * 1024 * 1024, 4 * 1024 * 1024 + 1, 2 ** 40)),
        async (size) => {
          const outcome = await gate(POLICY, [
            { name: 'sast.sigstore.json', bytes: Buffer.from(JSON.stringify(good[0])), size },
          ]);
          expect(outcome.kind).toBe('verdict');
        },
      ),
      fcOptions(30),
    );
  });
});
