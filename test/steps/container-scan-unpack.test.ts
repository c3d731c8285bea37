import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobPath, sha256Digest } from '../../src/oci/layout.js';
import { MEDIA } from '../../src/oci/types.js';
import { IMAGE_FILE, writeHandoff } from '../../src/steps/common/handoff.js';
import { containerScan } from '../../src/steps/container-scan/index.js';
import type { StepResult } from '../../src/steps/types.js';
import {
  gzipBomb,
  gzipLayer,
  tarOf,
  writeRawImage,
  type RawLayer,
} from '../helpers/hostile-image.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * container-scan on images that cannot be unpacked: each is a failed step with a reason that
 * names the blob and what is wrong with it (and the input to raise for a limit), never an
 * exception out of the step, and its scratch folder is gone afterwards. Nothing is attested:
 * nothing was scanned.
 */

const OSV = join(import.meta.dirname, '..', 'fixtures', 'osv');

let dir: string;
let tmp: string;
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  dir = await tempDir('container-scan-unpack');
  // The step's scratch goes under TMPDIR: a folder of this test's own, to see it emptied.
  tmp = join(dir, 'tmp');
  await mkdir(tmp);
  process.env.TMPDIR = tmp;
});

afterAll(async () => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  await removeDir(dir);
});

async function scan(
  name: string,
  layers: RawLayer[],
  inputs: Record<string, string> = {},
  tamper?: (layout: string) => Promise<void>,
): Promise<StepResult> {
  const root = join(dir, name);
  const layout = join(root, 'container', 'image');
  const digest = await writeRawImage(layout, layers, `service:${name}`);
  await tamper?.(layout);
  await writeHandoff(join(root, 'container'), IMAGE_FILE, {
    layout: 'image',
    digest,
    name: 'example/service',
    ref: `service:${name}`,
  });
  const ctx = stepContext('container-scan', root, join(root, 'container-scan'), {
    'osv-url': OSV,
    ...inputs,
  });
  return containerScan.run(ctx);
}

function expectFailedScan(result: StepResult, reason: RegExp): void {
  expect(result.status).toBe('failed');
  expect(result.failure).toBe('tool');
  expect(result.reason).toMatch(/cannot be scanned/);
  expect(result.reason).toMatch(reason);
  expect(result.attestations).toEqual([]);
}

const scratchLeft = async () => (await readdir(tmp)).filter((n) => n.startsWith('tollgate-image-'));

describe('container-scan on an image that cannot be unpacked', () => {
  it('fails with a reason on a truncated gzip layer, and removes its scratch', async () => {
    const layer = gzipLayer(
      await tarOf([{ name: 'app/server.js', body: 'console.log(1)\n'.repeat(400) }]),
    );
    const result = await scan('truncated', [
      { ...layer, bytes: layer.bytes.subarray(0, layer.bytes.length - 30) },
    ]);
    expectFailedScan(result, /blobs\/sha256\/[0-9a-f]{64}: .*(cannot be unpacked|does not match)/);
    expect(await scratchLeft()).toEqual([]);
  });

  it('stops a gzip bomb at max-unpacked-mb and names the input', async () => {
    const result = await scan('bomb', [{ bytes: await gzipBomb(16 << 20) }], {
      'max-unpacked-mb': '1',
    });
    expectFailedScan(result, /more than 1 MiB unpacked.*raise the input max-unpacked-mb/);
    expect(await scratchLeft()).toEqual([]);
  });

  it('refuses a layer swapped after the image was built', async () => {
    const original = await tarOf([{ name: 'app/server.js', body: 'original\n' }]);
    const swapped = await tarOf([{ name: 'app/server.js', body: 'swapped!\n' }]);
    const result = await scan(
      'swapped',
      [{ bytes: original, mediaType: MEDIA.layerTar }],
      {},
      (layout) => writeFile(blobPath(layout, sha256Digest(original)), swapped),
    );
    expectFailedScan(result, /content does not match digest/);
  });

  it('refuses a whiteout above the root, a media type that is not a layer', async () => {
    const up = await scan('whiteout', [gzipLayer(await tarOf([{ name: '.wh...', body: '' }]))]);
    expectFailedScan(up, /leaves the image root/);
    const other = await scan('media-type', [
      { bytes: Buffer.from('{}'), mediaType: 'application/vnd.example.not-a-layer' },
    ]);
    expectFailedScan(other, /not a tar layer/);
    expect(await scratchLeft()).toEqual([]);
  });

  it('refuses a limit input that is not a whole number before any work', async () => {
    await expect(
      scan('bad-input', [gzipLayer(await tarOf([{ name: 'a', body: 'x' }]))], {
        'max-entries': 'lots',
      }),
    ).rejects.toThrow(/max-entries is "lots"; expected a whole number above 0/);
  });
});
