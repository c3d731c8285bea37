/**
 * The gate against the reference gate, one predicate type at a time: a single required step
 * with one attestation, signed by the trusted key about the commit, whose predicate and step
 * metadata are generated (well-formed, or mutated into something hostile), under generated
 * thresholds and exceptions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KINDS,
  failedMeta,
  metaFor,
  passedMeta,
  passingMeta,
  scenario,
  type Hostility,
  type Kind,
  type Scenario,
} from './arbitraries.js';
import { fcOptions, gate, NOW, policyYaml, signRaw, source, type GateOutcome } from './harness.js';
import { referenceStep, type RefException, type RefVerdict } from './reference.js';

async function judge(
  kind: Kind,
  s: Scenario,
): Promise<{ ref: RefVerdict; outcome: GateOutcome; status?: string; reason?: string }> {
  const yaml = policyYaml({
    require: [kind.step],
    steps: {
      [kind.step]: {
        ...(kind.override ? { predicateType: kind.type } : {}),
        thresholds: s.thresholds,
      },
    },
    exceptions: s.exceptions,
  });
  const bundle = await signRaw(kind.type, s.predicate);
  const outcome = await gate(yaml, [source(`${kind.step}.sigstore.json`, bundle)]);
  const ref = referenceStep(kind.step, kind.type, s.predicate, {
    thresholds: s.thresholds,
    exceptions: s.exceptions,
    now: NOW,
  });
  const step = outcome.kind === 'verdict' ? outcome.verdict.steps[0] : undefined;
  return { ref, outcome, status: step?.status, reason: step?.reason };
}

function neverThrew(outcome: GateOutcome): void {
  if (outcome.kind === 'verdict') return;
  const e = outcome.error as { message?: unknown };
  expect.fail(`${outcome.kind}: ${String(e?.message ?? e)}`);
}

const safety = (kind: Kind) => async (s: Scenario) => {
  const { ref, outcome, status, reason } = await judge(kind, s);
  neverThrew(outcome);
  if (ref.answer === 'fail')
    expect(status, `reference: ${ref.why}; gate: ${reason}`).not.toBe('passed');
};

const agreement = (kind: Kind) => async (s: Scenario) => {
  const { ref, outcome, status, reason } = await judge(kind, s);
  neverThrew(outcome);
  if (ref.answer === 'unspecified') return;
  expect(
    status === 'passed',
    `reference: ${ref.answer} (${ref.why}); gate: ${status} (${reason})`,
  ).toBe(ref.answer === 'pass');
};

describe.each(KINDS)('gate vs reference: $name', (kind) => {
  it('never passes a hostile predicate the reference rejects, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(kind, 'body', passingMeta(kind.step)), safety(kind)),
      fcOptions(40),
    );
  });

  it('never passes hostile step metadata the reference rejects, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(kind, 'meta', passingMeta(kind.step)), safety(kind)),
      fcOptions(30),
    );
  });

  it('agrees with the reference on well-formed predicates with status passed', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(kind, 'none', passedMeta(kind.step)), agreement(kind)),
      fcOptions(30),
    );
  });

  it('agrees with the reference on well-formed predicates whose step reported failure', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(kind, 'none', failedMeta(kind.step)), agreement(kind)),
      fcOptions(20),
    );
  });
});

describe('exceptions', () => {
  const stepWide = (step: string) =>
    fc
      .constantFrom('2026-11-26', '2027-06-30')
      .map((expires): RefException[] => [{ step, reason: 'waived as a whole', expires }]);
  it('a step-wide exception waives failed results, never a malformed attestation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS.map((k) => k.name)).chain((name) => {
          const kind = KINDS.find((k) => k.name === name)!;
          return fc
            .constantFrom<Hostility>('body', 'meta')
            .chain((h) => scenario(kind, h, metaFor(kind.step), stepWide(kind.step)))
            .map((s) => ({ kind: name, s }));
        }),
        ({ kind, s }) => safety(KINDS.find((k) => k.name === kind)!)(s),
      ),
      fcOptions(60),
    );
  });
});
