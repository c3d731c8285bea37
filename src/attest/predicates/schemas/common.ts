/**
 * Pieces shared by the predicate schemas (JSON Schema 2020-12, compiled with ajv in strict
 * mode). Each schema is a plain object so that the same value is compiled by the gate,
 * written to docs/schemas/ and rendered as the field tables of docs/predicates.md.
 */
export type JsonSchema = Record<string, unknown>;

export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const STEP_META_ID = 'https://tollgate.dev/schemas/attestation/step-meta/v1.json';

export const SEVERITY_WORDS = ['critical', 'high', 'medium', 'low', 'info'] as const;

export const SHA256_HEX = '^[0-9a-f]{64}$';

/** What a pattern means, for the gate's messages and the docs (a regex says it badly). */
export const PATTERN_NAMES = new Map<string, string>([
  [SHA256_HEX, '64 lowercase hex digits'],
  ['^[a-z][a-z0-9-]*$', 'a step id: lowercase letters, digits and -, starting with a letter'],
  ['^([0-9a-f]{40}|[0-9a-f]{64})$', 'a full commit id: 40 or 64 lowercase hex digits'],
]);

export function named(pattern: string, name: string): string {
  PATTERN_NAMES.set(pattern, name);
  return pattern;
}

/** `{ "sha256": "…", … }`: an in-toto DigestSet, whose sha256 (when given) the gate compares. */
export const digestSet: JsonSchema = {
  description:
    'Digests by algorithm; `sha256`, when present, is 64 lowercase hex digits (chain rules compare it).',
  type: 'object',
  minProperties: 1,
  properties: {
    sha256: { type: 'string', pattern: SHA256_HEX },
  },
  additionalProperties: { type: 'string', minLength: 1 },
};

/** An in-toto ResourceDescriptor as chain rules read it (name or uri, digest); other fields open. */
export const resourceDescriptor: JsonSchema = {
  type: 'object',
  // The in-toto spec needs one of these; each branch names its field for ajv's strict mode.
  anyOf: ['uri', 'digest', 'content'].map((f) => ({ required: [f], properties: { [f]: true } })),
  properties: {
    name: {
      description: 'Name of the artefact; chain rules match it (or `uri` when it has none).',
      type: 'string',
      minLength: 1,
    },
    uri: { description: 'Where the artefact is.', type: 'string', minLength: 1 },
    digest: digestSet,
    content: { description: 'The artefact itself, base64. Not read by the gate.', type: 'string' },
  },
};

export const stepMetaRef: JsonSchema = {
  description: 'Step metadata (see the step metadata table).',
  $ref: STEP_META_ID,
};

export const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
