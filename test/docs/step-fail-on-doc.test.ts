import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_INPUTS } from '../../src/pipeline/inputs.js';
import { projectRoot } from '../helpers/cli.js';

const DIR = join(projectRoot, 'docs', 'steps');

/** The severity each page says its step fails at ("fails ... at or above **high**"). */
const stated = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => {
    const m = /fails[^.]*?at or above \*\*(\w+)\*\*/s.exec(readFileSync(join(DIR, f), 'utf8'));
    return m ? [[f.replace(/\.md$/, ''), m[1]!] as const] : [];
  });

describe('docs/steps: the severity a step fails at', () => {
  it('is found on the pages that state one', () => {
    expect(stated.map(([step]) => step)).toEqual(
      expect.arrayContaining(['lint-iac', 'lint-language', 'lint-openapi']),
    );
  });

  it.each(stated)('%s: the page says %s, as the fail-on default is', (step, severity) => {
    const failOn = STEP_INPUTS[step]?.find((i) => i.name === 'fail-on');
    expect(failOn?.default).toBe(severity);
  });
});
