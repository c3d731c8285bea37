import { forRepositoryCode } from '../../core/child-env.js';
import type { StepContext } from '../types.js';

/**
 * The environment a step's processes start from: the context's (set by executeStep), or,
 * for a step called on its own, the process's, filtered the same way.
 */
export function stepEnv(ctx: Pick<StepContext, 'env'>): NodeJS.ProcessEnv {
  return forRepositoryCode(ctx.env ?? process.env);
}
