import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makeProvenance } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { isTollgateError } from '../../core/errors.js';
import { resolveImage } from '../../oci/layout.js';
import { filesUnder, IMAGE_FILE, writeHandoff, type BuiltImage } from '../common/handoff.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { buildWithBuildah } from './buildah.js';
import { chooseBuilder } from './choose.js';
import { buildWithDocker } from './docker.js';
import { buildNodeImage } from './node/index.js';
import { imageSettings, LAYOUT_DIR } from './settings.js';
import { isFailure, type BuildFailure, type ImageBuild } from './types.js';

function failed(reason: string): StepResult {
  return { status: 'failed', failure: 'tool', reason, attestations: [], products: [], reports: [] };
}

async function build(
  ctx: StepContext,
): Promise<{ build: ImageBuild | BuildFailure; name: string; ref: string }> {
  const settings = imageSettings(ctx);
  const choice = chooseBuilder(ctx, settings.context);
  const layoutDir = join(ctx.outDir, LAYOUT_DIR);
  // A layout left by an earlier run would add a second image (the contract is exactly one),
  // and its image.json would hand on an image this run did not build.
  await rm(layoutDir, { recursive: true, force: true });
  await rm(join(ctx.outDir, IMAGE_FILE), { force: true });
  await mkdir(ctx.outDir, { recursive: true });
  ctx.log(
    `container: builder ${choice.builder}${choice.containerfile ? ` (${choice.containerfile})` : ''}; image ${settings.ref}`,
  );
  const result =
    choice.builder === 'node'
      ? await buildNodeImage(ctx, settings, layoutDir)
      : choice.builder === 'buildah'
        ? await buildWithBuildah(ctx, settings, choice.containerfile!, layoutDir)
        : await buildWithDocker(ctx, settings, choice.containerfile!, layoutDir);
  return { build: result, name: settings.name, ref: settings.ref };
}

/**
 * `container`: builds the image (buildah or docker buildx from a Containerfile, or the node
 * builder from the compiled output), leaves it as an OCI layout in `image/` with `image.json`
 * for the later steps, and attests SLSA provenance whose subject is the image manifest digest
 * and whose materials are the packed build output, so that a chain rule can prove the image
 * holds exactly what `compile` built.
 */
export const containerStep: StepImplementation = {
  id: 'container',
  async run(ctx): Promise<StepResult> {
    const startedOn = new Date();
    let out;
    try {
      out = await build(ctx);
    } catch (e) {
      // Bad input (a missing dist/, a wrong name) is a failed step with a reason, not a crash.
      if (isTollgateError(e)) return failed(`${e.message}${e.hint ? ` (${e.hint})` : ''}`);
      throw e;
    }
    if (isFailure(out.build)) return failed(out.build.failed);
    const img = out.build;
    const layoutDir = join(ctx.outDir, LAYOUT_DIR);
    // Read back through the checked reader: the digest handed on is one that verifies.
    const resolved = await resolveImage(layoutDir, out.ref);
    if (resolved.descriptor.digest !== img.digest) {
      return failed(
        `the layout names ${resolved.descriptor.digest} for ${out.ref}, the build reported ${img.digest}`,
      );
    }
    const handoff: BuiltImage = {
      layout: LAYOUT_DIR,
      digest: img.digest,
      name: out.name,
      ref: out.ref,
    };
    await writeHandoff(ctx.outDir, IMAGE_FILE, handoff);
    const subject = { name: out.name, digest: { sha256: img.digest.replace(/^sha256:/, '') } };
    const reason = `built ${out.ref} (${img.digest}) with ${img.builder}`;
    return {
      status: 'passed',
      reason,
      attestations: [
        {
          predicateType: PREDICATE.slsaProvenance,
          predicate: makeProvenance({
            builderId: `https://tollgate.dev/steps/container/${img.builder}`,
            externalParameters: {
              repository: ctx.repository,
              image: out.ref,
              builder: img.builder,
              ...img.parameters,
            },
            materials: img.materials,
            startedOn,
            finishedOn: new Date(),
          }),
        },
      ],
      products: [subject],
      materials: img.materials,
      // The whole layout, blobs included: the jobs after this one read the image from the
      // step's artifact on other machines.
      reports: [join(ctx.outDir, IMAGE_FILE), ...(await filesUnder(layoutDir))],
      summary: [`**container** ${reason}`, ...img.notes.map((n) => `- ${n}`)].join('\n'),
      metrics: { ...img.metrics, materials: img.materials.length },
    };
  },
};
