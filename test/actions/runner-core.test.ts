import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runnerCore } from '../../src/actions/step/runner-core.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-runner-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the runner protocol of the step actions', () => {
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  let written = '';
  const core = runnerCore(
    {
      'INPUT_FAIL-ON': '  medium ',
      INPUT_REPORTS_DIR: 'r',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
    },
    (t) => (written += t),
  );

  it('reads inputs as the runner passes them (upper case, spaces as _, trimmed)', () => {
    expect(core.getInput('fail-on')).toBe('medium');
    expect(core.getInput('reports dir')).toBe('r');
    expect(core.getInput('missing')).toBe('');
  });

  it('appends outputs as delimited blocks that a multi-line value cannot break', () => {
    core.setOutput('result', 'passed');
    core.setOutput('note', 'two\nlines');
    const text = readFileSync(output, 'utf8');
    expect(text).toMatch(
      /^result<<(ghadelimiter_[0-9a-f-]+)\npassed\n\1\nnote<<(ghadelimiter_[0-9a-f-]+)\ntwo\nlines\n\2\n$/,
    );
  });

  it('escapes workflow commands so a message cannot inject another command', () => {
    const before = process.exitCode;
    core.setFailed('50% done\n::add-mask::x');
    process.exitCode = before;
    expect(written).toBe('::error::50%25 done%0A::add-mask::x\n');
    expect(core.failed()).toBe(true);
  });

  it('appends the job summary', async () => {
    await core.summary('### sast');
    expect(readFileSync(summary, 'utf8')).toBe('### sast\n');
  });
});
