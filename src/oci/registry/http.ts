import { TollgateError } from '../../core/errors.js';
import { isLoopbackHost } from '../refs.js';
import type { Credentials } from './credentials.js';

export interface RegistryHttpOptions {
  /** `host[:port]` */
  registry: string;
  credentials?: Credentials | undefined;
  /** Allow plain http (and so unauthenticated transport) to a host that is not this machine. */
  insecure?: boolean;
  signal?: AbortSignal;
}

/** `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` → scheme and parameters. */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  const params: Record<string, string> = {};
  for (const p of (m?.[2] ?? '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[p[1]!.toLowerCase()] = p[2] ?? p[3] ?? '';
  }
  return { scheme: (m?.[1] ?? '').toLowerCase(), params };
}

/**
 * HTTP to one registry with the distribution spec's authentication: a request is sent, a 401
 * answers with a challenge, and the request is repeated with Basic credentials or with a
 * Bearer token fetched from the challenge's realm. Tokens are cached per scope, so a push of
 * many blobs asks for a token once.
 */
export class RegistryHttp {
  readonly base: string;
  private readonly tokens = new Map<string, string>();

  private readonly opts: RegistryHttpOptions;

  constructor(opts: RegistryHttpOptions) {
    this.opts = opts;
    // Plain http only to this machine (the test registry, a local mirror) or when asked for.
    const plain = isLoopbackHost(opts.registry) || opts.insecure === true;
    this.base = `${plain ? 'http' : 'https'}://${opts.registry}`;
  }

  get registry(): string {
    return this.opts.registry;
  }

  /** Sends a request; `scope` is the token scope (`repository:<name>:pull,push`). */
  async request(
    method: string,
    pathOrUrl: string,
    init: { headers?: Record<string, string>; body?: Buffer; scope: string },
  ): Promise<Response> {
    const url = new URL(pathOrUrl, this.base).toString();
    const send = (auth: string | undefined) =>
      this.fetch(url, {
        method,
        headers: { ...init.headers, ...(auth ? { authorization: auth } : {}) },
        ...(init.body ? { body: init.body } : {}),
      });
    // Credentials go to the registry only: an upload Location on another host (a storage
    // service) gets the request without them, as a signed URL expects.
    if (new URL(url).origin !== new URL(this.base).origin) return send(undefined);
    let res = await send(this.tokens.get(init.scope));
    if (res.status !== 401) return res;
    const challenge = res.headers.get('www-authenticate') ?? '';
    await res.body?.cancel();
    const auth = await this.answer(challenge, init.scope);
    res = await send(auth);
    if (res.status === 401) {
      await res.body?.cancel();
      throw this.refused();
    }
    this.tokens.set(init.scope, auth);
    return res;
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, redirect: 'follow', signal: this.opts.signal ?? null });
    } catch (e) {
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `${this.opts.registry}: ${init.method} ${url} failed`,
        {
          cause: e,
          hint: 'check that the registry is running and reachable (and https unless it is on this machine or `insecure` is set)',
        },
      );
    }
  }

  private refused(): TollgateError {
    const c = this.opts.credentials;
    return new TollgateError(
      'INPUT_UNREADABLE',
      c
        ? `${this.opts.registry}: the registry refused the credentials of "${c.username}" (from ${c.source})`
        : `${this.opts.registry}: the registry requires authentication and no credentials were found`,
      {
        hint: c
          ? 'check the user name and password (or token) and that the user may push/pull this repository'
          : 'set TOLLGATE_REGISTRY_USERNAME and TOLLGATE_REGISTRY_PASSWORD, or log in (docker login / podman login)',
      },
    );
  }

  private async answer(header: string, scope: string): Promise<string> {
    const { scheme, params } = parseChallenge(header);
    const c = this.opts.credentials;
    const basic = c
      ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
      : undefined;
    if (scheme === 'basic') {
      if (!basic) throw this.refused();
      return basic;
    }
    if (scheme !== 'bearer' || !params.realm) {
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `${this.opts.registry}: unsupported authentication challenge "${header}"`,
      );
    }
    const realm = new URL(params.realm);
    if (realm.protocol !== 'https:' && !isLoopbackHost(realm.host) && !this.opts.insecure) {
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `${this.opts.registry}: the token realm ${realm} is not https`,
        {
          hint: 'credentials are only sent over https (or to this machine); set insecure to override',
        },
      );
    }
    if (params.service) realm.searchParams.set('service', params.service);
    // The challenge's scope, and ours when it differs: a HEAD is challenged for pull only, and a
    // token for pull alone would be challenged again at the first push.
    for (const sc of new Set([params.scope ?? scope, scope]))
      realm.searchParams.append('scope', sc);
    const res = await this.fetch(realm.toString(), {
      method: 'GET',
      headers: basic ? { authorization: basic } : {},
    });
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw this.refused();
    }
    if (!res.ok) {
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `${this.opts.registry}: token endpoint ${realm.origin} answered ${res.status}`,
      );
    }
    const body = (await res.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token)
      throw new TollgateError(
        'INPUT_UNREADABLE',
        `${this.opts.registry}: the token endpoint returned no token`,
      );
    return `Bearer ${token}`;
  }
}
