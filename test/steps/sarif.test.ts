import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { TollgateError } from '../../src/core/errors.js';
import { assignFingerprints } from '../../src/steps/common/fingerprint.js';
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

  it('writes a fingerprint under its own key and as code scanning’s primaryLocationLineHash', () => {
    const f: Finding = {
      ruleId: 'r',
      severity: 'high',
      location: { path: 'a.ts', line: 3 },
      fingerprint: `${'a'.repeat(32)}:2`,
    };
    const log = writeSarif({ name: 'demo' }, [f]) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    expect(log.runs[0]!.results[0]!.partialFingerprints).toEqual({
      'tollgate/v2': f.fingerprint,
      primaryLocationLineHash: f.fingerprint,
    });
  });

  it('reads other tools’ fingerprints, and places a bare primaryLocationLineHash in its rule and file', () => {
    const result = (uri: string, partialFingerprints: Record<string, string>) => ({
      ruleId: 'js/xss',
      message: { text: 'x' },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 4 } } }],
      partialFingerprints,
    });
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'CodeQL' } },
          results: [
            result('src/a.js', { primaryLocationLineHash: 'c0ffee:1' }),
            result('src/b.js', { primaryLocationLineHash: 'c0ffee:1' }),
            result('src/a.js', { primaryLocationLineHash: 'c0ffee:2' }),
            result('src/c.js', { 'matchBasedId/v1': 'semgrep-id' }),
          ],
        },
      ],
    };
    const prints = readSarif(log, src).findings.map((f) => f.fingerprint);
    expect(prints[3]).toBe('semgrep-id');
    expect(prints[0]).toMatch(/^[0-9a-f]{32}:1$/);
    expect(prints[2]).toBe(`${prints[0]!.split(':')[0]}:2`);
    expect(prints[1]).not.toBe(prints[0]);
  });
  it('reads an empty fingerprint as none, so that the step gives one', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 't' } },
          results: [
            { ruleId: 'r', message: { text: 'a' }, partialFingerprints: { x: ' ', y: '' } },
            { ruleId: 'r', message: { text: 'b' }, fingerprints: { primaryLocationLineHash: '' } },
          ],
        },
      ],
    };
    const findings = readSarif(log, src).findings;
    expect(findings.map((f) => f.fingerprint)).toEqual([undefined, undefined]);
    assignFingerprints(findings);
    expect(findings.map((f) => f.fingerprint)).toEqual([
      expect.stringMatching(/:1$/),
      expect.stringMatching(/:2$/),
    ]);
  });
});
