import { setTimeout as sleep } from 'node:timers/promises';

/** How often the health URL is polled, and how long one attempt may take. */
const INTERVAL_MS = 250;
const ATTEMPT_MS = 2000;

export type Health =
  { ok: true; status: number; afterMs: number } | { ok: false; last: string; afterMs: number };

/**
 * Polls `url` until it answers 2xx or `timeoutMs` passes. The last response (status and the
 * start of its body) or error is kept: it is what the failure reason shows. `gone` lets the
 * target end the wait early when the service has already exited.
 */
export async function waitHealthy(
  url: string,
  o: {
    timeoutMs: number;
    signal: AbortSignal;
    gone?: () => Promise<string | undefined> | string | undefined;
  },
): Promise<Health> {
  const start = Date.now();
  let last = 'no answer yet';
  while (!o.signal.aborted) {
    try {
      const res = await fetch(url, {
        signal: AbortSignal.any([o.signal, AbortSignal.timeout(ATTEMPT_MS)]),
        redirect: 'manual',
      });
      const body = (await res.text()).replace(/\s+/g, ' ').trim().slice(0, 200);
      if (res.status >= 200 && res.status < 300) {
        return { ok: true, status: res.status, afterMs: Date.now() - start };
      }
      last = `HTTP ${res.status}${body ? `: ${body}` : ''}`;
    } catch (e) {
      const err = e as Error & { cause?: Error & { code?: string } };
      last = err.cause?.code ?? err.cause?.message ?? err.message;
    }
    const gone = await o.gone?.();
    if (gone)
      return {
        ok: false,
        last: `${gone} (last health check: ${last})`,
        afterMs: Date.now() - start,
      };
    if (Date.now() - start + INTERVAL_MS > o.timeoutMs) break;
    await sleep(INTERVAL_MS);
  }
  return {
    ok: false,
    last: o.signal.aborted ? 'interrupted' : last,
    afterMs: Date.now() - start,
  };
}
