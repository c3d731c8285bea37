import { readInput } from '../../core/fs.js';
import { resolve } from 'node:path';
import { TollgateError } from '../../core/errors.js';
import { loadBaseReport } from '../../actions/gate/github-report.js';
import { createGitHubClient } from '../../github/client.js';
import { parseRepo, runUrlOf, type GitHubContext } from '../../github/context.js';
import { octokitPort } from '../../github/octokit-port.js';
import { publishToGitHub } from '../../github/publish.js';
import { parseReport } from '../../report/tollgate-report.js';
import type { Verdict } from '../../gate/types.js';
import { optional, required, type Command, type Values } from '../command.js';

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
  help: `Usage: tollgate report --verdict FILE --report FILE [options]

Publishes what the gate decided elsewhere: the check run (or a commit status when check
runs are not permitted), the sticky pull request comment and, if asked, SARIF to code
scanning. Made for a workflow_run follow-up workflow that downloads the verdict.json and
tollgate-report.json artifacts of an untrusted (fork) run and never runs its code.
Nothing is verified again here: the verdict is taken as the gate wrote it.

Options:
  --verdict FILE        verdict.json written by the gate
  --report FILE         tollgate-report.json written next to it
  --base-report FILE    the base branch's tollgate-report.json (new/fixed, coverage change)
  --repo OWNER/NAME     repository (default: $GITHUB_REPOSITORY)
  --pr N                pull request to comment on (no comment without it)
  --base-ref NAME       base branch name, for the comment text
  --sha SHA             commit for the check and SARIF (default: the verdict's commit)
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
    verdict: { type: 'string' },
    report: { type: 'string' },
    'base-report': { type: 'string' },
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
    const verdictFile = resolve(io.cwd, required(values, 'verdict', 'report'));
    const reportFile = resolve(io.cwd, required(values, 'report', 'report'));
    const verdictText = (await readInput(verdictFile, 'verdict')).toString('utf8');
    let verdict: Verdict;
    try {
      verdict = JSON.parse(verdictText) as Verdict;
    } catch (e) {
      throw new TollgateError(
        'INPUT_INVALID',
        `verdict ${verdictFile} is not valid JSON: ${(e as Error).message}`,
      );
    }
    const report = parseReport(
      (await readInput(reportFile, 'report')).toString('utf8'),
      reportFile,
    );
    // Two artifacts from different runs must not be mixed into one message.
    if (verdict.commit !== report.commit || verdict.verdict !== report.verdict)
      throw new TollgateError(
        'INPUT_INVALID',
        `${verdictFile} and ${reportFile} are not of the same run`,
      );
    const prText = optional(values, 'pr');
    const pr = prText === undefined ? undefined : Number(prText);
    if (pr !== undefined && !(Number.isInteger(pr) && pr > 0))
      throw new TollgateError('USAGE', `--pr must be a pull request number, not "${prText}"`);
    const repoName = optional(values, 'repo') ?? io.env.GITHUB_REPOSITORY;
    if (!repoName) throw new TollgateError('USAGE', '--repo is required outside GitHub Actions');
    const runUrl = optional(values, 'run-url') ?? runUrlOf(io.env);
    const ref = optional(values, 'ref') ?? (pr ? `refs/pull/${pr}/head` : io.env.GITHUB_REF);
    const baseRef = optional(values, 'base-ref');
    const ctx: GitHubContext = {
      repo: parseRepo(repoName),
      apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
      ...(runUrl ? { runUrl } : {}),
      ...(pr ? { pullNumber: pr } : {}),
      ...(baseRef ? { baseRef } : {}),
      ...(ref ? { ref } : {}),
    };
    const fast = io.env.TOLLGATE_GITHUB_FAST === '1'; // tests: no pacing, millisecond backoff
    const client = createGitHubClient({
      token,
      baseUrl: ctx.apiUrl,
      warn: (m) => io.err(`warning: ${m}\n`),
      ...(fast ? { backoffUnitMs: 1, paceWrites: false } : {}),
    });
    const { base, problem } = await loadBaseReport(
      optional(values, 'base-report') && resolve(io.cwd, optional(values, 'base-report')!),
    );
    const outcomes = await publishToGitHub(
      octokitPort(client),
      {
        ctx,
        sha: optional(values, 'sha') ?? verdict.commit,
        report,
        ...(base ? { base } : {}),
        ...(problem ? { baseProblem: problem } : {}),
      },
      {
        checkName: optional(values, 'check-name') ?? 'tollgate',
        check: bool(values, 'check', true),
        comment: bool(values, 'comment', true),
        uploadSarif: bool(values, 'upload-sarif', false),
      },
    );
    for (const o of outcomes) io.out(`${o.ok ? 'ok    ' : 'FAILED'} ${o.feature}: ${o.detail}\n`);
    return outcomes.every((o) => o.ok) ? 0 : 1;
  },
};
