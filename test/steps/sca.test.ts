import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/digest.js';
import { sca } from '../../src/steps/sca/index.js';
import type { StepResult } from '../../src/steps/types.js';
import { startOsvDouble, type OsvDouble } from '../helpers/osv-server.js';
import { cdxErrors } from '../sbom/cdx-schema.js';
import { writeFixtureApp } from '../sbom/fixture-app.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * sca on small npm applications: real cyclonedx-npm, the OSV records of the matcher's
 * fixtures (GHSA-jf85-cpcp-j695 is GitHub's real lodash advisory), the OSV API double.
 */

const OSV = join(import.meta.dirname, '..', 'fixtures', 'osv');
let dir: string;
let osv: OsvDouble;
const runs: Record<string, { result: StepResult; outDir: string }> = {};

async function run(
  name: string,
  deps: Parameters<typeof writeFixtureApp>[1],
  inputs: Record<string, string>,
) {
  const repo = join(dir, name, 'repo');
  await writeFixtureApp(repo, deps);
  const outDir = join(dir, name, 'sca');
  const ctx = stepContext('sca', repo, outDir, inputs);
  runs[name] = { result: await sca.run(ctx), outDir };
}

beforeAll(async () => {
  dir = await tempDir('sca');
  osv = await startOsvDouble(OSV);
  const clean = {
    deps: {
      lodash: { version: '4.17.21', license: 'MIT', text: 'Copyright OpenJS Foundation\n' },
      'left-pad': { version: '1.3.0', license: 'WTFPL' },
    },
  };
  await Promise.all([
    run('clean', clean, { 'osv-url': osv.url, 'denied-licenses': 'GPL-3.0-only, AGPL-3.0-only' }),
    // lodash 4.17.11 is inside GHSA-jf85-cpcp-j695 (< 4.17.12, critical).
    run('vulnerable', {}, { 'osv-url': OSV }),
    // With Python and Go lockfiles too: their packages join the BOM cyclonedx-npm wrote.
    run('denied', { ...clean, other: true }, { 'osv-url': OSV, 'denied-licenses': 'WTFPL' }),
  ]);
});

afterAll(async () => {
  await osv?.close();
  await removeDir(dir);
});

describe('sca', () => {
  it('passes a clean application with its SBOM, NOTICES and two attestations', async () => {
    const { result, outDir } = runs.clean!;
    expect(result.reason).toMatch(/2 package\(s\), 0 open/);
    expect(result.status).toBe('passed');
    expect(result.attestations.map((a) => a.predicateType)).toEqual([
      'https://cyclonedx.org/bom',
      'https://in-toto.io/attestation/vulns/v0.2',
    ]);
    const bomText = await readFile(join(outDir, 'sbom.cdx.json'));
    const bom = JSON.parse(bomText.toString('utf8')) as { components: { purl: string }[] };
    expect(bom.components.map((c) => c.purl).sort()).toEqual([
      'pkg:npm/left-pad@1.3.0',
      'pkg:npm/lodash@4.17.21',
    ]);
    expect(result.attestations[0]!.predicate).toEqual(bom);
    expect(result.products.find((p) => p.name === 'sbom.cdx.json')?.digest.sha256).toBe(
      sha256Hex(bomText),
    );
    const notices = await readFile(join(outDir, 'NOTICES.txt'), 'utf8');
    expect(notices).toMatch(
      /lodash 4\.17\.21\nPackage: pkg:npm\/lodash@4\.17\.21\nLicence: MIT[\s\S]*Copyright OpenJS Foundation/,
    );
    expect(notices).toMatch(/left-pad 1\.3\.0[\s\S]*Licence: WTFPL[\s\S]*Licence text: not found/);
    expect(osv.requests.some((r) => r.path === '/v1/querybatch')).toBe(true);
  });

  it('fails on a known-vulnerable package, naming the advisory', async () => {
    const { result, outDir } = runs.vulnerable!;
    expect(result.status).toBe('failed');
    expect(result.failure).toBe('findings');
    expect(result.reason).toMatch(
      /1 vulnerability at or above high: lodash@4\.17\.11 \(npm\): GHSA-jf85-cpcp-j695/,
    );
    const p = result.attestations[1]!.predicate as {
      scanner: { result: { id: string; aliases: string[] }[] };
    };
    expect(p.scanner.result).toEqual([
      expect.objectContaining({ id: 'GHSA-jf85-cpcp-j695', aliases: ['CVE-2019-10744'] }),
    ]);
    expect(await readFile(join(outDir, 'sca.sarif'), 'utf8')).toContain('GHSA-jf85-cpcp-j695');
  });

  it('fails on a denied licence, naming the package and the licence', async () => {
    const { result, outDir } = runs.denied!;
    expect(result.status).toBe('failed');
    const bom = JSON.parse(await readFile(join(outDir, 'sbom.cdx.json'), 'utf8')) as {
      components: { purl: string }[];
    };
    expect(bom.components.map((c) => c.purl)).toEqual([
      'pkg:npm/left-pad@1.3.0',
      'pkg:npm/lodash@4.17.21',
      'pkg:pypi/django@3.2.0',
      'pkg:golang/golang.org/x/text@v0.3.7',
    ]);
    // cyclonedx-npm's BOM with Tollgate's components appended is still valid CycloneDX 1.5.
    expect(cdxErrors(bom)).toEqual([]);
    expect(result.reason).toContain('left-pad@1.3.0: denied licence WTFPL');
    expect(result.metrics?.licenseViolations).toBe(1);
  });

  it('rejects an exceptions file without an expiry, naming the file', async () => {
    const repo = join(dir, 'bad-exceptions');
    await writeFixtureApp(repo, {});
    await writeFile(join(repo, 'exceptions.yml'), '- id: GHSA-jf85-cpcp-j695\n  reason: later\n');
    const ctx = stepContext('sca', repo, join(dir, 'bad-exceptions-out'), {
      'osv-url': OSV,
      exceptions: 'exceptions.yml',
    });
    await expect(sca.run(ctx)).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringMatching(/exceptions\.yml: exception 1: until is ""/),
    });
  });
});
