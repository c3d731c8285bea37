import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { sha256Hex } from '../../core/digest.js';
import { TollgateError, isTollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { readDeployment } from '../common/handoff.js';
import { requireHttpAnswer } from '../common/target-answers.js';
import { assignFingerprints } from '../common/fingerprint.js';
import { finishScan, toolFailure } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { analyse, recoveredAt, type Analysis } from './analysis.js';
import { injectFaults, type FaultEvent } from './faults.js';
import { steadyLoad, type Sample } from './load.js';
import { chaosOptions, type ChaosOptions } from './options.js';
import { FaultProxy } from './proxy.js';
import { timelineSvg } from './svg.js';

export const REPORT_NAME = 'chaos.sarif';
export const RESULT_FILE = 'chaos.json';
export const TIMELINE_FILE = 'chaos-timeline.svg';
const TOOL = {
  name: 'tollgate-chaos',
  version: '1',
  informationUri: 'https://tollgate.dev/steps/chaos',
};

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The SLOs as findings: each breach is one, with the figures that show it. */
export function findingsOf(a: Analysis, o: ChaosOptions): Finding[] {
  const out: Finding[] = [];
  const faults = new Map<Finding, string>();
  if (a.availability < o.minAvailability) {
    out.push({
      ruleId: 'chaos/availability',
      severity: 'high',
      message: `availability ${pct(a.availability)} (${a.countedOk} of ${a.requests - a.injected} requests${a.injected ? `; ${a.injected} sent into reset or drop faults not counted` : ''}) is below the minimum ${pct(o.minAvailability)}`,
    });
  }
  if (a.errorRate > o.maxErrorRate) {
    out.push({
      ruleId: 'chaos/error-rate',
      severity: 'high',
      message: `error rate outside faults ${pct(a.errorRate)} (${a.steadyErrors} of ${a.steadyRequests}) is above the maximum ${pct(o.maxErrorRate)}`,
    });
  }
  for (const r of a.recoveries) {
    if (r.recoveryMs !== null && r.recoveryMs <= o.maxRecoveryMs) continue;
    const f: Finding = {
      ruleId: 'chaos/recovery',
      severity: 'high',
      message:
        r.recoveryMs === null
          ? `the service did not recover after ${r.kind} (${r.detail}): no ${3} successful requests in a row in the ${((a.buckets.length * 250 - r.end) / 1000).toFixed(1)} s after it`
          : `recovery after ${r.kind} took ${(r.recoveryMs / 1000).toFixed(1)} s, above the maximum ${o.maxRecoveryMs / 1000} s`,
    };
    faults.set(f, r.kind);
    out.push(f);
  }
  // The rule, and the fault for a recovery (the same fault twice: the occurrence), not the
  // figures, which differ from run to run.
  return assignFingerprints(out, { anchor: (f) => ({ key: faults.get(f) ?? '' }) });
}

async function targetOf(ctx: StepContext, o: ChaosOptions): Promise<URL> {
  return new URL(o.baseUrl ?? (await readDeployment(ctx)).baseUrl);
}

/**
 * chaos: a steady load through a fault proxy in front of the deployment while faults are
 * injected one after another; availability, error rate and recovery time are measured and
 * held against the SLO inputs. Reports: chaos.json (every figure), chaos-timeline.svg, and the
 * SLO breaches as SARIF + scan-result, like every other checking step.
 */
export const chaos: StepImplementation = {
  id: 'chaos',
  async run(ctx: StepContext): Promise<StepResult> {
    await mkdir(ctx.outDir, { recursive: true });
    const o = chaosOptions(ctx);
    let target: URL;
    try {
      target = await targetOf(ctx, o);
      await requireHttpAnswer(target.href, ctx.signal);
    } catch (e) {
      return toolFailure(ctx, e, TOOL.name);
    }
    const proxy = new FaultProxy({ host: target.hostname, port: Number(target.port) || 80 });
    const proxyPort = await proxy.start();
    const url = new URL(o.path, `http://127.0.0.1:${proxyPort}`);
    ctx.log(
      `chaos: ${o.rps} req/s on ${target.origin}${o.path} through 127.0.0.1:${proxyPort} for ${o.durationMs / 1000} s; faults ${o.faults.join(', ') || 'none'}`,
    );
    const t0 = Date.now();
    const live: Sample[] = [];
    let faults: FaultEvent[] = [];
    let faultsDone = false;
    let faultError: unknown;
    // After the planned duration the load goes on while the last fault has not recovered,
    // up to the recovery limit: a slow recovery is then measured, not cut off.
    const until = () => {
      const now = Date.now() - t0;
      if (ctx.signal.aborted || faultError !== undefined) return true;
      if (now < o.durationMs || !faultsDone) return false;
      const last = faults.at(-1);
      if (!last) return true;
      const sorted = [...live].sort((a, b) => a.t - b.t);
      return recoveredAt(sorted, last.end) !== null || now > last.end + o.maxRecoveryMs + 500;
    };
    const load = steadyLoad(url, o.rps, t0, until, (s) => live.push(s));
    try {
      faults = await injectFaults(ctx, o, proxy, t0, ctx.reportsOf('deploy-test'));
    } catch (e) {
      faultError = e;
    } finally {
      faultsDone = true;
    }
    const samples = await load;
    const endMs = Date.now() - t0;
    await proxy.stop();
    if (faultError !== undefined) {
      const e = faultError;
      return toolFailure(
        ctx,
        isTollgateError(e)
          ? e
          : new TollgateError(
              'INPUT_INVALID',
              `chaos: a fault could not be injected: ${(e as Error).message}`,
            ),
        TOOL.name,
      );
    }
    if (samples.length === 0) {
      return toolFailure(
        ctx,
        new TollgateError('INPUT_INVALID', 'chaos: no request was sent'),
        TOOL.name,
      );
    }
    const a = analyse(samples, faults, endMs);
    const findings = findingsOf(a, o);
    const json = Buffer.from(
      `${JSON.stringify({ target: target.origin, path: o.path, options: o, ...a, faults }, null, 2)}\n`,
    );
    const svg = timelineSvg(
      a,
      `chaos: ${target.origin}${o.path}, ${o.rps} req/s, ${o.faults.join(', ')}`,
    );
    await writeFileAtomic(join(ctx.outDir, RESULT_FILE), json);
    await writeFileAtomic(join(ctx.outDir, TIMELINE_FILE), svg);
    const rec = a.recoveries
      .map(
        (r) =>
          `${r.kind} ${r.recoveryMs === null ? 'no recovery' : `${(r.recoveryMs / 1000).toFixed(2)} s`}`,
      )
      .join(', ');
    const result = await finishScan(ctx, [{ tool: TOOL, findings }], REPORT_NAME, [
      '',
      `availability ${pct(a.availability)} (min ${pct(o.minAvailability)}), error rate outside faults ${pct(a.errorRate)} (max ${pct(o.maxErrorRate)}), p95 ${a.p95Ms} ms; recovery: ${rec || 'no faults'} (max ${o.maxRecoveryMs / 1000} s)`,
      `timeline: ${TIMELINE_FILE}`,
    ]);
    return {
      ...result,
      ...(findings.length ? { reason: findings.map((f) => f.message).join('; ') } : {}),
      products: [
        ...result.products,
        { name: RESULT_FILE, digest: { sha256: sha256Hex(json) } },
        { name: TIMELINE_FILE, digest: { sha256: sha256Hex(svg) } },
      ],
      reports: [...result.reports, RESULT_FILE, TIMELINE_FILE],
      metrics: {
        ...result.metrics,
        requests: a.requests,
        availability: a.availability,
        errorRate: a.errorRate,
        p95Ms: a.p95Ms,
        maxRecoveryMs: Math.max(0, ...a.recoveries.map((r) => r.recoveryMs ?? endMs)),
      },
    };
  },
};
