import { describeError, isTollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';
import { commandTarget } from './command.js';
import { waitHealthy } from './health.js';
import { kubernetesTarget } from './kubernetes.js';
import type { DeployOptions, TargetName } from './options.js';
import { podmanTarget } from './podman.js';
import type { DeployTarget, Deployed } from './target.js';
import { tearDownDeploymentIn } from './teardown.js';
import { writeTeardown } from './teardown-record.js';

const TARGET: Record<TargetName, DeployTarget> = {
  podman: podmanTarget,
  kubernetes: kubernetesTarget,
  command: commandTarget,
};

export type Started = { ok: true; deployed: Deployed } | { ok: false; reason: string };

/**
 * Starts the service on the chosen target and waits until its health URL answers: what
 * deploy-test does, and what a per-PR job does for its own copy (ephemeral.ts). teardown.json
 * goes into ctx.outDir as soon as something runs; any failure (a refused input, podman's
 * error, a failed health check, an interruption) tears down at once and says why.
 */
export async function startService(ctx: StepContext, o: DeployOptions): Promise<Started> {
  try {
    const deployed = await TARGET[o.target].deploy(ctx, o, (r) => writeTeardown(ctx.outDir, r));
    const url = `${deployed.deployment.baseUrl}${o.healthPath}`;
    ctx.log(`health check ${url} (up to ${o.healthTimeoutMs / 1000} s)`);
    const health = await waitHealthy(url, {
      timeoutMs: o.healthTimeoutMs,
      signal: ctx.signal,
      ...(deployed.gone ? { gone: deployed.gone } : {}),
    });
    if (!health.ok) {
      const out = (await deployed.logTail?.().catch(() => '')) ?? '';
      await tearDownDeploymentIn(ctx.outDir, ctx.log);
      return {
        ok: false,
        reason: `health check ${url} failed after ${(health.afterMs / 1000).toFixed(1)} s: ${health.last}${out ? `; service output: ${out}` : ''}`,
      };
    }
    ctx.log(`healthy after ${health.afterMs} ms (HTTP ${health.status})`);
    return { ok: true, deployed };
  } catch (e) {
    await tearDownDeploymentIn(ctx.outDir, ctx.log);
    if (!isTollgateError(e) && !(e instanceof Error && 'code' in e)) throw e;
    return {
      ok: false,
      reason: `${describeError(e)}${isTollgateError(e) && e.hint ? ` (${e.hint})` : ''}`,
    };
  }
}
