import { resolveInside } from '../../core/confine.js';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { attachArtifact } from '../../oci/registry/referrers.js';
import type { OciTarget } from '../../oci/registry/target.js';
import type { Descriptor } from '../../oci/types.js';

/** The artifactType of release files attached to the staged image. */
export const RELEASE_ARTEFACT_TYPE = 'application/vnd.tollgate.release-artefact.v1';

/** The artefacts input: paths in the repository, one a line or comma separated. */
export function artefactPaths(text: string, repoDir: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((p) => resolveInside(repoDir, p, 'the publish-staging input "artefacts"'));
}

/**
 * Attaches release files (notices, SBOM exports, charts) to the staged image as referrers,
 * so they travel with the image by digest: the promotion copies an image's referrers along.
 */
export async function attachArtefacts(
  target: OciTarget,
  subject: Descriptor,
  paths: string[],
): Promise<{ file: string; digest: string }[]> {
  const out = [];
  for (const file of paths) {
    const content = await readFile(file).catch((e: unknown) => {
      throw new TollgateError('INPUT_UNREADABLE', `publish-staging: cannot read ${file}`, {
        cause: e,
        hint: 'the artefacts input lists files in the repository',
      });
    });
    const d = await attachArtifact(target, {
      subject,
      artifactType: RELEASE_ARTEFACT_TYPE,
      content,
      annotations: { 'org.opencontainers.image.title': basename(file) },
    });
    out.push({ file: basename(file), digest: d.digest });
  }
  return out;
}
