import { spawn } from 'node:child_process';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Called with every chunk of output, for live logs. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Input written to the process's standard input. */
  input?: string | Buffer;
}

/**
 * Runs external tools. Steps get it passed in, so a test can run a step with the real tool
 * and the runner can stop every child on Ctrl-C through the signal.
 */
export interface ProcessRunner {
  run(command: string, args: string[], options: ExecOptions): Promise<ExecResult>;
}

/** The real runner: no shell, output collected, the whole process group ended on abort. */
export const nodeProcessRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true, // its own process group, so abort ends grandchildren too
      });
      let stdout = '';
      let stderr = '';
      const onAbort = () => {
        if (child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
      };
      // A signal that aborted before the start never fires again: end the child at once.
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8').on('data', (c: string) => {
        stdout += c;
        options.onOutput?.(c, 'stdout');
      });
      child.stderr.setEncoding('utf8').on('data', (c: string) => {
        stderr += c;
        options.onOutput?.(c, 'stderr');
      });
      child.on('error', (e) => {
        options.signal?.removeEventListener('abort', onAbort);
        reject(e);
      });
      child.on('close', (code, sig) => {
        options.signal?.removeEventListener('abort', onAbort);
        resolve({ code: code ?? (sig ? 128 : 1), stdout, stderr });
      });
      // A child that exits without reading its input closes the pipe: that is no error of ours.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input ?? '');
    });
  },
};
