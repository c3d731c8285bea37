import { resolve } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { SbomComponent } from '../../sbom/types.js';
import {
  openVulnSource,
  readVex,
  scanComponents,
  splitVulnSources,
  vulnFindingsToFindings,
  vulnSarif,
  vulnsPredicate,
  type VexStatement,
  type VulnException,
  type VulnFinding,
  type VulnSource,
} from '../../vuln/index.js';
import { VERSION } from '../../core/version.js';
import { failAtOf, isBlocking } from '../common/scan-step.js';
import type { StepContext } from '../types.js';
import { inputPath, loadExceptions } from './exceptions.js';

/**
 * The vulnerability half of `sca` and `container-scan`: the shared OSV matcher (src/vuln)
 * over an SBOM's components, with the step's VEX documents and expiring exceptions; out
 * come the vulns v0.2 predicate, the SARIF run and the findings that fail the step.
 */

export interface VulnScan {
  findings: VulnFinding[];
  /** Unsuppressed findings in the project's Finding shape. */
  open: Finding[];
  blocking: Finding[];
  predicate: Record<string, unknown>;
  sarif: Record<string, unknown>;
  source: string;
}

async function vexOf(ctx: StepContext): Promise<VexStatement[]> {
  const files = (ctx.inputs.vex ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const all: VexStatement[] = [];
  for (const f of files)
    all.push(...(await readVex(inputPath(ctx.repoDir, f, 'the sca input "vex"'))));
  return all;
}

export interface VulnInputs {
  source: VulnSource;
  vex: VexStatement[];
  exceptions: VulnException[];
}

/**
 * The step's vulnerability inputs, read and checked before any slow work, so that a bad VEX
 * or exceptions file stops the step at once with the file named.
 */
export async function vulnInputs(ctx: StepContext): Promise<VulnInputs> {
  failAtOf(ctx);
  // Several sources, comma or newline separated, are queried together; folders are
  // relative to the repository.
  const specs = splitVulnSources(ctx.inputs['osv-url'] ?? '').map((s) =>
    /^https?:/i.test(s) ? s : resolve(ctx.repoDir, s),
  );
  return {
    // The vulnerability database is the operator's choice (an offline mirror may live
    // anywhere), not a file of the repository; what is read from it is bounded (folder.ts).
    source: openVulnSource(specs.join('\n')),
    vex: await vexOf(ctx),
    exceptions: await loadExceptions(ctx.repoDir, ctx.inputs.exceptions),
  };
}

export async function scanVulns(
  ctx: StepContext,
  components: SbomComponent[],
  scanner: string,
  now = new Date(),
  inputs?: VulnInputs,
): Promise<VulnScan> {
  const failAt = failAtOf(ctx);
  const { source, vex, exceptions } = inputs ?? (await vulnInputs(ctx));
  ctx.log(`${ctx.step.id}: matching ${components.length} package(s) against ${source.describe}`);
  const findings = await scanComponents(components, source, {
    vex,
    exceptions,
    now,
    signal: ctx.signal,
  });
  const open = vulnFindingsToFindings(findings);
  const tool = { name: `tollgate-${scanner}`, version: VERSION };
  return {
    findings,
    open,
    blocking: open.filter((f) => isBlocking(f, failAt)),
    predicate: vulnsPredicate(findings, { ...tool, db: source.describe }, now),
    sarif: vulnSarif(findings, tool),
    source: source.describe,
  };
}

/** One line per vulnerability for the job summary, worst first. */
export function vulnRows(findings: VulnFinding[], max = 30): string[] {
  return findings.slice(0, max).map((f) => {
    const state = f.suppressed ? `suppressed (${f.suppressed.by})` : f.severity;
    const fix = f.fixed.length ? f.fixed.join(', ') : '—';
    return `| ${state} | ${f.id} | ${f.component.name}@${f.component.version} | ${fix} |`;
  });
}
