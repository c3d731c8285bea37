import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMIT, OTHER_COMMIT } from '../helpers/gate-fixture.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { run } from '../../src/actions/gate/run.js';
import { createGitHubClient } from '../../src/github/client.js';
import { octokitReadPort } from '../../src/github/octokit-read-port.js';
import { finding, gateDeps, PR, REPO } from './fixture.js';
import { followUp, FollowUpRepo, zipFolder } from './follow-up-fixture.js';

const repo = new FollowUpRepo();
const marker = '<!-- tollgate:report -->';
let gh: GitHubDouble;
/** The head run's verdicts as downloaded: one folder per stage's artifact. */
let headDir: string;
let baseZip: Buffer;

beforeAll(async () => {
  headDir = join(repo.dir.dir, 'downloaded');
  const commit = await repo.perCommit([finding(1, 'high'), finding(2), finding(3)], 'pc');
  const pr = await repo.perPr([finding(40, 'low')], 'pr');
  mkdirSync(headDir);
  cpSync(commit, join(headDir, 'tollgate-verdict-per-commit'), { recursive: true });
  cpSync(pr, join(headDir, 'tollgate-verdict-per-pr'), { recursive: true });
  // The base branch had findings 0, 1, 2: the head fixed 0 and added 3.
  baseZip = zipFolder(await repo.perCommit([finding(0), finding(1, 'high'), finding(2)], 'base'));
}, 30_000);
afterAll(() => repo.remove());
beforeEach(async () => {
  gh = await startGitHubDouble();
  // The fork's pull request, and another fork's pull request of a branch of the same name.
  gh.state.addPull({
    repo: REPO,
    number: PR,
    author: 'forker',
    headSha: COMMIT,
    headRef: 'feature',
    headOwner: 'forker',
    baseRef: 'main',
  });
  gh.state.addPull({
    repo: REPO,
    number: 13,
    author: 'other',
    headSha: OTHER_COMMIT,
    headRef: 'feature',
    headOwner: 'other',
    baseRef: 'main',
  });
});
afterEach(async () => {
  expect(gh.responseProblems).toEqual([]);
  await gh.close();
});

const comments = (n = PR) => gh.state.commentsOn(REPO, n).filter((c) => c.body.startsWith(marker));
const forkRun = { head_sha: COMMIT, head_branch: 'feature', owner: 'forker' };

function seedBaseRun(): void {
  // The newest successful push run on main has the base report; a fork's pull_request run
  // from its own "main" and a failed newer push run must not be taken for it.
  const push = gh.state.addWorkflowRun({
    repo: REPO,
    headBranch: 'main',
    headSha: OTHER_COMMIT,
    event: 'push',
  });
  gh.state.addArtifact({
    repo: REPO,
    runId: push.id,
    name: 'tollgate-verdict-per-commit',
    zip: baseZip,
  });
  const forkMain = gh.state.addWorkflowRun({
    repo: REPO,
    headBranch: 'main',
    headSha: 'c'.repeat(40),
    event: 'pull_request',
  });
  gh.state.addArtifact({
    repo: REPO,
    runId: forkMain.id,
    name: 'tollgate-verdict-per-commit',
    zip: Buffer.from('not a zip'),
  });
  gh.state.addWorkflowRun({
    repo: REPO,
    headBranch: 'main',
    headSha: 'd'.repeat(40),
    event: 'push',
    conclusion: 'failure',
  });
}

