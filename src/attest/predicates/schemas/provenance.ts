import { DIALECT, resourceDescriptor, stepMetaRef, type JsonSchema } from './common.js';

/**
 * SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance). A standard predicate: what the
 * spec requires is required, what the gate reads is typed, the rest stays open.
 */
export const PROVENANCE_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/slsa/provenance/v1.json',
  title: 'SLSA provenance v1, as the gate reads it',
  description:
    "Predicate of type https://slsa.dev/provenance/v1. It proves what was built and from what (`resolvedDependencies` feed chain rules); whether the build succeeded is the step's own status.",
  type: 'object',
  required: ['buildDefinition', 'runDetails', 'tollgate'],
  properties: {
    buildDefinition: {
      description: 'What was built, and from what.',
      type: 'object',
      required: ['buildType', 'externalParameters'],
      properties: {
        buildType: {
          description: 'URI of the kind of build, e.g. https://tollgate.dev/buildtypes/step/v1.',
          type: 'string',
          minLength: 1,
        },
        externalParameters: {
          description:
            'Parameters under the control of whoever started the build. Not read by the gate.',
          type: 'object',
        },
        internalParameters: { description: 'Not read by the gate.', type: 'object' },
        resolvedDependencies: {
          description:
            'What the build consumed (ResourceDescriptors); chain rules read their `name` (or `uri`) and `digest.sha256`.',
          type: 'array',
          items: resourceDescriptor,
        },
      },
    },
    runDetails: {
      description: 'Who built it and when.',
      type: 'object',
      required: ['builder'],
      properties: {
        builder: {
          description: 'The builder. Not read by the gate (the signer is what the gate trusts).',
          type: 'object',
          required: ['id'],
          properties: {
            id: { description: 'URI of the builder.', type: 'string', minLength: 1 },
          },
        },
        metadata: { description: 'Invocation id and times. Not read by the gate.', type: 'object' },
      },
    },
    tollgate: stepMetaRef,
  },
};

export interface ProvenancePredicate {
  buildDefinition: { buildType: string };
}
