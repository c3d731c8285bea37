import { PREDICATE } from './types.js';

export interface VsaInput {
  verifierVersion: string;
  resourceUri: string;
  policy: { uri: string; sha256: string };
  inputs: { uri: string; sha256: string }[];
  passed: boolean;
  /** Stages whose required steps all passed; recorded as `TOLLGATE_<STAGE>` levels. */
  passedStages: string[];
  timeVerified: Date;
}

/** SLSA verification summary v1 (https://slsa.dev/spec/v1.0/verification_summary). */
export function makeVsa(input: VsaInput): Record<string, unknown> {
  return {
    verifier: { id: 'https://tollgate.dev/gate', version: { tollgate: input.verifierVersion } },
    timeVerified: input.timeVerified.toISOString(),
    resourceUri: input.resourceUri,
    policy: { uri: input.policy.uri, digest: { sha256: input.policy.sha256 } },
    inputAttestations: input.inputs.map((i) => ({ uri: i.uri, digest: { sha256: i.sha256 } })),
    verificationResult: input.passed ? 'PASSED' : 'FAILED',
    verifiedLevels: input.passedStages.map((s) => `TOLLGATE_${s.toUpperCase().replace(/-/g, '_')}`),
    slsaVersion: '1.0',
  };
}

export const VSA_TYPE = PREDICATE.vsa;
