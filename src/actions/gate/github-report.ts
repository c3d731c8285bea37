import { describeError, isTollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import type { GitHubContext } from '../../github/context.js';
import { fetchBaseReport } from '../../github/base-report.js';
import type { GitHubPort } from '../../github/port.js';
import type { GitHubReadPort } from '../../github/read-port.js';
import { publishToGitHub, type PublishOutcome } from '../../github/publish.js';
import { stagesOf } from '../../report/merge-reports.js';
import { parseReport, type TollgateReport } from '../../report/tollgate-report.js';

/** What the user asked the gate to publish on GitHub (action inputs). */
export interface GitHubReportInputs {
  checkName: string;
  check: boolean;
  comment: boolean;
  uploadSarif: boolean;
  /**
   * `auto`: find the base branch's last report on GitHub (artifacts of its newest successful
   * run); a path: the base branch's tollgate-report.json the workflow downloaded; absent: none.
   */
  baseReport?: string;
}

/** Injected by the entry point: a port over a real client, or over the test double. */
export interface GitHubReportDeps {
  port: GitHubPort;
  /** Needed for `baseReport: auto`. */
  read?: GitHubReadPort;
  context: GitHubContext;
}

/** The base report as asked: `auto` from GitHub, a file, or nothing. */
export async function resolveBaseReport(
  spec: string | undefined,
  report: TollgateReport,
  github: { read?: GitHubReadPort | undefined; context: GitHubContext },
): Promise<{ base?: TollgateReport; problem?: string }> {
  if (!spec || spec === 'none') return {};
  if (spec !== 'auto') return loadBaseReport(spec);
  const { read, context } = github;
  if (!read) return { problem: 'no base report: no GitHub client to look for it' };
  // A push has no base branch to compare with: no comparison, and nothing to explain.
  if (!context.baseRef) return {};
  const r = await fetchBaseReport(read, {
    repo: context.repo,
    branch: context.baseRef,
    ...(context.workflow ? { workflow: context.workflow } : {}),
    stages: stagesOf(report),
  });
  return { ...(r.base ? { base: r.base } : {}), ...(r.problem ? { problem: r.problem } : {}) };
}

/** Reads the base report; a missing or broken one only costs the comparison. */
export async function loadBaseReport(
  path: string | undefined,
): Promise<{ base?: TollgateReport; problem?: string }> {
  if (!path) return {};
  let text: string;
  try {
    text = (await readInput(path, 'base report', 64 << 20)).toString('utf8');
  } catch (e) {
    if (isTollgateError(e) && e.code === 'INPUT_INVALID') return { problem: describeError(e) };
    return { problem: `no base report at ${path} (first run on the base branch?)` };
  }
  try {
    return { base: parseReport(text, path) };
  } catch (e) {
    return { problem: describeError(e) };
  }
}

/** Publishes and never throws: every failure becomes an outcome with `ok: false`. */
export async function reportToGitHub(
  report: TollgateReport,
  sha: string,
  inputs: GitHubReportInputs,
  deps: GitHubReportDeps,
): Promise<PublishOutcome[]> {
  try {
    const { base, problem } = await resolveBaseReport(inputs.baseReport, report, deps);
    return await publishToGitHub(
      deps.port,
      {
        ctx: deps.context,
        sha,
        report,
        ...(base ? { base } : {}),
        ...(problem ? { baseProblem: problem } : {}),
      },
      inputs,
    );
  } catch (e) {
    return [
      { feature: 'check', ok: false, detail: `GitHub reporting failed: ${describeError(e)}` },
    ];
  }
}

/** The job summary's account of what was published, so a failure is visible where people look. */
export function outcomesMarkdown(outcomes: PublishOutcome[]): string {
  if (!outcomes.length) return '';
  const rows = outcomes.map(
    (o) =>
      `| ${o.feature} | ${o.ok ? '✅' : '⚠️ failed'} | ${o.detail.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 300)} |`,
  );
  return [
    '',
    '**GitHub reporting** (does not change the verdict)',
    '',
    '| What | Result | Details |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
