import { PREDICATE } from '../../attest/predicates/types.js';
import { evaluateScanResult } from './scan-result.js';
import {
  evaluateCoverage,
  evaluateProvenance,
  evaluateReview,
  evaluateSbom,
  evaluateTestResult,
  evaluateVsa,
} from './simple.js';
import type { Evaluator } from './types.js';
import { evaluateVulns } from './vulns.js';

const EVALUATORS: Record<string, Evaluator> = {
  [PREDICATE.scanResult]: evaluateScanResult,
  [PREDICATE.vulns]: evaluateVulns,
  [PREDICATE.testResult]: evaluateTestResult,
  [PREDICATE.coverage]: evaluateCoverage,
  [PREDICATE.review]: evaluateReview,
  [PREDICATE.vsa]: evaluateVsa,
  [PREDICATE.slsaProvenance]: evaluateProvenance,
  [PREDICATE.cyclonedx]: evaluateSbom,
};

/** Predicates of other types carry no result the gate understands: only the step's own status counts. */
const passThrough: Evaluator = () => ({ ok: true, summary: 'attested' });

export function evaluatorFor(predicateType: string): Evaluator {
  return EVALUATORS[predicateType] ?? passThrough;
}
