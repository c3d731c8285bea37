import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TollgateError, describeError, isTollgateError } from '../core/errors.js';
import { redactor } from '../core/redact.js';
import { forTerminal } from '../core/escape.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** Full help: usage line, description, options, examples. */
  help: string;
  options: Options;
  /** Whether positional arguments are accepted. */
  positionals?: boolean;
  run(values: Values, positionals: string[], io: Io): Promise<number>;
}

export function parseCommandArgs(
  cmd: Command,
  argv: string[],
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: cmd.positionals ?? false,
      strict: true,
    });
    return { values: values as Values, positionals };
  } catch (e) {
    throw new TollgateError('USAGE', `tollgate ${cmd.name}: ${(e as Error).message}`, {
      hint: `see \`tollgate ${cmd.name} --help\``,
    });
  }
}

/** A required string option, or a usage error naming it. */
export function required(values: Values, name: string, cmd: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') {
    throw new TollgateError('USAGE', `tollgate ${cmd}: --${name} is required`, {
      hint: `see \`tollgate ${cmd} --help\``,
    });
  }
  return v;
}

export function optional(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function list(values: Values, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}

/**
 * Runs one command with its arguments; never throws, always returns the exit code. All it
 * prints passes the redactor: reasons and errors carry tools' words, which may hold a secret.
 */
export async function executeCommand(cmd: Command, argv: string[], raw: Io): Promise<number> {
  const io: Io = {
    ...raw,
    out: (t) => raw.out(redactor.text(t)),
    err: (t) => raw.err(redactor.text(t)),
  };
  try {
    const { values, positionals } = parseCommandArgs(cmd, argv);
    if (values.help) {
      io.out(cmd.help.endsWith('\n') ? cmd.help : `${cmd.help}\n`);
      return 0;
    }
    return await cmd.run(values, positionals, io);
  } catch (e) {
    if (isTollgateError(e)) {
      // Messages may quote input (a bundle's reason, a file name): no escape sequences.
      io.err(`tollgate ${cmd.name}: ${forTerminal(e.message.replace(/^tollgate \S+: /, ''))}\n`);
      if (e.hint) io.err(`  hint: ${forTerminal(e.hint)}\n`);
      return e.exitCode;
    }
    // An unexpected failure is still reported in one line; TOLLGATE_DEBUG=1 shows the stack.
    io.err(`tollgate ${cmd.name}: internal error: ${forTerminal(describeError(e))}\n`);
    if (io.env.TOLLGATE_DEBUG) io.err(`${(e as Error).stack ?? ''}\n`);
    return 2;
  }
}
