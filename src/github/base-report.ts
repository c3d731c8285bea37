import { describeError } from '../core/errors.js';
import { readZipEntry } from '../core/zip.js';
import { mergeReports } from '../report/merge-reports.js';
import { parseReport, type TollgateReport } from '../report/tollgate-report.js';
import type { RepoRef } from './port.js';
import type { GitHubReadPort } from './read-port.js';

/** Name of the artifact a stage's gate uploads (see src/pipeline/pins.ts). */
export const verdictArtifact = (stage: string): string => `tollgate-verdict-${stage}`;
/** How many of the newest successful base-branch runs are tried before giving up. */
const RUNS_TRIED = 3;

export interface BaseReportQuery {
  repo: RepoRef;
  /** The pull request's base branch. */
  branch: string;
  /** The workflow whose runs count (file name or id); absent: any workflow's push runs. */
  workflow?: string | number;
  /** The stages of the current report: one artifact per stage is looked for. */
  stages: string[];
}

export interface BaseReportResult {
  base?: TollgateReport;
  /** Why there is no comparison; the verdict never depends on it. */
  problem?: string;
  /** Where the base came from, for the log. */
  source?: string;
}

/**
 * The base branch's last report, found on GitHub: the newest successful push run of the
 * same workflow on the base branch, its `tollgate-verdict-<stage>` artifacts (zip) and the
 * tollgate-report.json in each. Only push runs count: a fork's pull request run may have a
 * head branch of the same name. Every failure becomes `problem`, never an exception.
 */
export async function fetchBaseReport(
  port: GitHubReadPort,
  q: BaseReportQuery,
): Promise<BaseReportResult> {
  try {
    const runs = await port.listWorkflowRuns(q.repo, {
      ...(q.workflow !== undefined ? { workflow: q.workflow } : {}),
      branch: q.branch,
      event: 'push',
      status: 'success',
      limit: RUNS_TRIED,
    });
    if (!runs.length)
      return { problem: `no base report: no successful push run on ${q.branch} yet` };
    const notes: string[] = [];
    for (const run of runs) {
      const artifacts = await port.listRunArtifacts(q.repo, run.id);
      const reports: TollgateReport[] = [];
      for (const stage of q.stages) {
        const name = verdictArtifact(stage);
        const a = artifacts.find((x) => x.name === name && !x.expired);
        if (!a) continue;
        const what = `artifact ${name} of run ${run.id}`;
        const text = readZipEntry(
          await port.downloadArtifact(q.repo, a.id),
          'tollgate-report.json',
          what,
        );
        if (!text) {
          notes.push(`${what} has no tollgate-report.json`);
          continue;
        }
        reports.push(parseReport(text.toString('utf8'), `tollgate-report.json of ${what}`));
      }
      if (reports.length)
        return {
          base: mergeReports(reports, `the base reports of run ${run.id}`),
          source: `run ${run.id} on ${q.branch} (${run.headSha.slice(0, 12)})`,
        };
      notes.push(
        `run ${run.id} kept no ${q.stages.map(verdictArtifact).join(' or ')} artifact (expired?)`,
      );
    }
    return { problem: `no base report: ${notes.join('; ')}` };
  } catch (e) {
    return { problem: `no base report: ${describeError(e)}` };
  }
}
