import { copyFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { writeFileAtomic } from '../core/fs.js';
import { STEPS } from '../pipeline/graph.js';
import { renderLocalPolicy } from '../runner/local-policy.js';
import type { StepContext } from '../steps/types.js';

/** The policy a repository keeps (the promote-production input's default). */
export const DEFAULT_POLICY = '.github/tollgate.yml';

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/**
 * The policy file the promotion is judged by: the policy input (relative to the repository).
 * Under `tollgate run` in a repository without a policy of its own, the run's policy widened
 * to every stage: the default policy with the run's local key (`local.pub` of the run) as
 * the one signer, since that key signed every earlier local run too.
 */
export async function promotionPolicyFile(ctx: StepContext): Promise<string> {
  const input = (ctx.inputs.policy ?? '').trim() || DEFAULT_POLICY;
  const path = isAbsolute(input) ? input : join(ctx.repoDir, input);
  if ((await exists(path)) || input !== DEFAULT_POLICY) return path;
  const runKey = join(dirname(dirname(ctx.outDir)), 'local.pub');
  if (!(await exists(runKey))) return path; // loadPolicy reports the missing file
  await copyFile(runKey, join(ctx.outDir, 'local.pub'));
  const out = join(ctx.outDir, 'promotion-policy.yml');
  await writeFileAtomic(out, renderLocalPolicy(STEPS, 'local.pub', false));
  ctx.log(`no ${DEFAULT_POLICY}: judging with the default policy and the run's key (${out})`);
  return out;
}
