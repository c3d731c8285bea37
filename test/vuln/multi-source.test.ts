import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sca } from '../../src/steps/sca/index.js';
import { openVulnSource, purlOf, scanComponents, type Component } from '../../src/vuln/index.js';
import { startOsvDouble, type OsvDouble } from '../helpers/osv-server.js';
import { removeDir, stepContext, tempDir } from '../steps/step-context.js';

/**
 * Several OSV sources in one `osv-url`: an API and folders, queried together, a record that
 * two of them hold found once.
 */

const OSV = join(import.meta.dirname, '..', 'fixtures', 'osv', 'npm');
const LOCKFILES = join(import.meta.dirname, '..', 'fixtures', 'lockfiles');
const now = new Date('2026-11-26T12:00:00Z');
const comp = (name: string, version: string): Component => ({
  purl: purlOf('npm', name, version),
  name,
  version,
  ecosystem: 'npm',
});

let dir: string;
let lodashOnly: string;
let others: string;
let api: OsvDouble;

beforeAll(async () => {
  dir = await tempDir('multi-source');
  // lodashOnly holds the lodash advisory; others holds express and minimist, and lodash's
  // again, so that both sources answer it for lodash.
  lodashOnly = join(dir, 'lodash-only');
  others = join(dir, 'others');
  await mkdir(lodashOnly, { recursive: true });
  await mkdir(others, { recursive: true });
  await cp(join(OSV, 'GHSA-jf85-cpcp-j695.json'), join(lodashOnly, 'GHSA-jf85-cpcp-j695.json'));
  for (const id of ['GHSA-rv95-896h-c2vc', 'GHSA-xvch-5gv4-984h', 'GHSA-jf85-cpcp-j695'])
    await cp(join(OSV, `${id}.json`), join(others, `${id}.json`));
  api = await startOsvDouble(lodashOnly);
});

afterAll(async () => {
  await api?.close();
  await removeDir(dir);
});

const components = [
  comp('lodash', '4.17.11'),
  comp('minimist', '1.2.5'),
  comp('express', '4.18.2'),
];

describe('several OSV sources', () => {
  it('queries two folders together and reports a record both hold once', async () => {
    const source = openVulnSource(`${lodashOnly}, ${others}`);
    expect(source.describe).toBe(`OSV records in ${lodashOnly} + OSV records in ${others}`);
    const findings = await scanComponents(components, source, { now });
    expect(findings.map((f) => `${f.id} ${f.component.name}`).sort()).toEqual([
      'GHSA-jf85-cpcp-j695 lodash',
      'GHSA-rv95-896h-c2vc express',
      'GHSA-xvch-5gv4-984h minimist',
    ]);
  });

  it('keeps the newest copy of a record two sources hold', async () => {
    const newer = join(dir, 'newer');
    await mkdir(newer, { recursive: true });
    const record = JSON.parse(
      await readFile(join(OSV, 'GHSA-jf85-cpcp-j695.json'), 'utf8'),
    ) as Record<string, unknown>;
    await writeFile(
      join(newer, 'GHSA-jf85-cpcp-j695.json'),
      JSON.stringify({ ...record, modified: '2099-01-01T00:00:00Z', summary: 'the newer copy' }),
    );
    const findings = await scanComponents(
      [comp('lodash', '4.17.11')],
      openVulnSource(`${lodashOnly}\n${newer}`),
      { now },
    );
    expect(findings.map((f) => [f.id, f.summary])).toEqual([
      ['GHSA-jf85-cpcp-j695', 'the newer copy'],
    ]);
  });

  it('fails when one of the sources cannot be read, naming it', async () => {
    const missing = join(dir, 'no-such-folder');
    await expect(
      scanComponents(components, openVulnSource(`${api.url},${missing}`), { now }),
    ).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: `vulnerability source ${missing} is not a readable folder (or .zip export) of OSV records`,
    });
  });

  it('sca asks an OSV API and a folder given on two lines of osv-url', async () => {
    const out = join(dir, 'sca');
    // The folder is relative to the repository, as a single folder is.
    const repo = join(dir, 'repo');
    await cp(join(LOCKFILES, 'yarn-v1'), repo, { recursive: true });
    await cp(others, join(repo, 'osv'), { recursive: true });
    const ctx = stepContext('sca', repo, out, { 'osv-url': `${api.url}\nosv` });
    const result = await sca.run(ctx);
    expect(api.requests.some((r) => r.path === '/v1/querybatch')).toBe(true);
    const p = result.attestations[1]!.predicate as {
      scanner: { result: { id: string }[]; database?: { uri?: string } };
    };
    expect(p.scanner.result.map((r) => r.id).sort()).toEqual([
      'GHSA-jf85-cpcp-j695',
      'GHSA-rv95-896h-c2vc',
    ]);
    expect(result.summary).toContain(`vulnerabilities from OSV API ${api.url} + OSV records in`);
  });
});
