import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  makeProvenance,
  makeScanResult,
  makeTestResult,
} from '../../src/attest/predicates/builders.js';
import { withStepMeta } from '../../src/attest/predicates/step-meta.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { makeVsa } from '../../src/attest/predicates/vsa.js';
import { PREDICATE_SCHEMAS } from '../../src/attest/predicates/schemas/index.js';
import {
  META_ONLY_NAME,
  PREDICATE_VALIDATORS_FILE,
  predicateCompiler,
  predicateValidatorsModule,
  validatorName,
} from '../../src/attest/predicates/standalone.js';
import {
  byPredicateType,
  metaOnly,
  patternNames,
} from '../../src/attest/predicates/validators.generated.js';
import { PATTERN_NAMES } from '../../src/attest/predicates/schemas/common.js';
import {
  POLICY_VALIDATOR_FILE,
  policyCompiler,
  policyValidatorModule,
} from '../../src/policy/standalone.js';
import { validatePolicy } from '../../src/policy/validator.generated.js';
import { newBom } from '../../src/sbom/cyclonedx.js';
import { vulnsPredicate } from '../../src/vuln/report.js';
import { projectRoot } from '../helpers/cli.js';

// The gate and the policy loader validate with code compiled from the schemas at build time
// (ajv standalone). These tests hold that code to the schemas themselves: the committed
// modules are exactly what the schemas give now, and on every vector, valid or broken in
// each of its fields, the generated validator says what ajv compiling the schema says, down
// to each error (which the gate's and the loader's messages are made from).

type Validate = { (data: unknown): boolean; errors?: unknown[] | null };
type Json = Record<string, unknown>;

const COMMIT = 'c'.repeat(40);
const meta = { step: 'check', status: 'passed' as const };

/** The well-formed predicates of test/gate/strict-predicates.test.ts, one or more per type. */
const VALID: [string, Json][] = [
  [
    PREDICATE.scanResult,
    makeScanResult({
      scanner: { name: 'semgrep', version: '1' },
      findings: [{ ruleId: 'r', severity: 'medium', location: { path: 'a.ts', line: 1 } }],
    }) as unknown as Json,
  ],
  [
    PREDICATE.vulns,
    {
      scanner: {
        uri: 'https://osv.dev',
        result: [
          { id: 'A', severity: [{ method: 'CVSSv3.1', score: '6.5' }] },
          {
            id: 'B',
            severity: [
              { method: 'CVSSv3.1', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N' },
            ],
          },
          { id: 'D', severity: [{ method: 'tollgate', score: 'low' }] },
        ],
      },
    },
  ],
  [
    PREDICATE.vulns,
    vulnsPredicate(
      [],
      { name: 'tollgate', version: '1', db: 'osv' },
      new Date(0),
    ) as unknown as Json,
  ],
  [PREDICATE.testResult, makeTestResult({ passed: ['a', 'b'], failed: [] }) as unknown as Json],
  [
    PREDICATE.coverage,
    {
      lines: { covered: 90, total: 100, pct: 90 },
      branches: { covered: 8, total: 10, pct: 80 },
    },
  ],
  [
    PREDICATE.review,
    {
      author: 'alice',
      headSha: COMMIT,
      approvals: [{ reviewer: 'bob', at: '2026-11-26T12:00:00Z' }],
      changesRequested: [],
    },
  ],
  [
    PREDICATE.slsaProvenance,
    makeProvenance({
      builderId: 'https://tollgate.dev/steps/compile',
      externalParameters: {},
      materials: [{ name: 'package-lock.json', digest: { sha256: 'b'.repeat(64) } }],
    }) as unknown as Json,
  ],
  [
    PREDICATE.cyclonedx,
    {
      ...(newBom({ type: 'application', name: 'shop' }, [], []) as unknown as Json),
      components: [
        {
          type: 'library',
          name: 'outer',
          components: [
            { type: 'library', name: 'inner', licenses: [{ license: { id: 'AGPL-3.0-only' } }] },
          ],
        },
      ],
    },
  ],
  [
    PREDICATE.vsa,
    makeVsa({
      verifierVersion: '0.1.0',
      resourceUri: 'git+acme/shop@' + COMMIT,
      policy: { uri: 'tollgate.yml', sha256: 'e'.repeat(64) },
      inputs: [],
      passed: true,
      passedStages: ['per-commit'],
      timeVerified: new Date(0),
    }) as unknown as Json,
  ],
  ['https://example.com/attestation/custom/v1', { anything: true }],
];

/** Values a field is replaced with: the strict-predicate attacks, and each JSON type. */
const REPLACEMENTS: unknown[] = [
  'FAILED',
  'CRITICAL ',
  '1e3',
  '',
  9.8,
  -1,
  1000,
  1.5,
  null,
  true,
  [],
  [{}],
  {},
  { zz: 1 },
];

/**
 * The vector itself, then for every field at any depth: each replacement value in its place,
 * the field removed, and an unknown field added next to it.
 */
function* variants(value: unknown): Generator<unknown> {
  yield value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const v of [...REPLACEMENTS.map((r) => () => r), ...[...variantsOf(value[i])]]) {
        const copy = [...value];
        copy[i] = v();
        yield copy;
      }
      yield value.filter((_, j) => j !== i);
    }
    yield [...value, 'extra'];
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Json;
    for (const key of Object.keys(obj)) {
      for (const v of [...REPLACEMENTS.map((r) => () => r), ...[...variantsOf(obj[key])]]) {
        yield { ...obj, [key]: v() };
      }
      const rest = { ...obj };
      delete rest[key];
      yield rest;
    }
    yield { ...obj, zzUnknownField: 'x' };
  }
}

