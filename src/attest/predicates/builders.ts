import { createHash } from 'node:crypto';
import { SEVERITIES, type Severity } from './types.js';

/**
 * Builders for the predicates steps write most. They compute what must agree with the data
 * (counts, digests, the result word) so that a step cannot attest counts that contradict
 * its own findings.
 */

export interface Finding {
  ruleId: string;
  severity: Severity;
  message?: string;
  location?: { path: string; line?: number };
  fingerprint?: string;
}

/** More than this many findings are summarised by counts; the gate still counts them all. */
export const MAX_LISTED_FINDINGS = 500;

/**
 * A finding as the scan-result schema takes it: tools report line 0 or an empty path for a
 * finding about no place in particular, and the schema has no room for either (a line is
 * 1 or more, a path is not empty), so such a place is left out rather than signed loosely.
 */
function wellFormed(f: Finding): Finding {
  const { location, fingerprint, message } = f;
  const line = location?.line;
  return {
    ruleId: f.ruleId === '' ? 'unknown' : f.ruleId,
    severity: f.severity,
    ...(message !== undefined ? { message } : {}),
    ...(location && location.path !== ''
      ? {
          location: {
            path: location.path,
            ...(line !== undefined && Number.isInteger(line) && line >= 1 ? { line } : {}),
          },
        }
      : {}),
    ...(fingerprint ? { fingerprint } : {}),
  };
}

export function makeScanResult(input: {
  scanner: { name: string; version: string; uri?: string };
  findings: Finding[];
  /** The tool's full report, as written to disk. */
  report?: { name: string; bytes: Uint8Array; format: string };
}): Record<string, unknown> {
  const counts: Partial<Record<Severity, number>> = {};
  for (const f of input.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  // Worst first, so that a truncated list keeps the findings that decide the verdict.
  const ordered = input.findings
    .map(wellFormed)
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const predicate: Record<string, unknown> = {
    scanner: input.scanner,
    counts,
    findings: ordered.slice(0, MAX_LISTED_FINDINGS),
  };
  if (ordered.length > MAX_LISTED_FINDINGS) predicate.findingsTruncated = true;
  if (input.report) {
    predicate.report = {
      name: input.report.name,
      digest: { sha256: createHash('sha256').update(input.report.bytes).digest('hex') },
      format: input.report.format,
    };
  }
  return predicate;
}

/** in-toto test-result v0.1; the result word follows from the failed tests. */
export function makeTestResult(input: {
  passed: string[];
  failed: string[];
  warned?: string[];
  configuration?: { name: string; uri?: string; digest?: Record<string, string> }[];
  url?: string;
}): Record<string, unknown> {
  const warned = input.warned ?? [];
  return {
    result: input.failed.length ? 'FAILED' : warned.length ? 'WARNED' : 'PASSED',
    configuration: input.configuration ?? [],
    ...(input.url ? { url: input.url } : {}),
    passedTests: input.passed,
    warnedTests: warned,
    failedTests: input.failed,
  };
}

export const TOLLGATE_BUILD_TYPE = 'https://tollgate.dev/buildtypes/step/v1';

/** SLSA provenance v1 for a Tollgate step; materials become resolvedDependencies. */
export function makeProvenance(input: {
  builderId: string;
  externalParameters: Record<string, unknown>;
  materials: { name: string; digest: Record<string, string> }[];
  invocationId?: string;
  startedOn?: Date;
  finishedOn?: Date;
}): Record<string, unknown> {
  const metadata: Record<string, string> = {};
  if (input.invocationId) metadata.invocationId = input.invocationId;
  if (input.startedOn) metadata.startedOn = input.startedOn.toISOString();
  if (input.finishedOn) metadata.finishedOn = input.finishedOn.toISOString();
  return {
    buildDefinition: {
      buildType: TOLLGATE_BUILD_TYPE,
      externalParameters: input.externalParameters,
      resolvedDependencies: input.materials,
    },
    runDetails: { builder: { id: input.builderId }, metadata },
  };
}
