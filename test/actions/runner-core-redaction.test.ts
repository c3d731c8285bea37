import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runnerCore } from '../../src/actions/step/runner-core.js';
import { redactor } from '../../src/core/redact.js';

const dir = mkdtempSync(join(tmpdir(), 'tollgate-runner-core-redact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (n: number) => Array.from({ length: n }, () => ALNUM[randomInt(62)]).join('');

describe('the step actions’ runner protocol masks secrets', () => {
  it('in log lines, annotations, outputs and the job summary, and hands found secrets to ::add-mask::', async () => {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    let written = '';
    const core = runnerCore(
      { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
      (t) => (written += t),
    );
    const token = `ghp_${pick(36)}`;
    const found = pick(30);
    redactor.addSecrets([found]);
    expect(written).toBe(`::add-mask::${found}\n`);
    for (const s of [token, found]) {
      core.info(`cloning with ${s}`);
      core.warning(`near ${s}`);
      core.setOutput('note', `value ${s}`);
      await core.summary(`| ${s} |`);
    }
    const before = process.exitCode;
    core.setFailed(`failed: ${token}`);
    process.exitCode = before;
    const everything = [
      written.slice(`::add-mask::${found}\n`.length),
      readFileSync(output, 'utf8'),
      readFileSync(summary, 'utf8'),
    ].join('\n');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(found);
    expect(everything).toContain('cloning with [REDACTED:github-token]');
    expect(everything).toContain('cloning with [REDACTED:secret]');
  });
});
