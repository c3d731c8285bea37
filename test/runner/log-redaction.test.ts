import { randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { createRedactor } from '../../src/core/redact.js';
import { runLocal } from '../../src/runner/runner.js';
import type { StepImplementation } from '../../src/steps/types.js';
import { gitRepo, runnerDeps, runOptions, TempDir } from './fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (n: number) => Array.from({ length: n }, () => ALNUM[randomInt(62)]).join('');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('step logs and run reports pass the redactor', () => {
  it('masks token shapes in tool output and reasons, and secrets found later in logs written before', async () => {
    const repo = join(tmp.dir, 'repo');
    mkdirSync(repo);
    const commit = gitRepo(repo);
    const token = `ghp_${pick(36)}`;
    // A value no shape knows: only a scanner's finding can tell it is a secret.
    const found = pick(30);
    let printed!: () => void;
    const lintDone = new Promise<void>((r) => (printed = r));
    const redactor = createRedactor();

    // A tool that prints both (as a linter quoting a source line would), before the scan ends.
    const lint: StepImplementation = {
      id: 'lint-language',
      async run(ctx) {
        const script = `process.stdout.write('src/a.js:3 const t = "${token.slice(0, 10)}');
          process.stdout.write('${token.slice(10)}";\\nconfig.js:1 value ${found}\\n');
          process.stderr.write('warning near ${found}');`;
        await ctx.exec.run(process.execPath, ['-e', script], { cwd: ctx.repoDir });
        ctx.log(`lint-language: quoting ${token}`);
        printed();
        return {
          status: 'failed',
          reason: `a hard-coded credential ${token}`,
          attestations: [
            {
              predicateType: PREDICATE.scanResult,
              predicate: {
                scanner: { name: 'eslint', version: '9' },
                counts: { high: 1 },
                findings: [{ ruleId: 'no-secrets', severity: 'high', message: `uses ${token}` }],
              },
            },
          ],
          products: [],
          reports: [],
        };
      },
    };
    // A scanner beside it finishes after it and reports the value it matched.
    const scan: StepImplementation = {
      id: 'sast',
      async run() {
        await lintDone;
        redactor.addSecrets([found]);
        return {
          status: 'passed',
          attestations: [
            {
              predicateType: PREDICATE.scanResult,
              predicate: { scanner: { name: 'scanner', version: '1' }, counts: {}, findings: [] },
            },
          ],
          products: [],
          reports: [],
        };
      },
    };
    const { folder } = await runLocal(
      runOptions(repo, { commit, only: ['lint-language', 'sast'], jobs: 2 }),
      { ...runnerDeps([lint, scan]), redactor },
    );

    const log = readFileSync(folder.logOf('lint-language'), 'utf8');
    expect(log).toContain('src/a.js:3 const t = "[REDACTED:github-token]";');
    expect(log).toContain('config.js:1 value [REDACTED:secret]');
    expect(log).toContain('lint-language: quoting [REDACTED:github-token]');
    for (const path of filesUnder(folder.dir)) {
      const text = readFileSync(path, 'utf8');
      const payloads = path.endsWith('.sigstore.json')
        ? Buffer.from(
            (JSON.parse(text) as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
            'base64',
          ).toString()
        : '';
      for (const s of [token, token.slice(4, 24), found]) {
        expect(text.includes(s) || payloads.includes(s), `${s} in ${path}`).toBe(false);
      }
    }
    const summary = readFileSync(join(folder.dir, 'summary.md'), 'utf8');
    // summary.md escapes Markdown, so the marker reads `\[REDACTED:…\]` in the file.
    expect(summary).toContain('\\[REDACTED:github-token\\]');
  });
});
