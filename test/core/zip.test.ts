import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZipEntry, zipEntries } from '../../src/core/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An archive written by the real `zip` tool; `-0` stores, the default deflates. */
function zip(name: string, files: Record<string, string>, args: string[] = []): Buffer {
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const out = join(dir, name);
  execFileSync('zip', ['-q', '-j', ...args, out, ...Object.keys(files).map((f) => join(dir, f))]);
  return readFileSync(out);
}

const report = JSON.stringify({ findings: Array.from({ length: 200 }, (_, i) => `finding ${i}`) });

describe('reading zip archives (Actions artifacts)', () => {
  it('reads deflated and stored entries that `zip` wrote', () => {
    const deflated = zip('a.zip', { 'tollgate-report.json': report, 'verdict.json': '{}' });
    expect(zipEntries(deflated, 'a.zip').map((e) => [e.name, e.method])).toEqual([
      ['tollgate-report.json', 8],
      ['verdict.json', 0], // zip stores what deflate cannot shrink
    ]);
    expect(readZipEntry(deflated, 'tollgate-report.json', 'a.zip')?.toString()).toBe(report);
    const stored = zip('b.zip', { 'tollgate-report.json': report }, ['-0']);
    expect(readZipEntry(stored, 'tollgate-report.json', 'b.zip')?.toString()).toBe(report);
    expect(readZipEntry(stored, 'missing.json', 'b.zip')).toBeUndefined();
  });

  it('refuses damaged, oversized and crowded archives with a message naming them', () => {
    const good = zip('c.zip', { 'tollgate-report.json': report });
    expect(() => readZipEntry(good.subarray(0, 60), 'tollgate-report.json', 'c.zip')).toThrow(
      /c\.zip is not a readable zip archive: no end of central directory/,
    );
    const flipped = Buffer.from(good);
    const data = 30 + good.readUInt16LE(26) + good.readUInt16LE(28); // after the local header
    flipped[data + 5] = flipped[data + 5]! ^ 0xff;
    expect(() => readZipEntry(flipped, 'tollgate-report.json', 'c.zip')).toThrow(
      /does not inflate|fails its CRC check|bytes, not/,
    );
    const limits = { maxEntries: 1000, maxEntryBytes: 100 };
    expect(() => readZipEntry(good, 'tollgate-report.json', 'c.zip', limits)).toThrow(
      /more than 100/,
    );
    const many = zip('d.zip', { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    expect(() => zipEntries(many, 'd.zip', { maxEntries: 2, maxEntryBytes: 10 })).toThrow(
      /3 entries, more than 2/,
    );
  });
});
