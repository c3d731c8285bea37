import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * A stand-in for GitHub's OIDC issuer: ES256 JWTs with the claims GitHub puts in an Actions
 * token (https://docs.github.com/actions/reference/openid-connect-reference), so the mock
 * Fulcio writes the same certificate extensions (repository, ref, sha, workflow) as the
 * real one does for a GitHub workflow.
 */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface MockIdentity {
  /** owner/name; default 'acme/shop'. */
  repository?: string;
  /** Default 'refs/heads/main'. */
  ref?: string;
  /** Commit the workflow runs for; default 40 × 'a'. */
  sha?: string;
  /** Workflow file; default '.github/workflows/release.yml'. */
  workflowPath?: string;
  /** Default GitHub's issuer. */
  issuer?: string;
  /** Raw claims added last; they override the derived ones. */
  claims?: Record<string, string | number>;
}

/** What a token issued for a MockIdentity will make Fulcio certify. */
export interface ResolvedIdentity {
  /** Certificate SAN: https://github.com/<job_workflow_ref>, as Fulcio derives it for GitHub. */
  san: string;
  issuer: string;
  claims: Record<string, string | number>;
}

export function resolveIdentity(id: MockIdentity = {}): ResolvedIdentity {
  const repository = id.repository ?? 'acme/shop';
  const ref = id.ref ?? 'refs/heads/main';
  const workflowRef = `${repository}/${id.workflowPath ?? '.github/workflows/release.yml'}@${ref}`;
  const issuer = id.issuer ?? GITHUB_ISSUER;
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, string | number> = {
    iss: issuer,
    aud: 'sigstore',
    sub: `repo:${repository}:ref:${ref}`,
    iat: now,
    nbf: now - 5,
    exp: now + 600,
    repository,
    repository_owner: repository.split('/')[0] ?? repository,
    ref,
    sha: id.sha ?? 'a'.repeat(40),
    workflow: 'release',
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    event_name: 'push',
    runner_environment: 'github-hosted',
    run_id: '1001',
    run_attempt: '1',
    ...id.claims,
  };
  const san =
    typeof claims.job_workflow_ref === 'string'
      ? `https://github.com/${claims.job_workflow_ref}`
      : String(claims.sub);
  return { san, issuer: String(claims.iss), claims };
}

export interface TokenIssuer {
  /** A signed JWT for the identity. */
  issue(id?: MockIdentity): string;
  /** The claims of a token this issuer signed, or an error message for any other token. */
  check(token: string, audience: string): Record<string, unknown> | string;
}

export function createTokenIssuer(): TokenIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    issue: (id) => signJwt(resolveIdentity(id).claims, privateKey),
    check: (token, audience) => checkJwt(token, audience, publicKey),
  };
}

function signJwt(claims: object, key: KeyObject): string {
  const enc = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${enc({ alg: 'ES256', typ: 'JWT', kid: 'mock' })}.${enc(claims)}`;
  const sig = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${sig.toString('base64url')}`;
}

/** The checks a real Fulcio makes on the token: signature, audience and expiry. */
function checkJwt(
  token: string,
  audience: string,
  key: KeyObject,
): Record<string, unknown> | string {
  const [header, payload, sig] = token.split('.');
  if (!header || !payload || !sig) return 'malformed token';
  const ok = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig, 'base64url'),
  );
  if (!ok) return 'token signature does not verify';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  if (claims.aud !== audience) return `token audience is not "${audience}"`;
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return 'token expired';
  return claims;
}
