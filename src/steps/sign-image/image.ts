import type { Subject } from '../../attest/statement.js';
import { LayoutTarget } from '../../oci/registry/layout-target.js';
import type { StoredManifest } from '../../oci/registry/target.js';
import { TollgateError } from '../../core/errors.js';
import { readBuiltImage, type BuiltImage } from '../common/handoff.js';
import type { StepContext } from '../types.js';

/** The image subject every image attestation names: repository name + manifest sha256. */
export function imageSubject(name: string, digest: string): Subject {
  return { name, digest: { sha256: digest.replace(/^sha256:/, '') } };
}

export interface CheckedImage extends BuiltImage {
  layoutDir: string;
  manifest: StoredManifest;
}

/**
 * The image `container` built, read back from its layout with the manifest's digest checked,
 * so what is signed or published is exactly what the handoff file names.
 */
export async function checkedBuiltImage(ctx: StepContext): Promise<CheckedImage> {
  const built = await readBuiltImage(ctx);
  const manifest = await new LayoutTarget(built.layoutDir).getManifest(built.digest);
  if (!manifest) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${built.layoutDir}: the image ${built.digest} named by the container step is not in its layout`,
      { hint: 'run the container step again' },
    );
  }
  return { ...built, manifest };
}
