import { TollgateError } from '../../core/errors.js';
import type { ExecResult } from '../../core/process.js';
import type { StepContext } from '../types.js';

/**
 * Runs one external tool through the step's process runner. A tool that cannot be started
 * becomes a typed error naming it; an exit code outside `okCodes` becomes one that names the
 * tool, the code and the last lines of its error output.
 */
export async function runTool(
  ctx: StepContext,
  tool: string,
  command: string,
  args: string[],
  okCodes: number[],
  cwd = ctx.repoDir,
  input?: string,
): Promise<ExecResult> {
  let res: ExecResult;
  try {
    res = await ctx.exec.run(command, args, {
      cwd,
      signal: ctx.signal,
      ...(input !== undefined ? { input } : {}),
    });
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `${tool} could not be started (${command})`, {
      cause: e,
      hint: `install ${tool} or check PATH`,
    });
  }
  if (!okCodes.includes(res.code)) {
    const tail = res.stderr.trim().split('\n').slice(-5).join(' | ') || res.stdout.slice(-500);
    throw new TollgateError('INPUT_INVALID', `${tool} exited with code ${res.code}: ${tail}`);
  }
  return res;
}

/** JSON.parse that names the tool and the file (or stream) when the output is not JSON. */
export function parseToolJson(text: string, tool: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `${tool} wrote ${file}, which is not valid JSON`, {
      cause: e,
      hint: `check the ${tool} version and its output options`,
    });
  }
}
