import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMIT } from '../helpers/gate-fixture.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { finding, GateRepo, patchAdding, PR, REPO, runGate } from './fixture.js';

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
  expect(gh.responseProblems).toEqual([]);
  await gh.close();
});

const marker = '<!-- tollgate:report -->';
const ours = () => gh.state.commentsOn(REPO, PR).filter((c) => c.body.startsWith(marker));

describe('the gate on GitHub, against the API double', () => {
  it('sets one failing check with annotations, one comment updated in place with new/fixed, SARIF and the job summary', async () => {
    const first = await repo.bundles([finding(0, 'high'), finding(1), finding(2)], 'b1');
    const r1 = await runGate(repo, gh, first, {}, 'out1');
    expect(r1.verdict.verdict).toBe('fail');
    expect(gh.state.checkRuns).toHaveLength(1);
    const check = gh.state.checkRuns[0]!;
    expect(check).toMatchObject({
      name: 'tollgate',
      headSha: COMMIT,
      conclusion: 'failure',
      status: 'completed',
    });
    expect(check.output.summary).toContain('| per-commit | `sast` | ❌ failed |');
    // Findings on lines 1–3 were changed by the PR; all three are annotated.
    expect(check.annotations.map((a) => a.start_line)).toEqual([1, 2, 3]);
    expect(ours()).toHaveLength(1);
    expect(r1.summaries[0]).toContain('**GitHub reporting**');
    expect(r1.warnings).toEqual([]);

    const upload = gh.requests.find((q) => q.operationId === 'code-scanning/upload-sarif');
    expect(upload?.status).toBe(202); // the double answers 422 to a body the description refuses
    const sarif = gh.state.sarifUploads[0]!;
    expect(sarif).toMatchObject({ commitSha: COMMIT, ref: `refs/pull/${PR}/head` });
    expect(sarif.sarif.runs[0]).toMatchObject({ automationDetails: { id: 'tollgate/sast/' } });
    expect((sarif.sarif.runs[0]!.results as unknown[]).length).toBe(3);

    // Second push: f0 fixed, f3 new, compared with the first run's report as the base.
    const second = await repo.bundles([finding(1), finding(2), finding(3, 'high')], 'b2');
    const r2 = await runGate(
      repo,
      gh,
      second,
      { baseReport: join(repo.dir.dir, 'out1/tollgate-report.json') },
      'out2',
    );
    expect(r2.verdict.verdict).toBe('fail');
    expect(ours()).toHaveLength(1);
    const body = ours()[0]!.body;
    expect(body).toContain('**1 new**, **1 fixed**');
    expect(body).toMatch(/🆕 🟧 high `rule-3`/);
    expect(body).toMatch(/✔️ 🟧 high `rule-0`/);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/update-comment')).toHaveLength(1);
    expect(gh.state.checkRuns).toHaveLength(2);
    const report = JSON.parse(readFileSync(r2.outputs['report-path']!, 'utf8')) as {
      steps: { step: string; findings: unknown[] }[];
    };
    expect(report.steps.find((s) => s.step === 'sast')?.findings).toHaveLength(3);
  });

  it('retries a 502 and a secondary rate limit, then succeeds', async () => {
    gh.failNext(`/repos/${REPO}/check-runs`, 2, 502);
    gh.secondaryRateLimitNext(`/repos/${REPO}/issues/${PR}/comments`, 1, 1);
    const r = await runGate(repo, gh, await repo.bundles([finding(0)], 'b3'));
    expect(r.warnings.filter((w) => !/rate limit/.test(w))).toEqual([]);
    const checks = gh.requests
      .filter((q) => q.operationId === 'checks/create')
      .map((q) => q.status);
    expect(checks).toEqual([502, 502, 201]);
    const comments = gh.requests
      .filter((q) => q.path === `/repos/${REPO}/issues/${PR}/comments`)
      .map((q) => `${q.method} ${q.status}`);
    expect(comments[0]).toBe('GET 403');
    expect(comments).toContain('POST 201');
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(ours()).toHaveLength(1);
  });

  it('falls back to a commit status when check runs are forbidden', async () => {
    gh.denyCheckRuns = true;
    const r = await runGate(repo, gh, await repo.bundles([finding(0, 'high')], 'b4'));
    expect(gh.state.checkRuns).toHaveLength(0);
    expect(gh.state.statuses).toEqual([
      expect.objectContaining({ context: 'tollgate', state: 'failure', sha: COMMIT }),
    ]);
    expect(r.summaries[0]).toMatch(/\| status \| ✅ \|/);
    expect(r.warnings.join('\n')).toMatch(/fell back to a commit status/);
  });

  it('a comment that always fails (500) is reported and does not change the verdict', async () => {
    const bundles = await repo.bundles([finding(0)], 'b5');
    gh.failNext(new RegExp(`/issues/${PR}/comments$`), 1000, 500);
    const r = await runGate(repo, gh, bundles);
    expect(r.verdict.verdict).toBe('pass');
    expect(r.outputs.verdict).toBe('pass');
    expect(r.warnings.join('\n')).toMatch(/GitHub comment: .*500/);
    expect(r.summaries[0]).toMatch(/\| comment \| ⚠️ failed \|/);
    expect(gh.state.checkRuns[0]?.conclusion).toBe('success');
    // 1 try + 3 retries of the listing, then it gives up.
    expect(gh.requests.filter((q) => q.method === 'GET' && q.status === 500)).toHaveLength(4);
  });

  it('finds its comment on page 2 of more than 100 and updates it instead of adding one', async () => {
    for (let i = 0; i < 130; i++) {
      if (i === 115) gh.state.addComment(REPO, PR, `${marker}\nold report`, 'github-actions[bot]');
      else gh.state.addComment(REPO, PR, i === 3 ? `quoting: ${marker}` : `chatter ${i}`);
    }
    await runGate(repo, gh, await repo.bundles([finding(0)], 'b6'));
    expect(gh.state.commentsOn(REPO, PR)).toHaveLength(130);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('### Tollgate: ✅ pass');
    const pages = gh.requests.filter((q) => q.operationId === 'issues/list-comments');
    expect(pages).toHaveLength(2);
  });

  it('annotates more than 50 findings in batches of 50', async () => {
    gh.state.setPullFiles(REPO, PR, [
      { filename: 'src/app.ts', status: 'modified', patch: patchAdding(1, 120) },
    ]);
    const many = Array.from({ length: 120 }, (_, i) => finding(i, 'low'));
    await runGate(repo, gh, await repo.bundles(many, 'b7'));
    expect(gh.state.checkRuns[0]!.annotations).toHaveLength(120);
    expect(gh.requests.filter((q) => q.operationId === 'checks/update')).toHaveLength(2);
    const log = JSON.parse(
      gunzipSync(
        Buffer.from(
          gh.requests.find((q) => q.operationId === 'code-scanning/upload-sarif')!.body![
            'sarif' as never
          ] as string,
          'base64',
        ),
      ).toString(),
    ) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results).toHaveLength(120);
  });
});
