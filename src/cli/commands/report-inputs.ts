import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { resolveInside } from '../../core/confine.js';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import { readJsonUntrusted } from '../../core/untrusted-read.js';
import type { Verdict } from '../../gate/types.js';
import { mergeReports } from '../../report/merge-reports.js';
import { parseReport, type TollgateReport } from '../../report/tollgate-report.js';
import type { WorkflowRunEvent } from '../../github/find-pull.js';

const VERDICT = 'verdict.json';
const REPORT = 'tollgate-report.json';

const MAX_ARTIFACT_BYTES = 64 << 20;

/** One gate's verdict and report; they must be of the same run. */
export async function readPair(
  verdictFile: string,
  reportFile: string,
  sarif: SarifPaths = 'drop',
): Promise<TollgateReport> {
  const verdict = await readJsonUntrusted(verdictFile, 'verdict', { maxBytes: MAX_ARTIFACT_BYTES });
  if (
    !verdict ||
    typeof verdict !== 'object' ||
    Array.isArray(verdict) ||
    typeof (verdict as Verdict).commit !== 'string' ||
    typeof (verdict as Verdict).verdict !== 'string'
  ) {
    throw new TollgateError(
      'INPUT_INVALID',
      `verdict ${verdictFile} is not a Tollgate verdict: a JSON object with commit and verdict is expected`,
      { hint: 'download the verdict.json the gate wrote, unchanged' },
    );
  }
  const v = verdict as Verdict;
  const report = parseReport(
    (await readInput(reportFile, 'report', MAX_ARTIFACT_BYTES)).toString('utf8'),
    reportFile,
  );
  // Two artifacts from different runs must not be mixed into one message.
  if (v.commit !== report.commit || v.verdict !== report.verdict)
    throw new TollgateError(
      'INPUT_INVALID',
      `${verdictFile} and ${reportFile} are not of the same run`,
    );
  return sarifPaths(report, reportFile, sarif);
}

/**
 * What to do with `steps[].sarif`, a path written by another (possibly untrusted) run:
 * `confine` reads it only inside the folder the report was downloaded to and refuses the
 * report otherwise (exit 2); `drop` forgets it, when no SARIF is uploaded.
 */
export type SarifPaths = 'confine' | 'drop';

function sarifPaths(report: TollgateReport, reportFile: string, how: SarifPaths): TollgateReport {
  const folder = dirname(reportFile);
  return {
    ...report,
    steps: report.steps.map((s, i) => {
      if (s.sarif === undefined) return s;
      const { sarif, ...rest } = s;
      return how === 'drop'
        ? rest
        : { ...rest, sarif: resolveInside(folder, sarif, `steps[${i}].sarif of ${reportFile}`) };
    }),
  };
}

/**
 * Every gate's report in `dir`: the folder itself and each folder directly under it that
 * holds a verdict.json (download-artifact puts each `tollgate-verdict-<stage>` artifact in
 * its own folder), merged into one report of the commit.
 */
export async function readPairsIn(
  dir: string,
  sarif: SarifPaths = 'drop',
): Promise<TollgateReport> {
  const folders = [dir];
  try {
    for (const e of await readdir(dir, { withFileTypes: true }))
      if (e.isDirectory()) folders.push(join(dir, e.name));
  } catch {
    throw new TollgateError('INPUT_UNREADABLE', `cannot read the folder ${dir}`, {
      hint: 'point --dir at the folder the verdict artifacts were downloaded to',
    });
  }
  const reports: TollgateReport[] = [];
  for (const f of folders.sort()) {
    const has = await stat(join(f, VERDICT)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (has) reports.push(await readPair(join(f, VERDICT), join(f, REPORT), sarif));
  }
  if (!reports.length)
    throw new TollgateError('INPUT_UNREADABLE', `no ${VERDICT} in ${dir} or the folders under it`, {
      hint: 'download the tollgate-verdict-<stage> artifacts of the run into this folder',
    });
  return mergeReports(reports, `the verdicts in ${dir}`);
}

/** The report(s) named on the command line: `--dir`, or one `--verdict` and `--report`. */
export async function readReports(
  cwd: string,
  o: {
    dir?: string | undefined;
    verdict?: string | undefined;
    report?: string | undefined;
    sarif?: SarifPaths;
  },
): Promise<TollgateReport> {
  if (o.dir) return readPairsIn(resolve(cwd, o.dir), o.sarif);
  if (!o.verdict || !o.report)
    throw new TollgateError('USAGE', 'tollgate report: give --dir, or --verdict and --report', {
      hint: 'see `tollgate report --help`',
    });
  return readPair(resolve(cwd, o.verdict), resolve(cwd, o.report), o.sarif);
}

/** The `workflow_run` part of an event payload file, or undefined for other events. */
export async function readWorkflowRunEvent(file: string): Promise<WorkflowRunEvent | undefined> {
  const v = await readJsonUntrusted(file, 'event payload', { maxBytes: MAX_ARTIFACT_BYTES });
  const run = (v as { workflow_run?: unknown } | null)?.workflow_run;
  return run && typeof run === 'object' ? (run as WorkflowRunEvent) : undefined;
}
