import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDeployment } from '../../src/actions/step/deployment.js';
import type { StepActionDeps } from '../../src/actions/step/ports.js';
import { runStep } from '../../src/actions/step/run.js';
import { createKeySigner, generateKeyPair, parsePrivateKey } from '../../src/attest/signers/key.js';
import { nodeProcessRunner } from '../../src/core/process.js';
import { parseImageRef } from '../../src/oci/refs.js';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { openTarget } from '../../src/oci/registry/open.js';
import { findStep } from '../../src/pipeline/graph.js';
import { readDeployment, type Deployment } from '../../src/steps/common/handoff.js';
import { deployTest, tearDownDeployments } from '../../src/steps/deploy-test/index.js';
import { readTeardown, type TeardownRecord } from '../../src/steps/deploy-test/teardown-record.js';
import type { StepContext, StepImplementation, StepResult } from '../../src/steps/types.js';
import { startRegistry } from '../helpers/registry.js';
import { buildBusyboxImage } from '../steps/deploy-image.js';

/**
 * The step action runtime gives a step that tests the deployment (testsDeployment in the
 * graph) its own copy of the image, as its GitHub job needs: real podman, each copy in its own
 * private storage (as deploy-test's tests run it), the busybox httpd image as the container
 * step hands it over.
 */
let root: string;
let digest: string;
/** Every copy's folder a test saw, torn down again should an assertion fail half-way. */
const seenDirs: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tollgate-test-deployment-'));
  ({ digest } = await buildBusyboxImage(join(root, 'ws', 'tollgate-reports', 'container')));
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await tearDownDeployments(seenDirs);
  await rm(root, { recursive: true, force: true });
});

const hex = () => digest.slice('sha256:'.length);
const answers = async (url: string) => {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return `${res.status} ${(await res.text()).trim()}`;
  } catch {
    return 'refused';
  }
};

interface Seen {
  dir: string;
  deployment: Deployment;
  record: TeardownRecord;
  health: string;
}

/** A step body that looks at the deployment it was handed, as the real steps find it. */
async function look(ctx: StepContext): Promise<Seen> {
  const dir = ctx.reportsOf('deploy-test');
  seenDirs.push(dir);
  const deployment = await readDeployment(ctx);
  const record = (await readTeardown(dir))!;
  return { dir, deployment, record, health: await answers(`${deployment.baseUrl}/healthz`) };
}

const passed = (id: string): StepResult => ({
  status: 'passed',
  attestations: (findStep(id)?.attests ?? []).map((t) => ({ predicateType: t, predicate: {} })),
  products: [],
  reports: [],
});

function contextOf(id: string, lines: string[] = []): StepContext {
  const reports = join(root, 'ws', 'tollgate-reports');
  return {
    step: findStep(id)!,
    repoDir: join(root, 'ws'),
    outDir: join(reports, id),
    reportsOf: (s) => join(reports, s),
    inputs: {},
    commit: 'e'.repeat(40),
    repository: 'example/repo',
    upstream: {},
    log: (l) => void lines.push(l),
    exec: nodeProcessRunner,
    signal: new AbortController().signal,
  };
}

const options = () => ({
  deployInputs: { target: 'podman', 'health-timeout': '30' },
  tempDir: root,
});

/** After teardown: nothing answers, the podman storage and the teardown record are gone. */
async function expectGone(s: Seen) {
  expect(await answers(`${s.deployment.baseUrl}/healthz`)).toBe('refused');
  expect(existsSync(s.record.podman!.base)).toBe(false);
  expect(existsSync(join(s.dir, 'teardown.json'))).toBe(false);
}

