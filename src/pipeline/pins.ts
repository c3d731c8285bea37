/**
 * Every action reference the generated files make, in one place. Our own actions and
 * reusable workflows are referenced by their release tag (the gate's policy pins the signing
 * workflow by that ref); third-party actions by full commit SHA, since a tag can be moved
 * under us, with the version in a comment so that updates stay reviewable.
 */

/** The repository that publishes Tollgate's actions and reusable workflows. */
export const TOLLGATE_REPO = 'tollgate-dev/tollgate';
/** The release tag callers use; the default policy trusts workflows at this ref. */
export const TOLLGATE_REF = 'v1';

export interface PinnedAction {
  uses: string;
  version: string;
}

export const CHECKOUT: PinnedAction = {
  uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
  version: 'v4.2.2',
};
export const DOWNLOAD_ARTIFACT: PinnedAction = {
  uses: 'actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16',
  version: 'v4.1.8',
};
export const SETUP_NODE: PinnedAction = {
  uses: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
  version: 'v4.4.0',
};
export const UPLOAD_ARTIFACT: PinnedAction = {
  uses: 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
  version: 'v4.6.2',
};

/** `uses:` of one of our step actions, e.g. tollgate-dev/tollgate/actions/sast@v1. */
export function ownAction(name: string): string {
  return `${TOLLGATE_REPO}/actions/${name}@${TOLLGATE_REF}`;
}

/** `uses:` of one of our reusable workflows, as a caller writes it. */
export function ownWorkflow(file: string): string {
  return `${TOLLGATE_REPO}/.github/workflows/${file}@${TOLLGATE_REF}`;
}

/**
 * Artifact that carries a step's signed bundles and reports, rooted at the reports folder;
 * the jobs that consume the step and the gate download it by this exact name.
 */
export const artifactName = (step: string): string => `tollgate-${step}`;
/** Artifact holding the gate's verdict; the fork-safe report workflow reads it. */
export const VERDICT_ARTIFACT = 'tollgate-verdict';
