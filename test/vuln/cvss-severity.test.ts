import { describe, expect, it } from 'vitest';
import { cvss2, cvss3, severityOfRecord, type OsvRecord } from '../../src/vuln/index.js';

describe('CVSS v3 base score', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H', 9.1],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L', 5.3],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N', 0],
    // scope changed raises PR:H to 0.5; 1.08 × (1.436 + 0.617) = 2.217, rounded up
    ['CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:C/C:L/I:N/A:N', 2.3],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5], // CVE-2014-0160 (Heartbleed)
    // temporal metrics after the base ones do not change the base score
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O', 9.8],
  ])('%s = %f', (vector, score) => expect(cvss3(vector)?.score).toBe(score));

  it('rejects vectors missing a base metric or with unknown values', () => {
    expect(cvss3('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H')).toBeUndefined();
    expect(cvss3('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
    expect(
      cvss3('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'),
    ).toBeUndefined();
  });

  it('CVSS v2 by its own formula', () => {
    expect(cvss2('AV:N/AC:L/Au:N/C:P/I:P/A:P')?.score).toBe(7.5);
    expect(cvss2('AV:N/AC:L/Au:N/C:C/I:C/A:C')?.score).toBe(10.0);
    expect(cvss2('AV:N/AC:M/Au:N/C:N/I:P/A:N')?.score).toBe(4.3);
  });
});

describe('severity of a record', () => {
  const base: OsvRecord = { id: 'X-1', modified: '2024-01-01T00:00:00Z' };
  it('a CVSS v3 vector decides, in the bands of docs/severity.md', () => {
    const r = severityOfRecord({
      ...base,
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
      database_specific: { severity: 'CRITICAL' },
    });
    expect(r).toMatchObject({ severity: 'medium', cvss: { score: 5.9 } });
  });

  it('CVSS v4 only: the database word (GHSA MODERATE → medium)', () => {
    const r = severityOfRecord({
      ...base,
      severity: [
        {
          type: 'CVSS_V4',
          score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
        },
      ],
      database_specific: { severity: 'MODERATE' },
    });
    expect(r.severity).toBe('medium');
    expect(r.note).toMatch(/MODERATE.*CVSS v4 vector is not scored/);
    expect(
      severityOfRecord({ ...base, database_specific: { severity: 'CRITICAL' } }).severity,
    ).toBe('critical');
  });

  it('CVSS v2 keeps its bands (10.0 is high, not critical); nothing at all is medium with a note', () => {
    expect(
      severityOfRecord({
        ...base,
        severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:C/I:C/A:C' }],
      }).severity,
    ).toBe('high');
    const none = severityOfRecord(base);
    expect(none.severity).toBe('medium');
    expect(none.note).toMatch(/rated medium/);
  });
});
