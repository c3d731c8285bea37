import { describeError, TollgateError } from '../core/errors.js';
import { redactor } from '../core/redact.js';
import { readJsonUntrusted } from '../core/untrusted.js';
import { COMMENT_MARKER, renderPrComment } from '../report/pr-comment.js';
import type { TollgateReport } from '../report/tollgate-report.js';
import { writeSarif } from '../steps/common/sarif.js';
import { annotationsFor, changedLines } from './annotations.js';
import { publishCheck } from './check.js';
import type { GitHubContext } from './context.js';
import type { GitHubPort } from './port.js';
import { prepareSarif } from './sarif-limits.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface PublishOptions {
  checkName: string;
  check: boolean;
  comment: boolean;
  uploadSarif: boolean;
}

export interface PublishInput {
  ctx: GitHubContext;
  /** The commit the verdict is about; the check, status and SARIF go to it. */
  sha: string;
  report: TollgateReport;
  base?: TollgateReport;
  baseProblem?: string;
}

export type Feature = 'check' | 'status' | 'annotations' | 'comment' | 'sarif';

/** One line per thing attempted; `ok: false` is a failure that was reported, never thrown. */
export interface PublishOutcome {
  feature: Feature;
  ok: boolean;
  detail: string;
}

/**
 * Publishes a finished verdict to GitHub: check run (or status), annotations, sticky PR
 * comment, SARIF. Each part runs on its own and its failure is recorded, not thrown: the
 * verdict is decided before this runs, and a GitHub outage must not turn into a pass or a
 * fail of the gate.
 */
export async function publishToGitHub(
  port: GitHubPort,
  input: PublishInput,
  opts: PublishOptions,
): Promise<PublishOutcome[]> {
  const out: PublishOutcome[] = [];
  // Everything published derives from the reports, so they are masked once, here: reasons
  // and messages carry tools' words (the step's own SARIF is masked when it is read below).
  input = {
    ...input,
    report: redactor.value(input.report),
    ...(input.base ? { base: redactor.value(input.base) } : {}),
  };
  const { ctx, report } = input;
  const tryPart = async (feature: Feature, fn: () => Promise<string>) => {
    try {
      out.push({ feature, ok: true, detail: await fn() });
    } catch (e) {
      out.push({ feature, ok: false, detail: describeError(e) });
    }
  };
  const body = renderPrComment({
    report,
    ...(input.base ? { base: input.base } : {}),
    ...(ctx.baseRef ? { baseName: ctx.baseRef } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    ...(input.baseProblem ? { baseProblem: input.baseProblem } : {}),
  });

  if (opts.check) {
    let annotations: ReturnType<typeof annotationsFor> = [];
    if (ctx.pullNumber !== undefined) {
      const pull = ctx.pullNumber;
      await tryPart('annotations', async () => {
        const files = await port.listPullRequestFiles(ctx.repo, pull);
        annotations = annotationsFor(report.steps, changedLines(files));
        return `${annotations.length} finding(s) on changed lines of ${files.length} file(s)`;
      });
    }
    const passed = report.steps.filter((s) => s.status === 'passed').length;
    await tryPart('check', async () => {
      const r = await publishCheck(port, ctx.repo, {
        name: opts.checkName,
        sha: input.sha,
        conclusion: report.verdict === 'pass' ? 'success' : 'failure',
        title: `${passed} of ${report.steps.length} required steps passed`,
        // The check shows the same Markdown as the comment, minus the hidden marker.
        summary: body.replace(`${COMMENT_MARKER}\n`, '').slice(0, 65_535),
        annotations,
        ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
      });
      if (r.kind === 'status') {
        out.push({ feature: 'status', ok: true, detail: `commit status "${opts.checkName}" set` });
        throw new Error(`check runs not permitted, fell back to a commit status (${r.reason})`);
      }
      return `check run ${r.id} with ${r.annotations} annotation(s)`;
    });
  }

  if (opts.comment) {
    await tryPart('comment', async () => {
      if (ctx.pullNumber === undefined) return 'not a pull request: no comment';
      const r = await upsertStickyComment(port, ctx.repo, ctx.pullNumber, COMMENT_MARKER, body);
      return `comment ${r.id} ${r.action} on #${ctx.pullNumber}`;
    });
  }

  if (opts.uploadSarif) {
    for (const step of report.steps) {
      if (!step.sarif && !step.findings.length) continue;
      await tryPart('sarif', async () => uploadStep(port, input, step));
    }
  }
  return out;
}

async function uploadStep(
  port: GitHubPort,
  input: PublishInput,
  step: TollgateReport['steps'][number],
): Promise<string> {
  const { ctx } = input;
  if (!ctx.ref) throw new Error('no git ref to file the results under (GITHUB_REF unset)');
  // The step's own SARIF when the gate found it intact; otherwise one built from the
  // findings it attested (fewer details, same results).
  const log = step.sarif ? redactor.value(await readSarifLog(step.sarif, step.step)) : null;
  const sarif =
    log ??
    writeSarif(
      { name: `tollgate/${step.step}` },
      step.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        fingerprint: f.fingerprint,
        ...(f.message ? { message: f.message } : {}),
        ...(f.path ? { location: { path: f.path, ...(f.line ? { line: f.line } : {}) } } : {}),
      })),
    );
  const { parts, notes } = prepareSarif(sarif, `tollgate/${step.step}`);
  const ids: string[] = [];
  for (const p of parts) {
    const r = await port.uploadSarif(ctx.repo, {
      commitSha: input.sha,
      ref: ctx.ref,
      sarif: p.payload,
    });
    ids.push(`${p.category}: ${p.results} result(s), upload ${r.id}`);
  }
  return [...ids, ...notes].join('; ');
}

const MAX_SARIF_BYTES = 64 << 20;

/**
 * The step's SARIF file, bounded; null when it is gone (then the findings stand in). Its
 * content is never quoted in a message: a file that is not SARIF may be anything.
 */
async function readSarifLog(file: string, step: string): Promise<Record<string, unknown> | null> {
  let log: unknown;
  try {
    log = await readJsonUntrusted(file, `SARIF of ${step}`, { maxBytes: MAX_SARIF_BYTES });
  } catch (e) {
    if (
      e instanceof TollgateError &&
      e.code === 'INPUT_UNREADABLE' &&
      /no such file/.test(e.message)
    )
      return null;
    throw e;
  }
  if (!log || typeof log !== 'object' || Array.isArray(log))
    throw new TollgateError('INPUT_INVALID', `SARIF of ${step} ${file} is not a JSON object`);
  return log as Record<string, unknown>;
}
