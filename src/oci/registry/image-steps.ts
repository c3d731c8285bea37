import { STEPS } from '../../pipeline/graph.js';

/** The step whose bundle is signed only after it pushed, so it cannot travel with the image. */
const PUBLISHER = 'publish-image';

/**
 * The steps whose attestations are about the image and are attached to it: `container` and
 * every step of its stage that builds on it (sca, container-scan, sign-image), except
 * publish-image itself, whose bundle is signed after the push. Taken from the pipeline graph,
 * so a new image step travels with the image without a second list to update.
 */
export function imageSteps(): string[] {
  const container = STEPS.find((s) => s.id === 'container');
  if (!container) return [];
  const found = new Set([container.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of STEPS) {
      if (s.stage !== container.stage || found.has(s.id) || s.id === PUBLISHER) continue;
      if (s.needs.some((n) => found.has(n))) {
        found.add(s.id);
        grew = true;
      }
    }
  }
  return STEPS.map((s) => s.id).filter((id) => found.has(id));
}

export const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
