import { deployTest } from '../deploy-test/index.js';
import { imageSubject } from '../sign-image/image.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { pullStaged, readStaging } from './staged-image.js';

/**
 * deploy-staging: the deploy targets of the per-PR stage (podman, kubernetes, command; see
 * deploy-test) against the staging environment, with the same health check. The image is
 * the staged one, pulled by digest from the staging repository, never the build's layout:
 * the targets read it through a `container` folder of this step's own.
 */
export const deployStaging: StepImplementation = {
  id: 'deploy-staging',
  async run(ctx: StepContext): Promise<StepResult> {
    const staging = await readStaging(ctx);
    const { dir } = await pullStaged(ctx, staging);
    const result = await deployTest.run({
      ...ctx,
      reportsOf: (step) => (step === 'container' ? dir : ctx.reportsOf(step)),
    });
    const staged = imageSubject(staging.repository, staging.digest);
    return {
      ...result,
      materials: [...(result.materials ?? []), staged],
      summary: `**Deploy to staging** of \`${staging.reference}\`: ${result.status === 'passed' ? (result.reason ?? 'healthy') : result.reason}`,
    };
  },
};
