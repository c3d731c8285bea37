import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { identifyTool, type ToolIdentity } from '../common/native-tools.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { StepContext } from '../types.js';

/**
 * GitHub workflow security through zizmor (PyPI, installed by scripts/setup.sh): template
 * injection, unpinned actions and images, dangerous triggers, excessive permissions,
 * credentials persisted by checkout. actionlint checks that a workflow is correct; zizmor
 * that it is safe. Runs offline (no GitHub API); absent, the step says so and keeps actionlint.
 */
export const ZIZMOR_URI = 'https://docs.zizmor.sh/audits/';

/** Our workflow rules and the zizmor audits that report the same problem at the same line. */
export const ZIZMOR_COVERED: Readonly<Record<string, readonly string[]>> = {
  'TG-GHA-001': ['zizmor/template-injection'],
  'TG-GHA-003': ['zizmor/hardcoded-container-credentials'],
};

/** Rule ids are the audit's own name under `zizmor/`, as the docs list them. */
export const zizmorRuleId = (ident: string) => `zizmor/${ident}`;

const SEVERITY: Record<string, Severity> = {
  High: 'high',
  Medium: 'medium',
  Low: 'low',
  Informational: 'info',
  Unknown: 'info',
};

const LOWER: Record<Severity, Severity> = {
  critical: 'high',
  high: 'medium',
  medium: 'low',
  low: 'info',
  info: 'info',
};

/**
 * zizmor's severity, one step lower when zizmor itself has low confidence in the finding
 * (e.g. `container: ${{ inputs.image }}`, which may or may not be pinned by digest): a guess
 * should not stop a pipeline that a certain finding of the same audit would.
 */
export function zizmorSeverity(severity: string, confidence: string): Severity {
  const s = SEVERITY[severity] ?? 'medium';
  return confidence === 'Low' ? LOWER[s] : s;
}

interface ZizmorLocation {
  symbolic?: { key?: { Local?: { given_path?: string; verbatim_path?: string } }; kind?: string };
  concrete?: { location?: { start_point?: { row?: number; column?: number } } };
}
interface ZizmorFinding {
  ident: string;
  desc: string;
  determinations: { severity: string; confidence: string };
  locations: ZizmorLocation[];
  ignored?: boolean;
}

/** Turns zizmor's JSON (format v1) into findings; paths are the ones it was given. */
export function parseZizmor(json: unknown, source: string): Finding[] {
  if (!Array.isArray(json))
    throw new TollgateError('INPUT_INVALID', `zizmor wrote ${source}, which is not a JSON list`, {
      hint: 'check the zizmor version: its --format json output is a list of findings',
    });
  return (json as ZizmorFinding[])
    .filter((f) => !f.ignored)
    .map((f, i) => {
      if (typeof f?.ident !== 'string' || !Array.isArray(f.locations))
        throw new TollgateError('INPUT_INVALID', `zizmor's finding ${i} in ${source} has no ident`);
      const primary =
        f.locations.find((l) => l.symbolic?.kind === 'Primary') ?? f.locations[0] ?? {};
      const local = primary.symbolic?.key?.Local;
      const path = local?.given_path ?? local?.verbatim_path ?? '';
      const row = primary.concrete?.location?.start_point?.row;
      return {
        ruleId: zizmorRuleId(f.ident),
        severity: zizmorSeverity(f.determinations?.severity, f.determinations?.confidence),
        message: `${f.desc} (zizmor ${f.ident}, confidence ${f.determinations?.confidence?.toLowerCase()})`,
        location: { path, ...(typeof row === 'number' ? { line: row + 1 } : {}) },
      };
    });
}

/** The zizmor that ran and what it found; `tool` undefined when none is installed. */
export interface ZizmorRun {
  tool?: ToolIdentity;
  findings: Finding[];
}

/** zizmor over the given workflow files (paths relative to the repository). */
export async function runZizmor(ctx: StepContext, files: string[]): Promise<ZizmorRun> {
  if (files.length === 0) return { findings: [] };
  const path = await ctx.tools?.find('zizmor');
  const tool = path && (await identifyTool(ctx.exec, 'zizmor', path, ['--version'], ctx.repoDir));
  if (!tool) {
    ctx.log(
      'zizmor is not installed (scripts/setup.sh installs it): workflow security audits skipped, actionlint only',
    );
    return { findings: [] };
  }
  // Exit codes 10-14 say "findings of this severity"; --no-exit-codes keeps 0 for those and
  // leaves a non-zero code for a real failure (a workflow it cannot read).
  const args = ['--offline', '--format', 'json', '--no-progress', '--color', 'never'];
  const res = await runTool(ctx, 'zizmor', tool.path, [...args, '--no-exit-codes', ...files], [0]);
  return {
    tool,
    findings: parseZizmor(
      parseToolJson(res.stdout, 'zizmor', 'its standard output'),
      'its standard output',
    ),
  };
}
