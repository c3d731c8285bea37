import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { finding, GateRepo, patchAdding, PR, REPO, runGate } from './fixture.js';

// An attestation signed elsewhere (not through Tollgate's signer, which masks) quotes a
// token in a finding's message: nothing the gate publishes or writes may carry it.

const repo = new GateRepo();
afterAll(() => repo.remove());
let gh: GitHubDouble;
beforeEach(async () => {
  gh = await startGitHubDouble();
  gh.state.setPullFiles(REPO, PR, [
    { filename: 'src/app.ts', status: 'modified', patch: patchAdding(1, 3) },
  ]);
});
afterEach(async () => {
  await gh.close();
});

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('the gate on GitHub masks secrets that attestations quote', () => {
  it('in the check, its annotations, the PR comment, SARIF, the job summary and the files it writes', async () => {
    const token = `ghp_${Array.from({ length: 36 }, () => ALNUM[randomInt(62)]).join('')}`;
    const leaky = { ...finding(0, 'high'), message: `hard-coded credential ${token}` };
    const bundles = await repo.bundles([leaky, finding(1)], 'leaky');
    const r = await runGate(repo, gh, bundles, {}, 'leaky-out');
    expect(r.verdict.verdict).toBe('fail');
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.sarifUploads).toHaveLength(1);
    const published = JSON.stringify({
      checks: gh.state.checkRuns,
      comments: gh.state.commentsOn(REPO, PR),
      sarif: gh.state.sarifUploads,
      summaries: r.summaries,
      warnings: r.warnings,
      outputs: r.outputs,
    });
    expect(published).toContain('hard-coded credential');
    expect(published).toContain('[REDACTED:github-token]');
    const outDir = join(repo.dir.dir, 'leaky-out');
    const written = readdirSync(outDir).map((f) => readFileSync(join(outDir, f), 'utf8'));
    for (const text of [published, ...written]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.slice(4, 24));
    }
  });
});
