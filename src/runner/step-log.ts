import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../core/fs.js';
import type { Redactor } from '../core/redact.js';

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
 * worth more than none.) Everything passes the redactor first: tool output line by line
 * (a line is held until it is complete, so a token split across two chunks is still seen
 * whole), the runner's own lines as they are.
 */
export function openStepLog(path: string, redactor: Redactor): StepLog {
  const stream = createWriteStream(path, { flags: 'a' });
  stream.on('error', () => {
    // A log that cannot be written must not crash the run; the step's result still counts.
  });
  const tool = redactor.lines();
  const write = (text: string) => void (text && stream.write(text));
  return {
    line: (text) => {
      write(tool.flush());
      write(redactor.text(text.endsWith('\n') ? text : `${text}\n`));
    },
    chunk: (text) => write(tool.push(text)),
    close: () => {
      write(tool.flush());
      return new Promise((resolve) => stream.end(resolve));
    },
  };
}

/**
 * Masks a finished log again, for secrets the redactor learned after the log was written
 * (a scanner reports what it found only at its end, and a step running beside it may have
 * printed the same line). Rewritten atomically; a log that cannot be read is left alone.
 */
export async function redactLogFile(path: string, redactor: Redactor): Promise<void> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return;
  const masked = redactor.text(text);
  if (masked !== text) await writeFileAtomic(path, masked);
}
