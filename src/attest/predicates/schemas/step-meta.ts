import { DIALECT, STEP_META_ID, dateTime, digestSet, type JsonSchema } from './common.js';

/** The `tollgate` object of every predicate except CycloneDX (decision: strict, status required). */
export const STEP_META_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: STEP_META_ID,
  title: 'Tollgate step metadata',
  description:
    'The `tollgate` object that Tollgate adds to every predicate it signs (except CycloneDX SBOMs, which carry it as metadata.properties). The gate attributes the attestation to `step`; `status: failed` fails the step unless `failure` is `findings` and the predicate carries findings; `status: not-applicable` (with its `reason`) is judged by the policy’s `allowNotApplicable` for the step.',
  type: 'object',
  required: ['step', 'status'],
  additionalProperties: false,
  // A step that did not apply must say why: the reason is what a reader of the verdict checks.
  if: { type: 'object', required: ['status'], properties: { status: { const: 'not-applicable' } } },
  then: {
    type: 'object',
    required: ['reason'],
    properties: { reason: { type: 'string', minLength: 1 } },
  },
  properties: {
    step: {
      description:
        'Step id from the pipeline graph (src/pipeline/graph.ts) or a step of the policy’s own.',
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*$',
    },
    stage: {
      description: 'Stage of the step; informational, the gate takes the stage from the policy.',
      enum: ['pre-commit', 'per-commit', 'per-pr', 'per-merge'],
    },
    status: {
      description:
        'What the step itself concluded. `failed` fails the step whatever the predicate says, unless `failure` is `findings`. `not-applicable`: the repository has nothing for the step to check (no integration tests, no OpenAPI spec); `reason` is then required, and the gate reports the step `not-applicable` where the policy allows it for the step, else `failed`.',
      enum: ['passed', 'failed', 'not-applicable'],
    },
    failure: {
      description:
        'Why a failed step failed: `findings` means only its findings failed it, and the gate then judges them by the policy (scan-result and vulns only; with no finding it is a contradiction and fails); `tool` (the default) means the tool could not do its job, which nothing waives.',
      enum: ['findings', 'tool'],
    },
    reason: {
      description:
        'Why the step failed, or why it did not apply; becomes the verdict’s reason when status is failed or not-applicable (required then).',
      type: 'string',
    },
    materials: {
      description:
        'What the step consumed, for chain rules. Only entries with a sha256 digest take part.',
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'digest'],
        additionalProperties: false,
        properties: {
          name: {
            description: 'Name of the material, as chain rules match it.',
            type: 'string',
            minLength: 1,
          },
          digest: digestSet,
        },
      },
    },
    environment: {
      description:
        'Where the step ran (container image digest, runner OS, tool versions). Not read by the gate.',
      type: 'object',
    },
    startedOn: {
      description: 'When the step started (RFC 3339). Not read by the gate.',
      ...dateTime,
    },
    finishedOn: {
      description: 'When the step finished (RFC 3339). Not read by the gate.',
      ...dateTime,
    },
  },
};
