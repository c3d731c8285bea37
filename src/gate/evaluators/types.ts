import type { Severity } from '../../attest/predicates/types.js';
import type { ExceptionRule, Thresholds } from '../../policy/types.js';

/** A finding as the gate sees it, whatever predicate it came from. */
export interface GateFinding {
  ruleId: string;
  severity: Severity;
  message?: string;
  path?: string;
  line?: number;
  fingerprint?: string;
  /** Vulnerability ids (advisory id and aliases). */
  ids?: string[];
}

export interface Evaluation {
  ok: boolean;
  /** One line for the verdict; for a failure, the reason taken from the predicate. */
  summary: string;
  findings?: GateFinding[];
  counts?: Partial<Record<Severity, number>>;
  /** Findings or failures waived by an unexpired exception, with the exception's reason. */
  waived?: string[];
}

export interface EvalContext {
  step: string;
  thresholds: Thresholds;
  /** Exceptions for this step that have not expired. */
  exceptions: ExceptionRule[];
}

/**
 * Judges one predicate of its type. It is called only on a predicate that validated against
 * the schema of its type (src/attest/predicates/schemas/), so it reads the fields as typed
 * there, without coercing anything.
 */
export type Evaluator = (predicate: Record<string, unknown>, ctx: EvalContext) => Evaluation;
