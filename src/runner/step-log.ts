import { createWriteStream } from 'node:fs';

export interface StepLog {
  /** One line of the runner's own (a trailing newline is added). */
  line(text: string): void;
  /** Raw tool output, as it arrives. */
  chunk(text: string): void;
  close(): Promise<void>;
}

/**
 * A step's log file, appended to while the step runs so `tail -f` shows it live. (Logs are
 * the one output written progressively rather than atomically: a half log of a crash is
 * worth more than none.)
 */
export function openStepLog(path: string): StepLog {
  const stream = createWriteStream(path, { flags: 'a' });
  stream.on('error', () => {
    // A log that cannot be written must not crash the run; the step's result still counts.
  });
  return {
    line: (text) => void stream.write(text.endsWith('\n') ? text : `${text}\n`),
    chunk: (text) => void stream.write(text),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}
