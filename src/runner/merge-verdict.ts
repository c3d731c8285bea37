import { relative } from 'node:path';
import type { Verdict } from '../gate/types.js';
import type { RunStepVerdict, RunVerdict } from '../report/run-types.js';
import type { RunnerOutcome } from './step-task.js';

export interface MergeInput {
  gate: Verdict;
  outcomes: ReadonlyMap<string, RunnerOutcome>;
  order: { id: string; stage: string }[];
  runDir: string;
  runId: string;
  repository: string;
  startedOn: string;
  finishedOn: string;
  interrupted: boolean;
}

/**
 * The run's verdict: the gate decides every step that signed something; where nothing was
 * signed, the runner knows why better than the gate's `missing` (not implemented, skipped,
 * interrupted, crashed) and says so. The overall verdict stays the gate's, except that an
 * interrupted run is never reported as a pass or a fail.
 */
export function mergeVerdict(m: MergeInput): RunVerdict {
  const rel = (p: string) => relative(m.runDir, p);
  const steps: RunStepVerdict[] = m.order.map(({ id, stage }) => {
    const o = m.outcomes.get(id);
    const g = m.gate.steps.find((s) => s.step === id);
    // The runner's own word where nothing signed could tell the gate what happened.
    const signedStatus = ['passed', 'failed', 'not-applicable'].includes(o?.status ?? '');
    const own = o && (!signedStatus || o.bundles.length === 0);
    const [status, reason] = own
      ? [o.status, o.reason]
      : g
        ? [g.status, g.reason]
        : o
          ? [o.status, `${o.reason} (not required by the policy)`]
          : (['missing', 'did not run'] as const);
    return {
      stage,
      step: id,
      status,
      reason,
      ...(g?.counts ? { counts: g.counts } : {}),
      bundles: (o?.bundles ?? []).map(rel),
      reports: (o?.reports ?? []).map(rel),
      log: `logs/${id}.log`,
      ...(o?.startedOn ? { startedOn: o.startedOn } : {}),
      ...(o?.finishedOn ? { finishedOn: o.finishedOn } : {}),
    };
  });
  return {
    verdict: m.interrupted ? 'interrupted' : m.gate.verdict,
    commit: m.gate.commit,
    repository: m.repository,
    runId: m.runId,
    policy: m.gate.policy,
    startedOn: m.startedOn,
    finishedOn: m.finishedOn,
    steps,
    notes: [
      ...m.gate.notes,
      ...m.gate.unattributed.map((p) => `${p.file}: ${p.status}: ${p.reason}`),
    ],
  };
}
