import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { ToolRun } from '../common/scan-step.js';
import { packagedTool } from '../common/tool-bin.js';
import { resolveTool } from '../../tools/resolve.js';
import type { StepContext } from '../types.js';
import type { FoundSpec } from './find-spec.js';

/**
 * Spectral's CLI with `spectral:oas` (recommended) and the OWASP API Security Top 10 ruleset.
 * Its own `--format sarif` aborts on the OWASP rules ("SARIF log is invalid"), so the step
 * reads `--format json` and writes SARIF with the shared writer. Spectral severities 0–3
 * (error, warn, info, hint) map like SARIF levels: high, medium, low, info.
 */
const SEVERITY: Severity[] = ['high', 'medium', 'low', 'info'];

/**
 * The ruleset names the OWASP ruleset by absolute path: a package name would make Spectral
 * resolve it next to the ruleset file (the output folder, with no node_modules) or fetch it.
 */
async function writeRuleset(outDir: string): Promise<string> {
  const owasp = await resolveTool('@stoplight/spectral-owasp-ruleset');
  const path = join(outDir, 'spectral-ruleset.yaml');
  await writeFileAtomic(
    path,
    `extends:\n  - [spectral:oas, recommended]\n  - ${JSON.stringify(owasp)}\n`,
  );
  return path;
}

interface Diagnostic {
  code?: unknown;
  message?: unknown;
  severity?: unknown;
  range?: { start?: { line?: unknown; character?: unknown } };
  source?: unknown;
}

/** The findings, and the column of each (it orders equal findings on one line). */
export function spectralFindings(
  report: unknown,
  repoDir: string,
  spec: FoundSpec,
  file: string,
): { findings: Finding[]; columns: Map<Finding, number> } {
  if (!Array.isArray(report))
    throw new TollgateError('INPUT_INVALID', `spectral wrote ${file}, which is not a JSON array`);
  const columns = new Map<Finding, number>();
  const findings = (report as Diagnostic[]).map((d) => {
    if (typeof d?.code !== 'string' && typeof d?.code !== 'number')
      throw new TollgateError(
        'INPUT_INVALID',
        `spectral wrote ${file} with a diagnostic that names no rule`,
      );
    const line = typeof d.range?.start?.line === 'number' ? d.range.start.line + 1 : undefined;
    if (d.code === 'parser' || d.code === 'unrecognized-format')
      throw new TollgateError(
        'INPUT_INVALID',
        `spectral could not parse ${spec.display}${line ? `:${line}` : ''} as OpenAPI: ${String(d.message)}`,
      );
    const source = typeof d.source === 'string' ? d.source : spec.file;
    const path = (isAbsolute(source) ? relative(repoDir, source) : source).split(sep).join('/');
    const f: Finding = {
      ruleId: String(d.code),
      severity: SEVERITY[Number(d.severity)] ?? 'medium',
      message: String(d.message ?? d.code),
      location: { path: path.startsWith('..') ? spec.display : path, ...(line ? { line } : {}) },
    };
    if (typeof d.range?.start?.character === 'number') columns.set(f, d.range.start.character + 1);
    return f;
  });
  return { findings, columns };
}

export async function runSpectral(ctx: StepContext, spec: FoundSpec): Promise<ToolRun> {
  const tool = await packagedTool('@stoplight/spectral-cli', 'spectral');
  const ruleset = await writeRuleset(ctx.outDir);
  const out = join(ctx.outDir, 'spectral.json');
  // Exit 1 means "errors found"; 2 is a failure of Spectral itself (bad ruleset, crash).
  await runTool(
    ctx,
    'spectral',
    process.execPath,
    [tool.script, 'lint', spec.file, '--ruleset', ruleset, '-f', 'json', '-o', out, '--quiet'],
    [0, 1],
  );
  const text = await readFile(out, 'utf8').catch(() => {
    throw new TollgateError('INPUT_INVALID', `spectral wrote no report to ${out}`);
  });
  return {
    tool: {
      name: 'spectral',
      version: tool.version,
      informationUri: 'https://github.com/stoplightio/spectral',
    },
    ...spectralFindings(parseToolJson(text, 'spectral', out), ctx.repoDir, spec, out),
  };
}
