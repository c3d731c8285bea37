import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { asSource, makeKey, PolicyDir, sign, statusOf } from '../helpers/gate-fixture.js';
import { resolveImage } from '../../src/oci/layout.js';
import type { ImageConfig } from '../../src/oci/types.js';
import { runStep } from './build-helpers.js';
import {
  builtFixture,
  layerEntries,
  podman,
  podmanPull,
  readJson,
  type TarEntry,
} from './container-helpers.js';

type Run = Awaited<ReturnType<typeof runStep>>;

// Level 1: the test builds the image twice; the default (6) is covered by the docs' figures.
const INPUTS = {
  builder: 'node',
  healthcheck: 'node /app/dist/healthcheck.js',
  port: '8080',
  'compression-level': '1',
};
const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('container step, node builder', () => {
  let fx: ReturnType<typeof builtFixture>;
  let result: Run;
  let layout: string;
  let config: ImageConfig;
  let runtime: TarEntry[];
  let app: TarEntry[];

  beforeAll(async () => {
    fx = builtFixture();
    result = await runStep('container', fx.repo, fx.reports, INPUTS);
    layout = join(fx.reports, 'container', 'image');
    if (result.status === 'passed') {
      const img = await resolveImage(layout);
      config = img.config as unknown as ImageConfig;
      runtime = await layerEntries(layout, img.manifest.layers[0]!);
      app = await layerEntries(layout, img.manifest.layers[1]!);
    }
  }, 60_000);
  afterAll(() => fx?.cleanup());

  it('passes and hands on exactly one image in an OCI layout, named <name>:<tag>', async () => {
    expect(result.reason, result.log.join('\n')).toMatch(/^built app:aaaaaaaaaaaa \(sha256:/);
    expect(result.status).toBe('passed');
    const handoff = readJson(join(fx.reports, 'container', 'image.json'));
    const index = readJson(join(layout, 'index.json')) as {
      manifests: { digest: string; annotations: Record<string, string> }[];
    };
    expect(index.manifests).toHaveLength(1);
    expect(index.manifests[0]!.annotations['org.opencontainers.image.ref.name']).toBe(
      'app:aaaaaaaaaaaa',
    );
    expect(handoff).toEqual({
      layout: 'image',
      digest: index.manifests[0]!.digest,
      name: 'app',
      ref: 'app:aaaaaaaaaaaa',
    });
    expect(result.products).toEqual([
      { name: 'app', digest: { sha256: index.manifests[0]!.digest.slice(7) } },
    ]);
  });

  it('reports the whole layout, so that its artifact alone gives the image on another machine', async () => {
    // As download-artifact lays the artifact out elsewhere: the reports, relative to the
    // reports folder, and nothing else.
    const elsewhere = mkdtempSync(join(tmpdir(), 'tollgate-artifact-'));
    try {
      for (const r of result.reports) {
        const abs = resolve(join(fx.reports, 'container'), r);
        const to = join(elsewhere, relative(fx.reports, abs));
        mkdirSync(dirname(to), { recursive: true });
        cpSync(abs, to);
      }
      const copy = join(elsewhere, 'container', 'image');
      const img = await resolveImage(copy, 'app:aaaaaaaaaaaa');
      for (const layer of img.manifest.layers)
        expect(sha256(join(copy, 'blobs', 'sha256', layer.digest.slice(7)))).toBe(
          layer.digest.slice(7),
        );
      expect(readJson(join(elsewhere, 'container', 'image.json'))).toMatchObject({
        layout: 'image',
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('configures a non-root service: user, workdir, env, port, command, healthcheck, labels', () => {
    const c = config.config!;
    expect(c.User).toBe('10001:10001');
    expect(c.WorkingDir).toBe('/app');
    expect(c.Env).toEqual(expect.arrayContaining(['NODE_ENV=production', 'PORT=8080']));
    expect(c.ExposedPorts).toEqual({ '8080/tcp': {} });
    expect(c.Cmd).toEqual(['node', '/app/dist/main.js']);
    expect(c.Healthcheck?.Test).toEqual(['CMD', 'node', '/app/dist/healthcheck.js']);
    expect(c.Labels?.['org.opencontainers.image.revision']).toBe('a'.repeat(40));
    expect(c.Labels?.['org.opencontainers.image.source']).toBe('https://github.com/example/app');
    // The fixture is not a git repository and SOURCE_DATE_EPOCH is unset: the epoch.
    expect(config.created).toBe('1970-01-01T00:00:00.000Z');
    expect(config.rootfs.diff_ids).toHaveLength(2);
  });

  it('packs node, its libraries with their links and loader, users, /tmp and real dpkg records', () => {
    const byName = new Map(runtime.map((e) => [e.name.replace(/\/$/, ''), e]));
    expect(byName.get('usr/local/bin/node')?.mode).toBe(0o755);
    expect(byName.get('tmp')?.mode).toBe(0o1777);
    const passwd = byName.get('etc/passwd')?.data?.toString() ?? '';
    expect(passwd).toMatch(/^app:x:10001:10001:/m);
    // The loader at the path the binary asks for (through /lib64 -> usr/lib64 on merged /usr).
    const loader = [...byName.keys()].find((n) => /ld-linux[^/]*\.so\.2$/.test(n));
    expect(loader, [...byName.keys()].join(' ')).toBeDefined();
    expect(byName.has('lib64') || byName.has('lib64/ld-linux-x86-64.so.2')).toBe(true);
    expect([...byName.keys()].some((n) => /libstdc\+\+\.so\.6$/.test(n))).toBe(true);
    const libc = byName.get('var/lib/dpkg/status.d/libc6')?.data?.toString() ?? '';
    const hostStatus = readFileSync('/var/lib/dpkg/status', 'utf8');
    expect(libc).toMatch(/^Package: libc6$/m);
    expect(hostStatus).toContain(libc.trim());
    // Only the owners of packed files: not every package with a file under /lib.
    const packages = runtime.filter(
      (e) => e.name.startsWith('var/lib/dpkg/status.d/') && e.type === 'file',
    );
    expect(packages.map((e) => e.name)).not.toContain('var/lib/dpkg/status.d/base-files');
    expect(packages.length).toBeLessThanOrEqual(8);
    // Reproducible archive: epoch timestamps, root owner, sorted names.
    for (const e of [...runtime, ...app]) {
      expect([e.name, e.mtime, e.uid, e.gid]).toEqual([e.name, 0, 0, 0]);
    }
    const names = runtime.map((e) => e.name.replace(/\/$/, ''));
    expect(names).toEqual([...names].sort());
  });

  it('packs the build output under /app and attests it as materials with compile-style names', () => {
    const files = app
      .filter((e) => e.type === 'file')
      .map((e) => e.name)
      .sort();
    expect(files).toEqual([
      'app/dist/greeting.js',
      'app/dist/healthcheck.js',
      'app/dist/main.js',
      'app/package.json',
    ]);
    const expected = [
      'dist/greeting.js',
      'dist/healthcheck.js',
      'dist/main.js',
      'package.json',
    ].map((n) => ({
      name: n,
      digest: { sha256: sha256(join(fx.repo, n)) },
    }));
    expect(result.materials).toEqual(expected);
    const predicate = result.attestations[0]!.predicate as {
      buildDefinition: {
        resolvedDependencies: unknown[];
        externalParameters: Record<string, unknown>;
      };
    };
    expect(result.attestations[0]!.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(predicate.buildDefinition.resolvedDependencies).toEqual(expected);
    expect(predicate.buildDefinition.externalParameters).toMatchObject({
      builder: 'node',
      image: 'app:aaaaaaaaaaaa',
    });
  });

  it('builds the same digest from the same input', async () => {
    const again = await runStep('container', fx.repo, join(fx.root, 'again'), INPUTS);
    expect(again.status).toBe('passed');
    expect(again.products).toEqual(result.products);
  }, 60_000);

  it('runs under podman as user 10001 with NODE_ENV=production', () => {
    const store = join(fx.root, 'podman');
    try {
      // podman 4.3 does not take an oci: reference in run; pull gives the image id.
      const id = podmanPull(store, layout, 'app:aaaaaaaaaaaa');
      const run = podman(store, [
        'run',
        '--rm',
        '--network',
        'none',
        '--ulimit',
        'nofile=1024:1024',
        '--ulimit',
        'nproc=1000:1000',
        id,
        'node',
        '-e',
        "import('/app/dist/greeting.js').then((m) => console.log(m.greeting(), process.getuid(), process.cwd()))",
      ]);
      expect(run.stderr + run.stdout).toContain('hello from production 10001 /app');
      expect(run.status).toBe(0);
    } finally {
      podman(store, ['rm', '-a', '-f']);
      rmSync(store, { recursive: true, force: true });
    }
  }, 60_000);

  it('chains to compile in the real gate: passes on the tested build, breaks on another', async () => {
    const key = makeKey();
    const policy = new PolicyDir();
    policy.file('ci.pub', key.publicKeyPem);
    const yaml = `version: 1
signers:
  ci: { key: ci.pub }
stages:
  per-commit:
    require: [compile, container]
chains:
  - step: container
    materialsFrom: compile
    match: "dist/**"
`;
    // Signed as the runner signs a result: the result's products are the subjects.
    const signed = (step: string, r: Run) =>
      sign({
        step,
        predicateType: PREDICATE.slsaProvenance,
        predicate: r.attestations[0]!.predicate,
        subjects: r.products,
        signer: key.signer,
      });
    const image = asSource('container.json', await signed('container', result));
    // dist/ is already built (the fixture's build); compile only collects it here.
    const collect = { 'build-command': 'true' };
    const greeting = join(fx.repo, 'dist', 'greeting.js');
    const original = readFileSync(greeting, 'utf8');
    try {
      const tested = await runStep('compile', fx.repo, fx.reports, collect);
      expect(tested.status).toBe('passed');
      const pass = await policy.gate(yaml, [
        asSource('compile.json', await signed('compile', tested)),
        image,
      ]);
      expect(pass.steps.find((s) => s.step === 'container')?.reason ?? '').not.toMatch(/chain/);
      expect(statusOf(pass, 'container')).toBe('passed');
      expect(pass.verdict).toBe('pass');

      // compile built something else than what the image holds: the chain must break.
      writeFileSync(greeting, original.replace('hello', 'goodbye'));
      const other = await runStep('compile', fx.repo, join(fx.root, 'other'), collect);
      const broken = await policy.gate(yaml, [
        asSource('compile.json', await signed('compile', other)),
        image,
      ]);
      expect(statusOf(broken, 'container')).toBe('broken-chain');
      expect(broken.verdict).toBe('fail');
    } finally {
      writeFileSync(greeting, original);
      policy.remove();
    }
  });

  it('fails with a reason naming the missing build output', async () => {
    rmSync(join(fx.root, 'bare'), { recursive: true, force: true });
    const bare = builtFixture();
    try {
      rmSync(join(bare.repo, 'dist'), { recursive: true });
      const r = await runStep('container', bare.repo, bare.reports, INPUTS);
      expect(r.status).toBe('failed');
      expect(r.reason).toContain(join(bare.repo, 'dist'));
      expect(r.reason).toMatch(/run the build first/);
      expect(r.attestations).toEqual([]);
    } finally {
      bare.cleanup();
    }
  });
});
