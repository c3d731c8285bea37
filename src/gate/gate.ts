import { stepMetaOf } from '../attest/predicates/step-meta.js';
import type { Statement } from '../attest/statement.js';
import { verifyAttestation, type TrustMaterial } from '../attest/verify/index.js';
import { VerifyFailure, describeIdentity, type SignerIdentity } from '../attest/verify/types.js';
import { findStep } from '../pipeline/graph.js';
import type { ChainRule, ExceptionRule, Policy } from '../policy/types.js';
import { TollgateError } from '../core/errors.js';
import { claimedStep } from './attribute.js';
import { checkChain } from './chain.js';
import { judgePredicate, predicateProblem } from './evaluators/index.js';
import { splitExceptions } from './exceptions.js';
import { judgeNotApplicable } from './not-applicable.js';
import { allowedSigner } from './signer-match.js';
import type { BundleProblem, BundleSource, StepStatus, StepVerdict, Verdict } from './types.js';

export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;

export interface GateInput {
  policy: Policy;
  trust: TrustMaterial;
  /** Key id of each `key` signer in the policy, by signer name. */
  keyIds: ReadonlyMap<string, string>;
  bundles: BundleSource[];
  commit: string;
  /** Only these stages' required steps; all stages of the policy when absent. */
  stages?: string[];
  now: Date;
}

interface Accepted {
  file: string;
  statement: Statement;
  signer: string;
}

/** Worst first: when a step has several problems, the verdict names the most serious. */
const SEVERITY_ORDER: StepStatus[] = [
  'invalid-signature',
  'untrusted-signer',
  'malformed',
  'conflicting',
  'wrong-subject',
];

export function runGate(input: GateInput): Verdict {
  const { policy, commit } = input;
  const required: { stage: string; step: string }[] = [];
  for (const [stage, steps] of policy.stages) {
    if (input.stages && !input.stages.includes(stage)) continue;
    for (const step of steps) required.push({ stage, step });
  }
  if (required.length === 0) {
    const which = input.stages ? `stage ${input.stages.join(', ')}` : 'any stage';
    throw new TollgateError(
      'INPUT_INVALID',
      `${policy.source} requires no step in ${which}: there is nothing to verify`,
      {
        hint: 'list the required steps under stages.<stage>.require, or choose a stage the policy has',
      },
    );
  }
  const requiredIds = new Set(required.map((r) => r.step));
  const accepted = new Map<string, Accepted[]>();
  const problems = new Map<string, BundleProblem[]>();
  const unattributed: BundleProblem[] = [];
  const notes: string[] = [];
  const addProblem = (step: string | undefined, p: BundleProblem) => {
    if (step && requiredIds.has(step)) problems.set(step, [...(problems.get(step) ?? []), p]);
    else unattributed.push(p);
  };

  for (const src of input.bundles) {
    // Not a regular file: never opened, so nothing says which step it claims to be.
    if (src.problem !== undefined) {
      unattributed.push({ file: src.name, status: 'malformed', reason: src.problem });
      continue;
    }
    if ((src.size ?? src.bytes.length) > MAX_BUNDLE_BYTES) {
      addProblem(claimedStep(undefined, src.name), {
        file: src.name,
        status: 'malformed',
        reason: `bundle is ${src.size ?? src.bytes.length} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit`,
      });
      continue;
    }
    let json: unknown;
    try {
      json = 'json' in src ? src.json : JSON.parse(src.bytes.toString('utf8'));
    } catch {
      addProblem(claimedStep(undefined, src.name), {
        file: src.name,
        status: 'malformed',
        reason: 'bundle is not valid JSON (truncated or corrupted?)',
      });
      continue;
    }
    let statement: Statement;
    let identity: SignerIdentity;
    try {
      ({ statement, identity } = verifyAttestation(json, input.trust));
    } catch (e) {
      if (!(e instanceof VerifyFailure)) throw e;
      addProblem(claimedStep(json, src.name), {
        file: src.name,
        status: e.kind,
        reason: e.message,
      });
      continue;
    }
    const meta = stepMetaOf(statement.predicateType, statement.predicate);
    if (!meta) {
      addProblem(claimedStep(json, src.name), {
        file: src.name,
        status: 'malformed',
        reason: 'the statement names no Tollgate step',
      });
      continue;
    }
    const stepPolicy = policy.steps.get(meta.step);
    if (!stepPolicy) {
      notes.push(
        `${src.name}: attestation for step "${meta.step}", which the policy does not know; ignored`,
      );
      continue;
    }
    const specs = stepPolicy.signers
      .map((n) => policy.signers.get(n))
      .filter((s) => s !== undefined);
    const allowed = allowedSigner(specs, identity, input.keyIds);
    if (!allowed.ok) {
      addProblem(meta.step, { file: src.name, status: 'untrusted-signer', reason: allowed.reason });
      continue;
    }
    const aboutCommit = statement.subject.some((s) => s.digest.gitCommit === commit);
    if (!aboutCommit) {
      const other = statement.subject.find((s) => s.digest.gitCommit)?.digest.gitCommit;
      addProblem(meta.step, {
        file: src.name,
        status: 'wrong-subject',
        reason: other
          ? `attestation is about commit ${other.slice(0, 12)}, not ${commit.slice(0, 12)}`
          : `attestation names no commit; expected ${commit.slice(0, 12)}`,
      });
      continue;
    }
    accepted.set(meta.step, [
      ...(accepted.get(meta.step) ?? []),
      { file: src.name, statement, signer: `${allowed.name} (${describeIdentity(identity)})` },
    ]);
  }

  const { active, expired } = splitExceptions(policy.exceptions, input.now);
  for (const e of expired)
    notes.push(
      `${policy.source}:${e.line}: exception for ${e.step} expired on ${e.expires} and no longer applies (${e.reason})`,
    );

  const steps: StepVerdict[] = required.map(({ stage, step }) =>
    judgeStep(stage, step, accepted.get(step) ?? [], problems.get(step) ?? [], input, active),
  );
  // A producer outside the evaluated steps must still pass its own thresholds to anchor a chain.
  const judgeProducer = (step: string) =>
    steps.find((s) => s.step === step) ??
    judgeStep(stageOf(step) ?? '', step, accepted.get(step) ?? [], [], input, active);
  applyChains(steps, accepted, input.policy.chains, judgeProducer);
  return {
    verdict: steps.every((s) => s.status === 'passed' || s.status === 'not-applicable')
      ? 'pass'
      : 'fail',
    commit,
    policy: policy.source,
    evaluatedAt: input.now.toISOString(),
    steps,
    unattributed,
    notes,
  };
}

