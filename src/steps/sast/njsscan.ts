import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { identifyTool, type ToolIdentity } from '../common/native-tools.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { StepContext } from '../types.js';

/**
 * njsscan (PyPI, installed by scripts/setup.sh): Node.js SAST with its own bundled semgrep
 * rules (XSS, SSRF, open redirects, JWT, templates, ...), next to the ESLint security rules
 * and ast-grep. It runs offline (its rules ship in the package; semgrep with metrics off).
 * Absent, the step says so and keeps ESLint and ast-grep.
 */
export const NJSSCAN_URI = 'https://github.com/ajinabraham/njsscan';

const SEVERITY: Record<string, Severity> = { ERROR: 'high', WARNING: 'medium', INFO: 'low' };

const WEAK_HASH = [
  'ast-grep/js-weak-crypto',
  'ast-grep/ts-weak-crypto',
  'ast-grep/js-weak-password-hash',
  'ast-grep/ts-weak-password-hash',
];

/** njsscan rule → our ESLint and ast-grep rules that report the same problem at the same line. */
export const NJSSCAN_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  eval_nodejs: ['eslint/no-eval', 'security/detect-eval-with-expression'],
  generic_os_command_exec: [
    'security/detect-child-process',
    'ast-grep/js-shell-injection',
    'ast-grep/ts-shell-injection',
  ],
  join_resolve_path_traversal: [
    'ast-grep/js-path-traversal',
    'ast-grep/ts-path-traversal',
    'security/detect-non-literal-fs-filename',
  ],
  node_md5: WEAK_HASH,
  node_sha1: WEAK_HASH,
  regex_injection_dos: ['ast-grep/js-user-regexp', 'ast-grep/ts-user-regexp'],
  node_insecure_random_generator: ['security/detect-pseudoRandomBytes'],
  regex_dos: ['security/detect-unsafe-regex'],
  node_secret: ['ast-grep/js-hardcoded-credential'],
  node_password: ['ast-grep/js-hardcoded-credential'],
};

export const njsscanRuleId = (id: string) => `njsscan/${id}`;

interface NjsscanFile {
  file_path?: string;
  match_lines?: [number, number];
}
interface NjsscanRule {
  files?: NjsscanFile[];
  metadata?: { severity?: string; description?: string; cwe?: string };
}

/** njsscan's JSON: `nodejs` and `templates` map rule ids to their matches. */
export function parseNjsscan(
  json: unknown,
  source: string,
): { findings: Finding[]; spans: Map<Finding, [number, number]> } {
  const doc = json as {
    nodejs?: Record<string, NjsscanRule>;
    templates?: Record<string, NjsscanRule>;
    errors?: unknown[];
  };
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || (!doc.nodejs && !doc.templates))
    throw new TollgateError('INPUT_INVALID', `njsscan wrote ${source} without its nodejs section`, {
      hint: 'check the njsscan version: --json writes {nodejs, templates, errors}',
    });
  if (Array.isArray(doc.errors) && doc.errors.length)
    throw new TollgateError(
      'INPUT_INVALID',
      `njsscan reported errors: ${JSON.stringify(doc.errors).slice(0, 300)}`,
      {
        hint: 'njsscan runs semgrep from its own environment; reinstall it with scripts/setup.sh',
      },
    );
  const findings: Finding[] = [];
  const spans = new Map<Finding, [number, number]>();
  for (const section of [doc.nodejs ?? {}, doc.templates ?? {}])
    for (const [id, rule] of Object.entries(section))
      for (const file of rule.files ?? []) {
        const [start, end] = file.match_lines ?? [0, 0];
        const f: Finding = {
          ruleId: njsscanRuleId(id),
          severity: SEVERITY[rule.metadata?.severity ?? ''] ?? 'medium',
          message: `${(rule.metadata?.description ?? id).trim()}${rule.metadata?.cwe ? ` (${rule.metadata.cwe.split(':')[0]})` : ''}`,
          location: {
            path: (file.file_path ?? '').replace(/^\.\//, ''),
            ...(start > 0 ? { line: start } : {}),
          },
        };
        spans.set(f, [start, Math.max(start, end)]);
        findings.push(f);
      }
  return { findings, spans };
}

/**
 * Drops njsscan's findings that ours report already: an equivalent rule whose finding sits
 * in the same file within njsscan's match lines; and a second njsscan finding with the same
 * fingerprint as one kept (the same rule at the same place, matched twice).
 */
export function dropNjsscanDuplicates(
  native: Finding[],
  spans: Map<Finding, [number, number]>,
  ours: readonly Finding[],
): { kept: Finding[]; dropped: number } {
  const prints = new Set<string>();
  const kept = native.filter((n) => {
    const equivalents = NJSSCAN_EQUIVALENTS[n.ruleId.replace(/^njsscan\//, '')] ?? [];
    const [start, end] = spans.get(n) ?? [n.location?.line ?? 0, n.location?.line ?? 0];
    const covered = ours.some(
      (o) =>
        equivalents.includes(o.ruleId) &&
        o.location?.path === n.location?.path &&
        (o.location?.line ?? -1) >= start &&
        (o.location?.line ?? -1) <= end,
    );
    if (covered) return false;
    if (n.fingerprint && prints.has(n.fingerprint)) return false;
    if (n.fingerprint) prints.add(n.fingerprint);
    return true;
  });
  return { kept, dropped: native.length - kept.length };
}

export interface NjsscanRun {
  tool?: ToolIdentity;
  findings: Finding[];
  spans: Map<Finding, [number, number]>;
}

/** Folders njsscan leaves out, as ESLint's built-in configuration does. */
const IGNORED = ['node_modules', 'dist', 'build', 'coverage'];

/** njsscan over the repository (its relative paths, so its own ignore list reads them). */
export async function runNjsscan(ctx: StepContext): Promise<NjsscanRun> {
  const path = await ctx.tools?.find('njsscan');
  const tool = path && (await identifyTool(ctx.exec, 'njsscan', path, ['-v'], ctx.repoDir));
  if (!tool) {
    ctx.log(
      'sast: njsscan is not installed (scripts/setup.sh installs it): ESLint and ast-grep only',
    );
    return { findings: [], spans: new Map() };
  }
  const scratch = await mkdtemp(join(tmpdir(), 'tollgate-njsscan-'));
  try {
    const report = join(scratch, 'njsscan.json');
    // The same folders ESLint leaves out (eslint.ts): build output is not the source under
    // review, and a finding in compiled code names a line nobody wrote.
    const config = join(scratch, 'njsscan.yml');
    await writeFile(config, `---\n- ignore-paths:\n${IGNORED.map((p) => `  - ${p}\n`).join('')}`);
    // Exit 1 means findings; anything else, or no report, is a failure of the tool.
    await runTool(
      ctx,
      'njsscan',
      tool.path,
      ['--json', '-o', report, '--config', config, '.'],
      [0, 1],
    );
    const text = await readFile(report, 'utf8').catch((e: unknown) => {
      throw new TollgateError('INPUT_INVALID', 'njsscan wrote no report', { cause: e });
    });
    return { tool, ...parseNjsscan(parseToolJson(text, 'njsscan', 'its report'), 'its report') };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
