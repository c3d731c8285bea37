import { request } from 'node:http';

export interface Sample {
  /** Milliseconds since the start of the run when the request was sent. */
  t: number;
  ms: number;
  ok: boolean;
  /** HTTP status, or the error (ECONNRESET, timeout...). */
  outcome: string;
}

export const REQUEST_TIMEOUT_MS = 2000;

/**
 * One GET on a new connection (no keep-alive: every request meets the proxy's current mode,
 * as a new client would). A 2xx or 3xx answer is a success; anything else is an error.
 */
function probe(url: URL, t0: number): Promise<Sample> {
  const t = Date.now() - t0;
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok: boolean, outcome: string) => {
      if (done) return;
      done = true;
      resolve({ t, ms: Date.now() - t0 - t, ok, outcome });
    };
    const req = request(url, { agent: false, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => {
        const s = res.statusCode ?? 0;
        finish(s >= 200 && s < 400, String(s));
      });
      res.on('error', (e: NodeJS.ErrnoException) => finish(false, e.code ?? e.message));
    });
    req.on('timeout', () => {
      finish(false, 'timeout');
      req.destroy();
    });
    req.on('error', (e: NodeJS.ErrnoException) => finish(false, e.code ?? e.message));
    req.end();
  });
}

/**
 * A steady open-loop load: a request every 1/rps seconds whether or not earlier ones have
 * answered, so a slow or dead service shows as errors and timeouts instead of fewer requests.
 * Runs until `until()` says stop; every sample is reported as it ends (the run watches
 * recovery live) and all of them, by send time, once every request has ended.
 */
export async function steadyLoad(
  url: URL,
  rps: number,
  t0: number,
  until: () => boolean,
  onSample: (s: Sample) => void = () => {},
): Promise<Sample[]> {
  const pending: Promise<Sample>[] = [];
  const interval = 1000 / rps;
  let next = Date.now();
  while (!until()) {
    pending.push(probe(url, t0).then((s) => (onSample(s), s)));
    next += interval;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  return (await Promise.all(pending)).sort((a, b) => a.t - b.t);
}
