import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { TEARDOWN_FILE } from '../../steps/deploy-test/teardown-record.js';
import {
  deployEphemeral,
  imageSourceOf,
  tearDownEphemeral,
} from '../../steps/deploy-test/ephemeral.js';
import type { StepContext, StepImplementation, StepResult } from '../../steps/types.js';

/**
 * On GitHub every step is its own job, and a deployment lives only as long as the job that
 * made it. So a step that tests the running service (`testsDeployment` in the graph) deploys
 * its own copy of the image by digest with deploy-test's settings before it runs, sees it
 * where it would see deploy-test's (`reportsOf('deploy-test')`), and tears it down after,
 * however the step ends: passed, failed, crashed, or the job cancelled (SIGINT, SIGTERM).
 * Its attestation names the digest it deployed among its materials. deploy-test's own job
 * tears its deployment down too, once it is attested. The local runner does not come here:
 * it shares one deployment for the stage.
 */

export interface DeploymentOptions {
  /** deploy-test's settings: its inputs as this repository configures them. */
  deployInputs: Readonly<Record<string, string>>;
  /** Where each copy gets its folder (RUNNER_TEMP on GitHub): never in the uploaded reports. */
  tempDir: string;
  /** The job's environment: registry credentials for an image pulled by digest. */
  env?: NodeJS.ProcessEnv;
  /** Where cancellation arrives (the process); held while a copy lives. */
  signals?: Pick<NodeJS.Process, 'on' | 'removeListener'>;
}

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Why the step already has a live deployment, if it has: an input naming where the service
 * runs, or a deployment made on this machine that is still up (deploy-test earlier in the
 * same job: its teardown.json is there; a downloaded artifact never carries one).
 */
export function handedDeployment(ctx: StepContext): string | undefined {
  const input = (n: string) => (ctx.inputs[n] ?? '').trim();
  if (input('base-url')) return `base-url ${input('base-url')}`;
  if (input('host') && input('declared-ports')) return `host ${input('host')}`;
  const dir = ctx.reportsOf('deploy-test');
  if (existsSync(join(dir, TEARDOWN_FILE))) return `the deployment in ${dir}`;
  return undefined;
}

const sameDigest = (a: Subject, b: Subject) => a.digest.sha256 === b.digest.sha256;

function failedToDeploy(ctx: StepContext, reason: string): StepResult {
  const why = `no deployment to test: ${reason}`;
  return {
    status: 'failed',
    failure: 'tool',
    reason: why,
    attestations: [],
    products: [],
    reports: [],
    summary: `**${ctx.step.title}** failed: ${why}`,
  };
}

/** The step as its action runs it: with its own deployment when it needs one and has none. */
export function withDeployment(
  impl: StepImplementation | undefined,
  o: DeploymentOptions,
): StepImplementation | undefined {
  if (!impl) return impl;
  return {
    ...impl,
    run: async (ctx) => {
      if (ctx.step.id === 'deploy-test') {
        // Attested by now or failed: nothing after it in this job tests the deployment.
        try {
          return await impl.run(ctx);
        } finally {
          await tearDownEphemeral(ctx.outDir, ctx.log);
        }
      }
      if (!ctx.step.testsDeployment) return impl.run(ctx);
      const handed = handedDeployment(ctx);
      if (handed) {
        ctx.log(`testing ${handed}`);
        return impl.run(ctx);
      }
      return runWithCopy(impl, ctx, o);
    },
  };
}

async function runWithCopy(
  impl: StepImplementation,
  ctx: StepContext,
  o: DeploymentOptions,
): Promise<StepResult> {
  const source = await imageSourceOf(ctx);
  if (!source && (o.deployInputs.target || 'podman') !== 'command') {
    return failedToDeploy(
      ctx,
      `neither the container step's image (${join(ctx.reportsOf('container'), 'image.json')}) nor an image published to a registry (publish-image's publish.json) is here, and no base-url was given`,
    );
  }
  const dir = await mkdtemp(join(o.tempDir, `tollgate-deploy-${ctx.step.id}-`));
  const log = (l: string) => ctx.log(`deploy: ${l}`);
  // Cancellation tears the copy down at once, and the handlers stay until it is gone, so a
  // second signal (GitHub sends SIGINT, then SIGTERM) cannot end the process half-way.
  let teardown: Promise<void> | undefined;
  const tearDown = () =>
    (teardown ??= tearDownEphemeral(dir, log).then(() =>
      rm(dir, { recursive: true, force: true }),
    ));
  const onSignal = () => void tearDown();
  const signals = o.signals ?? process;
  for (const s of CANCEL_SIGNALS) signals.on(s, onSignal);
  try {
    const deployed = await deployEphemeral(
      { ...ctx, outDir: dir, inputs: o.deployInputs, upstream: {}, log },
      source,
      o.env ?? process.env,
    );
    if (!deployed.ok) return failedToDeploy(ctx, `deploying a copy failed: ${deployed.reason}`);
    const { deployment, image } = deployed.value;
    const attested = ctx.upstream['deploy-test'] ?? [];
    if (image && attested.length && !attested.some((s) => sameDigest(s, image))) {
      return failedToDeploy(
        ctx,
        `the image here is sha256:${image.digest.sha256}, but deploy-test attested ${attested.map((s) => `${s.name}@sha256:${s.digest.sha256}`).join(', ')}`,
      );
    }
    ctx.log(
      `deployed a copy${image ? ` of ${image.name}@sha256:${image.digest.sha256}` : ''} at ${deployment.baseUrl} for this step; it is removed after`,
    );
    const result = await impl.run({
      ...ctx,
      reportsOf: (step) => (step === 'deploy-test' ? dir : ctx.reportsOf(step)),
      upstream: { ...ctx.upstream, 'deploy-test': image ? [image] : [] },
    });
    if (!image) return result;
    // The digest this step tested, whatever the step itself records.
    const materials = result.materials ?? [];
    return materials.some((m) => m.name === image.name && sameDigest(m, image))
      ? result
      : { ...result, materials: [...materials, image] };
  } finally {
    await tearDown();
    for (const s of CANCEL_SIGNALS) signals.removeListener(s, onSignal);
  }
}
