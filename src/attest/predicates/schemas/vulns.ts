import { DIALECT, SEVERITY_WORDS, named, stepMetaRef, type JsonSchema } from './common.js';

const CVSS3_VECTOR =
  'CVSS:3\\.[01]/AV:[NALP]/AC:[LH]/PR:[NLH]/UI:[NR]/S:[UC]/C:[HLN]/I:[HLN]/A:[HLN]' +
  '(/E:[XUPFH])?(/RL:[XOTWU])?(/RC:[XURC])?(/CR:[XLMH])?(/IR:[XLMH])?(/AR:[XLMH])?' +
  '(/MAV:[XNALP])?(/MAC:[XLH])?(/MPR:[XNLH])?(/MUI:[XNR])?(/MS:[XUC])?(/MC:[XNLH])?(/MI:[XNLH])?(/MA:[XNLH])?';
const CVSS4_VECTOR =
  'CVSS:4\\.0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN](/[A-Z]+:[A-Z])*';
const BASE_SCORE = '10(\\.0)?|[0-9](\\.[0-9])?';

/**
 * A `severity[].score`: a CVSS base score (a decimal string 0–10 with at most one decimal),
 * a CVSS v3.x vector in the specification's order, a CVSS v4.0 vector (accepted, not scored),
 * or one of Tollgate's severity words. Nothing is trimmed or case-folded.
 */
export const SCORE_PATTERN = named(
  `^(${BASE_SCORE}|${CVSS3_VECTOR}|${CVSS4_VECTOR}|${SEVERITY_WORDS.join('|')})$`,
  `a CVSS base score written as a decimal 0–10 ("9.8"), a CVSS v3.x or v4.0 vector, or one of ${SEVERITY_WORDS.join(', ')}`,
);

/**
 * in-toto vulns v0.2 (https://github.com/in-toto/attestation/blob/main/spec/predicates/vulns_02.md).
 * `scanner.result` is required here although the spec leaves it optional: the gate reads it,
 * and an absent list must not pass for "no vulnerability".
 */
export const VULNS_SCHEMA: JsonSchema = {
  $schema: DIALECT,
  $id: 'https://tollgate.dev/schemas/in-toto/vulns/v0.2.json',
  title: 'in-toto vulns v0.2, as the gate reads it',
  description:
    "Predicate of type https://in-toto.io/attestation/vulns/v0.2. Each entry of `scanner.result` is a vulnerability, ranked by the worst of its scores and judged with the step's `failOn`.",
  type: 'object',
  required: ['scanner', 'tollgate'],
  properties: {
    scanner: {
      description: 'The scanner and what it found.',
      type: 'object',
      required: ['uri', 'result'],
      properties: {
        uri: { description: 'The scanner. Not read by the gate.', type: 'string', minLength: 1 },
        version: { description: 'Scanner version. Not read by the gate.', type: 'string' },
        db: { description: 'The vulnerability database. Not read by the gate.', type: 'object' },
        result: {
          description: 'The vulnerabilities found (an empty list when there is none).',
          type: 'array',
          items: {
            type: 'object',
            required: ['id'],
            properties: {
              id: {
                description:
                  'Advisory id (OSV, GHSA, CVE); exceptions match it with `id` or `ruleId`.',
                type: 'string',
                minLength: 1,
              },
              aliases: {
                description: 'Other ids of the same advisory; exceptions match them with `id`.',
                type: 'array',
                items: { type: 'string', minLength: 1 },
              },
              severity: {
                description:
                  'Scores of the vulnerability; it ranks as the worst of them, `medium` when there is none that can be scored.',
                type: 'array',
                items: {
                  type: 'object',
                  required: ['method', 'score'],
                  properties: {
                    method: {
                      description: 'How the score was made, e.g. `CVSSv3.1` or `tollgate`.',
                      type: 'string',
                      minLength: 1,
                    },
                    score: {
                      description:
                        'A string: a CVSS base score as a decimal 0–10 (≥ 9 critical, ≥ 7 high, ≥ 4 medium, > 0 low, 0 info), a CVSS v3.x vector (scored the same way), a CVSS v4.0 vector (not scored), or one of the words critical, high, medium, low, info.',
                      type: 'string',
                      pattern: SCORE_PATTERN,
                    },
                  },
                },
              },
              annotations: {
                description:
                  'Free annotations; the first with a `package` names the package, which exceptions match with `path`.',
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    package: {
                      description: 'Package URL or name of the vulnerable package.',
                      type: 'string',
                      minLength: 1,
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    metadata: { description: 'Scan times. Not read by the gate.', type: 'object' },
    tollgate: stepMetaRef,
  },
};

export interface VulnsPredicate {
  scanner: {
    result: {
      id: string;
      aliases?: string[];
      severity?: { method: string; score: string }[];
      annotations?: { package?: string }[];
    }[];
  };
}