function judgeStep(
  stage: string,
  step: string,
  records: Accepted[],
  stepProblems: BundleProblem[],
  input: GateInput,
  exceptions: ReturnType<typeof splitExceptions>['active'],
): StepVerdict {
  const base = {
    stage,
    step,
    signers: [...new Set(records.map((r) => r.signer))],
    bundles: [...records, ...stepProblems].map((r) => r.file),
  };
  // A stale attestation about another commit is normal next to a good one; anything else that
  // failed verification for this step fails it, even when a good attestation is also present.
  const blocking = stepProblems.filter((p) => p.status !== 'wrong-subject' || records.length === 0);
  for (const status of SEVERITY_ORDER) {
    const p = blocking.find((x) => x.status === status);
    if (p) return { ...base, status, reason: `${p.file}: ${p.reason}` };
  }
  if (records.length === 0)
    return { ...base, status: 'missing', reason: 'no attestation for this step' };

  // Every predicate is checked against the schema of its type before anything reads it.
  for (const r of records) {
    const problem = predicateProblem(r.statement.predicateType, r.statement.predicate);
    if (problem) return { ...base, status: 'malformed', reason: `${r.file}: ${problem}` };
  }

  const stepPolicy = input.policy.steps.get(step)!;
  const expectedTypes = stepPolicy.predicateTypes.length
    ? stepPolicy.predicateTypes
    : [...new Set(records.map((r) => r.statement.predicateType))];
  const na = judgeNotApplicable(records, expectedTypes, stepPolicy.allowNotApplicable);
  if (na) return { ...base, ...na };
  const summaries: string[] = [];
  let counts: StepVerdict['counts'];
  const waived: string[] = [];
  for (const type of expectedTypes) {
    const ofType = records.filter((r) => r.statement.predicateType === type);
    if (ofType.length === 0) {
      const got = [...new Set(records.map((r) => r.statement.predicateType))].join(', ');
      return { ...base, status: 'malformed', reason: `expected a ${type} attestation, got ${got}` };
    }
    const ctx = {
      step,
      thresholds: stepPolicy.thresholds,
      exceptions: exceptions.filter((e) => e.step === step),
    };
    const results = ofType.map((r) => ({
      ...judgePredicate(type, r.statement.predicate, ctx),
      products: productKey(r.statement),
    }));
    const first = results[0]!;
    if (results.some((r) => r.ok !== first.ok || r.products !== first.products)) {
      return {
        ...base,
        status: 'conflicting',
        reason: `${ofType.length} attestations of ${type} for this commit disagree (${ofType.map((r) => r.file).join(', ')})`,
      };
    }
    waived.push(...(first.waived ?? []));
    counts = first.counts ?? counts;
    if (!first.ok) {
      const wholeStep = ctx.exceptions.find(isStepWide);
      if (!wholeStep) return { ...base, status: 'failed', reason: first.summary, counts, waived };
      waived.push(`${first.summary}: ${wholeStep.reason} (until ${wholeStep.expires})`);
      summaries.push(`waived: ${first.summary}`);
      continue;
    }
    summaries.push(first.summary);
  }
  return { ...base, status: 'passed', reason: summaries.join('; '), counts, waived };
}

/**
 * An exception with no selector at all. Selectors are tested for presence, not truthiness:
 * an empty one is a policy error, and must never widen a waiver to the whole step.
 */
function isStepWide(e: ExceptionRule): boolean {
  return (
    e.ruleId === undefined &&
    e.id === undefined &&
    e.fingerprint === undefined &&
    e.path === undefined
  );
}

function productKey(s: Statement): string {
  return s.subject
    .filter((x) => !x.digest.gitCommit)
    .map((x) => `${x.name}@${x.digest.sha256 ?? JSON.stringify(x.digest)}`)
    .sort()
    .join('|');
}

function applyChains(
  steps: StepVerdict[],
  accepted: Map<string, Accepted[]>,
  chains: ChainRule[],
  judgeProducer: (step: string) => StepVerdict,
): void {
  for (const rule of chains) {
    const consumer = steps.find((s) => s.step === rule.step);
    if (!consumer || consumer.status !== 'passed') continue;
    const producerRecords = accepted.get(rule.materialsFrom) ?? [];
    if (producerRecords.length === 0 || judgeProducer(rule.materialsFrom).status !== 'passed') {
      consumer.status = 'broken-chain';
      consumer.reason = `its materials must come from ${rule.materialsFrom}, which has no passing attestation`;
      continue;
    }
    const broken = checkChain(
      rule,
      (accepted.get(rule.step) ?? []).map((r) => r.statement),
      producerRecords.map((r) => r.statement),
    );
    if (broken) {
      consumer.status = 'broken-chain';
      consumer.reason = broken;
    }
  }
}

export function stageOf(step: string): string | undefined {
  return findStep(step)?.stage;
}
