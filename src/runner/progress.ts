/** Live progress of a run. Two renderings: a redrawn status block on a terminal, plain lines elsewhere. */
export interface Progress {
  started(step: string): void;
  finished(step: string, status: string, reason: string): void;
  close(): void;
}

export interface ProgressOptions {
  write: (text: string) => void;
  tty: boolean;
  /** Milliseconds, monotonic enough for elapsed times. */
  now: () => number;
  /** Redraw interval on a terminal. */
  intervalMs?: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export function createProgress(o: ProgressOptions): Progress {
  return o.tty ? terminalProgress(o) : plainProgress(o);
}

/** One line per event: readable in CI logs and files, where cursor movement would be noise. */
function plainProgress(o: ProgressOptions): Progress {
  const starts = new Map<string, number>();
  return {
    started(step) {
      starts.set(step, o.now());
      o.write(`start   ${step}\n`);
    },
    finished(step, status, reason) {
      const took = o.now() - (starts.get(step) ?? o.now());
      o.write(`${status.padEnd(7)} ${step} (${seconds(took)}): ${reason}\n`);
    },
    close() {},
  };
}

/**
 * Finished steps scroll up as permanent lines; below them, one line per running step with
 * its elapsed time, redrawn in place (cursor up, clear to end of screen).
 */
function terminalProgress(o: ProgressOptions): Progress {
  const running = new Map<string, number>();
  const finishedLines: string[] = [];
  let drawn = 0;
  const draw = () => {
    let text = drawn ? `\x1b[${drawn}A\x1b[0J` : '';
    text += finishedLines.splice(0).join('');
    const now = o.now();
    const lines = [...running].map(([step, t]) => `  running ${step} ${seconds(now - t)}\n`);
    text += lines.join('');
    drawn = lines.length;
    if (text) o.write(text);
  };
  const timer = setInterval(draw, o.intervalMs ?? 200);
  timer.unref();
  return {
    started(step) {
      running.set(step, o.now());
      draw();
    },
    finished(step, status, reason) {
      const took = o.now() - (running.get(step) ?? o.now());
      running.delete(step);
      const mark =
        status === 'passed'
          ? '\x1b[32m✔\x1b[0m'
          : status === 'not-applicable'
            ? '\x1b[90m–\x1b[0m'
            : '\x1b[31m✘\x1b[0m';
      finishedLines.push(`${mark} ${step} ${status} (${seconds(took)}): ${reason}\n`);
      draw();
    },
    close() {
      clearInterval(timer);
      draw();
    },
  };
}
