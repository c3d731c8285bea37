import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { withStepMeta } from '../../src/attest/predicates/step-meta.js';
import { PREDICATE_SCHEMAS, STEP_META_SCHEMA } from '../../src/attest/predicates/schemas/index.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { evaluatorFor } from '../../src/gate/evaluators/index.js';
import { POLICY_SCHEMA } from '../../src/policy/schema.js';
import { PASSING } from '../helpers/gate-fixture.js';
import { predicateAjv, readSchema } from './markdown.js';

// The JSON schemas in docs/schemas/: the policy schema must be the one the loader uses, and
// the predicate schemas must accept what Tollgate writes and what the gate passes.
function compile(): Record<string, ValidateFunction> {
  const ajv = predicateAjv();
  return {
    [PREDICATE.scanResult]: ajv.compile(readSchema('scan-result.schema.json')),
    [PREDICATE.coverage]: ajv.compile(readSchema('coverage.schema.json')),
    [PREDICATE.review]: ajv.compile(readSchema('review.schema.json')),
  };
}
const validators = compile();
const valid = (type: string, predicate: unknown) => {
  const validate = validators[type]!;
  return validate(predicate)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

const meta = { step: 'sast', stage: 'per-commit', status: 'passed' } as const;
const SHA = 'c'.repeat(64);
const ctx = { step: 'x', thresholds: {}, exceptions: [] };

const GOOD: Record<string, Record<string, unknown>[]> = {
  [PREDICATE.scanResult]: [
    {
      scanner: { name: 'semgrep', version: '1.90.0', uri: 'https://semgrep.dev' },
      counts: { critical: 0, high: 0, medium: 1, low: 0, info: 2 },
      findings: [
        {
          ruleId: 'js.no-eval',
          severity: 'medium',
          message: 'eval with a variable',
          location: { path: 'src/a.ts', line: 3 },
          fingerprint: '5f1c0e',
        },
        { ruleId: 'style.todo', severity: 'info', location: { path: 'src/b.ts' } },
        { ruleId: 'style.todo', severity: 'info' },
      ],
      findingsTruncated: false,
      report: { name: 'semgrep.sarif', digest: { sha256: SHA }, format: 'sarif' },
      tollgate: {
        ...meta,
        materials: [{ name: 'src.tar', digest: { sha256: SHA } }],
        environment: { runner: 'ubuntu-24.04' },
        startedOn: '2026-11-26T12:00:00Z',
        finishedOn: '2026-11-26T12:01:30.250+01:00',
      },
    },
  ],
  [PREDICATE.coverage]: [
    {
      lines: { covered: 850, total: 1000, pct: 85 },
      branches: { covered: 70, total: 100, pct: 70 },
      files: [{ path: 'src/a.ts', lines: { covered: 9, total: 10, pct: 90 } }],
      tollgate: { step: 'coverage', status: 'passed' },
    },
    { lines: { covered: 0, total: 0, pct: 100 }, tollgate: { step: 'coverage', status: 'passed' } },
  ],
  [PREDICATE.review]: [
    {
      author: 'alice',
      headSha: 'a'.repeat(40),
      approvals: [{ reviewer: 'bob', at: '2026-11-26T12:00:00Z' }, { reviewer: 'carol' }],
      changesRequested: [],
      tollgate: { step: 'peer-review', stage: 'per-pr', status: 'passed' },
    },
  ],
};

const good = (type: string) => structuredClone(GOOD[type]![0]!);
const without = (o: Record<string, unknown>, key: string) => {
  delete o[key];
  return o;
};

const BROKEN: [string, string, Record<string, unknown>][] = [
  [
    'scan-result without findings',
    PREDICATE.scanResult,
    without(good(PREDICATE.scanResult), 'findings'),
  ],
  [
    'scan-result without step metadata',
    PREDICATE.scanResult,
    without(good(PREDICATE.scanResult), 'tollgate'),
  ],
  [
    'scan-result with an unknown severity',
    PREDICATE.scanResult,
    { ...good(PREDICATE.scanResult), findings: [{ ruleId: 'r', severity: 'moderate' }] },
  ],
  [
    'scan-result finding without ruleId',
    PREDICATE.scanResult,
    { ...good(PREDICATE.scanResult), findings: [{ severity: 'high' }] },
  ],
  [
    'scan-result with a line as a string',
    PREDICATE.scanResult,
    {
      ...good(PREDICATE.scanResult),
      findings: [{ ruleId: 'r', severity: 'low', location: { path: 'a', line: '3' } }],
    },
  ],
  [
    'scan-result with a negative count',
    PREDICATE.scanResult,
    { ...good(PREDICATE.scanResult), counts: { high: -1 } },
  ],
  [
    'scan-result with a report digest that is not sha256 hex',
    PREDICATE.scanResult,
    {
      ...good(PREDICATE.scanResult),
      report: { name: 'r', digest: { sha256: 'xyz' }, format: 'sarif' },
    },
  ],
  [
    'scan-result with a misspelt key',
    PREDICATE.scanResult,
    { ...good(PREDICATE.scanResult), findingTruncated: true },
  ],
  [
    'step metadata with an unknown status',
    PREDICATE.scanResult,
    { ...good(PREDICATE.scanResult), tollgate: { step: 'sast', status: 'ok' } },
  ],
  [
    'step metadata with an invalid step id',
    PREDICATE.scanResult,
    { ...good(PREDICATE.scanResult), tollgate: { step: 'Unit Tests' } },
  ],
  ['coverage without lines', PREDICATE.coverage, without(good(PREDICATE.coverage), 'lines')],
  [
    'coverage percentage given as a string',
    PREDICATE.coverage,
    { ...good(PREDICATE.coverage), lines: { covered: 85, total: 100, pct: '85' } },
  ],
  [
    'coverage over 100 %',
    PREDICATE.coverage,
    { ...good(PREDICATE.coverage), branches: { covered: 1, total: 1, pct: 101 } },
  ],
  ['review without author', PREDICATE.review, without(good(PREDICATE.review), 'author')],
  [
    'review with approvals as names',
    PREDICATE.review,
    { ...good(PREDICATE.review), approvals: ['bob'] },
  ],
  [
    'review with a short head sha',
    PREDICATE.review,
    { ...good(PREDICATE.review), headSha: 'abc123' },
  ],
];

describe('docs/schemas/policy.schema.json', () => {
  it('is POLICY_SCHEMA (regenerate with `node scripts/gen-schemas.mjs`)', () => {
    expect(readSchema('policy.schema.json')).toEqual(JSON.parse(JSON.stringify(POLICY_SCHEMA)));
  });
});

describe('the predicate schemas the gate validates with', () => {
  // The gate compiles them without checking them against the meta-schema (it costs a CLI
  // run time); this is where they are checked.
  it('are valid JSON Schema 2020-12 and compile in ajv strict mode', () => {
    const ajv = predicateAjv();
    for (const schema of [STEP_META_SCHEMA, ...PREDICATE_SCHEMAS.map((p) => p.schema)]) {
      expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    }
    for (const { file } of PREDICATE_SCHEMAS)
      expect(() => ajv.compile(readSchema(file))).not.toThrow();
  });
});

describe('predicate schemas', () => {
  for (const [type, examples] of Object.entries(GOOD)) {
    it(`accepts good ${type} predicates, which the gate passes`, () => {
      for (const p of examples) {
        expect(valid(type, p)).toEqual([]);
        expect(evaluatorFor(type)(p, ctx).ok).toBe(true);
      }
    });
  }

  for (const [name, type, p] of BROKEN) {
    it(`rejects a ${name}`, () => {
      expect(valid(type, p)).not.toEqual([]);
    });
  }

  it('accepts the passing fixtures of the gate tests, as Tollgate signs them', () => {
    const types = [PREDICATE.scanResult, PREDICATE.coverage];
    for (const type of types) {
      expect(PASSING[type], type).toBeDefined();
      expect(
        valid(type, withStepMeta(type, PASSING[type]!, { step: 'x', status: 'passed' })),
      ).toEqual([]);
    }
  });

  it('accepts the step metadata `tollgate attest` writes', () => {
    const p = withStepMeta(PREDICATE.review, good(PREDICATE.review), {
      step: 'approval',
      stage: 'per-merge',
      status: 'failed',
      reason: 'stakeholder declined',
    });
    expect(valid(PREDICATE.review, p)).toEqual([]);
  });

  it('has a schema for each of Tollgate’s own predicate types', () => {
    const own = Object.values(PREDICATE).filter((t) => t.startsWith('https://tollgate.dev/'));
    expect(own.sort()).toEqual(Object.keys(validators).sort());
    for (const type of own) {
      const name = /attestation\/([a-z-]+)\/v1$/.exec(type)![1]!;
      expect(readSchema(`${name}.schema.json`).description).toContain(type);
    }
  });
});
