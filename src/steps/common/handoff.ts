import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { resolveInside } from '../../core/confine.js';
import { TollgateError } from '../../core/errors.js';
import { readInput, writeFileAtomic } from '../../core/fs.js';
import type { ImageRef } from '../../oci/refs.js';
import type { StepContext } from '../types.js';

/**
 * What one step leaves in its folder for later steps, as small JSON files with a fixed name:
 * `container` → `image.json` (the image it built), `deploy-test` and `deploy-staging` →
 * `deployment.json` (where the service runs). Locally the folder is the step's in the run; on
 * GitHub it is the step's downloaded artifact (see StepContext.reportsOf).
 *
 * Everything a handoff file names is relative to the folder of the step that wrote it, never
 * a path of the machine it ran on: on GitHub the next step runs elsewhere, on the artifact.
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
  // Relative to the container step's folder, and inside it: a path of another machine, or
  // one that leads out of the downloaded artifact, is refused.
  const layoutDir = resolveInside(dir, String(value.layout ?? ''), `${IMAGE_FILE}'s layout`);
  return { ...value, layoutDir };
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

/**
 * A layout reference as a handoff file records it: a layout inside the step's own folder
 * `base` is written relative to it (`oci:registry@sha256:…`); anything else (a registry, a
 * layout the user named) as it is.
 */
export function portableRef(ref: ImageRef, base: string): ImageRef {
  if (ref.kind !== 'layout') return ref;
  const rel = relative(base, ref.dir);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`)) return ref;
  return { ...ref, dir: rel.split(sep).join('/') };
}

/**
 * The reverse, for the reader: a relative layout in a handoff file of `step` is resolved
 * against that step's folder (where its artifact was downloaded) and must stay inside it.
 */
export function localRef(ctx: StepContext, step: string, ref: ImageRef): ImageRef {
  if (ref.kind !== 'layout' || isAbsolute(ref.dir)) return ref;
  const dir = ctx.reportsOf(step);
  return { ...ref, dir: resolveInside(dir, ref.dir, `the ${step} step's layout`) };
}

/**
 * Every file under a folder (an OCI layout: oci-layout, index.json, every blob), for a step's
 * reports, so that its artifact holds the whole image for the jobs that read it elsewhere.
 */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