/** The proper variants of a nested value (not the value itself), as thunks. */
function* variantsOf(value: unknown): Generator<() => unknown> {
  let first = true;
  for (const v of variants(value)) {
    if (first) {
      first = false;
      continue;
    }
    yield () => v;
  }
}

function expectSame(reference: Validate, generated: Validate, data: unknown): boolean {
  const ok = reference(data);
  expect(generated(data)).toBe(ok);
  expect(generated.errors ?? null).toEqual(reference.errors ?? null);
  return ok;
}

describe('the predicate validators compiled at build time', () => {
  it('are what the schemas give now (run `node scripts/generate.mjs` after changing them)', () => {
    const committed = readFileSync(join(projectRoot, PREDICATE_VALIDATORS_FILE), 'utf8');
    expect(committed === predicateValidatorsModule()).toBe(true);
    expect([...(patternNames as Map<string, string>)]).toEqual([...PATTERN_NAMES]);
  });

  it('cover every predicate type with a schema', () => {
    expect([...(byPredicateType as Map<string, unknown>).keys()]).toEqual(
      PREDICATE_SCHEMAS.map((p) => p.predicateType),
    );
  });

  it('agree with the schemas on every vector and every broken field of it', () => {
    const ajv = predicateCompiler();
    let valid = 0;
    let invalid = 0;
    for (const [type, predicate] of VALID) {
      const i = PREDICATE_SCHEMAS.findIndex((p) => p.predicateType === type);
      const name = i < 0 ? META_ONLY_NAME : validatorName(i);
      const reference = ajv.getSchema(name) as Validate;
      const generated = (
        i < 0 ? metaOnly : (byPredicateType as Map<string, unknown>).get(type)
      ) as Validate;
      const signed = withStepMeta(type, predicate, meta);
      expect(expectSame(reference, generated, signed), `${type} vector is valid`).toBe(true);
      for (const v of variants(signed)) {
        if (expectSame(reference, generated, v)) valid++;
        else invalid++;
      }
    }
    // Both sides of the schemas were exercised, many times over.
    expect(valid).toBeGreaterThan(50);
    expect(invalid).toBeGreaterThan(1000);
  });
});

describe('the policy validator compiled at build time', () => {
  it('is what the schema gives now (run `node scripts/generate.mjs` after changing it)', () => {
    const committed = readFileSync(join(projectRoot, POLICY_VALIDATOR_FILE), 'utf8');
    expect(committed === policyValidatorModule()).toBe(true);
  });

  it('agrees with the schema on real policies and every broken field of them', () => {
    const reference = policyCompiler().getSchema('policy') as Validate;
    const generated = validatePolicy as Validate;
    const policies = [
      parse(readFileSync(join(projectRoot, 'docs/default-policy.yml'), 'utf8')) as unknown,
      parse(`version: 1
signers:
  ci: { key: ci.pub }
  mesh: { spiffe: { id: 'spiffe://example.org/ci/*', trustBundle: bundle.pem } }
defaults:
  signers: [ci]
stages:
  per-commit:
    require: [check, unit-tests]
steps:
  check:
    predicateType: https://example.com/attestation/custom/v1
    thresholds: { failOn: high, minLineCoverage: 80 }
exceptions:
  - { step: check, ruleId: r1, reason: known, expires: 2030-01-01 }
`) as unknown,
    ];
    let invalid = 0;
    for (const policy of policies) {
      expect(expectSame(reference, generated, policy)).toBe(true);
      for (const v of variants(policy)) if (!expectSame(reference, generated, v)) invalid++;
    }
    expect(invalid).toBeGreaterThan(200);
  });
});
