import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeProcessRunner } from '../../src/core/process.js';
import { appSbom } from '../../src/sbom/app.js';
import { removeDir, tempDir } from '../steps/step-context.js';
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
  it('runs cyclonedx-npm and adds pinned Python and Go packages', async () => {
    const { sbom, dir } = await run((d) => writeFixtureApp(d, { other: true }));
    expect(sbom.tools[0]?.name).toBe('cyclonedx-npm');
    const rows = sbom.components.map((c) => [c.purl, c.ecosystem, c.license ?? '']);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['pkg:npm/lodash@4.17.11', 'npm', 'MIT'],
        ['pkg:npm/left-pad@1.3.0', 'npm', 'WTFPL'],
        ['pkg:pypi/django@3.2.0', 'PyPI', ''],
        ['pkg:golang/golang.org/x/text@v0.3.7', 'Go', ''],
      ]),
    );
    expect(sbom.components).toHaveLength(4);
    const lodash = sbom.components.find((c) => c.name === 'lodash');
    expect(lodash?.licenseSource).toBe(join(dir, 'node_modules/lodash'));
    // The BOM cyclonedx-npm wrote is kept, with the other ecosystems appended.
    expect(sbom.bom.specVersion).toBe('1.5');
    expect((sbom.bom.components as unknown[]).length).toBe(4);
    expect(sbom.notes.join('\n')).toContain('requirements.txt: 1 requirement(s) not pinned');
  });

  it('gives an empty SBOM and a note when there is no lockfile', async () => {
    const { sbom } = await run((d) => writeFile(join(d, 'README.md'), '# nothing\n'));
    expect(sbom.components).toEqual([]);
    expect(sbom.bom.components).toEqual([]);
    expect(sbom.notes.join('\n')).toMatch(/no lockfile of a known ecosystem/);
  });
});
