import { mkdir } from 'node:fs/promises';
import { assignFingerprints } from '../common/fingerprint.js';
import { sarifRulesOf } from '../common/rule-table.js';
import { requireOpenPort } from '../common/target-answers.js';
import { finishScan, toolFailure } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { NMAP_REPORT, NSE_SCRIPTS, runNmap } from './nmap.js';
import { INFRA_DOC_URL, INFRA_RULES, judgePorts } from './rules.js';
import { infraTarget } from './target.js';

/**
 * infra-scan: nmap service and version detection with TLS and HTTP NSE scripts against the
 * test environment's host, the open ports compared with those the manifest declares. One
 * SARIF run (tool nmap, our rules); nmap's XML is kept next to it. See docs/steps/infra-scan.md.
 */
export const REPORT = 'infra-scan.sarif';

async function scan(ctx: StepContext): Promise<StepResult> {
  await mkdir(ctx.outDir, { recursive: true });
  const target = await infraTarget(ctx);
  // A scan of a target that has gone finds no open port and would pass: check it is there.
  await requireOpenPort(target.host, target.probe);
  ctx.log(
    `infra-scan: nmap ${target.host} ports ${target.ports} (declared: ${target.declared.join(', ') || 'none'})`,
  );
  const started = Date.now();
  const { version, ports } = await runNmap(ctx, target.host, target.ports, target.intensity);
  const open = ports.filter((p) => p.state === 'open').map((p) => `${p.port}/${p.protocol}`);
  ctx.log(
    `infra-scan: open: ${open.join(', ') || 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  const findings = judgePorts(target.host, ports, target.declared);
  // Identity across runs: rule and port, not the host, which differs between deployments.
  assignFingerprints(findings, {
    anchor: (f) => ({ key: (f.location?.path ?? '').replace(/\/\/[^/]*:/, '//:') }),
  });
  const result = await finishScan(
    ctx,
    [
      {
        tool: {
          name: 'nmap',
          version,
          informationUri: 'https://nmap.org',
          rules: sarifRulesOf(Object.values(INFRA_RULES), INFRA_DOC_URL),
        },
        findings,
      },
    ],
    REPORT,
    [`- open ports: ${open.join(', ') || 'none'}; NSE scripts: ${NSE_SCRIPTS}`],
  );
  result.reports.push(NMAP_REPORT);
  return result;
}

export const infraScan: StepImplementation = {
  id: 'infra-scan',
  async run(ctx) {
    try {
      return await scan(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'nmap');
    }
  },
};
