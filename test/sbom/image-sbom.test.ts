import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageSbom } from '../../src/sbom/image.js';
import { buildNotices } from '../../src/sbom/notices.js';
import { unpackImage, type ImageFs } from '../../src/sbom/rootfs.js';
import { cdxErrors } from './cdx-schema.js';
import { DEBIAN_12_OS_RELEASE, dpkgStanza, writeFixtureImage } from '../helpers/oci-fixture.js';
import { removeDir, tempDir } from '../steps/step-context.js';

let dir: string;
let fs: ImageFs;

beforeAll(async () => {
  dir = await tempDir('image-sbom');
  await writeFixtureImage(join(dir, 'layout'), {
    layers: [
      {
        // Debian keeps os-release in /usr/lib and links it from /etc.
        'usr/lib/os-release': DEBIAN_12_OS_RELEASE,
        'etc/os-release': { link: '../usr/lib/os-release' },
        'var/lib/dpkg/status': [
          dpkgStanza({ name: 'zlib1g', version: '1:1.2.13.dfsg-1', source: 'zlib' }),
          dpkgStanza({ name: 'base-files', version: '12.4+deb12u5' }),
          dpkgStanza({ name: 'oldpkg', version: '1.0', status: 'deinstall ok config-files' }),
        ].join('\n'),
        'usr/share/doc/zlib1g/copyright':
          'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: Zlib\n',
        'var/lib/dpkg/status.d/tzdata': dpkgStanza({ name: 'tzdata', version: '2024a-0+deb12u1' }),
        'opt/cache/old/package.json': '{}',
        'opt/tool': 'a file that the next layer replaces with a folder\n',
        'var/lib/dpkg/status.d/libssl3': dpkgStanza({
          name: 'libssl3',
          version: '3.0.11-1~deb12u2',
          source: 'openssl',
        }),
        'usr/lib/node_modules/lodash/package.json':
          '{"name":"lodash","version":"4.17.11","license":"MIT"}',
        'usr/lib/node_modules/lodash/LICENSE':
          'Copyright OpenJS Foundation and other contributors\n',
        'app/node_modules/removed/package.json': '{"name":"removed","version":"1.0.0"}',
        'app/node_modules/left-pad/package.json':
          '{"name":"left-pad","version":"1.3.0","license":"WTFPL"}',
        'app/node_modules/left-pad/test/package.json': '{"name":"not-installed","version":"9.9.9"}',
      },
      // A later layer deletes a package and a distroless status entry: neither is reported.
      {
        'app/node_modules/removed': null,
        'var/lib/dpkg/status.d/tzdata': null,
        // An opaque folder: what lower layers had in opt/cache is gone, this layer's file stays.
        'opt/cache/.wh..wh..opq': '',
        'opt/cache/new.txt': 'kept\n',
        'opt/tool/bin.sh': 'echo hi\n',
      },
    ],
  });
  fs = await unpackImage(join(dir, 'layout'), join(dir, 'root'));
});

afterAll(() => removeDir(dir));

