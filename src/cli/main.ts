import { executeCommand, type Command, type Io } from './command.js';
import { VERSION } from '../core/version.js';

/**
 * A command as the top level knows it: its name and one-line summary, and how to load it.
 * Each command's module (and the libraries it needs: signing, Sigstore, the schema checker,
 * the YAML parser, the GitHub client) is imported only when that command runs, so
 * `tollgate --help` and every single command pay for what they use and nothing else. The
 * summaries are repeated here so that the help needs no command module at all; a test checks
 * that they match the commands' own.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'keygen',
    summary: 'create a local signing key pair (ECDSA P-256)',
    load: async () => (await import('./commands/keygen.js')).keygenCommand,
  },
  {
    name: 'attest',
    summary: 'sign an in-toto attestation of one step',
    load: async () => (await import('./commands/attest.js')).attestCommand,
  },
  {
    name: 'verify',
    summary: 'the gate: verify every attestation of a commit against the policy',
    load: async () => (await import('./commands/verify.js')).verifyCommand,
  },
  {
    name: 'verify-bundle',
    summary: 'verify one Sigstore bundle (the Sigstore conformance CLI protocol)',
    load: async () => (await import('./commands/verify-bundle.js')).verifyBundleCommand,
  },
  {
    name: 'verify-image',
    summary: 'check an image from its registry alone: digest, attached attestations, policy',
    load: async () => (await import('./commands/verify-image.js')).verifyImageCommand,
  },
  {
    name: 'rollback',
    summary: 're-promote the previous verified digest in production',
    load: async () => (await import('./commands/rollback.js')).rollbackCommand,
  },
  {
    name: 'run',
    summary: 'run the pipeline locally, sign every step, and gate the result',
    load: async () => (await import('./commands/run.js')).runCommand,
  },
  {
    name: 'approve',
    summary: 'record a signed stakeholder approval (or rejection) of a commit',
    load: async () => (await import('./commands/approve.js')).approveCommand,
  },
  {
    name: 'report',
    summary: 'publish a finished verdict on GitHub (check, PR comment, SARIF) from its JSON files',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  {
    name: 'init',
    summary: 'set up Tollgate in a repository: caller workflow, policy, pre-commit hook config',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  {
    name: 'hook',
    summary: 'install a plain git pre-commit hook that scans the staged changes for secrets',
    load: async () => (await import('./commands/hook.js')).hookCommand,
  },
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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(`tollgate: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return executeCommand(await entry.load(), rest, io);
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
