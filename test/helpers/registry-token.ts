import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

/**
 * The token service of a registry in Bearer mode (distribution's `auth: token`), on 127.0.0.1:
 * it checks Basic credentials and issues an ES256 JWT with the signing certificate in `x5c`,
 * which docker-registry verifies against its `rootcertbundle`. Grants every requested action.
 */
export interface TokenService {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  /** Scopes asked for, to assert that the client sent the challenge's scope. */
  scopes: string[];
  close(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export async function startTokenService(
  dir: string,
  username: string,
  password: string,
): Promise<TokenService> {
  const keyFile = join(dir, 'token-key.pem');
  const certFile = join(dir, 'token-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=tollgate-test-token',
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(keyFile));
  const x5c = [new X509Certificate(readFileSync(certFile)).raw.toString('base64')];
  const service = 'tollgate-test';
  const issuer = 'tollgate-test-issuer';
  const scopes: string[] = [];
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers.authorization !== expected) {
      res.writeHead(401).end('{"details":"bad credentials"}');
      return;
    }
    const asked = url.searchParams.getAll('scope');
    scopes.push(...asked);
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', x5c }));
    const claims = b64url(
      JSON.stringify({
        iss: issuer,
        sub: username,
        aud: url.searchParams.get('service'),
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomBytes(8).toString('hex'),
        access: asked.map((sc) => {
          const [type, name, actions] = sc.split(':');
          return { type, name, actions: (actions ?? '').split(',') };
        }),
      }),
    );
    const sig = sign('sha256', Buffer.from(`${header}.${claims}`), {
      key,
      dsaEncoding: 'ieee-p1363',
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: `${header}.${claims}.${b64url(sig)}` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certFile,
    scopes,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
