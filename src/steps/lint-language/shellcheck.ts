import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import type { ToolRun } from '../common/scan-step.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { StepContext } from '../types.js';

/**
 * ShellCheck's four levels onto Tollgate's severities, through the SARIF levels they stand
 * for: error → high, warning → medium, info (a note) → low, style → info.
 */
const LEVELS: Record<string, Severity> = {
  error: 'high',
  warning: 'medium',
  info: 'low',
  style: 'info',
};

interface Comment {
  file?: unknown;
  line?: unknown;
  column?: unknown;
  level?: unknown;
  code?: unknown;
  message?: unknown;
}

export function shellcheckFindings(
  report: unknown,
  /** Filled with the column of each finding, which orders equal findings on one line. */
  columns?: Map<Finding, number>,
): Finding[] {
  const comments = (report as { comments?: unknown } | null)?.comments;
  if (!Array.isArray(comments))
    throw new TollgateError('INPUT_INVALID', 'shellcheck wrote JSON without a "comments" array');
  return (comments as Comment[]).map((c) => {
    if (typeof c.file !== 'string' || typeof c.code !== 'number' || typeof c.level !== 'string')
      throw new TollgateError('INPUT_INVALID', 'shellcheck wrote a malformed comment');
    const f: Finding = {
      ruleId: `SC${c.code}`,
      severity: LEVELS[c.level] ?? 'medium',
      message: String(c.message ?? ''),
      location: { path: c.file, ...(typeof c.line === 'number' ? { line: c.line } : {}) },
    };
    if (typeof c.column === 'number') columns?.set(f, c.column);
    return f;
  });
}

async function version(ctx: StepContext): Promise<string> {
  const res = await runTool(ctx, 'shellcheck', 'shellcheck', ['--version'], [0]);
  return /version:\s*(\S+)/.exec(res.stdout)?.[1] ?? 'unknown';
}

/** ShellCheck on the given files (relative paths, so the report names them as the repo does). */
export async function runShellcheck(ctx: StepContext, files: string[]): Promise<ToolRun> {
  const v = await version(ctx);
  // Exit 1 means "found something"; 2 and up are failures (unreadable file, bad option).
  const res = await runTool(
    ctx,
    'shellcheck',
    'shellcheck',
    ['-f', 'json1', '--', ...files],
    [0, 1],
  );
  const columns = new Map<Finding, number>();
  return {
    tool: { name: 'shellcheck', version: v, informationUri: 'https://www.shellcheck.net' },
    findings: shellcheckFindings(
      parseToolJson(res.stdout, 'shellcheck', 'its standard output'),
      columns,
    ),
    columns,
  };
}
