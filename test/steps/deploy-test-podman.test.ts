import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/steps/common/handoff.js';
import { deployTest, tearDownDeployments } from '../../src/steps/deploy-test/index.js';
import { restartDeployment } from '../../src/steps/deploy-test/restart.js';
import { readTeardown } from '../../src/steps/deploy-test/teardown-record.js';
import { buildBusyboxImage } from './deploy-image.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * deploy-test with the podman target on a real image (busybox httpd, built as the container
 * step hands images over), with real podman: run, kube play, restart, teardown. A failed
 * health check is tested with the command target (deploy-test-command.test.ts): same code path,
 * and podman is slow on a busy 2-core machine.
 */
let root: string;
let digest: string;
beforeAll(async () => {
  root = await tempDir('deploy-podman');
  ({ digest } = await buildBusyboxImage(join(root, 'reports', 'container')));
});
afterAll(async () => {
  // Whatever a failing assertion left running.
  await tearDownDeployments([
    join(root, 'reports', 'deploy-test'),
    join(root, 'kube', 'deploy-test'),
  ]);
  await removeDir(root);
});

const get = async (url: string) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return { status: res.status, body: await res.text() };
};
/** The host port's DNAT rules that CNI adds for a published port (gone after teardown). */
const natRulesFor = (port: number) =>
  execFileSync('iptables', ['-t', 'nat', '-S'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(`--dport ${port} `));

describe('deploy-test on podman', () => {
  it('runs the built image, answers on 127.0.0.1, restarts, and is removed by teardown', async () => {
    const out = join(root, 'reports', 'deploy-test');
    const ctx = stepContext('deploy-test', root, out, { target: 'podman', 'health-timeout': '30' });
    const result = await deployTest.run(ctx);
    expect(result.status, result.reason).toBe('passed');
    const d = JSON.parse(await readFile(join(out, 'deployment.json'), 'utf8')) as Deployment;
    expect(d).toMatchObject({
      target: 'podman',
      host: '127.0.0.1',
      image: digest,
    });
    expect(d.baseUrl).toBe(`http://127.0.0.1:${d.ports[0]}`);
    // The declared container port 8080, as a scanner on the host reaches it.
    expect(d.declaredPorts).toEqual(d.ports);
    expect(await get(`${d.baseUrl}/healthz`)).toEqual({ status: 200, body: 'ok\n' });
    expect(natRulesFor(d.ports[0]!).length).toBeGreaterThan(0);

    // The attestation names what was deployed (subject = image digest) and where.
    expect(result.products).toEqual([
      { name: 'fixture-httpd', digest: { sha256: digest.slice('sha256:'.length) } },
    ]);
    const p = result.attestations[0]!;
    expect(p.predicateType).toBe('https://slsa.dev/provenance/v1');
    const def = p.predicate.buildDefinition as { externalParameters: Record<string, string> };
    expect(def.externalParameters).toMatchObject({
      target: 'podman',
      baseUrl: d.baseUrl,
      image: `fixture-httpd@${digest}`,
    });
    const run = p.predicate.runDetails as { byproducts: { uri?: string }[] };
    expect(run.byproducts[0]!.uri).toBe(d.baseUrl);

    const record = await readTeardown(out);
    expect(record?.podman?.containers).toHaveLength(1);
    expect(existsSync(record!.podman!.base)).toBe(true);

    // The restart fault of chaos: killed and started again, same URL.
    expect(await restartDeployment(out)).toMatch(/^container tollgate-deploy-test-/);
    await new Promise((r) => setTimeout(r, 300));
    expect((await get(`${d.baseUrl}/healthz`)).status).toBe(200);

    await tearDownDeployments([out]);
    await expect(get(`${d.baseUrl}/healthz`)).rejects.toThrow();
    expect(existsSync(record!.podman!.base)).toBe(false);
    expect(existsSync(join(out, 'teardown.json'))).toBe(false);
    expect(natRulesFor(d.ports[0]!)).toEqual([]);
  });

  it('plays a Kubernetes manifest rendered with the image digest', async () => {
    const repo = join(root, 'kube');
    const out = join(repo, 'deploy-test');
    await buildBusyboxImage(join(repo, 'container'));
    const manifest = join(root, 'web.yaml');
    await writeFile(
      manifest,
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  selector: {matchLabels: {app: web}}',
        '  template:',
        '    metadata: {labels: {app: web}}',
        '    spec:',
        '      containers:',
        '        - name: web',
        `          image: fixture-httpd@sha256:${'0'.repeat(64)}`,
        '          ports: [{containerPort: 8080}]',
        '',
      ].join('\n'),
    );
    const ctx = stepContext('deploy-test', repo, out, {
      target: 'podman',
      manifest,
      'health-timeout': '30',
    });
    const result = await deployTest.run(ctx);
    expect(result.status, result.reason).toBe('passed');
    const d = JSON.parse(await readFile(join(out, 'deployment.json'), 'utf8')) as Deployment;
    expect(d.renderedManifests).toBe('rendered/manifest.yaml');
    const rendered = await readFile(join(out, d.renderedManifests!), 'utf8');
    expect(rendered).toContain(`image: localhost/fixture-httpd@${digest}`);
    expect(rendered).toContain(`hostPort: ${d.ports[0]}`);
    expect((await get(`${d.baseUrl}/healthz`)).body).toBe('ok\n');
    expect((await readTeardown(out))?.podman?.containers).toEqual(['web-pod-0-web']);
    await tearDownDeployments([out]);
    await expect(get(`${d.baseUrl}/healthz`)).rejects.toThrow();
  });

  it('stops waiting when the container exits, with its exit code and output', async () => {
    const repo = join(root, 'crash');
    const out = join(repo, 'deploy-test');
    await buildBusyboxImage(join(repo, 'container'), {
      cmd: ['/bin/busybox', 'sh', '-c', 'echo cannot read /etc/app.conf >&2; exit 3'],
    });
    // A missed exit would end in the 60 s health timeout, without the container's code.
    const result = await deployTest.run(
      stepContext('deploy-test', repo, out, { target: 'podman', 'health-timeout': '60' }),
    );
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /the container exited with code 3 .*cannot read \/etc\/app\.conf/,
    );
    expect(existsSync(join(out, 'teardown.json'))).toBe(false);
  });
});
