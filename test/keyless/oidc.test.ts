import { afterEach, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import {
  envTokenSource,
  githubActionsTokenSource,
  resolveTokenSource,
  staticTokenSource,
  type FetchFn,
} from '../../src/attest/signers/oidc.js';
import { createTokenIssuer } from '../helpers/sigstore-mock-token.js';
import { startHttpStub, unusedURL, type HttpStub } from './http-stub.js';

const REQUEST_TOKEN = 'runtime-request-token-123';
const jwt = createTokenIssuer().issue();

/** Answers like GitHub's token endpoint: bearer token and audience are required. */
async function startGitHubTokenEndpoint(): Promise<HttpStub> {
  return startHttpStub((req) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) {
      return { status: 401, body: { message: 'bad bearer' } };
    }
    if (url.searchParams.get('audience') !== 'sigstore') {
      return { status: 400, body: { message: 'audience required' } };
    }
    return { status: 200, body: { count: 1, value: jwt } };
  });
}

async function rejection(p: Promise<unknown>): Promise<TollgateError> {
  const e: unknown = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TollgateError);
  return e as TollgateError;
}

describe('OIDC token sources', () => {
  let stub: HttpStub | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  it('gets a token from the GitHub Actions endpoint with bearer token and audience', async () => {
    stub = await startGitHubTokenEndpoint();
    const env = {
      // GitHub's URL already carries a query string; the audience is appended to it.
      ACTIONS_ID_TOKEN_REQUEST_URL: `${stub.url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
    };
    await expect(githubActionsTokenSource({ env }).getToken()).resolves.toBe(jwt);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.method).toBe('GET');
    expect(stub.requests[0]?.url).toBe('/token?api-version=2.0&audience=sigstore');

    // The same request through an injected fetch.
    const seen: string[] = [];
    const injected: FetchFn = (url, init) => {
      seen.push(url);
      return fetch(url, init);
    };
    await expect(githubActionsTokenSource({ env, fetch: injected }).getToken()).resolves.toBe(jwt);
    expect(seen).toEqual([`${stub.url}/token?api-version=2.0&audience=sigstore`]);
  });

  it('reports a refused request as SIGNER_UNAVAILABLE without leaking the request token', async () => {
    stub = await startGitHubTokenEndpoint();
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${stub.url}/token`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong',
    };
    const e = await rejection(githubActionsTokenSource({ env }).getToken());
    expect(e.code).toBe('SIGNER_UNAVAILABLE');
    expect(e.message).toBe(`the OIDC provider ${stub.url}/token answered HTTP 401`);
    expect(e.hint).toContain('id-token: write');
  });

  it('reports an unreachable endpoint as SIGNER_UNAVAILABLE', async () => {
    const url = await unusedURL();
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
    };
    const e = await rejection(githubActionsTokenSource({ env }).getToken());
    expect(e.code).toBe('SIGNER_UNAVAILABLE');
    expect(e.message).toContain(`cannot reach the OIDC provider ${url}/token`);
  });

  it('prefers a given token, then SIGSTORE_ID_TOKEN, then GitHub Actions', async () => {
    const actions = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/t',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
    };
    expect(
      resolveTokenSource({ token: jwt, env: { SIGSTORE_ID_TOKEN: jwt, ...actions } }).description,
    ).toBe('the given token');
    expect(resolveTokenSource({ env: { SIGSTORE_ID_TOKEN: jwt, ...actions } }).description).toBe(
      'environment variable SIGSTORE_ID_TOKEN',
    );
    expect(resolveTokenSource({ env: actions }).description).toBe(
      'the GitHub Actions OIDC provider',
    );
    await expect(envTokenSource({ SIGSTORE_ID_TOKEN: ` ${jwt}\n` }).getToken()).resolves.toBe(jwt);
    await expect(staticTokenSource(jwt).getToken()).resolves.toBe(jwt);
  });

  it('fails with SIGNER_UNAVAILABLE and a hint when no token is available', async () => {
    const e = await rejection(resolveTokenSource({ env: {} }).getToken());
    expect(e.code).toBe('SIGNER_UNAVAILABLE');
    expect(e.message).toContain('SIGSTORE_ID_TOKEN');
    expect(e.hint).toContain('id-token: write');
    const missing = await rejection(envTokenSource({}).getToken());
    expect(missing.message).toBe('SIGSTORE_ID_TOKEN is not set');
  });

  it('refuses a token that is not a JWT without echoing it', async () => {
    const e = await rejection(envTokenSource({ SIGSTORE_ID_TOKEN: 'secret-not-a-jwt' }).getToken());
    expect(e.code).toBe('SIGNER_UNAVAILABLE');
    expect(e.message).toBe('the token from environment variable SIGSTORE_ID_TOKEN is not a JWT');
    expect(e.message).not.toContain('secret');
  });
});
