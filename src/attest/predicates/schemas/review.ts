import { DIALECT, dateTime, stepMetaRef, type JsonSchema } from './common.js';

export const REVIEW_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/attestation/review/v1.json',
  title: 'Tollgate review',
  description:
    'Predicate of type https://tollgate.dev/attestation/review/v1: the review state of a pull request (peer review) or a stakeholder approval. The gate requires minApprovals approvals (default 1) by someone other than the author, and no open change request.',
  type: 'object',
  required: ['author', 'headSha', 'approvals', 'changesRequested', 'tollgate'],
  additionalProperties: false,
  properties: {
    author: {
      description: "Login of the change's author; approvals by the author do not count.",
      type: 'string',
      minLength: 1,
    },
    headSha: {
      description:
        "Commit the review was given on. Not compared with anything by the gate: the statement's commit subject is what binds the attestation to the commit.",
      type: 'string',
      pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$',
    },
    approvals: {
      description: 'Approvals that count, one entry per reviewer.',
      type: 'array',
      items: {
        type: 'object',
        required: ['reviewer'],
        additionalProperties: false,
        properties: {
          reviewer: {
            description: 'Login of the reviewer who approved.',
            type: 'string',
            minLength: 1,
          },
          at: { description: 'When they approved (RFC 3339).', ...dateTime },
        },
      },
    },
    changesRequested: {
      description:
        'Logins of reviewers whose request for changes is still open; any entry fails the step.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    comment: {
      description:
        'What the reviewer wrote with a signed approval or rejection. Not read by the gate.',
      type: 'string',
    },
    tollgate: stepMetaRef,
  },
};

export interface ReviewPredicate {
  author: string;
  headSha: string;
  approvals: { reviewer: string; at?: string }[];
  changesRequested: string[];
}
