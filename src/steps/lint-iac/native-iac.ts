import { isAbsolute, relative, sep } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { identifyTool, type ToolIdentity } from '../common/native-tools.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { StepContext } from '../types.js';

/**
 * checkov (Terraform, Terraform plans, Kubernetes, Dockerfiles) and hadolint (Dockerfiles),
 * installed from PyPI by scripts/setup.sh, next to Tollgate's own IaC and cloud rules.
 *
 * Our rules stay: they are the fallback when the tools are absent, policies and exceptions
 * name them, and some have no checkov or hadolint equivalent (docs/rules-iac.md and
 * docs/rules-cloud.md say which). Where one has, the tool's finding at the same place is
 * dropped as a duplicate (`dropCovered`). checkov run offline carries no severities, so a
 * check takes the severity of our rule that covers it, and `low` otherwise; hadolint's
 * levels map as `error` medium, `warning` low, `info` and `style` info.
 */

export const CHECKOV_URI = 'https://www.checkov.io/5.Policy%20Index/all.html';
export const HADOLINT_URI = 'https://github.com/hadolint/hadolint#rules';

/** Our rule id → the checkov and hadolint checks that report the same problem. */
export const NATIVE_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  'TG-DOCKER-002': ['checkov/CKV_DOCKER_7', 'hadolint/DL3007', 'hadolint/DL3006'],
  'TG-DOCKER-003': ['checkov/CKV_DOCKER_3', 'checkov/CKV_DOCKER_8', 'hadolint/DL3002'],
  'TG-DOCKER-004': ['checkov/CKV_DOCKER_4', 'hadolint/DL3020'],
  'TG-DOCKER-006': ['hadolint/DL3015'],
  'TG-DOCKER-007': ['hadolint/DL3009'],
  'TG-DOCKER-009': ['checkov/CKV_DOCKER_2'],
  'TG-K8S-002': ['checkov/CKV_K8S_16'],
  'TG-K8S-003': ['checkov/CKV_K8S_17', 'checkov/CKV_K8S_18', 'checkov/CKV_K8S_19'],
  'TG-K8S-004': ['checkov/CKV_K8S_23', 'checkov/CKV_K8S_40'],
  'TG-K8S-005': ['checkov/CKV_K8S_20'],
  'TG-K8S-006': [
    'checkov/CKV_K8S_10',
    'checkov/CKV_K8S_11',
    'checkov/CKV_K8S_12',
    'checkov/CKV_K8S_13',
  ],
  'TG-K8S-007': ['checkov/CKV_K8S_14'],
  'TG-K8S-008': ['checkov/CKV_K8S_22'],
  'TG-K8S-009': ['checkov/CKV_K8S_28', 'checkov/CKV_K8S_37'],
  'TG-TF-001': ['checkov/CKV_AWS_20', 'checkov/CKV_AWS_57'],
  'TG-TF-002': ['checkov/CKV_AWS_24', 'checkov/CKV_AWS_25'],
  'TG-TF-003': [
    'checkov/CKV_AWS_3',
    'checkov/CKV_AWS_16',
    'checkov/CKV_AWS_19',
    'checkov/CKV_AWS_8',
  ],
  'TG-TF-004': [
    'checkov/CKV_AWS_62',
    'checkov/CKV_AWS_63',
    'checkov/CKV_AWS_355',
    'checkov/CKV2_AWS_40',
  ],
  'TG-CLOUD-004': ['checkov/CKV_K8S_26'],
  'TG-CLOUD-005': ['checkov/CKV_K8S_49'],
  'TG-CLOUD-010': ['checkov/CKV_AWS_17'],
  'TG-CLOUD-011': ['checkov/CKV_AWS_70'],
  'TG-CLOUD-012': ['checkov/CKV_GCP_28', 'checkov/CKV_AZURE_190'],
  'TG-CLOUD-013': ['checkov/CKV_AWS_88'],
  'TG-CLOUD-014': ['checkov/CKV_AWS_2'],
  'TG-CLOUD-015': [
    'checkov/CKV_AWS_42',
    'checkov/CKV_AWS_29',
    'checkov/CKV_AWS_27',
    'checkov/CKV_AWS_5',
  ],
};

/** The severity a check takes: that of the rule of ours that covers it, else its fallback. */
export function nativeSeverity(
  ruleId: string,
  severities: Readonly<Record<string, Severity>>,
  fallback: Severity,
): Severity {
  for (const [ours, others] of Object.entries(NATIVE_EQUIVALENTS))
    if (others.includes(ruleId) && severities[ours]) return severities[ours];
  return fallback;
}

/** Where a finding of a tool sits: its first line, and the last line of the block it names. */
export type Spans = Map<Finding, { start: number; end: number; resource?: string }>;

