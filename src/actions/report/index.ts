// Entry of the report action: posts the check run and the sticky PR comment from a gate's
// verdict and report, in a follow-up workflow that never runs the pull request's code.
// It maps the action's inputs onto `tollgate report` and runs that one command (importing
// only it keeps the bundle free of the runner and the steps).
import '../../core/cjs-globals.js';
import { executeCommand } from '../../cli/command.js';
import { reportCommand } from '../../cli/commands/report.js';

const input = (name: string) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
// The pull request, head commit and workflow of a workflow_run come from the event payload
// file (GITHUB_EVENT_PATH), which `tollgate report` reads itself: no event text passes
// through inputs or a shell.
const argv: string[] = [];
const optional: [string, string][] = [
  ['dir', 'dir'],
  ['verdict', 'verdict'],
  ['report', 'report'],
  ['pr', 'pr'],
  ['sha', 'sha'],
  ['check-name', 'check-name'],
  ['comment', 'comment'],
  ['check', 'check'],
  ['upload-sarif', 'upload-sarif'],
  ['base-report', 'base-report'],
];
for (const [name, flag] of optional) if (input(name)) argv.push(`--${flag}`, input(name));

process.exitCode = await executeCommand(reportCommand, argv, {
  out: (t) => process.stdout.write(t),
  // Problems become annotations on the run, escaped as the runner's command syntax requires.
  err: (t) =>
    process.stdout.write(
      `::warning::${t.trimEnd().replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
    ),
  cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  env: { ...process.env, GITHUB_TOKEN: input('github-token') || process.env.GITHUB_TOKEN },
  now: () => new Date(),
});
