import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyImage } from '../../src/oci/registry/copy.js';
import { LayoutTarget } from '../../src/oci/registry/layout-target.js';
import { projectRoot } from '../helpers/cli.js';
import { perMergeRun, repoOf, useCredentials } from '../helpers/promote-fixture.js';
import type { RunFixture } from '../helpers/registry-run.js';
import { buildTestImage, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { removeDir, tempDir } from '../steps/step-context.js';

/**
 * docs/admission.md's examples with the real `tollgate` binary (built by the test script)
 * against a real registry with authentication: the plain deploy script, and the Kubernetes
 * validating webhook's decisions on AdmissionReview requests (no cluster: the requests are
 * what the API server would send).
 */
const EXAMPLES = join(projectRoot, 'examples/admission');

describe('verify-image as an admission check', () => {
  let reg: TestRegistry;
  let root: string;
  let run: RunFixture;
  let policy: string;
  let signed: string;
  let unsigned: string;
  let env: NodeJS.ProcessEnv;
  let restore: () => void;

  beforeAll(async () => {
    reg = await startRegistry();
    root = await tempDir('admission');
    restore = useCredentials(reg);
    run = await perMergeRun(join(root, 'run'), `${reg.host}/acme`);
    policy = await run.policy();
    const other = join(root, 'b');
    const b = await buildTestImage(other, 'sample-service:2.0', 'never signed\n');
    await copyImage(new LayoutTarget(other), repoOf(reg, 'acme/sample-service'), b.digest);
    signed = `${reg.host}/acme/sample-service@${run.digest}`;
    unsigned = `${reg.host}/acme/sample-service@${b.digest}`;
    // `tollgate` on PATH, as an installed command would be.
    const bin = join(root, 'bin');
    await mkdir(bin);
    await writeFile(
      join(bin, 'tollgate'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(projectRoot, 'bin/tollgate.js')}" "$@"\n`,
    );
    await chmod(join(bin, 'tollgate'), 0o755);
    env = {
      PATH: `${bin}:${process.env.PATH}`,
      HOME: root,
      TOLLGATE_REGISTRY_USERNAME: reg.username,
      TOLLGATE_REGISTRY_PASSWORD: reg.password,
    };
  });
  afterAll(async () => {
    restore?.();
    await reg?.stop();
    await removeDir(root);
  });

  describe('deploy.sh', () => {
    const deploy = (image: string, marker: string) =>
      spawnSync(
        'sh',
        [join(EXAMPLES, 'deploy.sh'), image, policy, 'sh', '-c', `echo "$IMAGE" > ${marker}`],
        { env, encoding: 'utf8', cwd: root },
      );

    it('runs the deploy command for an image that verifies', async () => {
      const r = deploy(signed, 'ok.txt');
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(await readFile(join(root, 'ok.txt'), 'utf8')).toBe(`${signed}\n`);
    });

    it('does not deploy an image without attestations, nor one named by tag', async () => {
      const r = deploy(unsigned, 'bad.txt');
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/FAIL/);
      expect(r.stderr).toMatch(/did not pass verification; not deployed/);
      const byTag = deploy(`${reg.host}/acme/sample-service:1.0`, 'tag.txt');
      expect(byTag.status).toBe(2);
      expect(byTag.stderr).toMatch(/not pinned by digest/);
      await expect(readFile(join(root, 'bad.txt'))).rejects.toThrow();
      await expect(readFile(join(root, 'tag.txt'))).rejects.toThrow();
    });
  });

  describe('webhook.mjs', () => {
    let child: ChildProcess;
    let url: string;

    beforeAll(async () => {
      child = spawn(process.execPath, [join(EXAMPLES, 'webhook.mjs')], {
        env: { ...env, POLICY: policy, PORT: '0', HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      url = await new Promise<string>((resolve, reject) => {
        child.once('exit', (c) => reject(new Error(`webhook exited with ${c}`)));
        child.stdout!.on('data', (d: Buffer) => {
          const m = /listening on ([\d.]+):(\d+)/.exec(d.toString());
          if (m) resolve(`http://${m[1]}:${m[2]}/validate`);
        });
      });
    });
    afterAll(() => {
      if (child?.pid && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
    });

    const review = async (object: unknown) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          apiVersion: 'admission.k8s.io/v1',
          kind: 'AdmissionReview',
          request: { uid: 'u-1', object },
        }),
        signal: AbortSignal.timeout(30_000),
      });
      return (
        (await res.json()) as {
          response: { uid: string; allowed: boolean; status?: { message: string } };
        }
      ).response;
    };
    const pod = (...images: string[]) => ({
      kind: 'Pod',
      spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })) },
    });

    it('admits a Pod whose image verifies', async () => {
      expect(await review(pod(signed))).toEqual({ uid: 'u-1', allowed: true });
    });

    it('denies a Deployment with an unverified image, and images named by tag', async () => {
      const deployment = {
        kind: 'Deployment',
        spec: { template: { spec: { containers: [{ name: 'a', image: unsigned }] } } },
      };
      const denied = await review(deployment);
      expect(denied.allowed).toBe(false);
      expect(denied.status?.message).toMatch(/container missing/);
      const tagged = await review(pod(signed, `${reg.host}/acme/sample-service:1.0`));
      expect(tagged.allowed).toBe(false);
      expect(tagged.status?.message).toMatch(/:1\.0: not pinned by digest/);
    });
  });
});
