import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The job's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN): GET with the request
 * token as bearer and `audience` as query parameter, answered `{ "value": <JWT> }` as GitHub
 * does. The JWT comes from the caller's issuer (for instance the Sigstore mock's, so that its
 * Fulcio accepts it) with the claims of the job that asked.
 */
export type TokenIssuer = (claims: Record<string, string | number>) => string;

export interface OidcEndpoint {
  url: string;
  /** A request token for one job; its claims are fixed when the job starts. */
  requestTokenFor(claims: Record<string, string | number>): string;
  /** Audiences asked for, in order, with the job's workflow ref. */
  requests: { audience: string; job_workflow_ref: string }[];
  close(): Promise<void>;
}

export async function startOidcEndpoint(issue: TokenIssuer): Promise<OidcEndpoint> {
  const jobs = new Map<string, Record<string, string | number>>();
  const requests: OidcEndpoint['requests'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const claims = jobs.get(bearer);
    if (req.method !== 'GET' || !claims) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Bad credentials' }));
      return;
    }
    const audience =
      url.searchParams.get('audience') ?? `https://github.com/${claims.repository_owner}`;
    requests.push({ audience, job_workflow_ref: String(claims.job_workflow_ref) });
    const now = Math.floor(Date.now() / 1000);
    const value = issue({ ...claims, aud: audience, iat: now, nbf: now - 5, exp: now + 300 });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ count: 1, value }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/_apis/distributedtask/token?api-version=2.0`,
    requestTokenFor(claims) {
      const token = randomBytes(16).toString('hex');
      jobs.set(token, claims);
      return token;
    },
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
