import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { readBuiltImage } from '../common/handoff.js';
import type { StepContext } from '../types.js';
import { freePort } from './free-port.js';
import { renderManifest } from './manifest.js';
import type { DeployOptions } from './options.js';
import { RENDERED_FILE } from './podman.js';
import { startGroup } from './process-group.js';
import type { DeployTarget, Deployed } from './target.js';

async function kubectl(ctx: StepContext, kubeconfig: string, args: string[]): Promise<string> {
  const res = await ctx.exec.run('kubectl', ['--kubeconfig', kubeconfig, ...args], {
    cwd: ctx.repoDir,
    signal: ctx.signal,
  });
  if (res.code !== 0) {
    throw new TollgateError(
      'INPUT_INVALID',
      `kubectl ${args[0]} failed (exit ${res.code}): ${res.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  }
  return res.stdout;
}

/**
 * kubernetes: `kubectl apply` of the manifest rendered with the image digest, to the cluster
 * of the kubeconfig input (kind on a GitHub runner, a test namespace...), a wait for the
 * rollout, and `kubectl port-forward` of the first Deployment to 127.0.0.1 so later steps
 * reach it like any other deployment (or the base-url input, e.g. an ingress).
 */
export const kubernetesTarget: DeployTarget = {
  async deploy(ctx: StepContext, o: DeployOptions, started): Promise<Deployed> {
    if (!o.manifest) {
      throw new TollgateError(
        'INPUT_INVALID',
        'deploy-test: target kubernetes needs the manifest input',
        {
          hint: 'e.g. manifest: deploy/k8s.yaml',
        },
      );
    }
    const image = o.image ?? (await readBuiltImage(ctx));
    const rendered = renderManifest(await readFile(o.manifest, 'utf8'), o.manifest, {
      imageName: image.name,
      image: `${image.name}@${image.digest}`,
    });
    const file = join(ctx.outDir, RENDERED_FILE);
    await mkdir(join(ctx.outDir, 'rendered'), { recursive: true });
    await writeFileAtomic(file, rendered.text);
    ctx.log(`rendered ${o.manifest} with ${image.name}@${image.digest} to ${RENDERED_FILE}`);
    if (!o.kubeconfig || !existsSync(o.kubeconfig)) {
      throw new TollgateError(
        'INPUT_INVALID',
        `deploy-test: target kubernetes needs a kubeconfig (${o.kubeconfig ?? 'kubeconfig input not set'})`,
        { hint: `the rendered manifest is in ${file}; set kubeconfig to the cluster's file` },
      );
    }
    const kc = o.kubeconfig;
    await started({ target: 'kubernetes', kubernetes: { kubeconfig: kc, manifest: file } });
    await kubectl(ctx, kc, ['apply', '-f', file]);
    const dep = rendered.deployments[0];
    const containerPort = o.port ?? rendered.declaredPorts[0];
    const base = {
      declaredPorts: rendered.declaredPorts,
      target: 'kubernetes' as const,
      image: image.digest,
      renderedManifests: RENDERED_FILE,
    };
    if (dep) {
      await kubectl(ctx, kc, [
        'rollout',
        'status',
        `deployment/${dep}`,
        `--timeout=${Math.ceil(o.healthTimeoutMs / 1000)}s`,
      ]);
    }
    if (o.baseUrl || !dep || containerPort === undefined) {
      if (!o.baseUrl) {
        throw new TollgateError(
          'INPUT_INVALID',
          'deploy-test: no Deployment with a port to forward',
          {
            hint: 'set base-url to where the cluster serves the application',
          },
        );
      }
      const url = new URL(o.baseUrl);
      return {
        deployment: {
          ...base,
          baseUrl: o.baseUrl,
          host: url.hostname,
          ports: [Number(url.port) || 80],
        },
        imageName: image.name,
      };
    }
    const hostPort = await freePort();
    const { record } = startGroup({
      command: `exec kubectl --kubeconfig "$KUBECONFIG_FILE" port-forward --address 127.0.0.1 deployment/${dep} ${hostPort}:${containerPort}`,
      cwd: ctx.repoDir,
      env: { KUBECONFIG_FILE: kc },
      log: join(ctx.outDir, 'port-forward.log'),
    });
    await started({
      target: 'kubernetes',
      kubernetes: { kubeconfig: kc, manifest: file },
      processes: [record],
    });
    return {
      deployment: {
        ...base,
        baseUrl: `http://127.0.0.1:${hostPort}`,
        host: '127.0.0.1',
        ports: [hostPort],
      },
      imageName: image.name,
    };
  },
};
