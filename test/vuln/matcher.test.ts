import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  openVulnSource,
  purlOf,
  scanComponents,
  type Component,
  type OsvRecord,
} from '../../src/vuln/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/osv');
const now = new Date('2026-11-26T12:00:00Z');
const comp = (ecosystem: string, name: string, version: string): Component => ({
  purl: purlOf(ecosystem, name, version),
  name,
  version,
  ecosystem,
});
const folder = openVulnSource(FIXTURES);
const scan = (cs: Component[]) => scanComponents(cs, folder, { now });

const tmp = mkdtempSync(join(tmpdir(), 'tollgate-vuln-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function recordsIn(name: string, records: OsvRecord[]): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const r of records) writeFileSync(join(dir, `${r.id}.json`), JSON.stringify(r));
  return dir;
}
const lodashRecord = JSON.parse(
  readFileSync(join(FIXTURES, 'npm/GHSA-jf85-cpcp-j695.json'), 'utf8'),
) as OsvRecord;

describe('npm', () => {
  it('lodash 4.17.11 has GHSA-jf85-cpcp-j695, critical, fixed in 4.17.12', async () => {
    const [f, ...rest] = await scan([comp('npm', 'lodash', '4.17.11')]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      id: 'GHSA-jf85-cpcp-j695',
      aliases: ['CVE-2019-10744'],
      severity: 'critical',
      fixed: ['4.17.12'],
      cvss: { version: '3.1', score: 9.1 },
      summary: 'Prototype Pollution in lodash',
    });
    expect(f!.references[0]).toBe('https://osv.dev/vulnerability/GHSA-jf85-cpcp-j695');
  });

  it('lodash 4.17.21 (and 4.17.12, the fix) has nothing', async () => {
    expect(
      await scan([comp('npm', 'lodash', '4.17.21'), comp('npm', 'lodash', '4.17.12')]),
    ).toEqual([]);
  });

  it('minimist 1.2.5 is found with the fix of its own range only', async () => {
    const [f] = await scan([comp('npm', 'minimist', '1.2.5')]);
    expect(f).toMatchObject({ id: 'GHSA-xvch-5gv4-984h', severity: 'critical', fixed: ['1.2.6'] });
    expect(f!.cvss?.score).toBe(9.8);
    expect(await scan([comp('npm', 'minimist', '1.2.6')])).toEqual([]);
  });

  it('pre-releases and several ranges: express 5.0.0-beta.1 yes, 5.0.0-beta.3 and 4.19.2 no', async () => {
    const found = await scan([
      comp('npm', 'express', '5.0.0-beta.1'),
      comp('npm', 'express', '5.0.0-beta.3'),
      comp('npm', 'express', '4.19.2'),
      comp('npm', 'semver', '6.3.0'),
    ]);
    // Same severity: ordered by id.
    expect(found.map((f) => [f.component.version, f.id, f.severity, f.fixed])).toEqual([
      ['6.3.0', 'GHSA-c2qf-rxjj-qqgw', 'medium', ['6.3.1']],
      ['5.0.0-beta.1', 'GHSA-rv95-896h-c2vc', 'medium', ['5.0.0-beta.3']],
    ]);
  });
});

