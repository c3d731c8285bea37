import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SbomComponent } from '../../src/sbom/types.js';
import { scanVulns } from '../../src/steps/sca/vulns.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/** The vulnerability half of sca/container-scan: thresholds, expiring exceptions, VEX. */

const OSV = join(import.meta.dirname, '..', 'fixtures', 'osv');
const lodash: SbomComponent = {
  name: 'lodash',
  version: '4.17.11',
  purl: 'pkg:npm/lodash@4.17.11',
  ecosystem: 'npm',
  bomRef: 'lodash@4.17.11',
  type: 'library',
  location: 'node_modules/lodash',
};
const semver: SbomComponent = {
  ...lodash,
  name: 'semver',
  version: '7.5.1',
  purl: 'pkg:npm/semver@7.5.1',
  bomRef: 'semver',
};
const NOW = new Date('2026-11-26T12:00:00Z');
let dir: string;

beforeAll(async () => {
  dir = await tempDir('sca-vulns');
  await writeFile(
    join(dir, 'exceptions.yml'),
    [
      '- id: CVE-2019-10744',
      '  until: 2026-11-26',
      '  reason: prototype pollution not reachable from user input',
      '- id: GHSA-c2qf-rxjj-qqgw',
      '  until: 2026-11-25',
      '  reason: expired yesterday',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'vex.json'),
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/1',
      author: 'Example',
      timestamp: '2026-11-01T00:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'GHSA-jf85-cpcp-j695' },
          products: [{ '@id': 'pkg:npm/lodash@4.17.11' }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
      ],
    }),
  );
});
afterAll(() => removeDir(dir));

const ctx = (inputs: Record<string, string>) =>
  stepContext('sca', dir, join(dir, 'out'), { 'osv-url': OSV, ...inputs });

describe('sca vulnerability policy', () => {
  it('blocks at fail-on and below it only reports', async () => {
    const high = await scanVulns(ctx({}), [lodash, semver], 'sca', NOW);
    expect(high.open.map((f) => [f.ruleId, f.severity])).toEqual([
      ['GHSA-jf85-cpcp-j695', 'critical'],
      ['GHSA-c2qf-rxjj-qqgw', 'medium'],
    ]);
    expect(high.blocking.map((f) => f.ruleId)).toEqual(['GHSA-jf85-cpcp-j695']);
    const medium = await scanVulns(ctx({ 'fail-on': 'medium' }), [lodash, semver], 'sca', NOW);
    expect(medium.blocking).toHaveLength(2);
  });

  it('honours an exception through its last day, and not an expired one', async () => {
    const r = await scanVulns(
      ctx({ exceptions: 'exceptions.yml', 'fail-on': 'medium' }),
      [lodash, semver],
      'sca',
      NOW,
    );
    expect(r.blocking.map((f) => f.ruleId)).toEqual(['GHSA-c2qf-rxjj-qqgw']);
    const p = r.predicate as { suppressed: { id: string; by: string }[] };
    expect(p.suppressed).toEqual([
      expect.objectContaining({ id: 'GHSA-jf85-cpcp-j695', by: 'exception' }),
    ]);
    const later = await scanVulns(
      ctx({ exceptions: 'exceptions.yml' }),
      [lodash],
      'sca',
      new Date('2026-11-27T00:00:00Z'),
    );
    expect(later.blocking.map((f) => f.ruleId)).toEqual(['GHSA-jf85-cpcp-j695']);
  });

  it('honours VEX not_affected for the product it names', async () => {
    const r = await scanVulns(ctx({ vex: 'vex.json' }), [lodash], 'sca', NOW);
    expect(r.blocking).toEqual([]);
    expect(r.findings[0]?.suppressed?.by).toBe('vex');
  });
});
