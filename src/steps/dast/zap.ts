import { isAbsolute, join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { Severity } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import { parseToolJson } from '../common/run-tool.js';
import { readSarif, type SarifRule } from '../common/sarif.js';
import type { ToolRun } from '../common/scan-step.js';
import type { StepContext } from '../types.js';

/**
 * A report of OWASP ZAP, where the runner has it (e.g. the zaproxy/action-* actions or a ZAP
 * container), taken in next to our own scans: ZAP's "traditional JSON" report (`-J`,
 * `site[].alerts[]`) or its SARIF report. ZAP cannot be installed here, so the step never
 * starts it itself.
 */
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;

/** ZAP's riskcode: 0 informational, 1 low, 2 medium, 3 high. */
const RISK: Severity[] = ['info', 'low', 'medium', 'high'];
const strip = (html: unknown) =>
  String(html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function fromZapJson(report: Obj, file: string): ToolRun {
  const sites = report.site;
  if (!Array.isArray(sites))
    throw new TollgateError('INPUT_INVALID', `${file} is neither ZAP JSON (site[]) nor SARIF`, {
      hint: 'export the ZAP report with -J (JSON) or as SARIF',
    });
  const findings: Finding[] = [];
  const rules = new Map<string, SarifRule>();
  for (const site of sites.map(obj)) {
    for (const alert of (Array.isArray(site?.alerts) ? site.alerts : []).map(obj)) {
      if (!alert) continue;
      const id = `ZAP-${String(alert.pluginid ?? alert.alertRef ?? 'unknown')}`;
      const name = String(alert.alert ?? alert.name ?? id);
      rules.set(id, { id, name, shortDescription: name, help: strip(alert.solution) || name });
      const severity = RISK[Number(alert.riskcode)] ?? 'medium';
      const instances = (Array.isArray(alert.instances) ? alert.instances : [{}]).map(obj);
      for (const inst of instances) {
        const uri = typeof inst?.uri === 'string' ? inst.uri : String(site?.['@name'] ?? '');
        findings.push({
          ruleId: id,
          severity,
          message: `${name}${inst?.param ? ` (parameter ${String(inst.param)})` : ''}`,
          ...(uri ? { location: { path: uri } } : {}),
        });
      }
    }
  }
  const version = typeof report['@version'] === 'string' ? report['@version'] : 'unknown';
  return {
    tool: {
      name: 'zap',
      version,
      informationUri: 'https://www.zaproxy.org',
      rules: [...rules.values()],
    },
    findings,
  };
}

export async function ingestZap(ctx: StepContext, input: string): Promise<ToolRun> {
  const file = isAbsolute(input) ? input : join(ctx.repoDir, input);
  const text = (await readInput(file, 'the zap-report')).toString('utf8');
  const report = obj(parseToolJson(text, 'zap', file));
  if (!report) throw new TollgateError('INPUT_INVALID', `${file} is not a JSON object`);
  if (report.version === '2.1.0' && Array.isArray(report.runs)) {
    const { tools, findings } = readSarif(report, { tool: 'zap', file });
    return {
      tool: { name: tools[0]?.name ?? 'zap', version: tools[0]?.version ?? 'unknown' },
      findings,
    };
  }
  return fromZapJson(report, file);
}
