import type { StepContext } from '../types.js';
import { stepEnv } from './step-env.js';

/** Lines of output kept for a failure reason: enough to show a compiler error, short enough for one line. */
const TAIL_LINES = 15;

export interface ShellResult {
  code: number;
  /** The last lines of stdout and stderr together, in the order they arrived. */
  tail: string[];
  /**
   * The first line that reports an error. Compilers print the cause first and a stack or a
   * summary after it, so the tail alone can miss the one line that matters.
   */
  firstError?: string;
}

const ERROR_LINE = /\b\w*error\b|\bfailed\b|\bcannot\b/i;

/**
 * Runs a user-supplied command string (a build or test command from the inputs) with bash
 * in the repository, in the step's environment (without the signing variables: the command
 * is the repository's code). Output is streamed to the step log line by line as it arrives, so a
 * long build shows progress, and the tail is kept for the failure reason.
 */
export async function runShell(
  ctx: StepContext,
  command: string,
  extraEnv: Record<string, string> = {},
): Promise<ShellResult> {
  const tail: string[] = [];
  let firstError: string | undefined;
  const partial = { stdout: '', stderr: '' };
  const emit = (line: string) => {
    ctx.log(line);
    if (firstError === undefined && ERROR_LINE.test(line)) firstError = line.trim();
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  ctx.log(`$ ${command}`);
  const res = await ctx.exec.run('bash', ['-c', command], {
    cwd: ctx.repoDir,
    env: { ...stepEnv(ctx), ...extraEnv },
    signal: ctx.signal,
    onOutput: (chunk, stream) => {
      const lines = (partial[stream] + chunk).split(/\r?\n/);
      partial[stream] = lines.pop() ?? '';
      for (const l of lines) emit(l);
    },
  });
  for (const rest of [partial.stdout, partial.stderr]) if (rest) emit(rest);
  return {
    code: res.code,
    tail: tail.filter((l) => l.trim() !== ''),
    ...(firstError ? { firstError } : {}),
  };
}

/** The first error line (when the tail lacks it) and the tail, as one line for a reason. */
export function tailReason(prefix: string, res: Pick<ShellResult, 'tail' | 'firstError'>): string {
  const lines = [...res.tail];
  if (res.firstError && !lines.some((l) => l.trim() === res.firstError)) {
    lines.unshift(res.firstError, '...');
  }
  return lines.length ? `${prefix}: ${lines.join(' | ')}` : prefix;
}
