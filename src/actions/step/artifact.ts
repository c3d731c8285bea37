import { describeError } from '../../core/errors.js';
import type { StepActionDeps } from './ports.js';

/**
 * Uploads the step's artifact (`tollgate-<step>`, rooted at the reports folder) and returns
 * what went wrong, if anything, instead of throwing: the caller decides what an upload
 * failure means, so that it never replaces the step's own failure reason.
 */
export async function uploadArtifact(
  deps: Pick<StepActionDeps, 'artifacts'>,
  name: string,
  rootDir: string,
  files: () => Promise<string[]>,
): Promise<string | undefined> {
  try {
    const list = await files();
    if (!list.length) return undefined;
    const store = await deps.artifacts();
    await store.upload(name, list, rootDir);
    return undefined;
  } catch (e) {
    return `the artifact ${name} could not be uploaded: ${describeError(e)}`;
  }
}
