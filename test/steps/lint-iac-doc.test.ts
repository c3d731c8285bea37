import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { IAC_RULES, renderRulesDoc } from '../../src/steps/lint-iac/catalogue.js';

const DOC = resolve(import.meta.dirname, '../../docs/rules-iac.md');

/** docs/rules-iac.md is generated from the rule definitions; this fails when they drift. */
describe('docs/rules-iac.md', () => {
  it('matches the rule definitions', async () => {
    const options = (await prettier.resolveConfig(DOC)) ?? {};
    const expected = await prettier.format(renderRulesDoc(), { ...options, parser: 'markdown' });
    if (process.env.TOLLGATE_WRITE_DOCS === '1') await writeFile(DOC, expected);
    expect(await readFile(DOC, 'utf8')).toBe(expected);
  });

  it('has unique rule ids', () => {
    expect(new Set(IAC_RULES.map((r) => r.id)).size).toBe(IAC_RULES.length);
  });
});
