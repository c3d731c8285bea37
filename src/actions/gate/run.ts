import { dirname, join, relative } from 'node:path';
import { readInput, writeFileAtomic } from '../../core/fs.js';
import { describeError, TollgateError } from '../../core/errors.js';
import { redactor } from '../../core/redact.js';
import type { Verdict } from '../../gate/types.js';
import type { VerifyOptions } from '../../gate/verify-run.js';
import { renderMarkdown } from '../../report/verdict-markdown.js';
import { renderText } from '../../report/verdict-text.js';
import { buildReport } from '../../report/report-from-bundles.js';
import type { TollgateReport } from '../../report/tollgate-report.js';
import {
  outcomesMarkdown,
  reportToGitHub,
  type GitHubReportDeps,
  type GitHubReportInputs,
} from './github-report.js';

export interface GateInputs {
  policy: string;
  bundles: string;
  commit: string;
  stages: string[];
  /** Where to write the verdict JSON. */
  verdictPath: string;
  workspace: string;
  /** Publish the verdict on GitHub (check, comment, SARIF); absent means do not. */
  github?: GitHubReportInputs;
}

/** The few things the gate action does to the outside world, so `run` can be tested without a runner. */
export interface GateDeps {
  verify: (opts: VerifyOptions) => Promise<Verdict>;
  verifiers: VerifyOptions['verifiers'];
  log: (line: string) => void;
  setOutput: (name: string, value: string) => void;
  /** Appends Markdown to the job summary. */
  summary: (markdown: string) => Promise<void>;
  now: () => Date;
  /** Reports a problem that does not change the verdict (core.warning in the action). */
  warning?: (message: string) => void;
  /** Needed when inputs.github is set. */
  github?: GitHubReportDeps;
}

/** Runs the gate and reports it; returns the verdict. A failing verdict is the caller's to turn into a failed job. */
export async function run(inputs: GateInputs, deps: GateDeps): Promise<Verdict> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(inputs.commit)) {
    throw new TollgateError('USAGE', `commit "${inputs.commit}" is not a full commit SHA`, {
      hint: 'leave the commit input empty to use the commit of the workflow run',
    });
  }
  // Reasons come from attestations and carry tools' words: masked before any of it is
  // logged, written or published.
  const verified = await deps.verify({
    policyPath: inputs.policy,
    policyDisplay: relative(inputs.workspace, inputs.policy) || inputs.policy,
    bundlesDir: inputs.bundles,
    cwd: inputs.workspace,
    commit: inputs.commit,
    now: deps.now(),
    verifiers: deps.verifiers,
    ...(inputs.stages.length ? { stages: inputs.stages } : {}),
  });
  const verdict = redactor.value(verified);
  deps.log(renderText(verdict));
  await writeFileAtomic(inputs.verdictPath, JSON.stringify(verdict, null, 2) + '\n');
  // tollgate-report.json sits next to the verdict, so the artifact that carries one carries
  // both; the next PR against this branch compares with it.
  const reportPath = join(dirname(inputs.verdictPath), 'tollgate-report.json');
  const warn = deps.warning ?? deps.log;
  const report = redactor.value(
    await buildReport(verdict, {
      cwd: inputs.workspace,
      now: deps.now(),
      ...(deps.github?.context.ref ? { ref: deps.github.context.ref } : {}),
    }),
  );
  let reportWritten = true;
  const stored = await reportForArtifact(report, dirname(reportPath), warn);
  await writeFileAtomic(reportPath, JSON.stringify(stored, null, 2) + '\n').catch((e: unknown) => {
    reportWritten = false;
    warn(`could not write ${reportPath}: ${describeError(e)}`);
  });
  let reporting = '';
  if (inputs.github) {
    const outcomes = deps.github
      ? await reportToGitHub(report, verdict.commit, inputs.github, deps.github)
      : [
          {
            feature: 'check' as const,
            ok: false,
            detail: 'no GitHub client (github-token empty?)',
          },
        ];
    for (const o of outcomes.filter((x) => !x.ok)) warn(`GitHub ${o.feature}: ${o.detail}`);
    reporting = outcomesMarkdown(outcomes);
  }
  await deps.summary(renderMarkdown(verdict) + reporting);
  const passed = verdict.steps.filter((s) => s.status === 'passed').length;
  deps.setOutput('verdict', verdict.verdict);
  deps.setOutput('passed', String(passed));
  deps.setOutput('failed', String(verdict.steps.length - passed));
  deps.setOutput('verdict-path', inputs.verdictPath);
  if (reportWritten) deps.setOutput('report-path', reportPath);
  return verdict;
}

/**
 * The report as the artifact keeps it: each step's SARIF is copied into `sarif/` beside it
 * and named relative to it, because `tollgate report` in the follow-up reads a report's
 * `steps[].sarif` only inside the folder the artifact was downloaded to. The report used
 * in this run keeps the original paths.
 */
async function reportForArtifact(
  report: TollgateReport,
  dir: string,
  warn: (m: string) => void,
): Promise<TollgateReport> {
  const steps: TollgateReport['steps'] = [];
  for (const s of report.steps) {
    if (s.sarif === undefined) {
      steps.push(s);
      continue;
    }
    const { sarif, ...rest } = s;
    const name = `sarif/${s.step.replace(/[^A-Za-z0-9._-]/g, '_')}.sarif`;
    try {
      await writeFileAtomic(join(dir, name), await readInput(sarif, 'SARIF report', 256 << 20));
      steps.push({ ...rest, sarif: name });
    } catch (e) {
      warn(`could not keep the SARIF of ${s.step} with the report: ${describeError(e)}`);
      steps.push(rest);
    }
  }
  return { ...report, steps };
}
