import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { restartDeployment } from '../deploy-test/restart.js';
import type { StepContext } from '../types.js';
import type { ChaosOptions, FaultKind } from './options.js';
import { CALM, type FaultProxy, type ProxyMode } from './proxy.js';

export interface FaultEvent {
  kind: FaultKind;
  /** Milliseconds since the start of the run. */
  start: number;
  end: number;
  detail: string;
}

/** How hard the proxy faults hit while active (per new connection). */
const PROXY_FAULTS: Partial<Record<FaultKind, Partial<ProxyMode>>> = {
  latency: { latencyMs: 300 },
  reset: { resetRate: 0.5 },
  drop: { dropRate: 0.3 },
};

/** Share of the run before the first fault (a baseline) and share of a slot a fault lasts. */
const WARM_UP = 0.15;
const ACTIVE = 0.4;

export interface Slot {
  kind: FaultKind;
  at: number;
  activeMs: number;
}

/** The faults one after another, each in its own slot with time to recover before the next. */
export function schedule(o: Pick<ChaosOptions, 'durationMs' | 'faults'>): Slot[] {
  const slot = (o.durationMs * (1 - WARM_UP)) / Math.max(1, o.faults.length);
  return o.faults.map((kind, i) => ({
    kind,
    at: Math.round(o.durationMs * WARM_UP + i * slot),
    activeMs: Math.round(slot * ACTIVE),
  }));
}

/**
 * Injects the scheduled faults while the load runs. `restart` kills the service and starts
 * it again through deploy-test's teardown record (a fault of its own: it ends when the
 * restart command returns, and recovery is measured from there); `cpu` runs stress-ng on
 * every core of the machine the service shares; the others switch the proxy's mode.
 */
export async function injectFaults(
  ctx: StepContext,
  o: ChaosOptions,
  proxy: FaultProxy,
  t0: number,
  deployDir: string,
): Promise<FaultEvent[]> {
  const events: FaultEvent[] = [];
  const now = () => Date.now() - t0;
  for (const s of schedule(o)) {
    await sleep(Math.max(0, s.at - now()));
    if (ctx.signal.aborted) break;
    const start = now();
    let detail: string;
    if (s.kind === 'restart') {
      detail = `restarted ${await restartDeployment(deployDir, ctx.exec)}`;
    } else if (s.kind === 'cpu') {
      const cores = availableParallelism();
      const seconds = Math.max(1, Math.round(s.activeMs / 1000));
      const res = await ctx.exec.run(
        'stress-ng',
        ['--cpu', String(cores), '--timeout', `${seconds}s`, '--quiet'],
        {
          cwd: ctx.outDir,
          signal: ctx.signal,
        },
      );
      if (res.code !== 0)
        throw new Error(`stress-ng exited with ${res.code}: ${res.stderr.trim()}`);
      detail = `stress-ng --cpu ${cores} for ${seconds} s`;
    } else {
      const mode = PROXY_FAULTS[s.kind]!;
      proxy.mode = { ...CALM, ...mode };
      await sleep(s.activeMs);
      proxy.mode = { ...CALM };
      detail = Object.entries(mode)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    }
    events.push({ kind: s.kind, start, end: now(), detail });
    ctx.log(`chaos: ${s.kind} ${start}-${now()} ms: ${detail}`);
  }
  return events;
}
