import { mkdtempSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectBundles } from '../../src/gate/collect.js';
import { MAX_BUNDLE_BYTES } from '../../src/gate/gate.js';
import { TollgateError } from '../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectBundles', () => {
  it('reads *.sigstore.json below the folder, sorted, named relative to the base; skips reports and other files', async () => {
    mkdirSync(join(dir, 'b/nested'), { recursive: true });
    writeFileSync(join(dir, 'b/z.sigstore.json'), '{}');
    writeFileSync(join(dir, 'b/nested/a.sigstore.json'), '{"a":1}');
    writeFileSync(join(dir, 'b/notes.txt'), 'x');
    writeFileSync(join(dir, 'b/report.json'), '{"a report":1}');
    const got = await collectBundles(join(dir, 'b'), dir);
    expect(got.map((b) => b.name)).toEqual(['b/nested/a.sigstore.json', 'b/z.sigstore.json']);
    expect(got[0]!.bytes.toString()).toBe('{"a":1}');
  });

  it('only sizes an oversized file instead of reading it', async () => {
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big/huge.sigstore.json'), '');
    truncateSync(join(dir, 'big/huge.sigstore.json'), MAX_BUNDLE_BYTES * 4); // sparse: no disk used
    const [b] = await collectBundles(join(dir, 'big'), dir);
    expect(b!.size).toBe(MAX_BUNDLE_BYTES * 4);
    expect(b!.bytes.length).toBe(0);
  });

  it('a missing folder is an input error naming it', async () => {
    await expect(collectBundles(join(dir, 'nope'))).rejects.toThrow(TollgateError);
    await expect(collectBundles(join(dir, 'nope'))).rejects.toThrow(
      /cannot read the bundle folder/,
    );
  });
});
