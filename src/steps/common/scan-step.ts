import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { makeScanResult } from '../../attest/predicates/builders.js';
import { PREDICATE, SEVERITIES, type Severity } from '../../attest/predicates/types.js';
import { sha256Hex } from '../../core/digest.js';
import { TollgateError, describeError, isTollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import type { StepContext, StepResult } from '../types.js';
import {
  assignFingerprints,
  hasFingerprint,
  lineContext,
  type Anchor,
  type FingerprintOptions,
} from './fingerprint.js';
import { writeSarif, type SarifTool } from './sarif.js';
import { sourceLines } from './source-lines.js';

/**
 * Shared ending of the scanning steps (the linters): one SARIF log with one run per tool,
 * one scan-result predicate over all findings, the step's own pass/fail, and a failure that
 * names the tool and the file when a tool could not do its job.
 */

/** A result may carry the versions of the tools it ran; the runner puts them in the metadata. */
export type ScanStepResult = StepResult & { tools?: Record<string, string> };

export interface ToolRun {
  tool: SarifTool & { version: string };
  findings: Finding[];
  /** The column of a finding, when the tool reported one: orders equal findings on a line. */
  columns?: Map<Finding, number>;
}

/**
 * The step fails on findings at or above its `fail-on` input, by default `high`: the same
 * threshold as the default policy, so that a step does not stop the steps after it for
 * findings the gate would let pass. Every finding is attested either way, and the gate
 * applies the policy's own `failOn` and exceptions to them.
 */
export const DEFAULT_FAIL_AT: Severity = 'high';

export function failAtOf(ctx: StepContext): Severity {
  const value = ctx.inputs['fail-on'] || DEFAULT_FAIL_AT;
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new TollgateError(
      'INPUT_INVALID',
      `fail-on is "${value}"; expected one of ${SEVERITIES.join(', ')}`,
    );
  }
  return value as Severity;
}

export function isBlocking(f: Finding, failAt: Severity = DEFAULT_FAIL_AT): boolean {
  return SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(failAt);
}

/**
 * Adds fingerprints to the findings that have none (fingerprint.ts): each finding in a file
 * of the repository is anchored by its context, read from that file; a finding whose file
 * cannot be read (outside the repository, missing, a URL) falls back to its line. The list
 * must be the whole step's, since occurrences are counted over it.
 */
export async function addFingerprints(
  repoDir: string,
  findings: Finding[],
  options: FingerprintOptions = {},
): Promise<void> {
  const read = sourceLines(repoDir);
  const anchors = new Map<Finding, Anchor>();
  for (const f of findings) {
    if (hasFingerprint(f)) continue;
    const own = options.anchor?.(f);
    if (own) {
      anchors.set(f, own);
      continue;
    }
    if (!f.location || f.location.line === undefined) continue;
    const lines = await read(f.location.path);
    const context = lines && lineContext(lines, f.location.line);
    if (context !== undefined) anchors.set(f, { context });
  }
  assignFingerprints(findings, { ...options, anchor: (f) => anchors.get(f) });
}

function where(f: Finding): string {
  if (!f.location) return '';
  return ` in ${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`;
}

/** Writes the SARIF log and assembles the step result from the runs of its tools. */
export async function finishScan(
  ctx: StepContext,
  runs: ToolRun[],
  reportName: string,
  extraSummary: string[] = [],
): Promise<ScanStepResult> {
  const findings = runs.flatMap((r) => r.findings);
  await addFingerprints(ctx.repoDir, findings, {
    column: (f) => runs.find((r) => r.columns?.has(f))?.columns?.get(f),
  });
  const log = {
    ...writeSarif(runs[0]?.tool ?? { name: 'tollgate' }, []),
    runs: runs.map((r) => (writeSarif(r.tool, r.findings).runs as unknown[])[0]),
  };
  const bytes = Buffer.from(`${JSON.stringify(log, null, 2)}\n`);
  await writeFileAtomic(join(ctx.outDir, reportName), bytes);
  const predicate = makeScanResult({
    scanner: {
      name: runs.map((r) => r.tool.name).join(', ') || 'none',
      version: runs.map((r) => `${r.tool.name} ${r.tool.version}`).join('; ') || 'none',
    },
    findings,
    report: { name: reportName, bytes, format: 'sarif-2.1.0' },
  });
  const failAt = failAtOf(ctx);
  const blocking = findings.filter((f) => isBlocking(f, failAt));
  const worst = [...blocking].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const reason = blocking.length
    ? `${blocking.length} finding${blocking.length === 1 ? '' : 's'} at or above ${failAt}; first: ${worst
        .slice(0, 3)
        .map((f) => `${f.ruleId} (${f.severity})${where(f)}`)
        .join(', ')}`
    : `${findings.length} finding${findings.length === 1 ? '' : 's'}, none at or above ${failAt}`;
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]),
  );
  return {
    status: blocking.length ? 'failed' : 'passed',
    ...(blocking.length ? { failure: 'findings' as const } : {}),
    reason,
    attestations: [{ predicateType: PREDICATE.scanResult, predicate }],
    products: [{ name: reportName, digest: { sha256: sha256Hex(bytes) } }],
    reports: [reportName],
    summary: [
      `**${ctx.step.title}**: ${reason}`,
      '',
      ...runs.map((r) => `- ${r.tool.name} ${r.tool.version}: ${r.findings.length} finding(s)`),
      ...extraSummary,
    ].join('\n'),
    metrics: { findings: findings.length, blocking: blocking.length, ...counts },
    tools: Object.fromEntries(runs.map((r) => [r.tool.name, r.tool.version])),
  };
}

/**
 * A tool that could not do its job (missing, crashed, unreadable output, unparsable input)
 * fails the step with the error's message, which names the tool and the file. The step still
 * attests an empty scan result marked failed, so the gate shows why instead of "missing".
 */
export function toolFailure(ctx: StepContext, e: unknown, scanner: string): ScanStepResult {
  if (!isTollgateError(e)) throw e; // a bug, not a tool problem: let the runner report a crash
  const reason = describeError(e);
  ctx.log(`${reason}${e.hint ? ` (${e.hint})` : ''}`);
  return {
    status: 'failed',
    reason,
    attestations: [
      {
        predicateType: PREDICATE.scanResult,
        predicate: makeScanResult({ scanner: { name: scanner, version: 'unknown' }, findings: [] }),
      },
    ],
    products: [],
    reports: [],
    summary: `**${ctx.step.title}** failed: ${reason}`,
  };
}

/**
 * A scanning step with nothing to scan in this repository (no OpenAPI spec, say): attested as
 * `not-applicable` with the reason and an empty scan-result; the policy decides whether that
 * is acceptable for the step.
 */
export function notApplicableScan(
  ctx: StepContext,
  reason: string,
  scanner: string,
): ScanStepResult {
  ctx.log(`not applicable: ${reason}`);
  return {
    status: 'not-applicable',
    reason,
    attestations: [
      {
        predicateType: PREDICATE.scanResult,
        predicate: makeScanResult({ scanner: { name: scanner, version: 'unknown' }, findings: [] }),
      },
    ],
    products: [],
    reports: [],
    summary: `**${ctx.step.title}** not applicable: ${reason}`,
  };
}
