import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  openVulnSource,
  purlOf,
  scanComponents,
  vulnFindingsToFindings,
  vulnSarif,
  type Component,
} from '../../src/vuln/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/osv');
const now = new Date('2026-11-26T12:00:00Z');
const lodash = (location: string): Component => ({
  purl: purlOf('npm', 'lodash', '4.17.11'),
  name: 'lodash',
  version: '4.17.11',
  ecosystem: 'npm',
  location,
});

describe('vulnerability fingerprints', () => {
  it('tell apart one vulnerability of one package listed twice, in SARIF alike', async () => {
    const [first] = await scanComponents([lodash('package-lock.json')], openVulnSource(FIXTURES), {
      now,
    });
    // the same package found again in a second lock file of the same scan
    const again = { ...first!, component: lodash('web/package-lock.json') };
    const findings = vulnFindingsToFindings([first!, again]);
    expect(findings).toHaveLength(2);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
    const sarif = vulnSarif([first!, again], { name: 'tollgate-sca', version: '1' }) as {
      runs: { results: { partialFingerprints: Record<string, string> }[] }[];
    };
    const hashes = sarif.runs[0]!.results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    expect(hashes).toEqual(findings.map((f) => f.fingerprint));
    // the package, not the lock file, is the identity: listed once, it has the first's
    expect(vulnFindingsToFindings([again])[0]!.fingerprint).toBe(findings[0]!.fingerprint);
  });
});
