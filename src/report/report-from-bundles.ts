import { createHash } from 'node:crypto';
import { readInput } from '../core/fs.js';
import { readJsonUntrusted } from '../core/untrusted.js';
import { dirname, join, resolve } from 'node:path';
import { PREDICATE, type Severity } from '../attest/predicates/types.js';
import { parseStatement } from '../attest/parse-statement.js';
import { evaluatorFor } from '../gate/evaluators/index.js';
import type { Verdict } from '../gate/types.js';
import type { Finding } from '../attest/predicates/builders.js';
import { assignFingerprints } from '../steps/common/fingerprint.js';
import {
  REPORT_FORMAT,
  type Coverage,
  type ReportFinding,
  type ReportStep,
  type TollgateReport,
} from './tollgate-report.js';

type Json = Record<string, unknown>;

/**
 * Builds tollgate-report.json from a verdict and the bundles it names. Only steps whose
 * signatures verified (passed or failed) are read: the content of a bundle the gate refused
 * is not evidence of anything, so it is not shown as findings either. Bundles are not
 * verified again here; the verdict already did that for exactly these files.
 */
export async function buildReport(
  verdict: Verdict,
  opts: { cwd: string; ref?: string; now: Date },
): Promise<TollgateReport> {
  const steps: ReportStep[] = [];
  const coverage: Coverage = {};
  for (const v of verdict.steps) {
    const step: ReportStep = {
      stage: v.stage,
      step: v.step,
      status: v.status,
      reason: v.reason,
      counts: { ...(v.counts ?? {}) },
      findings: [],
    };
    if (v.status === 'passed' || v.status === 'failed') {
      for (const name of v.bundles) {
        const file = resolve(opts.cwd, name);
        const statement = await readStatement(file);
        if (!statement) continue;
        const p = statement.predicate;
        const ev = evaluatorFor(statement.predicateType)(p, {
          step: v.step,
          thresholds: { failOn: 'none' },
          exceptions: [],
        });
        step.findings.push(...toReportFindings(ev.findings ?? []));
        if (p.findingsTruncated === true) step.findingsTruncated = true;
        if (statement.predicateType === PREDICATE.coverage) Object.assign(coverage, coverageOf(p));
        const sarif = await sarifReport(p, file);
        if (sarif) step.sarif = sarif;
      }
      if (!v.counts) step.counts = countOf(step.findings);
    }
    steps.push(step);
  }
  return {
    format: REPORT_FORMAT,
    commit: verdict.commit,
    ...(opts.ref ? { ref: opts.ref } : {}),
    verdict: verdict.verdict,
    generatedAt: opts.now.toISOString(),
    steps,
    ...(Object.keys(coverage).length ? { coverage } : {}),
  };
}

async function readStatement(file: string) {
  try {
    const bundle = (await readJsonUntrusted(file, 'bundle', { maxBytes: 16 << 20 })) as {
      dsseEnvelope?: { payload?: string; payloadType?: string };
    };
    const env = bundle.dsseEnvelope;
    if (!env?.payload || !env.payloadType) return undefined;
    return parseStatement(env.payloadType, Buffer.from(env.payload, 'base64'));
  } catch {
    return undefined; // the verdict already says what is wrong with an unreadable bundle
  }
}

/**
 * The findings of one attestation. Those attested without a fingerprint (vulns v0.2 has no
 * field for one) get one here, over the attestation's whole list, from what is known: rule
 * and location (the package for a vulnerability), the line when there is one, and the
 * occurrence. The files are not at hand here, so there is no context to hash.
 */
function toReportFindings(
  found: {
    ruleId: string;
    severity: Severity;
    message?: string;
    path?: string;
    line?: number;
    fingerprint?: string;
  }[],
): ReportFinding[] {
  const findings = found.map((f): Finding => ({
    ruleId: f.ruleId,
    severity: f.severity,
    ...(f.path ? { location: { path: f.path, ...(f.line ? { line: f.line } : {}) } } : {}),
    ...(f.fingerprint !== undefined ? { fingerprint: f.fingerprint } : {}),
  }));
  assignFingerprints(findings);
  return found.map((f, i) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    fingerprint: findings[i]!.fingerprint!,
    ...(f.message ? { message: f.message } : {}),
    ...(f.path ? { path: f.path } : {}),
    ...(f.line ? { line: f.line } : {}),
  }));
}

function countOf(findings: ReportFinding[]): Partial<Record<Severity, number>> {
  const c: Partial<Record<Severity, number>> = {};
  for (const f of findings) c[f.severity] = (c[f.severity] ?? 0) + 1;
  return c;
}

function coverageOf(p: Json): Coverage {
  const pct = (k: string) => Number((p[k] as { pct?: unknown } | undefined)?.pct);
  const out: Coverage = {};
  if (Number.isFinite(pct('lines'))) out.lines = pct('lines');
  if (Number.isFinite(pct('branches'))) out.branches = pct('branches');
  return out;
}

/**
 * The step's own SARIF report, stored next to its bundle, when the predicate names one and
 * the file's digest matches the attested one (so a swapped file is not uploaded).
 */
async function sarifReport(p: Json, bundleFile: string): Promise<string | undefined> {
  const r = p.report as { name?: unknown; format?: unknown; digest?: { sha256?: unknown } };
  if (!r || typeof r.name !== 'string' || !/sarif/i.test(String(r.format))) return undefined;
  const path = join(dirname(bundleFile), r.name);
  try {
    const bytes = await readInput(path, 'SARIF report', 256 << 20);
    const digest = createHash('sha256').update(bytes).digest('hex');
    return digest === r.digest?.sha256 ? path : undefined;
  } catch {
    return undefined;
  }
}
