import type { ToolRun } from '../common/scan-step.js';
import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';
import { parseCommandOutput } from './command-formats.js';

/**
 * The `command` input: any linter for a language Tollgate has no built-in tool for. It runs
 * through `sh -c` in the repository (so pipes and options work as typed) and its standard
 * output is parsed. Its exit code alone does not decide: most linters exit non-zero when they
 * find something. Only a non-zero exit with nothing printed counts as the command failing.
 */
export async function runCommand(ctx: StepContext, command: string): Promise<ToolRun> {
  const name = command.trim().split(/\s+/)[0] ?? 'command';
  let res;
  try {
    res = await ctx.exec.run('sh', ['-c', command], { cwd: ctx.repoDir, signal: ctx.signal });
  } catch (e) {
    throw new TollgateError(
      'INPUT_UNREADABLE',
      `the lint command could not be started: ${command}`,
      { cause: e },
    );
  }
  if (res.code !== 0 && res.stdout.trim() === '')
    throw new TollgateError(
      'INPUT_INVALID',
      `the lint command ${JSON.stringify(command)} exited with code ${res.code} and printed no report: ${res.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  const { format, findings } = parseCommandOutput(res.stdout, ctx.repoDir, {
    tool: name,
    file: 'its standard output',
  });
  ctx.log(`${name}: ${findings.length} finding(s) read as ${format}`);
  return { tool: { name, version: 'unknown' }, findings };
}