describe('Debian', () => {
  it('glibc at a vulnerable version is found with both DSAs and their fixes', async () => {
    const found = await scan([comp('Debian:12', 'glibc', '2.36-9+deb12u1')]);
    expect(found.map((f) => [f.id, f.fixed])).toEqual([
      ['DSA-5514-1', ['2.36-9+deb12u3']],
      ['DSA-5611-1', ['2.36-9+deb12u4']],
    ]);
    // Debian records carry no severity: medium, and the finding says why.
    expect(found[0]!.severity).toBe('medium');
    expect(found[0]!.notes?.join()).toMatch(/no usable severity/);
  });

  it('at the fixed version only the later advisory remains; in another release nothing', async () => {
    const found = await scan([comp('Debian:12', 'glibc', '2.36-9+deb12u3')]);
    expect(found.map((f) => f.id)).toEqual(['DSA-5611-1']);
    expect(await scan([comp('Debian:12', 'glibc', '2.36-9+deb12u4')])).toEqual([]);
    expect(await scan([comp('Debian:11', 'glibc', '2.31-13+deb11u7')])).toEqual([]);
    const old = await scan([comp('Debian:11', 'glibc', '2.31-13+deb11u6')]);
    expect(old.map((f) => f.id)).toEqual(['DSA-5514-1']);
  });

  it('`~` and epochs: openssl 3.0.13-1~deb12u1 is affected, 3.0.14-1~deb12u1 is not', async () => {
    expect(
      (await scan([comp('Debian:12', 'openssl', '3.0.13-1~deb12u1')])).map((f) => f.id),
    ).toEqual(['DEBIAN-CVE-2024-2511']);
    expect(await scan([comp('Debian:12', 'openssl', '3.0.14-1~deb12u1')])).toEqual([]);
    expect((await scan([comp('Debian:12', 'zlib', '1:1.2.11.dfsg-4')])).map((f) => f.id)).toEqual([
      'DEBIAN-CVE-2022-37434',
    ]);
  });

  it('the packages installed on this machine (dpkg database) are past every fix: no findings', async () => {
    const out = execFileSync(
      'dpkg-query',
      ['-W', '-f', '${Package}\t${Version}\t${Source}\n', 'libc6', 'libssl3', 'zlib1g'],
      { encoding: 'utf8' },
    );
    const installed = out
      .trim()
      .split('\n')
      .map((line) => {
        const [, version = '', source = ''] = line.split('\t');
        return comp('Debian:12', source.split(' ')[0]!, version);
      });
    expect(installed.map((c) => c.name).sort()).toEqual(['glibc', 'openssl', 'zlib']);
    expect(await scan(installed)).toEqual([]);
  });
});

