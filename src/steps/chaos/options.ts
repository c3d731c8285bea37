import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';

export const FAULTS = ['restart', 'latency', 'reset', 'drop', 'cpu'] as const;
export type FaultKind = (typeof FAULTS)[number];

export interface ChaosOptions {
  durationMs: number;
  rps: number;
  faults: FaultKind[];
  path: string;
  minAvailability: number;
  maxErrorRate: number;
  maxRecoveryMs: number;
  baseUrl?: string;
}

const bad = (message: string) => new TollgateError('INPUT_INVALID', `chaos: ${message}`);

function num(ctx: StepContext, name: string, def: number, min: number, max: number): number {
  const raw = (ctx.inputs[name] ?? '').trim();
  if (raw === '') return def;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw bad(`${name} is "${raw}"; expected a number from ${min} to ${max}`);
  }
  return n;
}

/**
 * The thresholds are the service's SLOs for this test: the policy's configuration of the
 * chaos step sets them (as step inputs), and a breach becomes a finding the gate judges.
 */
export function chaosOptions(ctx: StepContext): ChaosOptions {
  const faults = (ctx.inputs.faults ?? 'restart,latency,reset,drop,cpu')
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const f of faults) {
    if (!(FAULTS as readonly string[]).includes(f)) {
      throw bad(`fault "${f}" is unknown; expected some of ${FAULTS.join(', ')}`);
    }
  }
  const path = (ctx.inputs.path ?? '').trim() || '/healthz';
  if (!path.startsWith('/')) throw bad(`path "${path}" must start with /`);
  const baseUrl = (ctx.inputs['base-url'] ?? '').trim();
  return {
    durationMs: num(ctx, 'duration', 30, 1, 3600) * 1000,
    rps: num(ctx, 'rps', 20, 1, 1000),
    faults: faults as FaultKind[],
    path,
    minAvailability: num(ctx, 'min-availability', 0.95, 0, 1),
    maxErrorRate: num(ctx, 'max-error-rate', 0.01, 0, 1),
    maxRecoveryMs: num(ctx, 'max-recovery-seconds', 10, 0, 3600) * 1000,
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
  };
}
