import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAST_RULES } from '../../src/steps/dast/rules.js';
import { TLS_RULES } from '../../src/steps/dast/sslscan.js';
import { INFRA_RULES } from '../../src/steps/infra-scan/rules.js';

const doc = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../docs/steps', name), 'utf8');

/** Every rule id a SARIF helpUri points at has its section, with its severity, on that page. */
describe('docs of the dast and infra-scan rules', () => {
  it.each([
    ['dast.md', [...Object.values(DAST_RULES), ...Object.values(TLS_RULES)]],
    ['infra-scan.md', Object.values(INFRA_RULES)],
  ])('%s documents every rule', (page, rules) => {
    const text = doc(page);
    for (const r of rules)
      expect(text, r.id).toContain(`### ${r.id}\n\n**${r.title}** (${r.severity})`);
  });
});
