// Structured logs: one JSON object per line on stdout, so a log shipper (or the pipeline's
// deploy step) can parse them without guessing. Request bodies and credentials are never logged.

export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function isLevel(value: string): value is Level {
  return Object.hasOwn(ORDER, value);
}

export interface LoggerOptions {
  level?: Level;
  /** Where finished lines go; defaults to stdout. */
  write?: (line: string) => void;
  now?: () => Date;
  base?: Fields;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const base = options.base ?? {};

  const log = (level: Level, msg: string, fields: Fields = {}): void => {
    if (ORDER[level] < min) return;
    const entry: Fields = { time: now().toISOString(), level, msg, ...base };
    for (const [key, value] of Object.entries(fields)) {
      entry[key] =
        value instanceof Error
          ? { name: value.name, message: value.message, stack: value.stack }
          : value;
    }
    write(JSON.stringify(entry) + '\n');
  };

  return {
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}
