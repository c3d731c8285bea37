/**
 * What a step reads from a step of an earlier stage, beyond its `needs` (which are all in its
 * own stage): deploy-test deploys the image `container` built, publish-staging copies what
 * publish-image published. When that step is part of the same run and did not pass, its
 * output is absent or untrustworthy, so the runner skips the reader with the reason instead
 * of letting it fail on a missing file. (A step of an earlier run is read as it is: that run's
 * verdict already said what became of it.)
 */
export const CROSS_STAGE_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'deploy-test': ['container'],
  'publish-staging': ['publish-image'],
};
