import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveImage } from '../../src/oci/layout.js';
import type { ImageConfig } from '../../src/oci/types.js';
import { buildahError, unpullableBase } from '../../src/steps/container/buildah.js';
import { runStep } from './build-helpers.js';
import { builtFixture, readJson } from './container-helpers.js';

type Run = Awaited<ReturnType<typeof runStep>>;
const INPUTS = {
  builder: 'buildah',
  containerfile: 'Containerfile.busybox',
  image: 'ghcr.io/example/busy',
};
const buildahStores = () => readdirSync(tmpdir()).filter((n) => n.startsWith('tollgate-buildah-'));

describe('container step, buildah', () => {
  let fx: ReturnType<typeof builtFixture>;
  let result: Run;
  let storesBefore: string[];

  beforeAll(async () => {
    fx = builtFixture();
    mkdirSync(join(fx.repo, 'rootfs', 'bin'), { recursive: true });
    copyFileSync('/bin/busybox', join(fx.repo, 'rootfs', 'bin', 'busybox'));
    storesBefore = buildahStores();
    result = await runStep('container', fx.repo, fx.reports, INPUTS);
  }, 60_000);
  afterAll(() => fx?.cleanup());

  it('builds FROM scratch into the layout, with the build output as materials', async () => {
    expect(result.status, `${result.reason}\n${result.log.join('\n')}`).toBe('passed');
    const handoff = readJson(join(fx.reports, 'container', 'image.json'));
    expect(handoff).toMatchObject({
      layout: 'image',
      name: 'ghcr.io/example/busy',
      ref: 'ghcr.io/example/busy:aaaaaaaaaaaa',
    });
    const img = await resolveImage(
      join(fx.reports, 'container', 'image'),
      'ghcr.io/example/busy:aaaaaaaaaaaa',
    );
    expect(img.descriptor.digest).toBe(handoff.digest);
    const config = img.config as unknown as ImageConfig;
    expect(config.config?.User).toBe('10001:10001');
    expect(config.config?.Labels?.['org.opencontainers.image.revision']).toBe('a'.repeat(40));
    expect(config.created).toMatch(/^1970-01-01T00:00:00/);
    const names = (result.materials ?? []).map((m) => m.name);
    expect(names).toEqual([
      'Containerfile.busybox',
      'dist/greeting.js',
      'dist/healthcheck.js',
      'dist/main.js',
    ]);
    expect(result.products[0]!.digest.sha256).toBe(String(handoff.digest).slice(7));
    // The vfs storage (a full copy per layer) is gone.
    expect(buildahStores()).toEqual(storesBefore);
  });

  it('builds the same digest again from the same input', async () => {
    const again = await runStep('container', fx.repo, join(fx.root, 'again'), INPUTS);
    expect(again.products).toEqual(result.products);
  }, 60_000);

  it('records the base image with its digest among the materials', async () => {
    // The first image, read through the oci: transport, is the base (no registry needed);
    // a lower-case link because the storage names the image after the path.
    const link = join(tmpdir(), `tollgate-base-${process.pid}`);
    symlinkSync(join(fx.reports, 'container', 'image'), link);
    try {
      const ref = 'ghcr.io/example/busy:aaaaaaaaaaaa';
      writeFileSync(join(fx.repo, 'Child'), `FROM oci:${link}:${ref}\nCOPY package.json /app/\n`);
      const r = await runStep('container', fx.repo, join(fx.root, 'child'), {
        ...INPUTS,
        containerfile: 'Child',
      });
      expect(r.status, r.reason).toBe('passed');
      const base = (r.materials ?? []).filter(
        (m) => !m.name.startsWith('dist/') && m.name !== 'Child',
      );
      expect(base).toEqual([
        {
          name: expect.stringContaining('tollgate-base-') as string,
          digest: result.products[0]!.digest,
        },
      ]);
      expect(r.products[0]!.digest).not.toEqual(result.products[0]!.digest);
    } finally {
      rmSync(link, { force: true });
    }
  }, 60_000);

  it('fails with buildah’s error on a syntax error', async () => {
    writeFileSync(join(fx.repo, 'Bad.syntax'), 'FROM scratch\nCOPYY dist /app\n');
    const r = await runStep('container', fx.repo, join(fx.root, 'syntax'), {
      ...INPUTS,
      containerfile: 'Bad.syntax',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^buildah bud Bad\.syntax failed: .*Unknown instruction: "COPYY"/);
    expect(r.reason).not.toContain('imagebuilder.Step');
    expect(r.attestations).toEqual([]);
  });

  it('fails with buildah’s error when a COPY source is missing', async () => {
    writeFileSync(join(fx.repo, 'Bad.copy'), 'FROM scratch\nCOPY not-built /app\n');
    const r = await runStep('container', fx.repo, join(fx.root, 'copy'), {
      ...INPUTS,
      containerfile: 'Bad.copy',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(
      /buildah bud Bad\.copy failed: .*not-built.*no such file or directory/,
    );
  });

  it('refuses a placeholder (all-zero) base digest before any pull', async () => {
    const zero = `docker.io/library/node:24-slim@sha256:${'0'.repeat(64)}`;
    writeFileSync(
      join(fx.repo, 'Bad.zero'),
      `ARG RUNTIME=${zero}\nFROM \${RUNTIME}\nCOPY dist /app\n`,
    );
    const r = await runStep('container', fx.repo, join(fx.root, 'zero'), {
      ...INPUTS,
      containerfile: 'Bad.zero',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toContain(`names the base image ${zero}`);
    expect(r.reason).toContain('builder: node');
    expect(r.log.join('\n')).not.toContain('STEP 1');
  });

  it('names the base image it cannot pull and suggests builder: node', async () => {
    // Port 1 on 127.0.0.1: refused at once, and no traffic leaves the machine.
    writeFileSync(
      join(fx.repo, 'Bad.base'),
      'FROM 127.0.0.1:1/library/node:24-slim\nCOPY dist /app\n',
    );
    const r = await runStep('container', fx.repo, join(fx.root, 'base'), {
      ...INPUTS,
      containerfile: 'Bad.base',
    });
    expect(r.status).toBe('failed');
    expect(r.reason).toContain('cannot pull the base image 127.0.0.1:1/library/node:24-slim');
    expect(r.reason).toContain('builder: node');
  });
});

describe('buildah error parsing', () => {
  it('keeps the Error line and drops the Go struct dump', () => {
    const stderr =
      'STEP 1/2: FROM scratch\nError: building at STEP "COPYY ": Build error: Unknown instruction: "COPYY" &imagebuilder.Step{Env:[]string{}}\n';
    expect(buildahError(stderr)).toBe(
      'building at STEP "COPYY ": Build error: Unknown instruction: "COPYY"',
    );
  });
  it('reads buildx errors too', () => {
    expect(
      buildahError('#1 [internal] load build definition\nERROR: failed to solve: base not found\n'),
    ).toBe('failed to solve: base not found');
  });
  it('finds the image in a pull error', () => {
    expect(
      unpullableBase(
        'creating build container: initializing source docker://alpine:3.19: pinging container registry registry-1.docker.io: no such host',
      ),
    ).toBe('alpine:3.19');
    expect(
      unpullableBase('building at STEP "COPY x /y": no such file or directory'),
    ).toBeUndefined();
  });
});
