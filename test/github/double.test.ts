import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';

// The double must be able to say no: otherwise every other test here proves nothing.
describe('the GitHub API double', () => {
  let gh: GitHubDouble;
  beforeAll(async () => void (gh = await startGitHubDouble()));
  afterAll(() => gh.close());
  const raw = (method: string, path: string, body?: unknown, auth = true) =>
    fetch(`${gh.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: 'token t' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  it('rejects a check run with a conclusion GitHub does not know (422)', async () => {
    const octokit = createGitHubClient({
      token: 't',
      baseUrl: gh.url,
      backoffUnitMs: 1,
      paceWrites: false,
    });
    const err = await octokit.rest.checks
      .create({
        owner: 'acme',
        repo: 'shop',
        name: 'x',
        head_sha: 'a'.repeat(40),
        conclusion: 'great' as never,
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 422 });
    expect(String((err as Error).message)).toMatch(/conclusion/);
    expect(gh.state.checkRuns).toHaveLength(0);
  });

  it('rejects a missing required body field, bad JSON, an unknown path and a wrong type of parameter', async () => {
    expect((await raw('POST', '/repos/acme/shop/check-runs', { head_sha: 'a' })).status).toBe(422);
    const bad = await fetch(`${gh.url}/repos/acme/shop/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token t' },
      body: '{"body": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect((await raw('GET', '/repos/acme/shop/no-such-thing')).status).toBe(404);
    expect((await raw('DELETE', '/repos/acme/shop/check-runs')).status).toBe(404);
    expect((await raw('GET', '/repos/acme/shop/issues/one/comments')).status).toBe(422);
    expect((await raw('GET', '/repos/acme/shop/issues/1/comments', undefined, false)).status).toBe(
      401,
    );
  });

  it('keeps comments, pages them with Link headers and answers in the documented shape', async () => {
    for (let i = 0; i < 5; i++) gh.state.addComment('acme/shop', 7, `c${i}`);
    const res = await raw('GET', '/repos/acme/shop/issues/7/comments?per_page=2&page=2');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { body: string }[]).map((c) => c.body)).toEqual(['c2', 'c3']);
    expect(res.headers.get('link')).toMatch(
      /page=3>; rel="next".*page=3>; rel="last".*page=1>; rel="first"/,
    );
    expect(gh.responseProblems).toEqual([]);
  });

  it('refuses an upload that is not gzip+base64 SARIF 2.1.0', async () => {
    const res = await raw('POST', '/repos/acme/shop/code-scanning/sarifs', {
      commit_sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      sarif: Buffer.from('not gzip').toString('base64'),
    });
    expect(res.status).toBe(400);
  });

  it('answers 501 for a valid request it does not model', async () => {
    expect((await raw('GET', '/repos/acme/shop')).status).toBe(501);
  });
});
