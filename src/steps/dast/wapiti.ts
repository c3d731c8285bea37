import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { parseToolJson, runTool } from '../common/run-tool.js';
import type { SarifRule } from '../common/sarif.js';
import type { ToolRun } from '../common/scan-step.js';
import type { StepContext } from '../types.js';

/**
 * Active scanning with wapiti. Only attack modules that talk to the target alone: `ssrf` and
 * `xxe` use wapiti's public endpoint and `nikto`/`buster` brute-force for minutes, so they are
 * left out; the passive header, CSP and cookie modules are replaced by our own checks.
 */
export const WAPITI_MODULES = 'xss,permanentxss,sql,exec,file,redirect,crlf';
export const WAPITI_REPORT = 'wapiti.json';

/**
 * wapiti's own level (its `level`, 1 low … 4 critical) rates a reflected XSS "medium"; an
 * injection an attacker can exploit through a link is more than that for a deployment about
 * to ship, so these classes have a floor. The higher of floor and level wins.
 */
const FLOOR: Record<string, Severity> = {
  'Cross Site Scripting': 'high',
  'Stored Cross Site Scripting': 'high',
  'SQL Injection': 'critical',
  'Blind SQL Injection': 'critical',
  'Commands execution': 'critical',
  'Path Traversal': 'high',
  'CRLF Injection': 'medium',
  'Open Redirect': 'medium',
};
const BY_LEVEL: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
const ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

type Obj = Record<string, unknown>;
interface WapitiEntry {
  method?: string;
  path?: string;
  info?: string;
  level?: number | string;
  parameter?: string;
}
interface WapitiReport {
  classifications?: Record<string, { desc?: string; sol?: string }>;
  vulnerabilities?: Record<string, WapitiEntry[]>;
  anomalies?: Record<string, WapitiEntry[]>;
  infos?: { version?: string };
}

const ruleIdOf = (category: string) =>
  `WAPITI-${category
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Findings of wapiti's JSON report: vulnerabilities and anomalies (e.g. 500 on an input). */
export function parseWapiti(report: WapitiReport, baseUrl: string): ToolRun {
  const origin = new URL(baseUrl).origin;
  const findings: Finding[] = [];
  const rules: SarifRule[] = [];
  for (const group of [report.vulnerabilities, report.anomalies]) {
    for (const [category, entries] of Object.entries(group ?? {})) {
      if (!Array.isArray(entries) || entries.length === 0) continue;
      const id = ruleIdOf(category);
      const info = report.classifications?.[category];
      rules.push({
        id,
        name: category,
        shortDescription: category,
        help: [info?.desc, info?.sol].filter(Boolean).join(' Fix: ') || category,
      });
      for (const e of entries) {
        const byLevel = BY_LEVEL[Number(e.level)] ?? 'medium';
        const floor = FLOOR[category] ?? 'info';
        const severity = ORDER.indexOf(floor) < ORDER.indexOf(byLevel) ? floor : byLevel;
        findings.push({
          ruleId: id,
          severity,
          message: `${category}: ${e.info ?? ''} (${e.method ?? 'GET'} ${e.path ?? '/'}${e.parameter ? `, parameter ${e.parameter}` : ''})`,
          location: { path: new URL(e.path ?? '/', origin).href },
        });
      }
    }
  }
  const version = (report.infos?.version ?? '').replace(/^Wapiti\s*/i, '') || 'unknown';
  return {
    tool: { name: 'wapiti', version, informationUri: 'https://wapiti-scanner.github.io', rules },
    findings,
  };
}

/** Runs wapiti against the deployment, seeded with the spec's URLs, and parses its report. */
export async function runWapiti(
  ctx: StepContext,
  baseUrl: string,
  seeds: string[],
  maxSeconds: number,
): Promise<ToolRun> {
  // Sessions and configuration databases in a fresh folder, not under ~/.wapiti: runs of
  // different deployments must not resume one another's crawl.
  const state = await mkdtemp(join(tmpdir(), 'tollgate-wapiti-'));
  const out = join(ctx.outDir, WAPITI_REPORT);
  try {
    const args = [
      '-u', baseUrl,
      ...seeds.flatMap((s) => ['-s', s]),
      '--scope', 'folder',
      '-m', WAPITI_MODULES,
      '-f', 'json',
      '-o', out,
      '--flush-session',
      '--store-session', join(state, 'session'),
      '--store-config', join(state, 'config'),
      '--max-scan-time', String(maxSeconds),
      '--max-attack-time', String(Math.max(5, Math.floor(maxSeconds / 4))),
      '--timeout', '10',
      '--verify-ssl', '0',
      '--no-bugreport', // a crash report would go to wapiti's public server
      '-v', '0',
    ]; // prettier-ignore
    await runTool(ctx, 'wapiti', 'wapiti', args, [0], ctx.outDir);
    const text = await readFile(out, 'utf8').catch((e: unknown) => {
      throw new TollgateError('INPUT_INVALID', `wapiti wrote no report ${out}`, { cause: e });
    });
    const report = parseToolJson(text, 'wapiti', WAPITI_REPORT) as Obj;
    if (!report || typeof report !== 'object' || !('vulnerabilities' in report))
      throw new TollgateError(
        'INPUT_INVALID',
        `wapiti wrote ${WAPITI_REPORT} without "vulnerabilities"`,
        {
          hint: 'check the wapiti version (3.x writes this JSON report)',
        },
      );
    return parseWapiti(report as WapitiReport, baseUrl);
  } finally {
    await rm(state, { recursive: true, force: true });
  }
}
