import { executeCommand, type Command, type Io } from './command.js';
import { approveCommand } from './commands/approve.js';
import { attestCommand } from './commands/attest.js';
import { hookCommand } from './commands/hook.js';
import { initCommand } from './commands/init.js';
import { keygenCommand } from './commands/keygen.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { verifyBundleCommand } from './commands/verify-bundle.js';
import { verifyImageCommand } from './commands/verify-image.js';
import { rollbackCommand } from './commands/rollback.js';
import { verifyCommand } from './commands/verify.js';
import { VERSION } from '../core/version.js';

const COMMANDS: Command[] = [
  keygenCommand,
  attestCommand,
  verifyCommand,
  verifyBundleCommand,
  verifyImageCommand,
  rollbackCommand,
  runCommand,
  approveCommand,
  reportCommand,
  initCommand,
  hookCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'tollgate: every pipeline step signs what it did; nothing ships unless every signature checks out.',
    '',
    'Usage: tollgate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tollgate <command> --help` for the options of a command.',
    'Exit codes: 0 success, 1 verification or policy said no, 2 bad usage or unreadable input.',
    '',
  ].join('\n');
}

/** Runs one command line; never throws, always returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`tollgate: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return executeCommand(cmd, rest, io);
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
  };
}