describe('per-PR steps deploy their own copy in their job', () => {
  it('deploys the image by digest, hands it to the step, attests the digest, and removes it', async () => {
    const pair = generateKeyPair();
    let seen: Seen | undefined;
    const impl: StepImplementation = {
      id: 'system-tests',
      run: async (ctx) => {
        seen = await look(ctx);
        return passed('system-tests');
      },
    };
    const logs: string[] = [];
    const deps: StepActionDeps = {
      core: {
        getInput: (n) => (n === 'signer' ? 'key' : ''),
        setOutput: () => {},
        setFailed: (m) => void logs.push(`FAILED ${m}`),
        info: (l) => void logs.push(l),
        warning: (l) => void logs.push(l),
        summary: async () => {},
      },
      artifacts: async () => ({ upload: async () => {} }),
      signer: async () => createKeySigner(parsePrivateKey(pair.privateKeyPem, 'k')),
      implementationOf: (id) => (id === 'system-tests' ? impl : undefined),
      exec: nodeProcessRunner,
      env: {
        GITHUB_WORKSPACE: join(root, 'ws'),
        GITHUB_SHA: 'e'.repeat(40),
        GITHUB_REPOSITORY: 'example/repo',
        RUNNER_TEMP: root,
      },
      cwd: root,
      signal: new AbortController().signal,
      now: () => new Date('2026-12-03T12:00:00Z'),
    };
    const outcome = await runStep('system-tests', deps);
    expect(outcome.status, `${outcome.reason}\n${logs.join('\n')}`).toBe('passed');
    // The step saw a live copy of exactly the built image, on 127.0.0.1, outside the reports.
    expect(seen!.health).toBe('200 ok');
    expect(seen!.deployment).toMatchObject({ target: 'podman', host: '127.0.0.1', image: digest });
    expect(seen!.dir.startsWith(join(root, 'tollgate-deploy-system-tests-'))).toBe(true);
    expect(seen!.record.podman!.containers[0]).toMatch(/^tollgate-system-tests-\d+$/);
    expect(logs.join('\n')).toContain(`deployed a copy of fixture-httpd@${digest}`);
    // Its attestation names the digest it deployed among its materials.
    const bundle = JSON.parse(readFileSync(outcome.bundles[0]!, 'utf8'));
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    expect(JSON.stringify(statement)).toContain(
      JSON.stringify({ name: 'fixture-httpd', digest: { sha256: hex() } }),
    );
    await expectGone(seen!);
    // Nothing of the copy went into the reports that become the step's artifact.
    expect(await readdir(join(root, 'ws', 'tollgate-reports', 'system-tests'))).toEqual([]);
  });

  it('tears the copy down when the step throws', async () => {
    let seen: Seen | undefined;
    const impl = withDeployment(
      {
        id: 'infra-scan',
        run: async (ctx) => {
          seen = await look(ctx);
          throw new Error('the scanner crashed');
        },
      },
      options(),
    )!;
    await expect(impl.run(contextOf('infra-scan'))).rejects.toThrow('the scanner crashed');
    expect(seen!.health).toBe('200 ok');
    await expectGone(seen!);
  });

  it('gives two steps at once their own copies, on their own ports and names', async () => {
    const seen: Record<string, Seen> = {};
    const both: { resolve: () => void; promise: Promise<void> } = (() => {
      let resolve = () => {};
      const promise = new Promise<void>((r) => (resolve = r));
      return { resolve, promise };
    })();
    const step = (id: string) =>
      withDeployment(
        {
          id,
          run: async (ctx) => {
            seen[id] = await look(ctx);
            if (Object.keys(seen).length === 2) both.resolve();
            await both.promise;
            // Both copies run side by side: each step still reaches its own.
            seen[id].health = await answers(`${seen[id].deployment.baseUrl}/healthz`);
            return passed(id);
          },
        },
        options(),
      )!.run(contextOf(id));
    const [a, b] = await Promise.all([step('dast'), step('performance')]);
    expect([a.status, b.status]).toEqual(['passed', 'passed']);
    const [x, y] = [seen.dast!, seen.performance!];
    expect([x.health, y.health]).toEqual(['200 ok', '200 ok']);
    expect(x.deployment.ports[0]).not.toBe(y.deployment.ports[0]);
    expect(x.record.podman!.containers).not.toEqual(y.record.podman!.containers);
    expect(x.record.podman!.base).not.toBe(y.record.podman!.base);
    expect(x.dir).not.toBe(y.dir);
    for (const r of [a, b])
      expect(r.materials).toEqual([{ name: 'fixture-httpd', digest: { sha256: hex() } }]);
    await expectGone(x);
    await expectGone(y);
  });

  it('deploys from the registry by digest when publish-image pushed it there', async () => {
    const reg = await startRegistry();
    try {
      const reports = join(root, 'from-registry', 'tollgate-reports');
      await copyImage(
        new LayoutTarget(join(root, 'ws', 'tollgate-reports', 'container', 'image')),
        openTarget(parseImageRef(`${reg.host}/fixture-httpd`), {
          env: {},
          credentials: { username: reg.username, password: reg.password },
        }),
        digest,
        { referrers: false },
      );
      // What publish-image leaves: the container step's layout is not here.
      await mkdir(join(reports, 'publish-image'), { recursive: true });
      await writeFile(
        join(reports, 'publish-image', 'publish.json'),
        JSON.stringify({
          reference: `${reg.host}/fixture-httpd@${digest}`,
          digest,
          destination: 'registry',
        }),
      );
      let seen: Seen | undefined;
      const impl = withDeployment(
        {
          id: 'dast',
          run: async (ctx) => {
            seen = await look(ctx);
            return passed('dast');
          },
        },
        {
          ...options(),
          env: {
            TOLLGATE_REGISTRY_USERNAME: reg.username,
            TOLLGATE_REGISTRY_PASSWORD: reg.password,
          },
        },
      )!;
      const r = await impl.run({ ...contextOf('dast'), reportsOf: (s) => join(reports, s) });
      expect(r.status, r.reason).toBe('passed');
      expect(seen!.health).toBe('200 ok');
      expect(seen!.deployment.image).toBe(digest);
      expect(r.materials).toEqual([
        { name: `${reg.host}/fixture-httpd`, digest: { sha256: hex() } },
      ]);
      await expectGone(seen!);
    } finally {
      await reg.stop();
    }
  });

  it('fails the step when the image here is not the one deploy-test attested', async () => {
    let ran = false;
    const impl = withDeployment(
      {
        id: 'performance',
        run: async () => {
          ran = true;
          return passed('performance');
        },
      },
      options(),
    )!;
    const other = { name: 'fixture-httpd', digest: { sha256: 'a'.repeat(64) } };
    const r = await impl.run({ ...contextOf('performance'), upstream: { 'deploy-test': [other] } });
    expect(r.status).toBe('failed');
    expect(r.reason).toBe(
      `no deployment to test: the image here is sha256:${hex()}, but deploy-test attested fixture-httpd@sha256:${'a'.repeat(64)}`,
    );
    expect(ran).toBe(false);
    expect(await readdir(root)).not.toContainEqual(
      expect.stringMatching(/^tollgate-deploy-performance-.*/),
    );
  });

  it("removes deploy-test's own deployment at the end of its job, once attested", async () => {
    const reports = join(root, 'own', 'tollgate-reports');
    const ctx = {
      ...contextOf('deploy-test'),
      outDir: join(reports, 'deploy-test'),
      reportsOf: (s: string) => join(reports, s),
      inputs: {
        target: 'command',
        command: `exec node -e "require('http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')"`,
        'health-path': '/',
      },
    };
    seenDirs.push(ctx.outDir);
    const r = await withDeployment(deployTest, options())!.run(ctx);
    expect(r.status, r.reason).toBe('passed');
    const d = JSON.parse(readFileSync(join(ctx.outDir, 'deployment.json'), 'utf8')) as Deployment;
    expect(await answers(d.baseUrl)).toBe('refused');
    expect(existsSync(join(ctx.outDir, 'teardown.json'))).toBe(false);
  });

  it('uses a deployment it was handed instead of deploying one', async () => {
    let url = '';
    const lines: string[] = [];
    const impl = withDeployment(
      {
        id: 'api-fuzz',
        run: async (ctx) => {
          url = ctx.inputs['base-url']!;
          expect(existsSync(join(ctx.reportsOf('deploy-test'), 'deployment.json'))).toBe(false);
          return passed('api-fuzz');
        },
      },
      options(),
    )!;
    const ctx = { ...contextOf('api-fuzz', lines), inputs: { 'base-url': 'http://127.0.0.1:9' } };
    const r = await impl.run(ctx);
    expect(r.status).toBe('passed');
    expect(r.materials).toBeUndefined();
    expect(url).toBe('http://127.0.0.1:9');
    expect(lines).toEqual(['testing base-url http://127.0.0.1:9']);

    // deploy-test earlier in the same job: its teardown.json says the deployment is up here.
    const here = join(root, 'same-job');
    await mkdir(join(here, 'deploy-test'), { recursive: true });
    await writeFile(join(here, 'deploy-test', 'teardown.json'), '{"target":"command"}');
    const same: string[] = [];
    const r2 = await impl.run({ ...contextOf('api-fuzz', same), reportsOf: (s) => join(here, s) });
    expect(r2.status).toBe('passed');
    expect(same).toEqual([`testing the deployment in ${join(here, 'deploy-test')}`]);
  });

  it('fails the step, saying why, when there is no image to deploy', async () => {
    const impl = withDeployment({ id: 'chaos', run: async () => passed('chaos') }, options())!;
    const empty = join(root, 'empty');
    await mkdir(empty, { recursive: true });
    const r = await impl.run({ ...contextOf('chaos'), reportsOf: (s) => join(empty, s) });
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^no deployment to test: neither the container step's image/);
  });

  it('tears the copy down on SIGTERM while the step still runs', async () => {
    const dist = join(import.meta.dirname, '..', '..', 'dist', 'actions', 'step');
    const script = `
      const { withDeployment } = await import(${JSON.stringify(join(dist, 'deployment.js'))});
      const { findStep } = await import(${JSON.stringify(join(dist, '..', '..', 'pipeline', 'graph.js'))});
      const { nodeProcessRunner } = await import(${JSON.stringify(join(dist, '..', '..', 'core', 'process.js'))});
      const reports = ${JSON.stringify(join(root, 'ws', 'tollgate-reports'))};
      const step = withDeployment({ id: 'chaos', run: async (ctx) => {
        console.log('DIR ' + ctx.reportsOf('deploy-test'));
        setInterval(() => {}, 1000); // a step still at work: it never ends by itself
        return new Promise(() => {});
      } }, { deployInputs: { target: 'podman', 'health-timeout': '30' }, tempDir: ${JSON.stringify(root)} });
      await step.run({ step: findStep('chaos'), repoDir: reports, outDir: reports + '/chaos',
        reportsOf: (s) => reports + '/' + s, inputs: {}, commit: 'e'.repeat(40), repository: 'x/y',
        upstream: {}, log: (l) => console.error(l), exec: nodeProcessRunner,
        signal: new AbortController().signal });
    `;
    expect(
      existsSync(join(dist, 'deployment.js')),
      'build dist/ first: npx tsc -p tsconfig.json',
    ).toBe(true);
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const dir = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /^DIR (.+)$/m.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    seenDirs.push(dir);
    const s: Seen = {
      dir,
      deployment: JSON.parse(readFileSync(join(dir, 'deployment.json'), 'utf8')) as Deployment,
      record: (await readTeardown(dir))!,
      health: '',
    };
    expect(await answers(`${s.deployment.baseUrl}/healthz`)).toBe('200 ok');
    child.kill('SIGTERM');
    // The process lives on (the step has not ended), but its copy goes at once.
    const t0 = Date.now();
    while (existsSync(join(dir, 'teardown.json')) && Date.now() - t0 < 30_000)
      await new Promise((r) => setTimeout(r, 50));
    await expectGone(s);
    expect(child.exitCode).toBe(null);
    child.kill('SIGKILL');
  });
});
