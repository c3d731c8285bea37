import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

const TollgateOctokit = Octokit.plugin(retry, throttling, paginateRest, restEndpointMethods);
export type GitHubClient = InstanceType<typeof TollgateOctokit>;

export interface ClientOptions {
  token: string;
  /** API root; GITHUB_API_URL on GitHub (and GHES), the local double in tests. */
  baseUrl?: string;
  /** How many times a 5xx or a rate-limited request is tried again. */
  retries?: number;
  /**
   * Milliseconds per unit of backoff: the retry plugin waits (n+1)² units after the n-th
   * 5xx, the throttling plugin waits `retry-after` units. 1000 (seconds) in production;
   * tests pass 1 so that a retried request costs milliseconds.
   */
  backoffUnitMs?: number;
  /**
   * Keep GitHub's recommended pacing of writes (1 s between writes, 3 s between writes that
   * notify people). On by default; tests turn it off, the double has no abuse detection.
   */
  paceWrites?: boolean;
  warn?: (message: string) => void;
}

/**
 * A scheduler that runs each job at once. The throttling plugin only calls
 * `group.key(id).schedule(options, fn, ...args)`, so this stands in for its write and
 * notification groups when pacing is off, without taking a dependency on its limiter.
 */
const immediate = {
  key: () => ({
    schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(fn(...args)),
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

export function createGitHubClient(o: ClientOptions): GitHubClient {
  const retries = o.retries ?? 3;
  const unit = o.backoffUnitMs ?? 1000;
  const warn = o.warn ?? (() => undefined);
  // Both limits are retried a bounded number of times: a gate must finish, and a report
  // that could not be posted is reported as such rather than waited on forever.
  const onLimit =
    (kind: string) =>
    (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
      warn(`GitHub ${kind} on ${options.method} ${options.url}; retry in ${after} s`);
      return count < retries;
    };
  return new TollgateOctokit({
    auth: o.token,
    baseUrl: (o.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'tollgate',
    retry: { retries, retryAfterBaseValue: unit },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      ...(o.paceWrites === false ? { write: immediate, notifications: immediate } : {}),
    },
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (m: string) => warn(m),
      error: (m: string) => warn(m),
    },
  });
}
