import type { ProcessRunner } from './process.js';

/**
 * The variables that let a process sign as a step, publish as the workflow or reach the
 * runner's services: the GitHub OIDC request (keyless signing), the runtime, results and
 * cache services (artifact uploads), GitHub tokens, and what each of Tollgate's signers reads
 * (a Sigstore token, the SPIFFE Workload API socket, the local key's path).
 */
const NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'SIGSTORE_ID_TOKEN',
  'SPIFFE_ENDPOINT_SOCKET',
  'TOLLGATE_KEY',
]);

/**
 * Whole families: `ACTIONS_ID_TOKEN_REQUEST_URL`/`_TOKEN`, `ACTIONS_RUNTIME_TOKEN`/`_URL`,
 * `ACTIONS_RESULTS_URL`, `ACTIONS_CACHE_URL` (and what GitHub adds to them later), and every
 * `INPUT_*`: an action's inputs hold its token and the signer's key path, and no process a
 * step starts reads them (a step gets its inputs through its context).
 */
const PREFIXES = [
  'ACTIONS_ID_TOKEN_',
  'ACTIONS_RUNTIME_',
  'ACTIONS_RESULTS_',
  'ACTIONS_CACHE_',
  'INPUT_',
];

/** Whether a variable of this name is kept from the repository's code. */
export function isSigningVariable(name: string): boolean {
  const n = name.toUpperCase();
  return NAMES.has(n) || PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The environment for a process that runs the repository's code: its build and test
 * commands, package manager calls (which run its scripts), container builds (its RUN lines),
 * and the tools that load its configuration files as code. Everything but the variables
 * above: the code under test must not be able to sign, upload or call the API as the job.
 */
export function forRepositoryCode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !isSigningVariable(name)) out[name] = value;
  }
  return out;
}

/**
 * A process runner whose every process gets `forRepositoryCode` of the environment it was
 * given, or of `base` when it was given none: the one place the steps' processes are
 * confined, so that a step cannot forget it (the signer runs in this process, not below it).
 */
export function repositoryCodeRunner(exec: ProcessRunner, base: NodeJS.ProcessEnv): ProcessRunner {
  return {
    run: (command, args, options) =>
      exec.run(command, args, { ...options, env: forRepositoryCode(options.env ?? base) }),
  };
}
