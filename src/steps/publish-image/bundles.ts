import { readInput } from '../../core/fs.js';
import { dirname, join } from 'node:path';
import { bundleScope } from '../../oci/registry/bundle-scope.js';
import { imageSteps } from '../../oci/registry/image-steps.js';
import { bundleFileName } from '../execute-sign.js';
import type { StepContext } from '../types.js';

/** A Sigstore bundle is a few KiB; a larger file is not one of ours. */
const MAX_BUNDLE_BYTES = 16 << 20;

export interface ImageBundle {
  step: string;
  file: string;
  bytes: Buffer;
  predicateType: string;
}

/** A step attests at most this many statements (sca has two); more files are not looked for. */
const MAX_PER_STEP = 8;

/**
 * Where a step's bundles are: on GitHub next to its folder (the downloaded artifact's root);
 * locally in the run's `attestations/` beside `reports/` (see src/runner/run-folder.ts), for
 * the earlier run as well when this run reused a step's output.
 */
function bundleDirs(ctx: StepContext, step: string): string[] {
  const reports = dirname(ctx.reportsOf(step));
  return [reports, join(dirname(reports), 'attestations')];
}

/**
 * Every bundle of the image steps that may vouch for the image: its statement names the
 * digest as subject or material, or it is a commit-scoped step's (sca; see bundle-scope.ts). They are
 * read without verifying: the registry copy is verified by whoever pulls it (verify-image), so
 * a bad bundle attached here is caught there, never trusted.
 */
export async function imageBundles(ctx: StepContext, digest: string): Promise<ImageBundle[]> {
  const found: ImageBundle[] = [];
  for (const step of imageSteps()) {
    for (const dir of bundleDirs(ctx, step)) {
      const before = found.length;
      for (let i = 0; i < MAX_PER_STEP; i++) {
        const file = join(dir, bundleFileName(step, i));
        const bytes = await readInput(file, 'bundle', MAX_BUNDLE_BYTES).catch(() => undefined);
        if (!bytes) break;
        const scope = bundleScope(bytes, digest);
        // A commit-scoped bundle from an earlier run's folder may be about another commit.
        if (!scope.usable || (!scope.namesImage && !scope.commits.includes(ctx.commit))) {
          ctx.log(`${file}: names neither the image ${digest} nor this commit; not attached`);
          continue;
        }
        found.push({ step, file, bytes, predicateType: scope.predicateType });
      }
      if (found.length > before) break;
    }
  }
  return found;
}
