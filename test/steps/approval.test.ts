import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { evaluateReview } from '../../src/gate/evaluators/simple.js';
import { runCli } from '../helpers/cli.js';
import { gitRepo, TempDir } from '../runner/fakes.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());
const env = { XDG_CONFIG_HOME: join(tmp.dir, 'config') };
const pub = join(tmp.dir, 'config/tollgate/local.pub');
const AUTHOR = 't@example.org'; // gitRepo's author

let n = 0;
let repo = '';
let commit = '';
beforeEach(() => {
  repo = join(tmp.dir, `repo-${++n}`);
  mkdirSync(repo);
  commit = gitRepo(repo);
});

const approve = (...args: string[]) =>
  runCli(['approve', '--repo', repo, ...args], tmp.dir, new Date(), env);
async function stepOfHead(inputs: Record<string, string> = {}) {
  const { implementationOf } = await import('../../src/steps/registry.js');
  const { stepContext } = await import('./step-context.js');
  const ctx = stepContext('approval', repo, join(repo, 'reports'), {
    'approver-keys': pub,
    ...inputs,
  });
  ctx.commit = commit;
  return (await implementationOf('approval'))!.run(ctx);
}

describe('approval (local, signed records of tollgate approve)', () => {
  it('fails without any approval, and says how to give one', async () => {
    await approve('--as', 'x@example.org', '--commit', commit); // makes the key
    const other = join(tmp.dir, 'empty');
    mkdirSync(other);
    gitRepo(other);
    repo = other;
    const r = await stepOfHead();
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/no approval of [0-9a-f]{12}: an approver runs tollgate approve/);
  });

  it('passes with an approval by someone other than the author, and attests who', async () => {
    const a = await approve('--as', 'lead@example.org', '--comment', 'ship it');
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain(`lead@example.org approved ${commit.slice(0, 12)}`);
    const r = await stepOfHead();
    expect(r.status, r.reason).toBe('passed');
    expect(r.attestations[0]!.predicate).toMatchObject({
      author: AUTHOR,
      headSha: commit,
      approvals: [{ reviewer: 'lead@example.org' }],
      changesRequested: [],
    });
  });

  it("refuses an approval by the change's own author unless allowed", async () => {
    expect((await approve('--as', AUTHOR)).stdout).toContain('(you are its author)');
    const r = await stepOfHead();
    expect(r.status).toBe('failed');
    expect(r.reason).toContain(`self-approved by the change's author ${AUTHOR}`);
    expect((await stepOfHead({ 'allow-self-approval': 'true' })).status).toBe('passed');
  });

  it('counts only listed approvers, and a later rejection blocks', async () => {
    await approve('--as', 'dev@example.org');
    const r = await stepOfHead({ approvers: 'lead@example.org' });
    expect(r.status).toBe('failed');
    expect(r.reason).toContain('dev@example.org is not among the approvers (lead@example.org)');
    await approve('--as', 'lead@example.org');
    expect((await stepOfHead({ approvers: 'lead@example.org' })).status).toBe('passed');
    await approve('--as', 'sec@example.org', '--reject');
    const blocked = await stepOfHead();
    expect(blocked.status).toBe('failed');
    expect(blocked.reason).toBe('rejected by sec@example.org');
  });

  it('a tampered record stops the step with the file named', async () => {
    await approve('--as', 'lead@example.org');
    const dir = join(repo, '.tollgate/approvals', commit);
    const file = join(dir, readdirSync(dir)[0]!);
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    const st = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString());
    st.predicate.approvals[0].reviewer = 'ceo@example.org';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
    writeFileSync(file, JSON.stringify(bundle));
    await expect(stepOfHead()).rejects.toThrow(
      /lead@example\.org\.sigstore\.json: approval record does not verify/,
    );
  });

  it('bad usage exits 2', async () => {
    const r = await approve('--commit', 'f'.repeat(40), '--as', 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a commit of');
  });
});

describe('the gate judges review predicates with approvers and allowSelfApproval', () => {
  const p = {
    author: 'a',
    headSha: 'f'.repeat(40),
    approvals: [{ reviewer: 'a' }, { reviewer: 'b' }],
    changesRequested: [],
  };
  const judge = (thresholds: object) => evaluateReview(p, { thresholds } as never);
  it('ignores unlisted approvers and the author by default', () => {
    expect(judge({}).ok).toBe(true);
    expect(judge({ approvers: ['c'] })).toMatchObject({
      ok: false,
      summary: expect.stringContaining('only c may approve'),
    });
    expect(judge({ approvers: ['A'] }).ok).toBe(false);
    expect(judge({ approvers: ['A'], allowSelfApproval: true }).ok).toBe(true);
  });
});

describe('approval on GitHub (deployment reviews of the run, against the API double)', () => {
  it("counts the Environment reviewers' decisions, and refuses the author's own", async () => {
    const { startGitHubDouble } = await import('../helpers/github-double/index.js');
    const { stepContext } = await import('./step-context.js');
    const { implementationOf } = await import('../../src/steps/registry.js');
    const gh = await startGitHubDouble();
    try {
      const run = gh.state.addWorkflowRun({
        repo: 'example/fixture',
        headBranch: 'main',
        headSha: 'a'.repeat(40),
        event: 'push',
      });
      const decide = (user: string, state: 'approved' | 'rejected', env = 'production-approval') =>
        gh.state.runApprovals.push({
          repo: 'example/fixture',
          runId: run.id,
          state,
          user,
          comment: 'ok',
          environments: [env],
        });
      const step = async () =>
        (await implementationOf('approval'))!.run(
          stepContext('approval', repo, join(repo, 'reports'), {
            'github-token': 't0ken',
            'run-id': String(run.id),
            'api-url': gh.url,
            author: 'alice',
            environment: 'production-approval',
          }),
        );
      decide('bob', 'approved', 'staging'); // another Environment's reviewer does not count
      expect((await step()).reason).toMatch(/^no approval on run \d+/);
      decide('alice', 'approved');
      const self = await step();
      expect(self.status).toBe('failed');
      expect(self.reason).toContain("self-approved by the change's author alice");
      decide('carol', 'approved');
      const ok = await step();
      expect(ok.status, ok.reason).toBe('passed');
      expect(ok.attestations[0]!.predicate).toMatchObject({
        author: 'alice',
        approvals: [{ reviewer: 'alice' }, { reviewer: 'carol' }],
      });
      expect(gh.responseProblems).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
