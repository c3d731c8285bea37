import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { TollgateError } from '../../src/core/errors.js';
import { fingerprintOf } from '../../src/steps/common/fingerprint.js';
import { readSarif, writeSarif } from '../../src/steps/common/sarif.js';

const src = { tool: 'demo', file: 'demo.sarif' };

describe('SARIF reader and writer', () => {
  it('round-trips findings with severity, location and fingerprint', () => {
    const findings: Finding[] = [
      {
        ruleId: 'no-eval',
        severity: 'critical',
        message: 'eval of input',
        location: { path: 'src/a.ts', line: 4 },
        fingerprint: 'fp1',
      },
      { ruleId: 'style', severity: 'low', message: 'x' },
    ];
    const log = writeSarif(
      { name: 'demo', version: '1.0', rules: [{ id: 'no-eval', help: 'Do not eval.' }] },
      findings,
    );
    expect(readSarif(JSON.parse(JSON.stringify(log)), src).findings).toEqual(findings);
  });

  it('takes severity from security-severity first, then the level', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 't',
              rules: [
                { id: 'r1', properties: { 'security-severity': '7.5' } },
                { id: 'r2', defaultConfiguration: { level: 'note' } },
              ],
            },
          },
          results: [
            { ruleId: 'r1', level: 'note', message: { text: 'a' } },
            { ruleId: 'r2', message: { text: 'b' } },
            { ruleIndex: 1, level: 'error', message: { text: 'c' } },
          ],
        },
      ],
    };
    expect(readSarif(log, src).findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['r1', 'high'],
      ['r2', 'low'],
      ['r2', 'high'],
    ]);
  });

  it.each([
    ['not an object', []],
    ['a wrong version', { version: '2.0.0', runs: [] }],
    ['no runs', { version: '2.1.0' }],
    ['a run without driver name', { version: '2.1.0', runs: [{ tool: { driver: {} } }] }],
    [
      'a result without rule',
      {
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 't' } }, results: [{ message: { text: 'x' } }] }],
      },
    ],
  ])('refuses %s with an error naming the tool and file', (_why, log) => {
    expect(() => readSarif(log, src)).toThrow(TollgateError);
    expect(() => readSarif(log, src)).toThrow(
      /demo wrote demo\.sarif, which is not valid SARIF 2\.1\.0/,
    );
  });

  it('fingerprints survive a line move but not a change of rule, file or text', () => {
    const f: Finding = { ruleId: 'r', severity: 'high', location: { path: 'a.ts', line: 3 } };
    const moved = { ...f, location: { path: 'a.ts', line: 30 } };
    expect(fingerprintOf(f, '  eval(x) ')).toBe(fingerprintOf(moved, 'eval(x)'));
    expect(fingerprintOf(f, 'eval(x)')).not.toBe(fingerprintOf({ ...f, ruleId: 'q' }, 'eval(x)'));
    expect(fingerprintOf(f, 'eval(x)')).not.toBe(fingerprintOf(f, 'eval(y)'));
  });
});
