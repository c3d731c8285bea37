import { spawn } from 'node:child_process';
import { parseCommand, type Annotation } from './commands.js';

export interface ProcessResult {
  exitCode: number;
  log: string;
  annotations: Annotation[];
  outputs: Record<string, string>;
}

/**
 * Runs one step's process as the runner does: its own process group, stdout and stderr into
 * one log, workflow commands read from stdout, secrets masked in the log.
 */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; masks: string[]; signal: AbortSignal },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const annotations: Annotation[] = [];
    const outputs: Record<string, string> = {};
    const lines: string[] = [];
    const mask = (s: string) => options.masks.reduce((t, m) => (m ? t.split(m).join('***') : t), s);
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const rests = { out: '', err: '' };
    const reader = (stdout: boolean) => (chunk: Buffer) => {
      const key = stdout ? 'out' : 'err';
      const parts = (rests[key] + chunk.toString('utf8')).split('\n');
      rests[key] = parts.pop() ?? '';
      for (const line of parts) take(line.replace(/\r$/, ''), stdout);
    };
    const flush = () => {
      if (rests.out) take(rests.out, true);
      if (rests.err) take(rests.err, false);
    };
    const take = (line: string, stdout: boolean) => {
      const c = stdout ? parseCommand(line) : undefined;
      if (c?.kind === 'mask') options.masks.push(c.value);
      else if (c?.kind === 'annotation') annotations.push({ ...c.a, message: mask(c.a.message) });
      else if (c?.kind === 'output') outputs[c.name] = c.value;
      if (c?.kind !== 'debug' && c?.kind !== 'mask') lines.push(mask(line));
    };
    child.stdout.on('data', reader(true));
    child.stderr.on('data', reader(false));
    // As the runner cancels: SIGINT to the step's process group, SIGTERM if it is still there.
    const signal = (sig: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    };
    let escalation: NodeJS.Timeout | undefined;
    const kill = () => {
      signal('SIGINT');
      escalation = setTimeout(() => signal('SIGTERM'), 2_500);
      escalation.unref();
    };
    if (options.signal.aborted) kill();
    else options.signal.addEventListener('abort', kill, { once: true });
    child.on('error', (e) => {
      lines.push(String(e));
      options.signal.removeEventListener('abort', kill);
      resolve({ exitCode: 127, log: lines.join('\n'), annotations, outputs });
    });
    child.on('close', (code, sig) => {
      flush();
      clearTimeout(escalation);
      options.signal.removeEventListener('abort', kill);
      resolve({ exitCode: code ?? (sig ? 130 : 1), log: lines.join('\n'), annotations, outputs });
    });
  });
}
