import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import type { ToolRun } from '../common/scan-step.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import { packagedTool } from '../common/tool-bin.js';
import type { StepContext } from '../types.js';
import { projectConfig, writeBuiltInConfig } from './eslint-config.js';

interface EslintMessage {
  ruleId?: string | null;
  severity?: number;
  message?: string;
  line?: number;
  column?: number;
  fatal?: boolean;
}
interface EslintFile {
  filePath?: string;
  messages?: EslintMessage[];
}

/**
 * The project's own ESLint when it has one installed (its config imports plugins that only
 * its own node_modules hold, and it may pin another major version); else Tollgate's.
 */
async function eslintFor(
  repoDir: string,
): Promise<{ script: string; version: string; own: boolean }> {
  const manifest = join(repoDir, 'node_modules', 'eslint', 'package.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    const script = createRequire(manifest).resolve('eslint/package.json');
    return { script: join(dirname(script), 'bin', 'eslint.js'), version: m.version, own: true };
  }
  return { ...(await packagedTool('eslint')), own: false };
}

/**
 * ESLint severity 2 ("error") is SARIF level error and Tollgate severity high; 1 ("warn")
 * is warning and medium. A fatal message is a file ESLint could not parse: that is no
 * finding but a failure of the step, naming the file.
 */
export function eslintFindings(
  report: unknown,
  repoDir: string,
  reportFile: string,
  /** Filled with the column of each finding, which orders equal findings on one line. */
  columns?: Map<Finding, number>,
): Finding[] {
  if (!Array.isArray(report))
    throw new TollgateError('INPUT_INVALID', `eslint wrote ${reportFile}, which is not an array`);
  const findings: Finding[] = [];
  for (const file of report as EslintFile[]) {
    if (typeof file?.filePath !== 'string' || !Array.isArray(file.messages))
      throw new TollgateError('INPUT_INVALID', `eslint wrote ${reportFile} with a malformed entry`);
    const path = relative(repoDir, file.filePath).split(sep).join('/');
    for (const m of file.messages) {
      if (m.fatal)
        throw new TollgateError(
          'INPUT_INVALID',
          `eslint could not parse ${path}${m.line ? `:${m.line}` : ''}: ${m.message ?? ''}`,
        );
      if (!m.ruleId) continue; // "file ignored" notices and similar carry no rule
      const f: Finding = {
        ruleId: m.ruleId,
        severity: m.severity === 2 ? 'high' : 'medium',
        message: m.message ?? m.ruleId,
        location: { path, ...(m.line ? { line: m.line } : {}) },
      };
      findings.push(f);
      if (typeof m.column === 'number') columns?.set(f, m.column);
    }
  }
  return findings;
}

export async function runEslint(ctx: StepContext): Promise<ToolRun> {
  const tool = await eslintFor(ctx.repoDir);
  const own = projectConfig(ctx.repoDir);
  const config = own ? join(ctx.repoDir, own) : await writeBuiltInConfig(ctx.outDir);
  ctx.log(`eslint ${tool.version} with ${own ? `the project's ${own}` : 'the built-in config'}`);
  const out = join(ctx.outDir, 'eslint.json');
  const args = [tool.script, '-c', config, '-f', 'json', '-o', out];
  await runTool(
    ctx,
    'eslint',
    process.execPath,
    [...args, '--no-error-on-unmatched-pattern', '.'],
    [0, 1],
  );
  const text = await readFile(out, 'utf8').catch(() => {
    throw new TollgateError('INPUT_INVALID', `eslint wrote no report to ${out}`);
  });
  const columns = new Map<Finding, number>();
  const findings = eslintFindings(parseToolJson(text, 'eslint', out), ctx.repoDir, out, columns);
  return {
    tool: { name: 'eslint', version: tool.version, informationUri: 'https://eslint.org' },
    findings,
    columns,
  };
}
