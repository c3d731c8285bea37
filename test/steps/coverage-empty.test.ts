import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageStep } from '../../src/steps/coverage/index.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

let repo: string;
beforeAll(async () => {
  repo = await tempDir('coverage-empty');
});
afterAll(() => removeDir(repo));

describe('coverage of no line', () => {
  it('fails with the reason instead of passing at 100 %', async () => {
    // What a test run that never loaded the code leaves: a well-formed report with no line.
    await writeFile(join(repo, 'lcov.info'), 'TN:\nSF:src/a.ts\nLF:0\nLH:0\nend_of_record\n');
    const r = await coverageStep.run(
      stepContext('coverage', repo, join(repo, '.out', 'coverage'), {
        'coverage-paths': 'lcov.info',
      }),
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/^the coverage report\(s\) \(lcov\.info\) measure no line/);
    expect(r.reason).not.toContain('100 %');
  });
});
