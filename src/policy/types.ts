import type { Severity } from '../attest/predicates/types.js';

/** A functionary: one identity allowed to sign steps. Exactly one of the three kinds. */
export type SignerSpec =
  | {
      name: string;
      kind: 'github';
      issuer: string;
      /** `owner/repo` whose workflow run signed (the certificate's source repository). */
      repository: string;
      /** Globs on the signing workflow (`owner/repo/.github/workflows/f.yml@ref`). */
      workflows: string[];
      /** Globs on the source ref (`refs/heads/main`, `refs/pull/*\/merge`). */
      refs: string[];
    }
  | { name: string; kind: 'spiffe'; ids: string[]; trustBundlePath: string; trustBundlePem: string }
  | { name: string; kind: 'key'; publicKeyPath: string | undefined; publicKeyPem: string };

export interface Thresholds {
  /** Fail on any finding or vulnerability at or above this severity. */
  failOn?: Severity | 'none';
  /** Failed tests tolerated (default 0). */
  maxFailedTests?: number;
  minLineCoverage?: number;
  minBranchCoverage?: number;
  /** SPDX licence ids that may not appear in an SBOM. */
  deniedLicenses?: string[];
  /** Approvals needed on a review predicate. */
  minApprovals?: number;
  /** Who may approve (logins or e-mails); approvals by others do not count. */
  approvers?: string[];
  /** Whether the change's author counts as an approver (default false). */
  allowSelfApproval?: boolean;
}

export interface StepPolicy {
  signers: string[];
  /** Predicate types required for the step (from the pipeline graph unless overridden). */
  predicateTypes: string[];
  thresholds: Thresholds;
  /**
   * Whether an attested `not-applicable` (the repository has nothing for the step to check)
   * is accepted as `not-applicable` rather than failing the step. Default per step:
   * src/pipeline/not-applicable.ts.
   */
  allowNotApplicable: boolean;
}

export interface ChainRule {
  /** The step whose materials are checked. */
  step: string;
  /** The step whose products those materials must be. */
  materialsFrom: string;
  /** Glob on material names; only matching materials must chain (default: all). */
  match: string;
}

export interface ExceptionRule {
  step: string;
  /** Which findings it waives; all absent means the whole step's threshold failure. */
  ruleId?: string;
  id?: string;
  fingerprint?: string;
  path?: string;
  reason: string;
  expires: string; // YYYY-MM-DD, inclusive
  /** Line in the policy file, for messages about expiry. */
  line: number;
}

export interface Policy {
  /** Path of the policy file, for messages. */
  source: string;
  signers: Map<string, SignerSpec>;
  /** Required steps by stage. */
  stages: Map<string, string[]>;
  steps: Map<string, StepPolicy>;
  chains: ChainRule[];
  exceptions: ExceptionRule[];
  /** Trusted root for Sigstore keyless bundles; undefined means the public-good instance. */
  sigstoreTrustedRootPath: string | undefined;
  /** How promote-production promotes (risk tolerance); the step input wins, default manual. */
  promotionMode?: 'manual' | 'automatic';
}