/**
 * Drops the tool's findings that one of ours already reports: a covering rule, the same
 * file, and our finding's line inside the block the tool names (checkov reports whole
 * resources; hadolint one instruction), or, in a plan without lines, the same resource. Ours is kept, with its stable id and help.
 */
export function dropDuplicates(
  native: Finding[],
  spans: Spans,
  ours: readonly Finding[],
): { kept: Finding[]; dropped: number } {
  const kept = native.filter((n) => {
    const span = spans.get(n) ?? { start: n.location?.line ?? 0, end: n.location?.line ?? 0 };
    return !ours.some((o) => {
      if (!(NATIVE_EQUIVALENTS[o.ruleId] ?? []).includes(n.ruleId)) return false;
      if (o.location?.path !== n.location?.path) return false;
      const line = o.location?.line;
      // A plan has no lines: there both name the resource (our message holds its address).
      if (line === undefined) return !span.resource || !!o.message?.includes(span.resource);
      return line >= span.start && line <= span.end;
    });
  });
  return { kept, dropped: native.length - kept.length };
}

/** What one native tool found, and which build it was (undefined: not installed). */
export interface NativeRun {
  tool?: ToolIdentity;
  findings: Finding[];
  spans: Spans;
}

const relativePath = (repoDir: string, file: string): string =>
  (isAbsolute(file) ? relative(repoDir, file) : file.replace(/^\//, '')).split(sep).join('/');

async function locate(ctx: StepContext, name: string, versionArgs: string[]) {
  const path = await ctx.tools?.find(name);
  const tool = path && (await identifyTool(ctx.exec, name, path, versionArgs, ctx.repoDir));
  if (!tool) ctx.log(`${name} is not installed (scripts/setup.sh installs it): our own rules only`);
  return tool || undefined;
}

interface CheckovCheck {
  check_id: string;
  check_name?: string;
  file_abs_path?: string;
  file_path?: string;
  file_line_range?: [number, number];
  resource?: string;
}

/** checkov's JSON: one report object per framework, a list of them, or an empty summary. */
export function parseCheckov(
  json: unknown,
  repoDir: string,
  severities: Readonly<Record<string, Severity>>,
  display: (path: string) => string = (p) => p,
): { findings: Finding[]; spans: Spans; parsingErrors: number } {
  const reports = (Array.isArray(json) ? json : [json]) as {
    results?: { failed_checks?: CheckovCheck[] };
    summary?: { parsing_errors?: number };
  }[];
  const findings: Finding[] = [];
  const spans: Spans = new Map();
  let parsingErrors = 0;
  for (const report of reports) {
    if (!report || typeof report !== 'object')
      throw new TollgateError('INPUT_INVALID', 'checkov wrote a report that is not an object', {
        hint: 'check the checkov version: -o json writes one object per framework',
      });
    parsingErrors += report.summary?.parsing_errors ?? 0;
    for (const c of report.results?.failed_checks ?? []) {
      if (typeof c?.check_id !== 'string')
        throw new TollgateError('INPUT_INVALID', 'checkov reported a failed check without an id');
      const ruleId = `checkov/${c.check_id}`;
      const [start, end] = c.file_line_range ?? [0, 0];
      const path = display(relativePath(repoDir, c.file_abs_path ?? c.file_path ?? ''));
      const f: Finding = {
        ruleId,
        severity: nativeSeverity(ruleId, severities, 'low'),
        message: `${c.check_name ?? c.check_id}${c.resource ? ` (${c.resource})` : ''} [checkov ${c.check_id}]`,
        location: { path, ...(start > 0 ? { line: start } : {}) },
      };
      spans.set(f, {
        start,
        end: Math.max(start, end),
        ...(c.resource ? { resource: c.resource } : {}),
      });
      findings.push(f);
    }
  }
  return { findings, spans, parsingErrors };
}

/** The frameworks checkov runs on the kinds of file this step reads. */
export type CheckovFramework = 'dockerfile' | 'kubernetes' | 'terraform' | 'terraform_plan';

/**
 * checkov over the given files (relative to the repository, or absolute), offline: no
 * download of the platform's policies, no upload. `display` turns a repository-relative
 * path into the name the step's findings use.
 */
export async function runCheckov(
  ctx: StepContext,
  files: string[],
  frameworks: CheckovFramework[],
  severities: Readonly<Record<string, Severity>>,
  display?: (path: string) => string,
): Promise<NativeRun> {
  if (files.length === 0) return { findings: [], spans: new Map() };
  const tool = await locate(ctx, 'checkov', ['--version']);
  if (!tool) return { findings: [], spans: new Map() };
  const args = [...files.flatMap((f) => ['-f', f]), '--framework', ...frameworks];
  args.push('-o', 'json', '--quiet', '--compact', '--skip-download', '--soft-fail');
  const res = await runTool(ctx, 'checkov', tool.path, args, [0]);
  const parsed = parseCheckov(
    parseToolJson(res.stdout, 'checkov', 'its standard output'),
    ctx.repoDir,
    severities,
    display,
  );
  if (parsed.parsingErrors)
    ctx.log(
      `checkov could not parse ${parsed.parsingErrors} file(s); our own rules still read them`,
    );
  return { tool, findings: parsed.findings, spans: parsed.spans };
}

const HADOLINT_LEVEL: Record<string, Severity> = {
  error: 'medium',
  warning: 'low',
  info: 'info',
  style: 'info',
};

/** hadolint's JSON: a list of {code, level, file, line, column, message}. */
export function parseHadolint(
  json: unknown,
  repoDir: string,
  severities: Readonly<Record<string, Severity>>,
): Finding[] {
  if (!Array.isArray(json))
    throw new TollgateError('INPUT_INVALID', 'hadolint wrote a report that is not a JSON list', {
      hint: 'check the hadolint version: --format json writes a list of findings',
    });
  return (
    json as { code?: string; level?: string; file?: string; line?: number; message?: string }[]
  ).map((h, i) => {
    if (typeof h?.code !== 'string' || typeof h.file !== 'string')
      throw new TollgateError('INPUT_INVALID', `hadolint's finding ${i} has no code or file`);
    const ruleId = `hadolint/${h.code}`;
    return {
      ruleId,
      severity: nativeSeverity(ruleId, severities, HADOLINT_LEVEL[h.level ?? ''] ?? 'low'),
      message: `${h.message ?? h.code} [hadolint ${h.code}]`,
      location: {
        path: relativePath(repoDir, h.file),
        ...(typeof h.line === 'number' && h.line > 0 ? { line: h.line } : {}),
      },
    };
  });
}

/** hadolint over the given Dockerfiles (relative to the repository); it honours .hadolint.yaml. */
export async function runHadolint(
  ctx: StepContext,
  files: string[],
  severities: Readonly<Record<string, Severity>>,
): Promise<NativeRun> {
  if (files.length === 0) return { findings: [], spans: new Map() };
  const tool = await locate(ctx, 'hadolint', ['--version']);
  if (!tool) return { findings: [], spans: new Map() };
  const args = ['--format', 'json', '--no-fail', '--no-color', ...files];
  const res = await runTool(ctx, 'hadolint', tool.path, args, [0]);
  const json = parseToolJson(res.stdout || '[]', 'hadolint', 'its standard output');
  return { tool, findings: parseHadolint(json, ctx.repoDir, severities), spans: new Map() };
}

/**
 * The documentation of our rules next to the native tools: for each rule the checks of
 * checkov and hadolint that report the same problem, and the list of those kept because
 * neither has one. Rendered into docs/rules-iac.md and docs/rules-cloud.md.
 */
export function renderNativeCoverage(
  rules: readonly { id: string; title: string }[],
  step: 'lint-iac' | 'cloud-scan',
  link: (id: string) => string = (id) => `#${id.toLowerCase()}`,
): string[] {
  const tools = step === 'lint-iac' ? 'checkov and hadolint' : 'checkov';
  const lacking = rules.filter((r) => !NATIVE_EQUIVALENTS[r.id]?.length);
  return [
    `## Next to ${tools}`,
    '',
    `When \`scripts/setup.sh\` has installed them (into \`.tools/\`), \`${step}\` also runs ${tools}`,
    `on the same files, offline (checkov with \`--skip-download\`): ${step === 'lint-iac' ? 'Dockerfiles, Kubernetes manifests and Terraform for checkov, Dockerfiles for hadolint' : 'the Kubernetes objects, Terraform HCL and the plan'}.`,
    'Their findings are named `checkov/<check id>` and `hadolint/<code>`, with fingerprints like',
    'ours. checkov offline carries no severities: a check takes the severity of the rule of ours',
    "that covers it (below), and `low` otherwise; hadolint's levels map as `error` medium,",
    "`warning` low, `info` and `style` info (or the covering rule's severity). Where one of our",
    "findings and a covering check report the same file and line (checkov's line range of the",
    'resource; in a plan, the same resource address), only ours is kept: its id, help and',
    'fingerprint stay stable whether or not the tools are installed. Without the tools our rules',
    'run alone, and the log says so; the SARIF report has one run per tool that ran, and the',
    "attested tool versions carry the sha256 of each tool's executable.",
    '',
    `| id | rule | the same check in ${tools} |`,
    '|---|---|---|',
    ...rules.map(
      (r) =>
        `| [${r.id}](${link(r.id)}) | ${r.title} | ${
          NATIVE_EQUIVALENTS[r.id]?.map((c) => `\`${c}\``).join(', ') ?? 'none: kept'
        } |`,
    ),
    '',
    `Kept because ${tools} ${step === 'lint-iac' ? 'lack' : 'lacks'} them: ${lacking.map((r) => r.id).join(', ')}.`,
    '',
  ];
}
