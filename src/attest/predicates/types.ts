/**
 * Predicate type URIs. Standard predicates where one fits; Tollgate's own live under one
 * versioned namespace. Every type the gate evaluates has a strict JSON schema in
 * src/attest/predicates/schemas/ (copied to docs/schemas/).
 */
export const PREDICATE = {
  slsaProvenance: 'https://slsa.dev/provenance/v1',
  testResult: 'https://in-toto.io/attestation/test-result/v0.1',
  vulns: 'https://in-toto.io/attestation/vulns/v0.2',
  cyclonedx: 'https://cyclonedx.org/bom',
  vsa: 'https://slsa.dev/verification_summary/v1',
  scanResult: 'https://tollgate.dev/attestation/scan-result/v1',
  coverage: 'https://tollgate.dev/attestation/coverage/v1',
  review: 'https://tollgate.dev/attestation/review/v1',
} as const;

export type PredicateType = (typeof PREDICATE)[keyof typeof PREDICATE];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * CVSS base score (or a SARIF `security-severity`) to a severity, with the bands CVSS v3/v4
 * and GitHub code scanning use: ≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low, else info.
 */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** Rank for threshold comparisons: higher is worse. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/**
 * What a step concluded about itself. `not-applicable`: the repository has nothing for the
 * step to check (no integration tests, no OpenAPI spec), said with a reason; the policy
 * decides per step whether that is acceptable (`allowNotApplicable`).
 */
export type StepMetaStatus = 'passed' | 'failed' | 'not-applicable';

/**
 * Step metadata that Tollgate adds to every predicate it writes (consumers of the standard
 * predicates ignore unknown fields, as the in-toto attestation framework requires). For
 * CycloneDX, whose schema forbids extra fields, the same data travels as
 * `metadata.properties` named `tollgate:step`, `tollgate:stage`, `tollgate:status`,
 * `tollgate:reason`.
 */
export interface StepMeta {
  /** Step id from the pipeline definition, e.g. `unit-tests`. */
  step: string;
  stage?: string;
  /**
   * What the step itself concluded (required: the gate finds an attestation without it
   * malformed); the gate still applies the policy's thresholds.
   */
  status: StepMetaStatus;
  /**
   * Why a failed step failed: `findings` when only its findings failed it (then the gate
   * judges those findings by the policy, whose thresholds and exceptions may pass them);
   * `tool` (the default) when the tool could not do its job, which nothing can waive.
   */
  failure?: 'findings' | 'tool';
  /** Why it failed; why it did not apply (required with `not-applicable`). */
  reason?: string;
  /** What the step consumed, for chaining rules (SLSA provenance uses resolvedDependencies). */
  materials?: { name: string; digest: Record<string, string> }[];
  /** Where the step ran: container image digest, runner OS, tool versions. */
  environment?: Record<string, unknown>;
  startedOn?: string;
  finishedOn?: string;
}
