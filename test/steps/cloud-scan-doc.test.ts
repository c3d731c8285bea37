import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { IAC_RULES } from '../../src/steps/lint-iac/catalogue.js';
import { renderCloudRulesDoc } from '../../src/steps/cloud-scan/doc.js';
import { CLOUD_RULES } from '../../src/steps/cloud-scan/rules.js';

const DOC = resolve(import.meta.dirname, '../../docs/rules-cloud.md');

/** docs/rules-cloud.md is generated from the rule definitions; this fails when they drift. */
describe('docs/rules-cloud.md', () => {
  it('matches the rule definitions', async () => {
    const options = (await prettier.resolveConfig(DOC)) ?? {};
    const expected = await prettier.format(renderCloudRulesDoc(), {
      ...options,
      parser: 'markdown',
    });
    if (process.env.TOLLGATE_WRITE_DOCS === '1') await writeFile(DOC, expected);
    expect(await readFile(DOC, 'utf8')).toBe(expected);
  });

  it('has rule ids unique among themselves and against lint-iac', () => {
    const all = [...CLOUD_RULES, ...IAC_RULES].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });
});
