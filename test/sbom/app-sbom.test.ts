import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeProcessRunner } from '../../src/core/process.js';
import { appSbom } from '../../src/sbom/app.js';
import { removeDir, tempDir } from '../steps/step-context.js';
import { cdxErrors } from './cdx-schema.js';
import { writeFixtureApp } from './fixture-app.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function run(setup: (dir: string) => Promise<void>) {
  const dir = await tempDir('app-sbom');
  dirs.push(dir);
  await setup(dir);
  const lines: string[] = [];
  const sbom = await appSbom({
    repoDir: dir,
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
    log: (l) => lines.push(l),
  });
  return { sbom, lines, dir };
}

describe('application SBOM', () => {
  it('reads pinned Python and Go packages from their lockfiles', async () => {
    // No package-lock.json: cyclonedx-npm does not run (the sca tests run it), Tollgate
    // writes the BOM itself.
    const { sbom } = await run(async (d) => {
      await writeFixtureApp(d, { other: true });
      await rm(join(d, 'package-lock.json'));
    });
    expect(sbom.tools).toEqual([]);
    expect(sbom.components.map((c) => [c.purl, c.ecosystem, c.location])).toEqual([
      ['pkg:pypi/django@3.2.0', 'PyPI', 'requirements.txt'],
      ['pkg:golang/golang.org/x/text@v0.3.7', 'Go', 'go.sum'],
    ]);
    expect(sbom.bom).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      metadata: { component: { type: 'application', name: 'fixture-app', version: '1.0.0' } },
    });
    expect((sbom.bom.components as unknown[]).length).toBe(2);
    expect(cdxErrors(sbom.bom)).toEqual([]);
    const notes = sbom.notes.join('\n');
    expect(notes).toContain(
      'requirements.txt: 1 requirement(s) not pinned with == and left out: requests',
    );
    expect(notes).toContain('package.json without package-lock.json');
  });

  it('gives an empty SBOM and a note when there is no lockfile', async () => {
    const { sbom } = await run((d) => writeFile(join(d, 'README.md'), '# nothing\n'));
    expect(sbom.components).toEqual([]);
    expect(sbom.bom.components).toEqual([]);
    expect(sbom.notes.join('\n')).toMatch(/no lockfile of a known ecosystem/);
  });
});
