import { TollgateError } from '../../core/errors.js';

/**
 * Where the OIDC identity token for Sigstore keyless signing comes from. Fulcio binds the
 * signing certificate to the identity in this token, so the source decides who the
 * attestation says signed it.
 */
export interface OidcTokenSource {
  /** Where the token comes from, for messages (never the token itself). */
  readonly description: string;
  getToken(): Promise<string>;
}

/** The subset of `fetch` the GitHub source needs; injectable so tests can point it anywhere. */
export type FetchFn = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export type Env = Record<string, string | undefined>;

export const SIGSTORE_AUDIENCE = 'sigstore';
export const TOKEN_ENV_VAR = 'SIGSTORE_ID_TOKEN';

const NO_TOKEN_HINT =
  'In GitHub Actions grant the job `permissions: id-token: write`; elsewhere set ' +
  `${TOKEN_ENV_VAR} to an OIDC identity token whose audience is "${SIGSTORE_AUDIENCE}".`;

/** A token given directly (a flag or an action input). */
export function staticTokenSource(token: string): OidcTokenSource {
  return {
    description: 'the given token',
    getToken: async () => requireJwt(token, 'the given token'),
  };
}

/** A token read from an environment variable when it is needed (default SIGSTORE_ID_TOKEN). */
export function envTokenSource(env: Env = process.env, name = TOKEN_ENV_VAR): OidcTokenSource {
  const description = `environment variable ${name}`;
  return {
    description,
    // Read on every call (not when created) so a token refreshed by the job is picked up.
    getToken: async () => {
      const value = env[name]?.trim();
      if (!value) {
        throw new TollgateError('SIGNER_UNAVAILABLE', `${name} is not set`, {
          hint: NO_TOKEN_HINT,
        });
      }
      return requireJwt(value, description);
    },
  };
}

export interface GitHubTokenOptions {
  env?: Env;
  fetch?: FetchFn;
  audience?: string;
  timeoutMs?: number;
}

/**
 * The GitHub Actions OIDC provider: GET ACTIONS_ID_TOKEN_REQUEST_URL with the audience as a
 * query parameter and ACTIONS_ID_TOKEN_REQUEST_TOKEN as bearer token; the answer is
 * `{"value": "<jwt>"}`. A fresh token is requested on every call because they expire
 * within minutes and a step may sign long after it started.
 */
export function githubActionsTokenSource(options: GitHubTokenOptions = {}): OidcTokenSource {
  const env = options.env ?? process.env;
  const doFetch: FetchFn = options.fetch ?? ((url, init) => fetch(url, init));
  const audience = options.audience ?? SIGSTORE_AUDIENCE;
  const description = 'the GitHub Actions OIDC provider';
  return {
    description,
    async getToken() {
      const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
      const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
      if (!requestUrl || !requestToken) {
        throw new TollgateError(
          'SIGNER_UNAVAILABLE',
          'the GitHub Actions OIDC provider is not available to this job',
          { hint: NO_TOKEN_HINT },
        );
      }
      const url = new URL(requestUrl);
      url.searchParams.set('audience', audience);
      // Only the origin goes into messages: the request URL carries run-specific parameters.
      const where = `${url.origin}${url.pathname}`;
      let response: Awaited<ReturnType<FetchFn>>;
      try {
        response = await doFetch(url.toString(), {
          method: 'GET',
          headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json' },
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (e) {
        throw new TollgateError('SIGNER_UNAVAILABLE', `cannot reach the OIDC provider ${where}`, {
          cause: e,
          hint: 'Check the runner can reach GitHub, then re-run the job.',
        });
      }
      if (!response.ok) {
        throw new TollgateError(
          'SIGNER_UNAVAILABLE',
          `the OIDC provider ${where} answered HTTP ${response.status}`,
          { hint: NO_TOKEN_HINT },
        );
      }
      const body = (await response.json().catch(() => undefined)) as
        { value?: unknown } | undefined;
      if (typeof body?.value !== 'string') {
        throw new TollgateError('SIGNER_UNAVAILABLE', `the OIDC provider ${where} sent no token`);
      }
      return requireJwt(body.value, description);
    },
  };
}

/**
 * Picks the source the way a user expects: an explicit token wins, then SIGSTORE_ID_TOKEN
 * (an explicit choice made in the environment), then the GitHub Actions provider. With none
 * available the returned source fails with SIGNER_UNAVAILABLE when asked for a token, so that
 * constructing a signer never fails just because signing is not needed yet.
 */
export function resolveTokenSource(
  options: { token?: string; env?: Env; fetch?: FetchFn; audience?: string } = {},
): OidcTokenSource {
  const env = options.env ?? process.env;
  if (options.token) return staticTokenSource(options.token);
  if (env[TOKEN_ENV_VAR]?.trim()) return envTokenSource(env);
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return githubActionsTokenSource(options);
  }
  return {
    description: 'no token source',
    getToken: () =>
      Promise.reject(
        new TollgateError(
          'SIGNER_UNAVAILABLE',
          `no OIDC identity token: neither ${TOKEN_ENV_VAR} nor the GitHub Actions OIDC provider is available`,
          { hint: NO_TOKEN_HINT },
        ),
      ),
  };
}

/** The claims of a JWT, read without verifying it (Fulcio verifies; this is for messages). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  try {
    const claims: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    if (claims && typeof claims === 'object' && !Array.isArray(claims)) {
      return claims as Record<string, unknown>;
    }
  } catch {
    // Fall through: the caller gets the same error for every malformed token.
  }
  throw new TollgateError('SIGNER_UNAVAILABLE', 'the OIDC identity token is not a JWT', {
    hint: NO_TOKEN_HINT,
  });
}

function requireJwt(token: string, from: string): string {
  const trimmed = token.trim();
  try {
    jwtClaims(trimmed);
  } catch (e) {
    // Name the source, never the token: it is a credential.
    throw new TollgateError('SIGNER_UNAVAILABLE', `the token from ${from} is not a JWT`, {
      cause: e,
      hint: NO_TOKEN_HINT,
    });
  }
  return trimmed;
}
