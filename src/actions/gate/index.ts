// Entry of the gate action: maps the action's inputs to GateInputs and calls run().
import '../../core/cjs-globals.js';
import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { describeError } from '../../core/errors.js';
import { verifyFromFiles } from '../../gate/verify-run.js';
import { defaultVerifiers } from '../../cli/verifiers.js';
import { createGitHubClient } from '../../github/client.js';
import { readGitHubContext } from '../../github/context.js';
import { octokitPort } from '../../github/octokit-port.js';
import { octokitReadPort } from '../../github/octokit-read-port.js';
import type { GitHubReportDeps } from './github-report.js';
import { run } from './run.js';

const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
const input = (name: string, fallback: string) => core.getInput(name) || fallback;
const flag = (name: string, fallback: boolean) =>
  (core.getInput(name) || String(fallback)).trim().toLowerCase() === 'true';

// GitHub reporting is on when a token is given; a context or client that cannot be set up
// is a warning, never a reason to fail the gate.
const token = core.getInput('github-token');
let github: GitHubReportDeps | undefined;
if (token) {
  try {
    const context = readGitHubContext(process.env);
    const client = createGitHubClient({
      token,
      baseUrl: context.apiUrl,
      warn: (m) => core.warning(m),
    });
    github = { port: octokitPort(client), read: octokitReadPort(client), context };
  } catch (e) {
    core.warning(`GitHub reporting is off: ${describeError(e)}`);
  }
}
// `auto` (the default) looks the base branch's report up on GitHub; a path reads that file.
const baseReport = input('base-report', 'auto').trim();

try {
  const verdict = await run(
    {
      policy: resolve(workspace, input('policy', '.github/tollgate.yml')),
      bundles: resolve(workspace, input('bundles', 'tollgate-attestations')),
      commit: input('commit', process.env.GITHUB_SHA ?? ''),
      stages: core
        .getMultilineInput('stages')
        .flatMap((l) => l.split(/[\s,]+/))
        .filter(Boolean),
      verdictPath: resolve(
        workspace,
        input('verdict-path', join('tollgate-verdict', 'verdict.json')),
      ),
      workspace,
      ...(token
        ? {
            github: {
              checkName: input('check-name', 'tollgate'),
              check: flag('check', true),
              comment: flag('comment', true),
              uploadSarif: flag('upload-sarif', false),
              ...(baseReport === 'auto'
                ? { baseReport }
                : baseReport && baseReport !== 'none'
                  ? { baseReport: resolve(workspace, baseReport) }
                  : {}),
            },
          }
        : {}),
    },
    {
      verify: verifyFromFiles,
      verifiers: defaultVerifiers,
      log: (line) => core.info(line),
      setOutput: (name, value) => core.setOutput(name, value),
      // A summary that cannot be written is reported, but never changes the verdict.
      summary: async (md) => {
        await core.summary
          .addRaw(md)
          .write()
          .catch((e: unknown) =>
            core.warning(`could not write the job summary: ${describeError(e)}`),
          );
      },
      now: () => new Date(),
      warning: (m) => core.warning(m),
      ...(github ? { github } : {}),
    },
  );
  if (verdict.verdict !== 'pass')
    core.setFailed('tollgate gate: the policy is not met (see the job summary)');
} catch (e) {
  core.setFailed(`tollgate gate: ${describeError(e)}`);
}
