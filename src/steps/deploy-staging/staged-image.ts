import { join } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import { parseImageRef, type ImageRef } from '../../oci/refs.js';
import { copyImage } from '../../oci/registry/copy.js';
import { LayoutTarget } from '../../oci/registry/layout-target.js';
import { openTarget } from '../../oci/registry/open.js';
import { IMAGE_FILE, localRef, writeHandoff, type BuiltImage } from '../common/handoff.js';
import { STAGING_FILE, type StagingRecord } from '../publish-staging/index.js';
import type { StepContext } from '../types.js';

/** Folder in deploy-staging's own folder that looks like the container step's output. */
export const STAGED_DIR = 'staged';

export async function readStaging(ctx: StepContext): Promise<StagingRecord> {
  const path = join(ctx.reportsOf('publish-staging'), STAGING_FILE);
  const hint = 'run publish-staging first (tollgate run --stage per-merge)';
  let text: string;
  try {
    text = (await readInput(path, "publish-staging's staging.json")).toString('utf8');
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `${path}: no output of publish-staging`, {
      cause: e,
      hint,
    });
  }
  try {
    return JSON.parse(text) as StagingRecord;
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
  }
}

/** Where the staging repository is from here: an embedded layout is in publish-staging's folder. */
export function stagedRepository(ctx: StepContext, staging: StagingRecord): ImageRef {
  return localRef(ctx, 'publish-staging', parseImageRef(staging.repository));
}

/**
 * Pulls the staged image by digest from the staging repository into a layout in the step's
 * folder and describes it as the container step does (image.json), so deploy-test's targets
 * deploy exactly the staged bytes: the pull checks every blob against its digest.
 */
export async function pullStaged(
  ctx: StepContext,
  staging: StagingRecord,
): Promise<{ dir: string; image: BuiltImage }> {
  const dir = join(ctx.outDir, STAGED_DIR);
  const ref = `${staging.name}:${staging.tag}`;
  const source = openTarget(stagedRepository(ctx, staging), {
    env: process.env,
    insecure: ctx.inputs.insecure === 'true',
    signal: ctx.signal,
  });
  await copyImage(source, new LayoutTarget(join(dir, 'image')), staging.digest, {
    tag: ref,
    referrers: false,
    log: ctx.log,
  });
  const image: BuiltImage = { layout: 'image', digest: staging.digest, name: staging.name, ref };
  await writeHandoff(dir, IMAGE_FILE, image);
  return { dir, image };
}
