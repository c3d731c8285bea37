// Fixed-window rate limiting per client address. The whole table is dropped when a window
// ends, so memory stays bounded by the number of clients seen in one window.

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
}

export interface RateLimiter {
  take(client: string): RateDecision;
}

export function createRateLimiter(
  perWindow: number,
  windowMs = 60_000,
  now: () => number = Date.now,
): RateLimiter {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(client) {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t - ((t - windowStart) % windowMs);
        counts = new Map();
      }
      const used = (counts.get(client) ?? 0) + 1;
      counts.set(client, used);
      return {
        allowed: used <= perWindow,
        limit: perWindow,
        remaining: Math.max(0, perWindow - used),
        resetSeconds: Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)),
      };
    },
  };
}
