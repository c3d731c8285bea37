import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withStepMeta } from '../../src/attest/predicates/step-meta.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { evaluateReview } from '../../src/gate/evaluators/simple.js';
import { patternRegex } from '../../src/steps/peer-review/codeowners.js';
import { peerReview } from '../../src/steps/peer-review/index.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { predicateAjv, readSchema } from '../docs/markdown.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const reviewSchema = predicateAjv().compile(readSchema('review.schema.json'));

const REPO = 'example/fixture'; // the repository stepContext names
const PULL = 12;
const HEAD = 'e'.repeat(40);
const OLDER = 'f'.repeat(40);
let gh: GitHubDouble;
let dir: string;

beforeAll(async () => void (dir = await tempDir('peer-review')));
afterAll(() => removeDir(dir));
beforeEach(async () => {
  gh = await startGitHubDouble();
  gh.state.addPull({
    repo: REPO,
    number: PULL,
    author: 'alice',
    headSha: HEAD,
    headRef: 'feature',
    headOwner: 'example',
    baseRef: 'main',
  });
});
afterEach(async () => {
  expect(gh.responseProblems).toEqual([]);
  await gh.close();
});

let n = 0;
async function runStep(inputs: Record<string, string> = {}) {
  const ctx = stepContext('peer-review', dir, join(dir, `out-${++n}`), {
    'min-approvals': '1',
    'github-token': 't0ken',
    'pull-request': String(PULL),
    'api-url': gh.url,
    'code-owners': 'true',
    ...inputs,
  });
  const result = await peerReview.run(ctx);
  const predicate = result.attestations[0]?.predicate;
  if (predicate) {
    // Every predicate the step attests is valid under the documented schema.
    const ok = reviewSchema(
      withStepMeta(PREDICATE.review, predicate, { step: 'peer-review', status: 'passed' }),
    );
    expect(reviewSchema.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  }
  const details = result.reports.length
    ? (JSON.parse(await readFile(join(ctx.outDir, result.reports[0]!), 'utf8')) as Record<
        string,
        unknown
      >)
    : undefined;
  return { result, predicate, details, lines: ctx.lines };
}

const review = (
  user: string,
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED',
  commitId = HEAD,
  at = 0,
) =>
  gh.state.addReview({
    repo: REPO,
    pull: PULL,
    user,
    body: '',
    state,
    commitId,
    submittedAt: new Date(Date.parse('2026-11-20T10:00:00Z') + at * 60_000)
      .toISOString()
      .replace(/\.\d+Z$/, 'Z'),
  });
const gate = (p: unknown) =>
  evaluateReview(p as Record<string, unknown>, { thresholds: { minApprovals: 1 } } as never);

describe('peer-review against the GitHub API double', () => {
  it('passes with an approval of the head commit by someone else, and attests who and which commit', async () => {
    review('bob', 'COMMENTED', HEAD, 0);
    review('bob', 'APPROVED', HEAD, 1);
    review('bob', 'COMMENTED', HEAD, 2); // a later comment does not withdraw the approval
    const { result, predicate } = await runStep();
    expect(result.reason).toBeUndefined();
    expect(result.status).toBe('passed');
    expect(predicate).toMatchObject({
      headSha: HEAD,
      author: 'alice',
      approvals: [{ reviewer: 'bob', at: '2026-11-20T10:01:00Z' }],
      changesRequested: [],
    });
    expect(gate(predicate)).toMatchObject({ ok: true });
    expect(gh.requests.map((r) => r.operationId)).toEqual(
      expect.arrayContaining(['pulls/get', 'pulls/list-reviews', 'repos/get-content']),
    );
  });

  it('fails "self-approved" when the only approval is the author\'s', async () => {
    review('alice', 'APPROVED');
    const { result, predicate } = await runStep();
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/0 approval\(s\) of the head commit .*self-approved/);
    expect(gate(predicate)).toMatchObject({ ok: false });
  });

  it('fails when the approval is of an older commit', async () => {
    review('bob', 'APPROVED', OLDER);
    const { result } = await runStep();
    expect(result.status).toBe('failed');
    expect(result.reason).toContain(
      `bob approved an older commit ${OLDER.slice(0, 12)}, not the head ${HEAD.slice(0, 12)}`,
    );
  });

  it('fails when changes were requested after an approval (latest review per user counts)', async () => {
    review('bob', 'APPROVED', HEAD, 1);
    review('carol', 'APPROVED', HEAD, 2);
    review('carol', 'CHANGES_REQUESTED', HEAD, 3);
    const { result, predicate } = await runStep();
    expect(result.status).toBe('failed');
    expect(result.reason).toBe('changes requested by carol');
    expect(gate(predicate)).toMatchObject({ ok: false });
    // The same reviewer approving again afterwards clears it.
    review('carol', 'APPROVED', HEAD, 4);
    expect((await runStep()).result.status).toBe('passed');
  });

  it('fails when a code owner of a changed file has not approved, and passes once one has', async () => {
    gh.state.setFile(
      REPO,
      'main',
      '.github/CODEOWNERS',
      '# owners\n*       @bob\n/src/secure/   @example/security\ndocs/  # no owners\n',
    );
    gh.state.setPullFiles(REPO, PULL, [
      { filename: 'src/app.ts', status: 'modified' },
      { filename: 'src/secure/keys.ts', status: 'modified' },
      { filename: 'docs/readme.md', status: 'added' },
    ]);
    gh.state.teams.set('example/security', ['dave']);
    review('bob', 'APPROVED');
    const missing = await runStep();
    expect(missing.result.status).toBe('failed');
    expect(missing.result.reason).toMatch(
      /^no approval by a code owner of src\/secure\/keys\.ts \(@example\/security\) \(team membership as the token sees it/,
    );
    review('dave', 'APPROVED');
    const ok = await runStep();
    expect(ok.result.status).toBe('passed');
    expect(ok.details).toMatchObject({
      codeOwners: {
        file: '.github/CODEOWNERS',
        files: [
          { path: 'src/app.ts', approvedBy: 'bob' },
          { path: 'src/secure/keys.ts', approvedBy: 'dave' },
        ],
      },
    });
    // A token that may not read teams: said so, never guessed.
    gh.state.denyTeams = true;
    const denied = await runStep();
    expect(denied.result.status).toBe('failed');
    expect(denied.result.reason).toMatch(/team @example\/security cannot be resolved: .*HTTP 403/);
  });

  it('fails with a clear reason outside a pull request on GitHub, and when the PR moved on', async () => {
    // Without a token it looks for local review records; there are none, so no review.
    const local = await runStep({ 'github-token': '${{ github.token }}' });
    expect(local.result).toMatchObject({ status: 'failed', failure: 'findings' });
    expect(local.result.reason).toMatch(/no review of .*tollgate approve --step peer-review/);
    const noPr = await runStep({ 'pull-request': '' });
    expect(noPr.result.reason).toMatch(/no pull request/);
    review('bob', 'APPROVED');
    const moved = await runStep({ 'head-sha': OLDER });
    expect(moved.result.status).toBe('failed');
    expect(moved.result.reason).toContain(`the head of #${PULL} is now ${HEAD.slice(0, 12)}`);
  });
});

describe('CODEOWNERS patterns', () => {
  it.each([
    ['*', 'a/b/c.ts', true],
    ['*.js', 'src/x.js', true],
    ['*.js', 'src/x.ts', false],
    ['/build/logs/', 'build/logs/a.log', true],
    ['/build/logs/', 'x/build/logs/a.log', false],
    ['docs/*', 'docs/a.md', true],
    ['docs/*', 'docs/sub/a.md', false],
    ['apps/', 'x/apps/y.ts', true],
    ['**/logs', 'a/b/logs/z', true],
    ['/src/secure/', 'src/secure/keys.ts', true],
  ])('%s on %s → %s', (pattern, path, expected) => {
    expect(patternRegex(pattern).test(path)).toBe(expected);
  });
});
