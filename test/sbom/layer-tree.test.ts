import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LayerTree } from '../../src/sbom/layer-tree.js';
import { UnpackBudget } from '../../src/sbom/unpack-limits.js';
import { tarOf } from '../helpers/hostile-image.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'layer-tree-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('LayerTree.apply', () => {
  it('refuses a file entry that the extractor already ended, instead of waiting forever', async () => {
    // tar-stream's entries are streamx streams; a damaged layer destroys the current entry
    // while apply awaits its folders. node's pipeline never settles on such a stream, which
    // left the unpack waiting and ended `tollgate run` with exit 13 and no verdict.
    const ex = extract();
    ex.on('error', () => undefined);
    const entry = new Promise<Readable>((resolve) =>
      ex.on('entry', (_header, stream) => resolve(stream as unknown as Readable)),
    );
    const tar = await tarOf([{ name: 'opt/app/blob', body: Buffer.alloc(64 << 10, 7) }]);
    ex.write(tar.subarray(0, 4096)); // the header and the start of the file
    const stream = await entry;
    stream.on('error', () => undefined);
    ex.destroy(new Error('unexpected end of file'));
    await new Promise<void>((resolve) => stream.once('close', () => resolve()));
    const tree = new LayerTree(
      { root, files: new Map(), links: new Map(), stats: { work: 0 } },
      new UnpackBudget(),
    );
    const applied = tree.apply(
      { name: 'opt/app/blob', type: 'file', size: 10 } as never,
      stream,
      'layer sha256:1',
    );
    await expect(applied).rejects.toThrow(
      /layer sha256:1: the layer ended inside "?opt\/app\/blob/,
    );
  });
});
