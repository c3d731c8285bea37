import { finishScan, notApplicableScan, toolFailure } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { findSpec, NoSpec } from './find-spec.js';
import { runSpectral } from './spectral.js';

/**
 * lint-openapi: the OpenAPI spec compile produced, linted by Spectral with the OpenAPI and
 * OWASP rulesets. SARIF in lint-openapi.sarif, one scan-result; the compiled spec is a
 * material, so the gate can chain this step to compile. See docs/steps/lint-openapi.md.
 */
export const REPORT = 'lint-openapi.sarif';

async function lint(ctx: StepContext): Promise<StepResult> {
  const spec = await findSpec(ctx);
  ctx.log(`linting ${spec.display} (from ${spec.origin})`);
  const result = await finishScan(ctx, [await runSpectral(ctx, spec)], REPORT, [
    '',
    `Spec: ${spec.display} (${spec.origin === 'compile' ? 'produced by compile' : spec.origin === 'input' ? 'openapi-path input' : 'found by name'})`,
  ]);
  return spec.material ? { ...result, materials: [spec.material] } : result;
}

export const lintOpenapi: StepImplementation = {
  id: 'lint-openapi',
  async run(ctx) {
    try {
      return await lint(ctx);
    } catch (e) {
      if (e instanceof NoSpec) return notApplicableScan(ctx, e.message, 'spectral');
      return toolFailure(ctx, e, 'spectral');
    }
  },
};
