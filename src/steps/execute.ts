import type { StepMeta } from '../attest/predicates/types.js';
import type { Subject } from '../attest/statement.js';
import { forRepositoryCode, repositoryCodeRunner } from '../core/child-env.js';
import { describeError } from '../core/errors.js';
import { nativeTools } from './common/native-tools.js';
import { stepEnvironment } from './execute-env.js';
import { signResult, type SignerSource } from './execute-sign.js';
import type { StepContext, StepImplementation, StepResult } from './types.js';

export { bundleFileName, type SignerSource } from './execute-sign.js';

/**
 * What became of a step. `not-implemented` and `interrupted` are never a pass and sign
 * nothing; a crash is `failed` with the error in the log and the reason.
 */
export type OutcomeStatus =
  'passed' | 'failed' | 'not-applicable' | 'not-implemented' | 'interrupted';

/** A step result may name the versions of the tools it ran; they go into the metadata. */
export type StepResultWithTools = StepResult & { tools?: Record<string, string> };

export interface StepOutcome {
  step: string;
  stage: string;
  status: OutcomeStatus;
  reason: string;
  /** Bundle files written, in the order of the result's attestations. */
  bundles: string[];
  /** Report files the step wrote (from its result). */
  reports: string[];
  products: Subject[];
  summary?: string;
  metrics: Record<string, number>;
  environment: Record<string, unknown>;
  startedOn: string;
  finishedOn: string;
}

export interface ExecuteOptions {
  /** Where bundles are written. */
  attestationsDir: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

/**
 * Runs one step the same way under `tollgate run` and in its GitHub Action: the
 * implementation's result is signed (one bundle per requested attestation) with the step's
 * metadata; anything that goes wrong becomes an outcome, never an exception.
 */
export async function executeStep(
  impl: StepImplementation | undefined,
  ctx: StepContext,
  signer: SignerSource,
  options: ExecuteOptions,
): Promise<StepOutcome> {
  const now = options.now ?? (() => new Date());
  const env = options.env ?? process.env;
  // The tools the step may run come from the same environment as everything else it records.
  ctx = ctx.tools ? ctx : { ...ctx, tools: nativeTools(env) };
  // Every process of the step runs without the variables that sign or publish: the build and
  // test commands run the repository's code, which must not sign as this step. The signer
  // below runs in this process and still gets them (through the signer source).
  const childEnv = forRepositoryCode(ctx.env ?? env);
  ctx = { ...ctx, env: childEnv, exec: repositoryCodeRunner(ctx.exec, childEnv) };
  const startedOn = now().toISOString();
  const base = { step: ctx.step.id, stage: ctx.step.stage, startedOn };
  const finish = (
    status: OutcomeStatus,
    reason: string,
    result?: StepResultWithTools,
    bundles: string[] = [],
  ): StepOutcome => ({
    ...base,
    status,
    reason,
    bundles,
    reports: result?.reports ?? [],
    products: result?.products ?? [],
    ...(result?.summary ? { summary: result.summary } : {}),
    metrics: result?.metrics ?? {},
    environment: stepEnvironment(env, result?.tools),
    finishedOn: now().toISOString(),
  });

  if (!impl) {
    const reason = `step ${ctx.step.id} is not implemented yet; nothing was checked or signed`;
    ctx.log(reason);
    return finish('not-implemented', reason);
  }
  let result: StepResultWithTools;
  try {
    result = await impl.run(ctx);
  } catch (e) {
    if (ctx.signal.aborted) return finish('interrupted', 'interrupted before it finished');
    const reason = `the step crashed: ${describeError(e)}`;
    ctx.log(reason);
    if (e instanceof Error && e.stack) ctx.log(e.stack);
    return finish('failed', reason);
  }
  if (ctx.signal.aborted) return finish('interrupted', 'interrupted before it finished', result);
  if (result.status === 'not-applicable' && !result.reason?.trim()) {
    // "Nothing to check here" is a claim the reader must be able to judge.
    const why = 'the step said it does not apply but gave no reason';
    ctx.log(why);
    return finish('failed', why, result);
  }

  const reason = result.reason ?? (result.status === 'passed' ? 'passed' : 'failed');
  const meta: StepMeta = {
    step: ctx.step.id,
    stage: ctx.step.stage,
    status: result.status,
    ...(result.status === 'failed' && result.failure ? { failure: result.failure } : {}),
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.materials?.length
      ? { materials: result.materials.map((m) => ({ name: m.name, digest: m.digest })) }
      : {}),
    environment: stepEnvironment(env, result.tools),
    startedOn,
    finishedOn: now().toISOString(),
  };
  try {
    const bundles = await signResult(ctx, result, meta, signer, options.attestationsDir);
    ctx.log(`${result.status}: ${reason} (${bundles.length} attestation(s) signed)`);
    return finish(result.status, reason, result, bundles);
  } catch (e) {
    const why = `the result could not be signed: ${describeError(e)}`;
    ctx.log(why);
    return finish('failed', why, result);
  }
}
