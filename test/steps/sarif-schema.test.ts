import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { writeSarif } from '../../src/steps/common/sarif.js';

/**
 * No installed package ships the official sarif-schema-2.1.0.json (node_modules was searched:
 * @types/sarif has types only, node-sarif-builder and @microsoft/eslint-formatter-sarif no
 * schema), and the tests run offline. So this is a minimal schema written from the SARIF
 * 2.1.0 specification (OASIS, §3.13 sarifLog, §3.14 run, §3.19 toolComponent, §3.27 result,
 * §3.49 reportingDescriptor, §3.30 region), covering the structural rules that GitHub code
 * scanning and the spec require of what our writer emits. It is not the full schema.
 */
const message = {
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1 } },
};
const SARIF_MINIMAL = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string' },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: message,
                        help: message,
                        properties: {
                          type: 'object',
                          properties: {
                            'security-severity': { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: -1 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message,
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            properties: { uri: { type: 'string', format: 'uri-reference' } },
                          },
                          region: {
                            type: 'object',
                            properties: { startLine: { type: 'integer', minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
// Only the two formats the schema uses, checked with the WHATWG URL parser.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
const validate = ajv.compile(SARIF_MINIMAL);

describe('SARIF writer output against the SARIF 2.1.0 structure', () => {
  it('writes valid logs, including awkward paths, lines and messages', () => {
    const log = writeSarif(
      {
        name: 'demo',
        version: '1',
        informationUri: 'https://example.com',
        rules: [{ id: 'r', help: 'h' }],
      },
      [
        {
          ruleId: 'r',
          severity: 'critical',
          message: 'm',
          location: { path: 'a b/#c%.js', line: 3 },
        },
        { ruleId: 'other', severity: 'info', message: '', location: { path: 'x', line: 0 } },
        { ruleId: 'other', severity: 'low', fingerprint: 'f' },
      ],
    );
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = (
      log.runs as { results: { ruleIndex: number; message: { text: string } }[] }[]
    )[0]!.results;
    expect(results.map((r) => r.ruleIndex)).toEqual([0, 1, 1]);
    expect(results[1]?.message.text).toBe('other');
  });

  it('rejects what the spec forbids (the schema is not vacuous)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    expect(
      validate({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 't' } },
            results: [{ message: { text: 'x' }, level: 'fatal' }],
          },
        ],
      }),
    ).toBe(false);
  });
});
