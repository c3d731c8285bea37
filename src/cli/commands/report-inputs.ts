import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import type { Verdict } from '../../gate/types.js';
import { mergeReports } from '../../report/merge-reports.js';
import { parseReport, type TollgateReport } from '../../report/tollgate-report.js';
import type { WorkflowRunEvent } from '../../github/find-pull.js';

const VERDICT = 'verdict.json';
const REPORT = 'tollgate-report.json';

/** One gate's verdict and report; they must be of the same run. */
export async function readPair(verdictFile: string, reportFile: string): Promise<TollgateReport> {
  const text = (await readInput(verdictFile, 'verdict')).toString('utf8');
  let verdict: Verdict;
  try {
    verdict = JSON.parse(text) as Verdict;
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `verdict ${verdictFile} is not valid JSON: ${(e as Error).message}`,
    );
  }
  const report = parseReport((await readInput(reportFile, 'report')).toString('utf8'), reportFile);
  // Two artifacts from different runs must not be mixed into one message.
  if (verdict.commit !== report.commit || verdict.verdict !== report.verdict)
    throw new TollgateError(
      'INPUT_INVALID',
      `${verdictFile} and ${reportFile} are not of the same run`,
    );
  return report;
}

/**
 * Every gate's report in `dir`: the folder itself and each folder directly under it that
 * holds a verdict.json (download-artifact puts each `tollgate-verdict-<stage>` artifact in
 * its own folder), merged into one report of the commit.
 */
export async function readPairsIn(dir: string): Promise<TollgateReport> {
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
    if (has) reports.push(await readPair(join(f, VERDICT), join(f, REPORT)));
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
  o: { dir?: string | undefined; verdict?: string | undefined; report?: string | undefined },
): Promise<TollgateReport> {
  if (o.dir) return readPairsIn(resolve(cwd, o.dir));
  if (!o.verdict || !o.report)
    throw new TollgateError('USAGE', 'tollgate report: give --dir, or --verdict and --report', {
      hint: 'see `tollgate report --help`',
    });
  return readPair(resolve(cwd, o.verdict), resolve(cwd, o.report));
}

/** The `workflow_run` part of an event payload file, or undefined for other events. */
export async function readWorkflowRunEvent(file: string): Promise<WorkflowRunEvent | undefined> {
  const text = (await readInput(file, 'event payload')).toString('utf8');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new TollgateError('INPUT_INVALID', `event payload ${file} is not JSON`);
  }
  const run = (v as { workflow_run?: unknown } | null)?.workflow_run;
  return run && typeof run === 'object' ? (run as WorkflowRunEvent) : undefined;
}
