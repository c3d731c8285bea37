/**
 * The messages of the first two rounds of policy checks (src/policy/load.ts,
 * schema-errors.ts, yaml-locate.ts): YAML syntax with the line of each error, then the
 * schema, each error in the user's words at the line of the value or key it is about.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../src/attest/signers/key.js';
import { TollgateError } from '../../src/core/errors.js';
import { loadPolicy, parsePolicy } from '../../src/policy/load.js';
import { explainSchemaError } from '../../src/policy/schema-errors.js';
import { lineOf } from '../../src/policy/yaml-locate.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-policy-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = generateKeyPair().publicKeyPem;
writeFileSync(join(dir, 'ci.pub'), key);

const source = join(dir, 'tollgate.yml');
const base = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [sast]
`;

async function problems(yaml: string, file = source): Promise<string[]> {
  try {
    await parsePolicy(yaml, file, dir);
  } catch (e) {
    expect(e).toBeInstanceOf(TollgateError);
    const err = e as TollgateError;
    expect(err.code).toBe('POLICY_INVALID');
    expect(err.hint).toBe('see docs/policy.md for the policy format, with a complete example');
    const [head, ...rest] = err.message.split('\n  ');
    expect(head).toBe('invalid policy:');
    return rest;
  }
  throw new Error('policy was accepted');
}
const at = (line: number, text: string) => `${source}:${line}: ${text}`;

describe('YAML syntax', () => {
  it('names the line of a duplicate key', async () => {
    expect(await problems(base + 'version: 1\n')).toEqual([at(7, 'Map keys must be unique')]);
  });

  it('names the line of each syntax error, with the first line of its message only', async () => {
    expect(await problems('version: 1\nsigners: {}\nstages:\n  a: [\n  b: }\n')).toEqual([
      at(5, 'Flow sequence in block collection must be sufficiently indented and end with a ]'),
      at(5, 'Unexpected flow-map-end token in YAML stream: "}"'),
    ]);
  });
});

describe('schema errors in the user words, at their line', () => {
  it('an empty file or a scalar is not a policy', async () => {
    expect(await problems('')).toEqual([at(1, 'the top level must be an object')]);
    expect(await problems('\n\nhello\n')).toEqual([at(3, 'the top level must be an object')]);
  });

  it('version, missing and unknown top-level keys', async () => {
    expect(await problems(base.replace('version: 1', 'version: 2'))).toEqual([
      at(1, 'version must be 1'),
    ]);
    expect(await problems('version: 1\nsigners:\n  ci: { key: ci.pub }\n')).toEqual([
      at(1, 'the top level is missing the required key "stages"'),
    ]);
    expect(await problems(base + 'step:\n  sast: {}\n')).toEqual([
      at(
        7,
        'unknown key "step" in the top level; expected one of: version, signers, defaults, sigstore, promotion, stages, steps, chains, exceptions',
      ),
    ]);
  });

  it('signers: empty, not an object, or a signer of no kind', async () => {
    expect(await problems(base.replace('signers:\n  ci: { key: ci.pub }', 'signers: {}'))).toEqual([
      at(2, 'signers must not be empty'),
    ]);
    expect(await problems(base.replace('signers:\n  ci: { key: ci.pub }', 'signers: []'))).toEqual([
      at(2, 'signers must be an object'),
    ]);
    expect(await problems(base.replace('ci: { key: ci.pub }', 'ci: {}'))).toEqual([
      at(3, 'signers.ci must not be empty'),
    ]);
    expect(
      await problems(base.replace('ci: { key: ci.pub }', 'ci: { key: ci.pub, spiffe: {} }')),
    ).toEqual([
      at(3, 'signers.ci must name exactly one kind of signer: github, spiffe or key'),
      at(3, 'signers.ci.spiffe is missing the required key "id"'),
      at(3, 'signers.ci.spiffe is missing the required key "trustBundle"'),
    ]);
  });

  it('GitHub signer fields: formats, empty strings, a string or a list of strings', async () => {
    const github = base.replace(
      'ci: { key: ci.pub }',
      `ci:
    github:
      repository: acme
      workflow: 5
      ref: [refs/heads/main, 7]
      issuer: ""`,
    );
    expect(await problems(github)).toEqual([
      at(8, 'signers.ci.github.issuer must NOT have fewer than 1 characters'),
      at(5, 'signers.ci.github.repository has an unexpected format (expected "owner/repo")'),
      at(6, 'signers.ci.github.workflow must be a string or a list of strings'),
      at(7, 'signers.ci.github.ref.1 must be a string'),
      at(7, 'signers.ci.github.ref must be a string or a list of strings'),
    ]);
  });

  it('names a signer whose name has a slash or a tilde as written', async () => {
    const odd = base.replace(
      'ci: { key: ci.pub }',
      `ci: { key: ci.pub }
  "a/b~c":
    github:
      repository: not-a-repo`,
    );
    expect(await problems(odd)).toEqual([
      at(6, 'signers.a/b~c.github.repository has an unexpected format (expected "owner/repo")'),
    ]);
  });

  it('stages and steps: names, types and step ids', async () => {
    expect(await problems(base.replace('[sast]', 'sast'))).toEqual([
      at(6, 'stages.per-commit.require must be an array'),
    ]);
    expect(await problems(base.replace('[sast]', '[sast, Sast]'))).toEqual([
      at(
        6,
        'stages.per-commit.require.1 has an unexpected format (expected a step id such as "unit-tests")',
      ),
    ]);
    const stage = await problems(base + '  nightly:\n    require: []\n');
    expect(stage).toContain(at(7, '"nightly" is not allowed as a key in stages'));
    // Two bad names fail the same check of the same object: it is said once, with each name.
    const two = await problems(base + '  nightly:\n    require: []\n  weekly:\n    require: []\n');
    expect(two).toEqual([
      at(5, 'stages must be one of: pre-commit, per-commit, per-pr, per-merge'),
      at(7, '"nightly" is not allowed as a key in stages'),
      at(9, '"weekly" is not allowed as a key in stages'),
    ]);
    const step = await problems(base + 'steps:\n  sast: {}\n  Sast: {}\n');
    expect(step).toContain(at(9, '"Sast" is not allowed as a key in steps'));
  });

  it('thresholds: integers, numbers, booleans and bounds', async () => {
    const yaml = `${base}steps:
  sast:
    thresholds:
      maxFailedTests: 1.5
      minLineCoverage: "80"
      minBranchCoverage: 101
      allowSelfApproval: yes
      minApprovals: -1
`;
    expect(await problems(yaml)).toEqual([
      at(10, 'steps.sast.thresholds.maxFailedTests must be an integer'),
      at(11, 'steps.sast.thresholds.minLineCoverage must be a number'),
      at(12, 'steps.sast.thresholds.minBranchCoverage must be <= 100'),
      at(14, 'steps.sast.thresholds.minApprovals must be >= 0'),
      at(13, 'steps.sast.thresholds.allowSelfApproval must be a boolean'),
    ]);
  });

  it('defaults, exceptions: lengths and dates', async () => {
    const yaml = `${base}defaults: { signers: [] }
exceptions:
  - step: sast
    reason: ok
    expires: 2027-1-1
`;
    expect(await problems(yaml)).toEqual([
      at(7, 'defaults.signers must NOT have fewer than 1 items'),
      at(10, 'exceptions.0.reason must NOT have fewer than 3 characters'),
      at(11, 'exceptions.0.expires has an unexpected format (expected a date YYYY-MM-DD)'),
    ]);
  });
});

describe('explainSchemaError for errors the policy schema does not produce today', () => {
  const error = (e: Partial<ErrorObject>): ErrorObject =>
    ({ instancePath: '', schemaPath: '#', params: {}, ...e }) as ErrorObject;

  it('an unknown key where no key is allowed gives no list of expected keys', () => {
    expect(
      explainSchemaError(
        error({
          instancePath: '/steps/sast',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'x' },
          parentSchema: { additionalProperties: false },
        }),
      ),
    ).toEqual({ path: ['steps', 'sast'], key: 'x', text: 'unknown key "x" in steps.sast' });
  });

  it('decodes JSON pointer escapes and array indexes in the path', () => {
    expect(
      explainSchemaError(
        error({
          instancePath: '/signers/a~1b~0c/spiffe/id/12',
          keyword: 'pattern',
          params: { pattern: '^x$' },
        }),
      ),
    ).toEqual({
      path: ['signers', 'a/b~c', 'spiffe', 'id', 12],
      text: 'signers.a/b~c.spiffe.id.12 has an unexpected format (expected the pattern ^x$)',
    });
  });

  it('turns only whole numbers into array indexes', () => {
    const e = error({ instancePath: '/signers/ci2/3/2ci', keyword: 'minProperties' });
    expect(explainSchemaError(e).path).toEqual(['signers', 'ci2', 3, '2ci']);
  });

  it('falls back to the message of ajv, or says the value is invalid', () => {
    expect(
      explainSchemaError(error({ keyword: 'uniqueItems', message: 'must be unique' })).text,
    ).toBe('the top level must be unique');
    expect(explainSchemaError(error({ instancePath: '/a', keyword: 'not' }))).toEqual({
      path: ['a'],
      text: 'a is invalid',
    });
  });

  it('uses "an" before a vowel only', () => {
    const text = (type: string) =>
      explainSchemaError(error({ instancePath: '/v', keyword: 'type', params: { type } })).text;
    expect(text('array')).toBe('v must be an array');
    expect(text('object')).toBe('v must be an object');
    expect(text('integer')).toBe('v must be an integer');
    expect(text('null')).toBe('v must be a null');
    expect(text('string')).toBe('v must be a string');
  });
});

describe('lineOf', () => {
  const text = 'a:\n  b:\n    - x\n    - y\n  c: 1\nd: plain\n';
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });

  it('finds values by path, keys by name, and stops at the deepest place that exists', () => {
    expect(lineOf(doc, counter, ['a', 'b', 1])).toBe(4);
    expect(lineOf(doc, counter, ['a'], 'c')).toBe(5);
    expect(lineOf(doc, counter, ['a', 'missing', 'deeper'])).toBe(2);
    expect(lineOf(doc, counter, ['d', 'inside'])).toBe(6);
    expect(lineOf(doc, counter, ['a', 'b'], 'x')).toBe(3);
    expect(lineOf(doc, counter, ['a'], 'missing')).toBe(2);
    expect(lineOf(doc, counter, ['d'], 'x')).toBe(6);
  });

  it('is line 1 for an empty document', () => {
    const empty = new LineCounter();
    expect(lineOf(parseDocument('', { lineCounter: empty }), empty, ['a'], 'b')).toBe(1);
  });
});

describe('loadPolicy', () => {
  it('reads the file, names it as displayed, and resolves files against its folder', async () => {
    const file = join(dir, 'policy.yml');
    writeFileSync(file, base);
    const p = await loadPolicy(file, 'policy.yml');
    expect(p.source).toBe('policy.yml');
    expect(p.signers.get('ci')).toMatchObject({ publicKeyPem: key });
    expect((await loadPolicy(file)).source).toBe(file);
  });

  it('names the displayed file in problems', async () => {
    const file = join(dir, 'bad.yml');
    writeFileSync(file, base.replace('version: 1', 'version: 3'));
    await expect(loadPolicy(file, 'bad.yml')).rejects.toThrow(
      'invalid policy:\n  bad.yml:1: version must be 1',
    );
  });

  it('refuses a policy file over 1 MiB', async () => {
    const file = join(dir, 'huge.yml');
    writeFileSync(file, base + '#'.repeat(1 << 20));
    await expect(loadPolicy(file)).rejects.toBeInstanceOf(TollgateError);
    await expect(loadPolicy(file)).rejects.toThrow(/policy file .*over the limit of 1 MiB/);
    writeFileSync(file, base + '#'.repeat((1 << 20) - base.length - 1) + '\n');
    expect((await loadPolicy(file)).stages.get('per-commit')).toEqual(['sast']);
  });
});
