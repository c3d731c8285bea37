import { DIALECT, SEVERITY_WORDS, SHA256_HEX, stepMetaRef, type JsonSchema } from './common.js';

const count: JsonSchema = {
  description: 'Number of findings of this severity.',
  type: 'integer',
  minimum: 0,
};

/** Tollgate's own predicate: closed, every field typed. */
export const SCAN_RESULT_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/attestation/scan-result/v1.json',
  title: 'Tollgate scan result',
  description:
    "Predicate of type https://tollgate.dev/attestation/scan-result/v1: the findings of a linter, scanner or test tool that reports rule violations. The gate fails the step when a finding is at or above the step's `failOn` severity (default high) and no exception waives it.",
  type: 'object',
  required: ['scanner', 'counts', 'findings', 'tollgate'],
  additionalProperties: false,
  properties: {
    scanner: {
      description: 'The tool that produced the findings. Not read by the gate.',
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: {
        name: { description: 'Tool name.', type: 'string', minLength: 1 },
        version: { description: 'Tool version.', type: 'string', minLength: 1 },
        uri: { description: 'Where the tool comes from.', type: 'string', minLength: 1 },
      },
    },
    counts: {
      description:
        'Number of findings by severity, including any left out of `findings`. The gate reads it only when `findingsTruncated` is true.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(SEVERITY_WORDS.map((s) => [s, count])),
    },
    findings: {
      description: 'The findings, worst first.',
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'severity'],
        additionalProperties: false,
        properties: {
          ruleId: {
            description: 'Rule or check id; exceptions match it with `ruleId` (and `id`).',
            type: 'string',
            minLength: 1,
          },
          severity: {
            description: 'Severity, exactly one of these words (lower case).',
            enum: [...SEVERITY_WORDS],
          },
          message: { description: 'What the tool said.', type: 'string' },
          location: {
            description: 'Where the finding is.',
            type: 'object',
            required: ['path'],
            additionalProperties: false,
            properties: {
              path: {
                description: 'File path; exceptions match it with the `path` glob.',
                type: 'string',
                minLength: 1,
              },
              line: { description: 'Line, from 1.', type: 'integer', minimum: 1 },
            },
          },
          fingerprint: {
            description:
              'Stable id of the finding across runs; exceptions match it with `fingerprint`.',
            type: 'string',
            minLength: 1,
          },
        },
      },
    },
    findingsTruncated: {
      description:
        'True when `findings` lists only part of the findings; the rest count against the threshold through `counts` and cannot be waived one by one.',
      type: 'boolean',
    },
    report: {
      description:
        "The tool's full report (SARIF, JSON, ...), stored next to the attestation. Not read by the gate.",
      type: 'object',
      required: ['name', 'digest', 'format'],
      additionalProperties: false,
      properties: {
        name: { description: 'File name of the report.', type: 'string', minLength: 1 },
        digest: {
          description: 'Digest of the report file.',
          type: 'object',
          required: ['sha256'],
          additionalProperties: false,
          properties: {
            sha256: { description: 'sha256 of the file.', type: 'string', pattern: SHA256_HEX },
          },
        },
        format: { description: 'Report format, e.g. `sarif-2.1.0`.', type: 'string', minLength: 1 },
      },
    },
    tollgate: stepMetaRef,
  },
};

export type ScanSeverity = (typeof SEVERITY_WORDS)[number];

/** What the gate reads of a scan-result predicate that validated. */
export interface ScanResultPredicate {
  counts: Partial<Record<ScanSeverity, number>>;
  findings: {
    ruleId: string;
    severity: ScanSeverity;
    message?: string;
    location?: { path: string; line?: number };
    fingerprint?: string;
  }[];
  findingsTruncated?: boolean;
}
