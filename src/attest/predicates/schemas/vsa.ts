import { DIALECT, digestSet, stepMetaRef, type JsonSchema } from './common.js';

/** SLSA verification summary v1 (https://slsa.dev/spec/v1.0/verification_summary). */
export const VSA_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/slsa/verification_summary/v1.json',
  title: 'SLSA verification summary v1, as the gate reads it',
  description:
    'Predicate of type https://slsa.dev/verification_summary/v1. The gate passes it when `verificationResult` is PASSED.',
  type: 'object',
  required: [
    'verifier',
    'resourceUri',
    'policy',
    'verificationResult',
    'verifiedLevels',
    'tollgate',
  ],
  properties: {
    verifier: {
      description: 'Who verified. Not read by the gate (the signer is what the gate trusts).',
      type: 'object',
      required: ['id'],
      properties: { id: { description: 'URI of the verifier.', type: 'string', minLength: 1 } },
    },
    timeVerified: { description: 'When (RFC 3339). Not read by the gate.', type: 'string' },
    resourceUri: {
      description: 'What was verified. Not read by the gate.',
      type: 'string',
      minLength: 1,
    },
    policy: {
      description: 'The policy verified against. Not read by the gate.',
      type: 'object',
      properties: {
        uri: { description: 'Where the policy is.', type: 'string' },
        digest: digestSet,
      },
    },
    inputAttestations: {
      description: 'The attestations that were verified. Not read by the gate.',
      type: 'array',
    },
    verificationResult: {
      description: 'Outcome, exactly one of these words (upper case).',
      enum: ['PASSED', 'FAILED'],
    },
    verifiedLevels: {
      description: 'Levels the resource was verified at. Not read by the gate.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    slsaVersion: { description: 'SLSA version. Not read by the gate.', type: 'string' },
    tollgate: stepMetaRef,
  },
};

export interface VsaPredicate {
  verificationResult: 'PASSED' | 'FAILED';
}
