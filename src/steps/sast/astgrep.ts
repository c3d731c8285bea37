import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';
import { packagedTool } from '../common/tool-bin.js';
import { resolveTool } from '../../tools/resolve.js';
import { severityFromLevel } from '../common/severity.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The rule folder: next to this module in src/, and found from dist/ too (tsc copies no
 * YAML); a bundle sets TOLLGATE_SAST_RULES to where it ships them.
 */
async function rulesDir(): Promise<string> {
  const candidates = [
    process.env.TOLLGATE_SAST_RULES,
    join(here, 'rules'),
    join(here, '..', '..', '..', 'src', 'steps', 'sast', 'rules'),
  ].filter((c): c is string => !!c);
  for (const c of candidates) {
    if (
      await readdir(c).then(
        () => true,
        () => false,
      )
    )
      return c;
  }
  throw new TollgateError('INTERNAL', `sast: no ast-grep rule folder in ${candidates.join(', ')}`);
}

/** All rule files joined as one multi-document YAML text, for --inline-rules. */
export async function loadRules(): Promise<string> {
  const dir = await rulesDir();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yml')).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
  return texts.map((t) => t.trim()).join('\n---\n');
}

/**
 * The npm package holding ast-grep's binary for this platform, as @ast-grep/cli's own install
 * script picks it (none for musl Linux).
 */
export function astGrepPlatformPackage(
  platform: string = process.platform,
  arch: string = process.arch,
  glibc = platform === 'linux' && isGlibc(),
): string | undefined {
  const suffix: Record<string, string> = {
    'darwin-arm64': 'darwin-arm64',
    'darwin-x64': 'darwin-x64',
    'linux-arm64': 'linux-arm64-gnu',
    'linux-x64': 'linux-x64-gnu',
    'win32-arm64': 'win32-arm64-msvc',
    'win32-ia32': 'win32-ia32-msvc',
    'win32-x64': 'win32-x64-msvc',
  };
  const name = suffix[`${platform}-${arch}`];
  if (!name || (platform === 'linux' && !glibc)) return undefined;
  return `@ast-grep/cli-${name}`;
}

function isGlibc(): boolean {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
  return !!report?.header?.glibcVersionRuntime;
}

/**
 * ast-grep's native binary, taken straight from its platform package: the step tools are
 * installed without install scripts, so @ast-grep/cli's own command is still the JavaScript
 * shim its script would have replaced (which needs a `node` on PATH and warns on every run).
 * That shim is the fallback where no platform package fits.
 */
async function astGrepBinary(): Promise<string> {
  const platformPackage = astGrepPlatformPackage();
  if (platformPackage) {
    const exe = process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep';
    try {
      return join(dirname(await resolveTool(`${platformPackage}/package.json`)), exe);
    } catch {
      // not installed for this platform: the package's own command below
    }
  }
  return (await packagedTool('@ast-grep/cli', 'ast-grep')).script;
}

interface Match {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  lines: string;
  range: { start: { line: number; column?: number } };
  metadata?: { category?: string };
}

/**
 * The findings (fingerprinted by the step, over all its tools), the column of each, and the
 * credential findings, whose line holds the credential: those are fingerprinted by rule,
 * file and line number only, never by the text around them.
 */
export async function runAstGrep(ctx: StepContext): Promise<{
  findings: Finding[];
  columns: Map<Finding, number>;
  byLineOnly: Set<Finding>;
  version: string;
}> {
  const bin = await astGrepBinary();
  const rules = await loadRules();
  const args = ['scan', '--inline-rules', rules, '--json=compact', '--include-metadata', '.'];
  const r = await ctx.exec.run(bin, args, { cwd: ctx.repoDir, signal: ctx.signal });
  // ast-grep exits 1 when error-level rules match; its JSON on stdout is what counts.
  let matches: Match[];
  try {
    matches = JSON.parse(r.stdout) as Match[];
    if (!Array.isArray(matches)) throw new Error('not a JSON array');
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `ast-grep wrote unreadable JSON on stdout (exit ${r.code}): ${r.stderr.trim() || (e as Error).message}`,
      {
        cause: e,
      },
    );
  }
  const version = (await ctx.exec.run(bin, ['--version'], { cwd: ctx.repoDir })).stdout.trim();
  const columns = new Map<Finding, number>();
  const byLineOnly = new Set<Finding>();
  const findings = matches.map((m) => {
    const line = m.range.start.line + 1;
    const f: Finding = {
      ruleId: `ast-grep/${m.ruleId}`,
      severity: severityFromLevel(
        m.severity === 'hint' || m.severity === 'info' ? 'note' : m.severity,
      ),
      message: m.message,
      location: { path: m.file.split('\\').join('/'), line },
    };
    if (typeof m.range.start.column === 'number') columns.set(f, m.range.start.column + 1);
    if (m.metadata?.category === 'credentials') byLineOnly.add(f);
    return f;
  });
  return { findings, columns, byLineOnly, version: version.replace(/^ast-grep\s*/, '') };
}
