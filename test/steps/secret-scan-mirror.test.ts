import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeMirror } from '../../src/steps/secret-scan/diff.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-mirror-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the mirror of added lines that the secret scan reads', () => {
  it('copes with a generated file of 300,000 added lines (e.g. a committed bundle)', async () => {
    const lines = new Map<number, string>();
    for (let n = 1; n <= 300_000; n++) lines.set(n, `line ${n}`);
    await writeMirror(dir, [{ path: 'dist/bundle.js', lines }]);
    const text = readFileSync(join(dir, 'dist/bundle.js'), 'utf8').split('\n');
    expect(text[299_999]).toBe('line 300000');
  });

  it('keeps added lines at their own line numbers, blank between them', async () => {
    await writeMirror(dir, [{ path: 'a.txt', lines: new Map([[3, 'third']]) }]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('\n\nthird\n');
  });
});
