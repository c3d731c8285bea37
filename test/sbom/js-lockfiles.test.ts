import { cp, mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeProcessRunner } from '../../src/core/process.js';
import { appSbom } from '../../src/sbom/app.js';
import { sca } from '../../src/steps/sca/index.js';
import { removeDir, stepContext, tempDir } from '../steps/step-context.js';
import { cdxErrors } from './cdx-schema.js';

/**
 * yarn (v1 and Berry) and pnpm (6.x and 9.x) lockfiles read directly. Every fixture pins the
 * same project: express, lodash and @babel/runtime for production (lodash 4.17.11 is inside
 * GHSA-jf85-cpcp-j695, express 4.18.2 inside GHSA-rv95-896h-c2vc), minimist 1.2.5 (also
 * vulnerable) and tap-min for development only, and ms shared by both sides.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'lockfiles');
const OSV = join(import.meta.dirname, '..', 'fixtures', 'osv');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

const PROD = [
  'pkg:npm/%40babel/runtime@7.20.0',
  'pkg:npm/debug@2.6.9',
  'pkg:npm/express@4.18.2',
  'pkg:npm/lodash@4.17.11',
  'pkg:npm/ms@2.0.0',
];

async function sbomOf(dir: string) {
  const lines: string[] = [];
  const sbom = await appSbom({
    repoDir: dir,
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
    log: (l) => lines.push(l),
  });
  return { sbom, lines };
}

async function listing(dir: string) {
  const names = (await readdir(dir, { recursive: true })).sort();
  return Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')]));
}

async function repoWith(files: Record<string, string>) {
  const dir = await tempDir('js-lock');
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
  return dir;
}

describe.each(['yarn-v1', 'yarn-berry', 'pnpm-v6', 'pnpm-v9'])('%s lockfile', (fixture) => {
  it('gives the production packages as npm components, without touching the repository', async () => {
    const dir = join(FIXTURES, fixture);
    const before = await listing(dir);
    const { sbom, lines } = await sbomOf(dir);
    expect(await listing(dir)).toEqual(before);
    expect(sbom.tools).toEqual([]);
    expect(sbom.components.map((c) => c.purl).sort()).toEqual(PROD);
    expect(sbom.components.find((c) => c.name === '@babel/runtime')).toMatchObject({
      version: '7.20.0',
      ecosystem: 'npm',
      type: 'library',
    });
    expect(sbom.notes.join('\n')).toMatch(/2 development-only package\(s\) left out/);
    expect(lines.join('\n')).toMatch(/5 npm package\(s\)/);
    expect(cdxErrors(sbom.bom)).toEqual([]);
  });

  it('sca finds the vulnerable production packages and not the development-only one', async () => {
    const out = await tempDir('js-lock-sca');
    dirs.push(out);
    const ctx = stepContext('sca', join(FIXTURES, fixture), join(out, 'sca'), { 'osv-url': OSV });
    const result = await sca.run(ctx);
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /1 vulnerability at or above high: lodash@4\.17\.11 \(npm\): GHSA-jf85-cpcp-j695/,
    );
    const p = result.attestations[1]!.predicate as {
      scanner: { result: { id: string }[] };
    };
    // minimist 1.2.5 is vulnerable (GHSA-xvch-5gv4-984h) but only a development dependency.
    expect(p.scanner.result.map((r) => r.id).sort()).toEqual([
      'GHSA-jf85-cpcp-j695',
      'GHSA-rv95-896h-c2vc',
    ]);
  });
});

describe('JavaScript lockfiles', () => {
  it('list the same components as the npm path on the same project', async () => {
    const dir = await tempDir('js-lock-npm');
    dirs.push(dir);
    await cp(join(FIXTURES, 'npm'), dir, { recursive: true });
    const npm = await sbomOf(dir);
    expect(npm.sbom.tools.map((t) => t.name)).toEqual(['cyclonedx-npm']);
    const yarn = await sbomOf(join(FIXTURES, 'yarn-v1'));
    // cyclonedx-npm adds the download URL of a registry other than npm's as a qualifier.
    const pick = (cs: { name: string; version: string; purl: string }[]) =>
      cs
        .map((c) => [c.name, c.version, c.purl.replace(/\?.*$/, '')])
        .sort((a, b) => a[2]!.localeCompare(b[2]!));
    expect(pick(yarn.sbom.components)).toEqual(pick(npm.sbom.components));
  });

  it('marks a package the lockfile calls optional with scope optional', async () => {
    const dir = await repoWith({
      'pnpm-lock.yaml': [
        "lockfileVersion: '6.0'",
        'optionalDependencies:',
        '  fsevents:',
        '    specifier: ^2.3.2',
        '    version: 2.3.2',
        'packages:',
        '  /fsevents@2.3.2:',
        '    resolution: {integrity: sha512-AAAA}',
        '    dev: false',
        '    optional: true',
        '',
      ].join('\n'),
    });
    const { sbom } = await sbomOf(dir);
    expect(sbom.bom.components).toEqual([
      expect.objectContaining({ purl: 'pkg:npm/fsevents@2.3.2', scope: 'optional' }),
    ]);
    expect(cdxErrors(sbom.bom)).toEqual([]);
  });

  it('reads pnpm 5.x keys (name/version, peer suffixes) and its dev flags', async () => {
    const dir = await repoWith({
      'pnpm-lock.yaml': [
        'lockfileVersion: 5.4',
        'specifiers:',
        '  react-dom: ^18.0.0',
        '  typescript: ^5.0.0',
        'dependencies:',
        '  react-dom: 18.2.0_react@18.2.0',
        'devDependencies:',
        '  typescript: 5.1.6',
        'packages:',
        '  /react-dom/18.2.0_react@18.2.0:',
        '    resolution: {integrity: sha512-AAAA}',
        '    dependencies:',
        '      react: 18.2.0',
        '    dev: false',
        '  /react/18.2.0:',
        '    resolution: {integrity: sha512-BBBB}',
        '    dev: false',
        '  /@types/node/20.1.0:',
        '    resolution: {integrity: sha512-CCCC}',
        '    dev: false',
        '  /typescript/5.1.6:',
        '    resolution: {integrity: sha512-DDDD}',
        '    dev: true',
        '',
      ].join('\n'),
    });
    const { sbom } = await sbomOf(dir);
    expect(sbom.components.map((c) => c.purl).sort()).toEqual([
      'pkg:npm/%40types/node@20.1.0',
      'pkg:npm/react-dom@18.2.0',
      'pkg:npm/react@18.2.0',
    ]);
  });

  it('reads yarn v1 aliases and Berry patches and workspaces', async () => {
    const v1 = await repoWith({
      'package.json': JSON.stringify({
        dependencies: { 'string-width-cjs': 'npm:string-width@^4.2.0' },
      }),
      'yarn.lock': [
        '# yarn lockfile v1',
        '',
        '"string-width-cjs@npm:string-width@^4.2.0", string-width@^4.1.0:',
        '  version "4.2.3"',
        '  dependencies:',
        '    "@scope/strip" "^1.0.0"',
        '',
        '"@scope/strip@^1.0.0":',
        '  version "1.0.1"',
        '',
      ].join('\n'),
    });
    expect((await sbomOf(v1)).sbom.components.map((c) => c.purl).sort()).toEqual([
      'pkg:npm/%40scope/strip@1.0.1',
      'pkg:npm/string-width@4.2.3',
    ]);
    const berry = await repoWith({
      'package.json': JSON.stringify({
        workspaces: ['packages/*'],
        devDependencies: { jest: '^29.0.0' },
      }),
      'yarn.lock': [
        '__metadata:',
        '  version: 6',
        '',
        '"app@workspace:packages/app":',
        '  version: 0.0.0-use.local',
        '  resolution: "app@workspace:packages/app"',
        '  dependencies:',
        '    resolve: ^1.22.0',
        '  languageName: unknown',
        '  linkType: soft',
        '',
        '"jest@npm:^29.0.0":',
        '  version: 29.7.0',
        '  resolution: "jest@npm:29.7.0"',
        '  languageName: node',
        '  linkType: hard',
        '',
        '"resolve@patch:resolve@^1.22.0#~builtin<compat/resolve>":',
        '  version: 1.22.8',
        '  resolution: "resolve@patch:resolve@npm%3A1.22.8#~builtin<compat/resolve>::version=1.22.8&hash=c3c19d"',
        '  languageName: node',
        '  linkType: hard',
        '',
      ].join('\n'),
    });
    const { sbom, lines } = await sbomOf(berry);
    // The workspace's own dependency is kept (nothing marks it dev); jest is dev-only.
    expect(sbom.components.map((c) => c.purl)).toEqual(['pkg:npm/resolve@1.22.8']);
    expect(lines.join('\n')).toContain('yarn.lock (Berry)');
  });

  it('reads a lockfile only up to its limit', async () => {
    const dir = await repoWith({ 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" });
    // Sparse: the size is known before a byte is read, and nothing is read.
    await truncate(join(dir, 'pnpm-lock.yaml'), 65 << 20);
    const out = await tempDir('js-lock-big');
    dirs.push(out);
    const result = await sca.run(stepContext('sca', dir, join(out, 'sca'), { 'osv-url': OSV }));
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/pnpm-lock\.yaml is \d+ bytes, over the limit of 64 MiB/);
  });

  it.each([
    [
      'yarn.lock',
      '# yarn lockfile v1\n\nlodash@^4.17.11:\n  version "4.17.11"\n  resolved "https://x.test/lodash.tgz\n',
      /yarn\.lock:5: not a yarn v1 lockfile: a quoted string does not end/,
    ],
    [
      'yarn.lock',
      '# yarn lockfile v1\n\nlodash@^4.17.11:\n  resolved "https://x.test/lodash.tgz"\n',
      /yarn\.lock:3: not a yarn v1 lockfile: entry lodash@\^4\.17\.11 has no version/,
    ],
    [
      'yarn.lock',
      '__metadata:\n  version: 8\n\n"lodash@npm:^4.17.11":\n  version: 4.17.11\n  resolution: "lodash@npm:4.17.11"\n    checksum: 10c0/aa\n',
      /yarn\.lock:7: yarn lockfile is not valid YAML/,
    ],
    [
      'yarn.lock',
      '__metadata:\n  version: 8\n\n"lodash@npm:^4.17.11":\n  checksum: 10c0/aa\n',
      /yarn\.lock:4: entry "lodash@npm:\^4\.17\.11" has no version or resolution/,
    ],
    [
      'pnpm-lock.yaml',
      "lockfileVersion: '9.0'\nsnapshots:\n  lodash@4.17.11: {}\n  broken: 7\n",
      /pnpm-lock\.yaml:4: entry "broken" is not a map/,
    ],
    [
      'pnpm-lock.yaml',
      "lockfileVersion: '4.0'\npackages: {}\n",
      /pnpm-lock\.yaml:1: lockfileVersion "4.0" is not one Tollgate reads/,
    ],
  ])('a malformed %s fails the step naming the file and line', async (name, text, message) => {
    const dir = await repoWith({ [name]: text, 'package.json': '{"name":"broken"}' });
    const ctx = stepContext('sca', dir, join(dir, '..', `${dir.split('/').pop()}-out`), {
      'osv-url': OSV,
    });
    await mkdir(ctx.outDir, { recursive: true });
    dirs.push(ctx.outDir);
    const result = await sca.run(ctx);
    expect(result).toMatchObject({ status: 'failed', failure: 'tool', attestations: [] });
    expect(result.reason).toMatch(/^the dependencies cannot be read: \/.*/);
    expect(result.reason).toMatch(message);
  });
});