describe('image SBOM', () => {
  it('lists installed dpkg packages under their source names, and app packages', async () => {
    const sbom = await imageSbom(fs, 'example/app');
    const byName = Object.fromEntries(sbom.components.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual([
      'base-files',
      'left-pad',
      'lodash',
      'openssl',
      'zlib',
    ]);
    expect(byName.zlib).toMatchObject({
      version: '1:1.2.13.dfsg-1',
      ecosystem: 'Debian:12',
      license: 'Zlib',
      purl: 'pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&upstream=zlib&distro=debian-12',
    });
    expect(byName.openssl?.location).toBe('/var/lib/dpkg/status.d/libssl3');
    expect(byName.lodash).toMatchObject({
      purl: 'pkg:npm/lodash@4.17.11',
      ecosystem: 'npm',
      license: 'MIT',
    });
    expect(sbom.bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.5' });
    expect(cdxErrors(sbom.bom)).toEqual([]);
    expect(cdxErrors({ ...sbom.bom, components: [{ name: 'no type' }] })).not.toEqual([]);
    expect((sbom.bom.components as unknown[]).length).toBe(5);
    expect(sbom.notes[0]).toContain('Debian:12');
  });

  it('applies whiteouts to the unpacked files', async () => {
    expect(fs.files.has('app/node_modules/removed/package.json')).toBe(false);
    expect(fs.files.has('var/lib/dpkg/status.d/tzdata')).toBe(false);
    expect(fs.files.has('opt/cache/old/package.json')).toBe(false);
    expect(await readFile(join(fs.root, 'opt/cache/new.txt'), 'utf8')).toBe('kept\n');
    expect(fs.files.has('opt/tool')).toBe(false);
    expect(await readFile(join(fs.root, 'opt/tool/bin.sh'), 'utf8')).toBe('echo hi\n');
    await expect(readFile(join(fs.root, 'opt/cache/old/package.json'))).rejects.toThrow();
    await expect(
      readFile(join(fs.root, 'app/node_modules/removed/package.json')),
    ).rejects.toThrow();
  });

  it('writes NOTICES with licence texts and names packages without one', async () => {
    const sbom = await imageSbom(fs, 'example/app');
    const n = await buildNotices('example/app', sbom.components);
    expect(n.text).toContain('Copyright OpenJS Foundation');
    expect(n.text).toContain('Files: *\nLicense: Zlib');
    expect(n.missing.map((c) => c.name).sort()).toEqual(['base-files', 'left-pad', 'openssl']);
    expect(n.text).toMatch(/left-pad 1\.3\.0[\s\S]*Licence: WTFPL[\s\S]*Licence text: not found/);
  });

  it('reads Alpine installed packages with their origin', async () => {
    const layout = join(dir, 'alpine');
    await writeFixtureImage(layout, {
      layers: [
        {
          'etc/os-release': 'ID=alpine\nVERSION_ID=3.19.1\n',
          'lib/apk/db/installed':
            'C:Q1abc=\nP:libcrypto3\nV:3.1.4-r5\nA:x86_64\nL:Apache-2.0\no:openssl\n\nC:Q1def=\nP:musl\nV:1.2.4_git20230717-r4\nA:x86_64\nL:MIT\no:musl\n',
        },
      ],
    });
    const afs = await unpackImage(layout, join(dir, 'alpine-root'));
    const sbom = await imageSbom(afs, 'alpine');
    expect(sbom.components.map((c) => [c.name, c.version, c.ecosystem, c.license])).toEqual([
      ['openssl', '3.1.4-r5', 'Alpine:v3.19', 'Apache-2.0'],
      ['musl', '1.2.4_git20230717-r4', 'Alpine:v3.19', 'MIT'],
    ]);
  });

  it('infers Debian 12 from +deb12u versions when a distroless image has no os-release', async () => {
    const layout = join(dir, 'distroless');
    await writeFixtureImage(layout, {
      layers: [
        {
          'var/lib/dpkg/status.d/libc6': dpkgStanza({
            name: 'libc6',
            version: '2.36-9+deb12u4',
            source: 'glibc',
          }),
          'var/lib/dpkg/status.d/libssl3': dpkgStanza({
            name: 'libssl3',
            version: '3.0.15-1~deb12u1',
            source: 'openssl',
          }),
        },
      ],
    });
    const dfs = await unpackImage(layout, join(dir, 'distroless-root'));
    const sbom = await imageSbom(dfs, 'distroless');
    expect(sbom.components.map((c) => `${c.name} ${c.ecosystem}`)).toEqual([
      'glibc Debian:12',
      'openssl Debian:12',
    ]);
    expect(sbom.notes.join('\n')).toMatch(/no \/etc\/os-release: Debian 12 inferred/);
  });
});
