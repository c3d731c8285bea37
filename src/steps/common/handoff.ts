import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { readInput, writeFileAtomic } from '../../core/fs.js';
import type { StepContext } from '../types.js';

/**
 * What one step leaves in its folder for later steps, as small JSON files with a fixed name:
 * `container` → `image.json` (the image it built), `deploy-test` and `deploy-staging` →
 * `deployment.json` (where the service runs). Locally the folder is the step's in the run; on
 * GitHub it is the step's downloaded artifact (see StepContext.reportsOf).
 */

/** The image the `container` step built, as an OCI layout inside its folder. */
export interface BuiltImage {
  /** The OCI layout folder, relative to the container step's folder. */
  layout: string;
  /** The image manifest digest: the image's identity from here on. */
  digest: string;
  /** Repository name without tag, e.g. `ghcr.io/owner/app` or `sample-service`. */
  name: string;
  /** The layout's reference name of the image (`<name>:<tag>`). */
  ref: string;
}

/** Where a deployment answers, and what runs there. */
export interface Deployment {
  baseUrl: string;
  /** Host and ports a network scan should look at. */
  host: string;
  ports: number[];
  /** Ports the deployment's manifest declares (what an infrastructure scan compares with). */
  declaredPorts: number[];
  target: 'podman' | 'kubernetes' | 'command';
  /** Image digest deployed, when an image was. */
  image?: string;
  /** Kubernetes objects as rendered or applied, relative to the deploy step's folder. */
  renderedManifests?: string;
}

export const IMAGE_FILE = 'image.json';
export const DEPLOYMENT_FILE = 'deployment.json';

export async function writeHandoff(dir: string, file: string, value: unknown): Promise<void> {
  await writeFileAtomic(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
}

async function readHandoff<T>(ctx: StepContext, step: string, file: string, hint: string) {
  const dir = ctx.reportsOf(step);
  const path = join(dir, file);
  let text: string;
  try {
    text = (await readInput(path, `the ${step} step's ${file}`)).toString('utf8');
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `${path}: no output of the ${step} step`, {
      cause: e,
      hint,
    });
  }
  try {
    return { dir, value: JSON.parse(text) as T };
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
  }
}

/** The image `container` built, with the absolute path of its layout. */
export async function readBuiltImage(
  ctx: StepContext,
): Promise<BuiltImage & { layoutDir: string }> {
  const { dir, value } = await readHandoff<BuiltImage>(
    ctx,
    'container',
    IMAGE_FILE,
    'run the container step first (tollgate run --stage per-commit), or download its artifact',
  );
  return { ...value, layoutDir: join(dir, value.layout) };
}

/** Where `deploy-test` deployed the service (inputs such as `base-url` override it). */
export async function readDeployment(ctx: StepContext, step = 'deploy-test'): Promise<Deployment> {
  const { value } = await readHandoff<Deployment>(
    ctx,
    step,
    DEPLOYMENT_FILE,
    `run ${step} first, or set the step's base-url input`,
  );
  return value;
}