describe('the workflow_run follow-up of a fork pull request', () => {
  it('finds the fork PR by owner:branch and head commit, and posts exactly one comment covering every stage', async () => {
    const r = await followUp(repo, gh, headDir, forkRun);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`pull request #${PR} (open pull request of forker:feature)`);
    expect(comments()).toHaveLength(1);
    expect(comments(13)).toHaveLength(0);
    const body = comments()[0]!.body;
    // per-commit and per-pr in one comment and one check.
    expect(body).toContain('| per-commit | `sast` |');
    expect(body).toContain('| per-pr | `dast` |');
    expect(body).toMatch(/no base report: no successful push run on .*main/);
    expect(gh.state.checkRuns).toEqual([
      expect.objectContaining({ headSha: COMMIT, conclusion: 'failure' }),
    ]);
    expect(gh.state.checkRuns[0]!.output.title).toBe('2 of 3 required steps passed');
    const asked = gh.requests.map((q) => q.operationId);
    expect(asked).toContain('pulls/list');
  });

  it('posts no comment when the pull request has moved on to another commit, and says why', async () => {
    gh.state.pulls[0]!.headSha = OTHER_COMMIT;
    const r = await followUp(repo, gh, headDir, forkRun);
    expect(r.code).toBe(0);
    expect(comments()).toHaveLength(0);
    expect(gh.state.comments).toHaveLength(0);
    expect(r.stdout).toContain(
      `no comment: the head of #${PR} is now ${OTHER_COMMIT.slice(0, 12)}, not ${COMMIT.slice(0, 12)}`,
    );
    // It also tried the commit's associated pull requests? No: a moved PR is answer enough.
    expect(gh.requests.map((q) => q.operationId)).not.toContain(
      'repos/list-pull-requests-associated-with-commit',
    );
  });

  it('falls back to the pull requests associated with the commit when owner:branch finds none', async () => {
    gh.state.pulls[0]!.headOwner = 'acme'; // a branch of this repository, not listed on the event
    const r = await followUp(repo, gh, headDir, {
      ...forkRun,
      owner: 'acme',
      head_branch: 'renamed',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pull request associated with');
    expect(comments()).toHaveLength(1);
  });

  it('compares with the base branch report from the artifacts, over two runs, keeping one comment', async () => {
    const first = await followUp(repo, gh, headDir, forkRun);
    expect(first.code).toBe(0);
    expect(comments()[0]!.body).toContain('no base report');
    seedBaseRun();
    const second = await followUp(repo, gh, headDir, forkRun);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(comments()).toHaveLength(1);
    const body = comments()[0]!.body;
    expect(body).not.toContain('no base report');
    expect(body).toContain('**1 new**, **1 fixed**');
    // sast: fingerprint fp-3 is new, fp-0 fixed; dast has no base (not run on push): no diff.
    expect(body).toMatch(/\| per-commit \| `sast` \| ❌ failed \| [^|]+\| 1 \| 1 \|/);
    expect(body).toMatch(/\| per-pr \| `dast` \| [^|]+\| [^|]+\| — \| — \|/);
    const paths = gh.requests.map((q) => `${q.status} ${q.path}`);
    expect(paths.some((p) => /^302 .*\/actions\/artifacts\/\d+\/zip$/.test(p))).toBe(true);
    expect(paths.some((p) => p.startsWith('200 /_storage/artifacts/'))).toBe(true);
  });

  it('says "no base report" and keeps the verdict when the base artifact expired or is damaged', async () => {
    const push = gh.state.addWorkflowRun({
      repo: REPO,
      headBranch: 'main',
      headSha: OTHER_COMMIT,
      event: 'push',
    });
    gh.state.addArtifact({
      repo: REPO,
      runId: push.id,
      name: 'tollgate-verdict-per-commit',
      zip: baseZip,
      expired: true,
    });
    const expired = await followUp(repo, gh, headDir, forkRun);
    expect(expired.code).toBe(0);
    expect(comments()[0]!.body).toMatch(
      /no base report: run \d+ kept no tollgate-verdict-per-commit/,
    );
    const newer = gh.state.addWorkflowRun({
      repo: REPO,
      headBranch: 'main',
      headSha: OTHER_COMMIT,
      event: 'push',
    });
    gh.state.addArtifact({
      repo: REPO,
      runId: newer.id,
      name: 'tollgate-verdict-per-commit',
      zip: baseZip.subarray(0, 100),
    });
    const damaged = await followUp(repo, gh, headDir, forkRun);
    expect(damaged.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toMatch(/no base report: .*not a readable zip archive/);
    expect(gh.state.checkRuns.every((c) => c.conclusion === 'failure')).toBe(true);
  });
});

describe('the gate action with base-report: auto', () => {
  it('finds the base report through /actions/runs when the workflow is not known', async () => {
    seedBaseRun();
    const d = gateDeps(gh);
    const client = createGitHubClient({
      token: 't',
      baseUrl: gh.url,
      backoffUnitMs: 1,
      paceWrites: false,
    });
    const verdict = await run(
      {
        policy: join(repo.dir.dir, 'tollgate.yml'),
        bundles: join(repo.dir.dir, 'pc-bundles'),
        commit: COMMIT,
        stages: [],
        verdictPath: join(repo.dir.dir, 'gate-auto', 'verdict.json'),
        workspace: repo.dir.dir,
        github: {
          checkName: 'tollgate',
          check: true,
          comment: true,
          uploadSarif: false,
          baseReport: 'auto',
        },
      },
      { ...d.deps, github: { ...d.deps.github!, read: octokitReadPort(client) } },
    );
    expect(verdict.verdict).toBe('fail');
    expect(d.warnings).toEqual([]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('**1 new**, **1 fixed**');
    expect(gh.requests.map((q) => q.operationId)).toContain('actions/list-workflow-runs-for-repo');
  });
});
