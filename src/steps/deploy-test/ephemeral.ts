import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { TollgateError } from '../../core/errors.js';
import { formatImageRef, parseImageRef } from '../../oci/refs.js';
import { copyImage } from '../../oci/registry/copy.js';
import { LayoutTarget } from '../../oci/registry/layout-target.js';
import { openTarget } from '../../oci/registry/open.js';
import { DEPLOYMENT_FILE, IMAGE_FILE, writeHandoff, type Deployment } from '../common/handoff.js';
import type { StepContext } from '../types.js';
import { deployOptions, type DeployImage } from './options.js';
import { startService } from './service.js';
import { tearDownDeploymentIn } from './teardown.js';

/**
 * deploy-test as a library, for a step that needs the service running but runs where no
 * deployment lives (its own job on GitHub): deploy one ephemeral copy of the image by digest
 * with deploy-test's settings, hand it over as deploy-test does (deployment.json and
 * teardown.json in one folder), and tear it down after. Each copy has its own folder, podman
 * storage, container name and host port, so copies for parallel steps never meet.
 */

/** Where the image comes from: the container step's OCI layout, or a registry by digest. */
export type ImageSource = { kind: 'layout' } | { kind: 'registry'; reference: string };

export interface EphemeralDeployment {
  /** Folder of deployment.json and teardown.json: the step's `reportsOf('deploy-test')`. */
  dir: string;
  deployment: Deployment;
  /** The image deployed, name and manifest digest (none for the command target). */
  image?: Subject;
}

export type EphemeralResult =
  { ok: true; value: EphemeralDeployment } | { ok: false; reason: string };

/** The file publish-image leaves (publish-image/index.ts PUBLISH_FILE), read without loading that step. */
const PUBLISH_FILE = 'publish.json';

/**
 * The container step's layout when its image.json is here (its artifact was downloaded),
 * else the registry publish-image pushed to, by digest; the layout needs no network.
 */
export async function imageSourceOf(ctx: StepContext): Promise<ImageSource | undefined> {
  if (existsSync(join(ctx.reportsOf('container'), IMAGE_FILE))) return { kind: 'layout' };
  const text = await readFile(join(ctx.reportsOf('publish-image'), PUBLISH_FILE), 'utf8').catch(
    () => undefined,
  );
  if (text === undefined) return undefined;
  try {
    const p = JSON.parse(text) as { reference?: unknown; destination?: unknown };
    if (p.destination === 'registry' && typeof p.reference === 'string')
      return { kind: 'registry', reference: p.reference };
  } catch {
    // not the publish-image handoff: no source
  }
  return undefined;
}

/**
 * Copies the image from its registry by digest into a layout in `dir` (every blob checked
 * against its digest on the way), for podman to load like the container step's.
 */
export async function pullImage(
  reference: string,
  dir: string,
  ctx: Pick<StepContext, 'signal' | 'log'>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DeployImage> {
  const ref = parseImageRef(reference);
  if (ref.kind !== 'registry' || !ref.digest) {
    throw new TollgateError(
      'INPUT_INVALID',
      `deploy-test: "${reference}" is not a registry reference by digest`,
      { hint: 'an ephemeral copy is deployed by digest: host/name@sha256:<hex>' },
    );
  }
  const layoutDir = join(dir, 'image');
  const tag = 'tollgate-deploy';
  await copyImage(
    openTarget(ref, { env, signal: ctx.signal }),
    new LayoutTarget(layoutDir),
    ref.digest,
    { tag, referrers: false, log: ctx.log },
  );
  return {
    layout: 'image',
    layoutDir,
    digest: ref.digest,
    name: formatImageRef(ref, {}),
    ref: tag,
  };
}

/**
 * Deploys one copy and waits until it is healthy. `ctx` is deploy-test's context for this
 * copy: its inputs are deploy-test's settings, its outDir the copy's own folder (made here).
 * A failure is returned with its reason, after everything started was removed again. `env`
 * holds the registry credentials (TOLLGATE_REGISTRY_USERNAME/PASSWORD, docker auth files).
 */
export async function deployEphemeral(
  ctx: StepContext,
  source: ImageSource = { kind: 'layout' },
  env: NodeJS.ProcessEnv = process.env,
): Promise<EphemeralResult> {
  await mkdir(ctx.outDir, { recursive: true });
  let o;
  try {
    o = deployOptions(ctx);
    if (source.kind === 'registry' && o.target !== 'command')
      o.image = await pullImage(source.reference, ctx.outDir, ctx, env);
  } catch (e) {
    if (!(e instanceof TollgateError)) throw e;
    return { ok: false, reason: `${e.message}${e.hint ? ` (${e.hint})` : ''}` };
  }
  const started = await startService(ctx, o);
  if (!started.ok) return started;
  const { deployment, imageName } = started.deployed;
  await writeHandoff(ctx.outDir, DEPLOYMENT_FILE, deployment);
  return {
    ok: true,
    value: {
      dir: ctx.outDir,
      deployment,
      ...(deployment.image && imageName
        ? {
            image: {
              name: imageName,
              digest: { sha256: deployment.image.replace(/^sha256:/, '') },
            },
          }
        : {}),
    },
  };
}

/** Removes the copy in `dir` (idempotent: a second call finds nothing left to remove). */
export async function tearDownEphemeral(dir: string, log?: (line: string) => void): Promise<void> {
  await tearDownDeploymentIn(dir, log);
}
