import { readInput } from '../core/fs.js';
import { join } from 'node:path';
import { collectBundles } from '../gate/collect.js';
import type { BundleSource } from '../gate/types.js';
import { bundleScope } from '../oci/registry/bundle-scope.js';
import { bundleFileName } from '../steps/execute-sign.js';
import type { StepContext } from '../steps/types.js';
import { bundleDirsOf, runFolders } from './step-dirs.js';

/** A Sigstore bundle is a few KiB; a larger file is not one of ours. */
const MAX_BUNDLE_BYTES = 16 << 20;

/** A step attests at most this many statements (sca has two); more files are not looked for. */
const MAX_PER_STEP = 8;

/** Whether a bundle's statement is about the commit (unverified: the gate checks it again). */
const aboutCommit = (bytes: Buffer, commit: string) =>
  bundleScope(bytes, 'sha256:').commits.includes(commit);

/**
 * The bundles the promotion gate judges: with `bundlesDir` (on GitHub, the downloaded
 * attestations of the commit) every bundle in it; locally, for each required step, its
 * bundles from the first folder that has any bundle of the step about this commit: the run
 * folder holding the step's output (ctx.reportsOf), then the other run folders, newest first. Bundles about other commits are left out here
 * rather than handed to the gate, since an earlier run's folder may hold another commit's.
 */
export async function promotionBundles(
  ctx: StepContext,
  steps: string[],
  bundlesDir?: string,
): Promise<BundleSource[]> {
  if (bundlesDir) return collectBundles(bundlesDir, ctx.repoDir);
  const out: BundleSource[] = [];
  for (const step of steps) {
    // Where the step's output is first; then every run folder, newest first, since a step
    // can leave bundles without a report folder of its own.
    const own = bundleDirsOf(ctx.reportsOf(step));
    const runs = (await runFolders(ctx.reportsOf(step))).map((r) => join(r, 'attestations'));
    for (const dir of [...new Set([...own, ...runs])]) {
      const found: BundleSource[] = [];
      for (let i = 0; i < MAX_PER_STEP; i++) {
        const file = join(dir, bundleFileName(step, i));
        const bytes = await readInput(file, 'bundle', MAX_BUNDLE_BYTES).catch(() => undefined);
        if (!bytes) break;
        if (aboutCommit(bytes, ctx.commit)) found.push({ name: file, bytes });
      }
      if (found.length > 0) {
        out.push(...found);
        break;
      }
    }
  }
  return out;
}
