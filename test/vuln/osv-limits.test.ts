import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeError } from '../../src/core/errors.js';
import { OsvFolderSource } from '../../src/vuln/sources/folder.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-osv-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A one-entry zip archive, deflated, whose headers declare `declaredSize`. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content) >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content) >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBuf.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + nameBuf.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, eocd]);
}

const component = {
  purl: 'pkg:npm/left-pad@1.0.0',
  ecosystem: 'npm',
  name: 'left-pad',
  version: '1.0.0',
};
const errorOf = (source: OsvFolderSource) =>
  source.query([component as never]).then(
    () => 'no error',
    (e: unknown) => describeError(e),
  );

describe('OSV data is read within limits', () => {
  // 64 MiB of spaces deflate to about 64 KiB: a zip bomb.
  const bomb = Buffer.alloc(64 << 20, 0x20);

  it('stops a zip entry that inflates beyond the per-entry limit, while inflating', async () => {
    const honest = join(dir, 'honest.zip');
    writeFileSync(honest, zipOf('GHSA-1.json', bomb));
    expect(await errorOf(new OsvFolderSource(honest, { maxRecordBytes: 1 << 20 }))).toMatch(
      new RegExp(`OSV export ${honest}!GHSA-1\\.json: .*over the limit of 1048576 bytes per entry`),
    );
    const lying = join(dir, 'lying.zip');
    writeFileSync(lying, zipOf('GHSA-2.json', bomb, 100));
    expect(await errorOf(new OsvFolderSource(lying, { maxRecordBytes: 1 << 20 }))).toMatch(
      new RegExp(`OSV export ${lying}!GHSA-2\\.json: .*inflates to more than 1048576 bytes`),
    );
  });

  it('bounds each record file of a folder, and the records together', async () => {
    const folder = join(dir, 'records');
    mkdirSync(folder, { recursive: true });
    const record = (id: string) =>
      JSON.stringify({ id, modified: '2026-01-01T00:00:00Z', details: 'x'.repeat(3000) });
    writeFileSync(join(folder, 'a.json'), record('A'));
    writeFileSync(join(folder, 'b.json'), record('B'));
    expect(await errorOf(new OsvFolderSource(folder, { maxRecordBytes: 1024 }))).toBe(
      `OSV record ${join(folder, 'a.json')} is 3057 bytes, over the limit of 1 KiB`,
    );
    expect(await errorOf(new OsvFolderSource(folder, { maxTotalBytes: 5000 }))).toBe(
      `vulnerability source ${folder} holds more than 5000 bytes of records`,
    );
    expect(await errorOf(new OsvFolderSource(folder))).toBe('no error');
  });
});