describe('records', () => {
  it('records that alias each other give one finding with every id', async () => {
    const nvd: OsvRecord = {
      id: 'CVE-2019-10744',
      aliases: ['GHSA-jf85-cpcp-j695'],
      modified: '2024-01-01T00:00:00Z',
      summary: 'lodash defaultsDeep prototype pollution',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.12' }] }],
        },
      ],
    };
    const mirror: OsvRecord = { ...nvd, id: 'SNYK-JS-LODASH-450202', aliases: ['CVE-2019-10744'] };
    const source = openVulnSource(recordsIn('alias', [lodashRecord, nvd, mirror]));
    const found = await scanComponents([comp('npm', 'lodash', '4.17.11')], source, { now });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: 'GHSA-jf85-cpcp-j695',
      aliases: ['CVE-2019-10744', 'SNYK-JS-LODASH-450202'],
      severity: 'critical',
      cvss: { score: 9.8 }, // the worst of the merged records
      fixed: ['4.17.12'],
    });
  });

  it('withdrawn records, GIT-only ranges and other packages do not match', async () => {
    const withdrawn: OsvRecord = {
      ...lodashRecord,
      id: 'GHSA-gone',
      aliases: [],
      withdrawn: '2024-01-01T00:00:00Z',
    };
    const git: OsvRecord = {
      id: 'OSV-GIT-1',
      modified: '2024-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash' },
          ranges: [
            {
              type: 'GIT',
              repo: 'https://github.com/lodash/lodash',
              events: [{ introduced: '0' }, { fixed: 'abc123' }],
            },
          ],
        },
      ],
    };
    const source = openVulnSource(recordsIn('ignored', [withdrawn, git]));
    expect(await scanComponents([comp('npm', 'lodash', '4.17.11')], source, { now })).toEqual([]);
  });

  it('last_affected and explicit versions lists', async () => {
    const r: OsvRecord = {
      id: 'PYSEC-TEST-1',
      modified: '2024-01-01T00:00:00Z',
      database_specific: { severity: 'HIGH' },
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'Some_Package' },
          ranges: [
            { type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { last_affected: '1.4.post1' }] },
          ],
          versions: ['0.9.1'],
        },
      ],
    };
    const source = openVulnSource(recordsIn('pypi', [r]));
    const at = (v: string) => scanComponents([comp('PyPI', 'some-package', v)], source, { now });
    expect((await at('1.4.post1')).map((f) => [f.id, f.severity, f.fixed])).toEqual([
      ['PYSEC-TEST-1', 'high', []],
    ]);
    expect(await at('1.4.post2')).toEqual([]);
    expect(await at('1.0rc1')).toEqual([]);
    expect(await at('0.9.1')).toHaveLength(1);
  });

  it('Alpine ranges follow apk ordering', async () => {
    const r: OsvRecord = {
      id: 'ALPINE-CVE-2025-26519',
      modified: '2025-03-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'Alpine:v3.19', name: 'musl' },
          ranges: [
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.2.4_git20230717-r5' }] },
          ],
        },
      ],
    };
    const source = openVulnSource(recordsIn('alpine', [r]));
    const at = (v: string) => scanComponents([comp('Alpine:v3.19', 'musl', v)], source, { now });
    expect((await at('1.2.4_git20230717-r4')).map((f) => [f.id, f.fixed])).toEqual([
      ['ALPINE-CVE-2025-26519', ['1.2.4_git20230717-r5']],
    ]);
    expect(await at('1.2.4_git20230717-r5')).toEqual([]);
    expect(await at('1.2.5-r0')).toEqual([]);
  });

  it('an ecosystem whose versions cannot be ordered here is reported as affected, with a note', async () => {
    const r: OsvRecord = {
      id: 'GEM-TEST-1',
      modified: '2024-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'RubyGems', name: 'rack' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.2.8.1' }] }],
        },
      ],
    };
    const source = openVulnSource(recordsIn('gem', [r]));
    const [f, ...rest] = await scanComponents([comp('RubyGems', 'rack', '3.0.0')], source, {
      now,
    });
    expect(rest).toEqual([]);
    expect(f!.notes?.join()).toMatch(/versions of ecosystem RubyGems cannot be ordered here/);
  });

  it('an OSV export zip (written by Info-ZIP `zip`) gives the same findings as the folder', async () => {
    const zip = join(tmp, 'all.zip');
    execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: FIXTURES });
    const cs = [
      comp('npm', 'lodash', '4.17.11'),
      comp('npm', 'minimist', '1.2.5'),
      comp('Debian:12', 'glibc', '2.36-9+deb12u1'),
    ];
    const fromZip = await scanComponents(cs, openVulnSource(zip), { now });
    expect(fromZip.map((f) => f.id)).toEqual([
      'GHSA-jf85-cpcp-j695',
      'GHSA-xvch-5gv4-984h',
      'DSA-5514-1',
      'DSA-5611-1',
    ]);
    expect(fromZip).toEqual(await scan(cs));
    writeFileSync(join(tmp, 'broken.zip'), 'PK not really');
    await expect(
      scanComponents(cs, openVulnSource(join(tmp, 'broken.zip')), { now }),
    ).rejects.toThrow(/OSV export .*broken\.zip: no end of central directory record/);
  });

  it('a ZIP64 export (as archives of over 65535 entries are) is read too', async () => {
    // Python's zipfile writes ZIP64 records and extra fields when its limits are lowered;
    // the classic end record then gets the 0xffff / 0xffffffff markers a real ZIP64 has.
    const zip = join(tmp, 'zip64.zip');
    execFileSync('python3', [
      '-c',
      `import zipfile, glob, os, sys
zipfile.ZIP64_LIMIT = 0
zipfile.ZIP_FILECOUNT_LIMIT = 0
with zipfile.ZipFile(sys.argv[1], 'w', compression=zipfile.ZIP_DEFLATED) as z:
    for f in sorted(glob.glob(sys.argv[2] + '/*/*.json')): z.write(f, os.path.basename(f))`,
      zip,
      FIXTURES,
    ]);
    const bytes = readFileSync(zip);
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(0xffff, eocd + 8);
    bytes.writeUInt16LE(0xffff, eocd + 10);
    bytes.writeUInt32LE(0xffffffff, eocd + 16);
    writeFileSync(zip, bytes);
    execFileSync('unzip', ['-tq', zip]); // Info-ZIP agrees it is a valid archive
    const cs = [comp('npm', 'lodash', '4.17.11'), comp('Debian:12', 'openssl', '3.0.13-1~deb12u1')];
    const found = await scanComponents(cs, openVulnSource(zip), { now });
    expect(found.map((f) => f.id)).toEqual(['GHSA-jf85-cpcp-j695', 'DEBIAN-CVE-2024-2511']);
  });

  it('a folder with something that is not an OSV record is an error naming the file', async () => {
    const dir = recordsIn('broken', []);
    writeFileSync(join(dir, 'notes.json'), '{"hello": 1}');
    await expect(
      scanComponents([comp('npm', 'x', '1.0.0')], openVulnSource(dir), { now }),
    ).rejects.toThrow(/notes\.json is not an OSV record/);
    await expect(
      scanComponents([comp('npm', 'x', '1.0.0')], openVulnSource(join(tmp, 'missing')), { now }),
    ).rejects.toMatchObject({ code: 'INPUT_UNREADABLE', exitCode: 2 });
  });
});
