import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_FILE, writeHandoff } from '../../src/steps/common/handoff.js';
import { projectRoot } from '../helpers/cli.js';
import { gzipLayer, tarOf, writeRawImage } from '../helpers/hostile-image.js';
import { git, removeDir, tempDir } from '../steps/step-context.js';

/**
 * `tollgate run` over an image whose layer is cut short (the built binary, as a user runs
 * it; needs `npm run build`): the run ends with its verdict, container-scan failed with the
 * reason, no stack trace, and no scratch folder left in TMPDIR.
 */

const OSV = join(projectRoot, 'test', 'fixtures', 'osv');
let dir: string;

beforeAll(async () => {
  dir = await tempDir('run-hostile-image');
});
afterAll(() => removeDir(dir));

function tollgate(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [join(projectRoot, 'bin/tollgate.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('tollgate run on an image with a truncated layer', () => {
  it('fails container-scan with the reason and still writes the verdict', async () => {
    const repo = join(dir, 'repo');
    const tmp = join(dir, 'tmp');
    await mkdir(repo, { recursive: true });
    await mkdir(tmp);
    await writeFile(join(repo, 'README.md'), '# service\n');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'init');
    // What an earlier run's container step left, with its layer cut short.
    const container = join(
      repo,
      '.tollgate',
      'runs',
      '20261201-100000-0001',
      'reports',
      'container',
    );
    const layer = gzipLayer(
      await tarOf([{ name: 'app/server.js', body: 'console.log(1)\n'.repeat(400) }]),
    );
    const digest = await writeRawImage(
      join(container, 'image'),
      [{ ...layer, bytes: layer.bytes.subarray(0, layer.bytes.length - 30) }],
      'service:cut',
    );
    await writeHandoff(container, IMAGE_FILE, {
      layout: 'image',
      digest,
      name: 'example/service',
      ref: 'service:cut',
    });
    const env = { TMPDIR: tmp, TOLLGATE_KEY: join(dir, 'ci.key') };
    expect(tollgate(['keygen', '--out', join(dir, 'ci')], repo, env).code).toBe(0);

    const r = tollgate(
      ['run', '--only', 'container-scan', '--input', `container-scan.osv-url=${OSV}`],
      repo,
      env,
    );
    expect(r.stderr).not.toMatch(/Emitted 'error' event|\n\s+at /);
    expect(r.code, r.stderr).toBe(1);
    const verdict = JSON.parse(
      await readFile(join(repo, '.tollgate', 'runs', 'latest', 'verdict.json'), 'utf8'),
    ) as { verdict: string; steps: { step: string; status: string; reason: string }[] };
    expect(verdict.verdict).toBe('fail');
    expect(verdict.steps).toEqual([
      expect.objectContaining({
        step: 'container-scan',
        status: 'failed',
        reason: expect.stringMatching(
          /cannot be scanned: .*blobs\/sha256\/[0-9a-f]{64}: layer sha256:[0-9a-f]{64} cannot be unpacked: unexpected end of file/,
        ) as unknown,
      }),
    ]);
    expect((await readdir(tmp)).filter((n) => n.startsWith('tollgate-image-'))).toEqual([]);
  });
});
