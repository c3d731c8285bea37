import { resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { resolveBaseReport } from '../../actions/gate/github-report.js';
import { createGitHubClient } from '../../github/client.js';
import { parseRepo, runUrlOf, type GitHubContext } from '../../github/context.js';
import { findPullsOfRun, type WorkflowRunEvent } from '../../github/find-pull.js';
import { octokitPort } from '../../github/octokit-port.js';
import { octokitReadPort } from '../../github/octokit-read-port.js';
import { publishToGitHub, type PublishOutcome } from '../../github/publish.js';
import type { PullSummary } from '../../github/read-port.js';
import { optional, type Command, type Values } from '../command.js';
import { readReports, readWorkflowRunEvent } from './report-inputs.js';

const bool = (values: Values, name: string, fallback: boolean): boolean => {
  const v = optional(values, name);
  if (v === undefined) return fallback;
  if (v !== 'true' && v !== 'false')
    throw new TollgateError('USAGE', `--${name} must be true or false, not "${v}"`);
  return v === 'true';
};

export const reportCommand: Command = {
  name: 'report',
  summary: 'publish a finished verdict on GitHub (check, PR comment, SARIF) from its JSON files',
  help: `Usage: tollgate report (--dir DIR | --verdict FILE --report FILE) [options]

Publishes what the gate decided elsewhere: the check run (or a commit status when check
runs are not permitted), the sticky pull request comment and, if asked, SARIF to code
scanning. Made for a workflow_run follow-up workflow that downloads the verdict.json and
tollgate-report.json artifacts of an untrusted (fork) run and never runs its code.
Nothing is verified again here: the verdict is taken as the gate wrote it.

In a workflow_run follow-up the pull request, its head commit and its base branch come
from the event payload: GitHub lists no pull request there for forks, so the open pull
requests of <fork owner>:<branch> are looked up (then those of the commit), and only one
whose head is still the run's commit gets the comment.

Options:
  --dir DIR             folder with the gates' verdict.json + tollgate-report.json, in it or
                        one folder each under it (every stage that ran; merged into one)
  --verdict FILE        verdict.json written by the gate (instead of --dir)
  --report FILE         tollgate-report.json written next to it
  --base-report auto|FILE|none   the base branch's report, for new/fixed and the coverage
                        change; auto finds it in the artifacts of the newest successful
                        push run of the workflow on the base branch (default: none)
  --event FILE          workflow_run event payload (default: $GITHUB_EVENT_PATH when
                        $GITHUB_EVENT_NAME is workflow_run)
  --repo OWNER/NAME     repository (default: $GITHUB_REPOSITORY)
  --pr N                pull request to comment on (default: from --event; else no comment)
  --base-ref NAME       base branch name (default: the pull request's)
  --sha SHA             commit for the check and SARIF (default: the event's head commit,
                        else the verdict's commit)
  --ref REF             git ref for SARIF (default: refs/pull/N/head with --pr)
  --check-name NAME     name of the check run or status (default: tollgate)
  --check true|false    publish the check (default: true)
  --comment true|false  keep the sticky PR comment (default: true)
  --upload-sarif true|false   upload findings to code scanning (default: false)
  --run-url URL         link in the comment (default: from GITHUB_SERVER_URL, _REPOSITORY, _RUN_ID)

The token comes from $GITHUB_TOKEN, the API from $GITHUB_API_URL (default api.github.com).
Exit code 0 when everything asked for was published, 1 when something was not, 2 for bad input.
`,
  options: {
    dir: { type: 'string' },
    verdict: { type: 'string' },
    report: { type: 'string' },
    'base-report': { type: 'string' },
    event: { type: 'string' },
    repo: { type: 'string' },
    pr: { type: 'string' },
    'base-ref': { type: 'string' },
    sha: { type: 'string' },
    ref: { type: 'string' },
    'check-name': { type: 'string' },
    check: { type: 'string' },
    comment: { type: 'string' },
    'upload-sarif': { type: 'string' },
    'run-url': { type: 'string' },
  },
  async run(values, _pos, io) {
    const token = io.env.GITHUB_TOKEN;
    if (!token) throw new TollgateError('USAGE', 'GITHUB_TOKEN is not set');
    const uploadSarif = bool(values, 'upload-sarif', false);
    const report = await readReports(io.cwd, {
      dir: optional(values, 'dir'),
      verdict: optional(values, 'verdict'),
      report: optional(values, 'report'),
      sarif: uploadSarif ? 'confine' : 'drop',
    });
    const prText = optional(values, 'pr');
    const prArg = prText === undefined ? undefined : Number(prText);
    if (prArg !== undefined && !(Number.isInteger(prArg) && prArg > 0))
      throw new TollgateError('USAGE', `--pr must be a pull request number, not "${prText}"`);
    const repoName = optional(values, 'repo') ?? io.env.GITHUB_REPOSITORY;
    if (!repoName) throw new TollgateError('USAGE', '--repo is required outside GitHub Actions');
    const eventFile =
      optional(values, 'event') ??
      (io.env.GITHUB_EVENT_NAME === 'workflow_run' ? io.env.GITHUB_EVENT_PATH : undefined);
    const event: WorkflowRunEvent | undefined = eventFile
      ? await readWorkflowRunEvent(resolve(io.cwd, eventFile))
      : undefined;
    const fast = io.env.TOLLGATE_GITHUB_FAST === '1'; // tests: no pacing, millisecond backoff
    const apiUrl = io.env.GITHUB_API_URL || 'https://api.github.com';
    const client = createGitHubClient({
      token,
      baseUrl: apiUrl,
      warn: (m) => io.err(`warning: ${m}\n`),
      ...(fast ? { backoffUnitMs: 1, paceWrites: false } : {}),
    });
    const port = octokitPort(client);
    const read = octokitReadPort(client);
    const repo = parseRepo(repoName);

    // Which pull request(s): the one named, else the ones whose head is the run's commit.
    let pulls: { number: number; baseRef?: string }[] = prArg ? [{ number: prArg }] : [];
    let noPull: string | undefined;
    if (!prArg && event) {
      const found = await findPullsOfRun(read, repo, event).catch((e: unknown) => ({
        found: [] as PullSummary[],
        why: `looking it up failed: ${String(e)}`,
      }));
      pulls = found.found.map((p) => ({ number: p.number, baseRef: p.baseRef }));
      if ('why' in found) noPull = found.why;
      else io.out(`pull request ${pulls.map((p) => `#${p.number}`).join(', ')} (${found.how})\n`);
    }
    const sha = optional(values, 'sha') ?? event?.head_sha ?? report.commit;
    const runUrl = optional(values, 'run-url') ?? runUrlOf(io.env);
    const workflow = event?.workflow_id;
    const contextFor = (pr?: { number: number; baseRef?: string }): GitHubContext => {
      const ref =
        optional(values, 'ref') ?? (pr ? `refs/pull/${pr.number}/head` : io.env.GITHUB_REF);
      const baseRef = optional(values, 'base-ref') ?? pr?.baseRef;
      return {
        repo,
        apiUrl,
        ...(runUrl ? { runUrl } : {}),
        ...(pr ? { pullNumber: pr.number } : {}),
        ...(baseRef ? { baseRef } : {}),
        ...(ref ? { ref } : {}),
        ...(workflow !== undefined ? { workflow } : {}),
      };
    };
    const opts = {
      checkName: optional(values, 'check-name') ?? 'tollgate',
      check: bool(values, 'check', true),
      comment: bool(values, 'comment', true),
      uploadSarif,
    };
    const baseSpec = optional(values, 'base-report');
    const outcomes: PublishOutcome[] = [];
    // The check (and SARIF) once, on the commit; the comment on every pull request found.
    const targets = pulls.length ? pulls : [undefined];
    for (const [i, pr] of targets.entries()) {
      const ctx = contextFor(pr);
      const { base, problem } = await resolveBaseReport(
        baseSpec === undefined || baseSpec === 'auto' || baseSpec === 'none'
          ? baseSpec
          : resolve(io.cwd, baseSpec),
        report,
        { read, context: ctx },
      );
      outcomes.push(
        ...(await publishToGitHub(
          port,
          {
            ctx,
            sha,
            report,
            ...(base ? { base } : {}),
            ...(problem ? { baseProblem: problem } : {}),
          },
          i === 0 ? opts : { ...opts, check: false, uploadSarif: false },
        )),
      );
    }
    for (const o of outcomes) io.out(`${o.ok ? 'ok    ' : 'FAILED'} ${o.feature}: ${o.detail}\n`);
    if (noPull && opts.comment) io.out(`no comment: ${noPull}\n`);
    return outcomes.every((o) => o.ok) ? 0 : 1;
  },
};
