import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  makeProvenance,
  makeScanResult,
  makeTestResult,
  MAX_LISTED_FINDINGS,
  type Finding,
} from '../../src/attest/predicates/builders.js';
import { withStepMeta } from '../../src/attest/predicates/step-meta.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { evaluateScanResult } from '../../src/gate/evaluators/scan-result.js';
import { evaluateProvenance, evaluateTestResult } from '../../src/gate/evaluators/simple.js';
import { projectRoot } from '../helpers/cli.js';

const schema = (name: string) =>
  JSON.parse(readFileSync(join(projectRoot, 'docs/schemas', name), 'utf8')) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(schema('step-meta.schema.json'));
const validScan = ajv.compile(schema('scan-result.schema.json'));
const ctx = { step: 'sast', thresholds: {}, exceptions: [] };

describe('predicate builders', () => {
  it('scan-result: counts agree with findings, report digested, valid against the schema', () => {
    const findings: Finding[] = [
      { ruleId: 'a', severity: 'low' },
      { ruleId: 'b', severity: 'high', location: { path: 'src/x.ts', line: 2 } },
    ];
    const p = makeScanResult({
      scanner: { name: 'eslint', version: '9.0.0' },
      findings,
      report: { name: 'eslint.sarif', bytes: Buffer.from('{}'), format: 'sarif-2.1.0' },
    });
    expect(p.counts).toEqual({ low: 1, high: 1 });
    expect((p.findings as Finding[])[0]!.ruleId).toBe('b'); // worst first
    expect(p.report).toEqual({
      name: 'eslint.sarif',
      digest: { sha256: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' },
      format: 'sarif-2.1.0',
    });
    expect(
      validScan(withStepMeta(PREDICATE.scanResult, p, { step: 'sast', status: 'passed' })),
      JSON.stringify(validScan.errors),
    ).toBe(true);
    expect(evaluateScanResult(p, ctx).ok).toBe(false);
  });

  it('scan-result: a long list is truncated worst-first and still fails on the counted rest', () => {
    const findings: Finding[] = Array.from({ length: MAX_LISTED_FINDINGS + 10 }, (_, i) => ({
      ruleId: `r${i}`,
      severity: i < 3 ? 'critical' : 'low',
    }));
    findings.reverse(); // criticals last, to prove the ordering
    const p = makeScanResult({ scanner: { name: 't', version: '1' }, findings });
    expect(p.findingsTruncated).toBe(true);
    expect((p.findings as Finding[]).length).toBe(MAX_LISTED_FINDINGS);
    expect((p.findings as Finding[]).slice(0, 3).every((f) => f.severity === 'critical')).toBe(
      true,
    );
    expect(evaluateScanResult(p, ctx).ok).toBe(false);
  });

  it('test-result: the result word follows from the tests', () => {
    expect(makeTestResult({ passed: ['a'], failed: [] }).result).toBe('PASSED');
    expect(makeTestResult({ passed: ['a'], failed: [], warned: ['w'] }).result).toBe('WARNED');
    const failed = makeTestResult({ passed: ['a'], failed: ['b'] });
    expect(failed.result).toBe('FAILED');
    expect(evaluateTestResult(failed, ctx).summary).toBe('1 of 2 tests failed: b');
  });

  it('provenance: SLSA v1 shape with the materials as resolved dependencies', () => {
    const p = makeProvenance({
      builderId: 'https://tollgate.dev/local',
      externalParameters: { command: 'tsc' },
      materials: [{ name: 'package-lock.json', digest: { sha256: 'ab'.repeat(32) } }],
      startedOn: new Date(0),
    });
    expect(p).toMatchObject({
      buildDefinition: { resolvedDependencies: [{ name: 'package-lock.json' }] },
      runDetails: { metadata: { startedOn: '1970-01-01T00:00:00.000Z' } },
    });
    expect(evaluateProvenance(p, ctx).ok).toBe(true);
  });
});
