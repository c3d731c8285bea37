/**
 * Policies: generated thresholds, exceptions and stages, valid and hostile. Exit code 2 (a
 * TollgateError while loading the policy or building trust) is for an invalid policy only;
 * a valid policy loads, and loading never fails with anything but a TollgateError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDICATE } from '../../../src/attest/predicates/types.js';
import { TollgateError } from '../../../src/core/errors.js';
import { EXPIRIES, PEOPLE, exceptionFor, hostileFor, mutateOnce } from './arbitraries.js';
import { fcOptions, gate, policyYaml, signersYaml, signRaw, source, y } from './harness.js';

const STAGES = ['pre-commit', 'per-commit', 'per-pr', 'per-merge'];

/** Threshold values as YAML text, each with whether the policy schema must accept it. */
const THRESHOLD_VALUES: Record<string, { valid: string[]; invalid: string[] }> = {
  failOn: {
    valid: ['critical', 'high', 'medium', 'low', 'info', 'none'],
    invalid: [
      'HIGH',
      '"high "',
      '" high"',
      'Critical',
      '""',
      'severe',
      '3',
      'null',
      '[high]',
      '.nan',
    ],
  },
  maxFailedTests: {
    valid: ['0', '1', '7'],
    invalid: ['-1', '1.5', '"1"', '.nan', '.inf', 'null', 'true', '[1]', '1e400'],
  },
  minApprovals: {
    valid: ['0', '1', '2'],
    invalid: ['-1', '0.5', '"2"', '.nan', '.inf', 'two', 'null'],
  },
  minLineCoverage: {
    valid: ['0', '80', '99.5', '100'],
    invalid: ['-1', '100.5', '"80"', '.nan', '.inf', '-.inf', '1e400', 'null', '80%'],
  },
  minBranchCoverage: {
    valid: ['0', '65', '100'],
    invalid: ['-0.1', '101', '"65"', '.nan', '.inf', 'null'],
  },
  allowSelfApproval: { valid: ['true', 'false'], invalid: ['"true"', '1', 'yes-please', 'null'] },
  deniedLicenses: { valid: ['[AGPL-3.0-only]', '[]'], invalid: ['AGPL-3.0-only', '[1]', '{}'] },
  approvers: { valid: [y(PEOPLE.slice(0, 3))], invalid: ['alice', '[""]', '[1]'] },
};

const withThreshold = (key: string, value: string) => `version: 1
${signersYaml()}stages:
  per-commit:
    require: [unit-tests]
steps:
  unit-tests:
    thresholds:
      ${key}: ${value}
`;

function isPolicyError(outcome: Awaited<ReturnType<typeof gate>>): boolean {
  return (
    outcome.kind === 'policy-error' &&
    outcome.error instanceof TollgateError &&
    outcome.error.code === 'POLICY_INVALID'
  );
}

describe('policies', () => {
  it('every threshold value outside its domain is a policy error, every value inside loads', async () => {
    // The domain is small enough to try whole: every wrong answer is listed at once.
    const wrong: string[] = [];
    for (const [key, { valid, invalid }] of Object.entries(THRESHOLD_VALUES)) {
      for (const [v, ok] of [
        ...valid.map((v) => [v, true] as const),
        ...invalid.map((v) => [v, false] as const),
      ]) {
        const outcome = await gate(withThreshold(key, v), []);
        if (ok && outcome.kind !== 'verdict')
          wrong.push(`${key}: ${v} was refused: ${String((outcome.error as Error)?.message)}`);
        if (!ok && !isPolicyError(outcome)) wrong.push(`${key}: ${v} loaded`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('an exception selector that is empty or only white space is a policy error, never a step-wide waiver', async () => {
    await fc.assert(
      fc.asyncProperty(
        exceptionFor('unit-tests'),
        fc.constantFrom('ruleId', 'id', 'fingerprint', 'path'),
        fc.constantFrom('', ' ', '\t', '   ', '\u3000'),
        async (exception, key, blank) => {
          const yaml = policyYaml({
            require: ['unit-tests'],
            exceptions: [{ ...exception, step: 'unit-tests', expires: '2027-06-30', [key]: blank }],
          });
          // A failing test run, which a step-wide waiver would pass.
          const failing = await signRaw(PREDICATE.testResult, {
            result: 'FAILED',
            passedTests: [],
            failedTests: ['adds'],
            warnedTests: [],
            configuration: [],
            tollgate: { step: 'unit-tests', status: 'passed' },
          });
          const outcome = await gate(yaml, [source('unit-tests.sigstore.json', failing)]);
          expect(
            isPolicyError(outcome),
            `${key}: ${JSON.stringify(blank)} ${outcome.kind === 'verdict' ? `loaded; unit-tests ${outcome.verdict.steps[0]?.status}` : String((outcome.error as Error)?.message)}`,
          ).toBe(true);
          expect(String((outcome as { error: Error }).error.message)).toMatch(/policy\.yml:\d+/);
        },
      ),
      fcOptions(40),
    );
  });

  it('the same step required by two stages is a policy error naming both lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 2, maxLength: 2 }),
        fc.constantFrom('unit-tests', 'sast', 'compile', 'approval'),
        async ([a, b], step) => {
          const yaml = `version: 1
${signersYaml()}stages:
  ${a}:
    require: [${step}]
  ${b}:
    require: [lint-iac, ${step}]
`;
          const lines = yaml.split('\n');
          const lineA = lines.indexOf(`  ${a}:`) + 2;
          const lineB = lines.indexOf(`  ${b}:`) + 2;
          const outcome = await gate(yaml, []);
          expect(isPolicyError(outcome), `${step} in ${a} and ${b}: ${outcome.kind}`).toBe(true);
          const message = String((outcome as { error: Error }).error.message);
          expect(message).toMatch(new RegExp(`\\b${lineA}\\b`));
          expect(message).toMatch(new RegExp(`\\b${lineB}\\b`));
        },
      ),
      fcOptions(12),
    );
  });

  it('loading a hostile policy fails only with a policy error, and a policy that loads runs the gate without throwing', async () => {
    const base = {
      version: 1,
      signers: { ci: { key: 'ci.pub' } },
      stages: { 'per-commit': { require: ['unit-tests', 'sast'] } },
      steps: { sast: { thresholds: { failOn: 'medium' } }, 'unit-tests': { signers: ['ci'] } },
      chains: [{ step: 'unit-tests', materialsFrom: 'compile', match: 'dist/**' }],
      exceptions: [
        { step: 'sast', ruleId: 'js.no-eval', reason: 'accepted', expires: EXPIRIES[2] },
      ],
    };
    const text = fc.oneof(
      mutateOnce(base).map((p) => JSON.stringify(p)),
      fc
        .tuple(fc.nat(), fc.constant(JSON.stringify(base)))
        .map(([n, t]) => t.slice(0, n % t.length)),
      fc.constantFrom(...hostileFor('x')).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(
        'version: 1\nversion: 1\n',
        '&a [*a]',
        '!!binary xyz',
        'a: !!js/function "x"',
        '---\n---\n',
      ),
    );
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const outcome = await gate(t, []);
        if (outcome.kind === 'policy-error')
          expect(outcome.error, String((outcome.error as Error)?.stack)).toBeInstanceOf(
            TollgateError,
          );
        // A policy that loads may still require nothing, which the gate refuses with exit 2.
        if (outcome.kind === 'threw')
          expect(outcome.error, String((outcome.error as Error)?.stack)).toBeInstanceOf(
            TollgateError,
          );
      }),
      fcOptions(150),
    );
  });
});
