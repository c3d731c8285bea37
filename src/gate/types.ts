import type { Severity } from '../attest/predicates/types.js';

export const STEP_STATUSES = [
  'passed',
  // The step attested that the repository has nothing for it to check, and the policy allows
  // that for the step: it does not fail the verdict. (Where the policy does not allow it, the
  // step is `failed`.)
  'not-applicable',
  'failed',
  'missing',
  'invalid-signature',
  'untrusted-signer',
  'wrong-subject',
  'conflicting',
  'malformed',
  'broken-chain',
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export interface StepVerdict {
  stage: string;
  step: string;
  status: StepStatus;
  reason: string;
  /** Who signed the attestation(s) the verdict rests on. */
  signers: string[];
  /** Bundle files that concern this step. */
  bundles: string[];
  counts?: Partial<Record<Severity, number>>;
  waived?: string[];
}

export interface BundleProblem {
  file: string;
  status: StepStatus;
  reason: string;
}

export interface Verdict {
  verdict: 'pass' | 'fail';
  commit: string;
  policy: string;
  evaluatedAt: string;
  steps: StepVerdict[];
  /** Bundles that could not be tied to a required step. */
  unattributed: BundleProblem[];
  /** Things the user should know that did not decide the verdict (expired exceptions, ...). */
  notes: string[];
}

/** A bundle as read from disk (or an artifact store). */
export interface BundleSource {
  name: string;
  bytes: Buffer;
  /** Size on disk; for an oversized bundle `bytes` is left empty and only this is known. */
  size?: number;
  /**
   * Why the entry was not read (a symbolic link, a FIFO, a device, an unreadable file): the
   * gate reports it as an unattributed `malformed` problem. `bytes` is empty.
   */
  problem?: string;
  /**
   * `bytes` already parsed as JSON, by `prepareBundles` (src/gate/prepare.ts); the gate parses
   * `bytes` itself when it is absent.
   */
  json?: unknown;
}
