import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { DSSE_PAYLOAD_TYPE, STATEMENT_TYPE } from '../../src/attest/statement.js';
import type { Verdict } from '../../src/gate/types.js';
import { buildReport } from '../../src/report/report-from-bundles.js';
import {
  openVulnSource,
  purlOf,
  scanComponents,
  vulnFindingsToFindings,
  vulnsPredicate,
  type Component,
} from '../../src/vuln/index.js';

const now = new Date('2026-11-26T12:00:00Z');
const lodash = (location: string): Component => ({
  purl: purlOf('npm', 'lodash', '4.17.11'),
  name: 'lodash',
  version: '4.17.11',
  ecosystem: 'npm',
  location,
});

describe('report fingerprints', () => {
  it('gives attested findings without fingerprints (vulns) the ones their step computed', async () => {
    const source = openVulnSource(join(import.meta.dirname, '../fixtures/osv'));
    const [first] = await scanComponents([lodash('package-lock.json')], source, { now });
    const found = [first!, { ...first!, component: lodash('web/package-lock.json') }];
    const predicate = vulnsPredicate(found, { name: 'tollgate-sca', version: '1', db: 'osv' }, now);
    const statement = {
      _type: STATEMENT_TYPE,
      subject: [{ name: 'package-lock.json', digest: { sha256: '0'.repeat(64) } }],
      predicateType: PREDICATE.vulns,
      predicate,
    };
    const dir = await mkdtemp(join(tmpdir(), 'tollgate-report-fp-'));
    await writeFile(
      join(dir, 'sca.sigstore.json'),
      JSON.stringify({
        dsseEnvelope: {
          payloadType: DSSE_PAYLOAD_TYPE,
          payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
        },
      }),
    );
    const verdict: Verdict = {
      verdict: 'pass',
      commit: '0'.repeat(40),
      policy: 'tollgate.yml',
      evaluatedAt: now.toISOString(),
      steps: [
        {
          stage: 'per-commit',
          step: 'sca',
          status: 'passed',
          reason: '',
          signers: [],
          bundles: ['sca.sigstore.json'],
        },
      ],
      unattributed: [],
      notes: [],
    };
    const report = await buildReport(verdict, { cwd: dir, now });
    const prints = report.steps[0]!.findings.map((f) => f.fingerprint);
    expect(prints).toHaveLength(2);
    expect(new Set(prints).size).toBe(2);
    expect(prints).toEqual(vulnFindingsToFindings(found).map((f) => f.fingerprint));
  });
});
