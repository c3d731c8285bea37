import { mkdir } from 'node:fs/promises';
import type { Finding } from '../../attest/predicates/builders.js';
import { assignFingerprints } from '../common/fingerprint.js';
import { sarifRulesOf } from '../common/rule-table.js';
import { finishScan, toolFailure, type ToolRun } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { getPage } from './http-get.js';
import { openapiOperations } from './openapi-urls.js';
import { checkCors, checkPage } from './passive.js';
import { DAST_DOC_URL, DAST_RULES } from './rules.js';
import { runSslscan } from './sslscan.js';
import { booleanInput, baseUrlOf, numberInput } from './target.js';
import { runWapiti, WAPITI_REPORT } from './wapiti.js';
import { ingestZap } from './zap.js';

/**
 * dast: a running deployment seen from outside. Passive checks of our own over real
 * responses (/, the health path, the spec's GET operations, a missing page, a foreign
 * Origin), sslscan when the service speaks TLS, wapiti's attack modules when `active`, and a
 * ZAP report when one is given. One SARIF log with a run per tool; see docs/steps/dast.md.
 */
export const REPORT = 'dast.sarif';
export const PASSIVE_VERSION = '1';
/** An origin no deployment trusts, to see whether CORS echoes whatever it is sent. */
const FOREIGN_ORIGIN = 'https://tollgate-dast.invalid';

/**
 * Identity across runs: rule and URL path, not host and port, which change with every test
 * deployment; plus the message for rules that can fire twice on one URL (two cookies), and
 * the occurrence for what is still equal. Over the findings of all tools at once.
 */
function stableFingerprints(findings: Finding[]): void {
  assignFingerprints(findings, {
    anchor: (f) => {
      const url = f.location?.path ?? '';
      let path = url;
      try {
        if (/^https?:/.test(url)) path = new URL(url).pathname;
      } catch {
        // not a parsable URL: the location as written
      }
      const message = (f.message ?? '').replace(/https?:\/\/[^/\s)]+/g, '');
      return { key: `${path}\u0000${message}` };
    },
  });
}

async function passive(ctx: StepContext, baseUrl: string, seeds: string[]): Promise<ToolRun> {
  const health = (ctx.inputs['health-path'] || '/healthz').replace(/^\//, '');
  const urls = [
    ...new Set([
      baseUrl,
      new URL(health, baseUrl).href,
      ...seeds,
      new URL('tollgate-dast-missing-page', baseUrl).href,
    ]),
  ];
  const findings: Finding[] = [];
  for (const url of urls) findings.push(...checkPage(await getPage(url, { signal: ctx.signal })));
  const cors = await getPage(baseUrl, { headers: { origin: FOREIGN_ORIGIN }, signal: ctx.signal });
  findings.push(...checkCors(cors, FOREIGN_ORIGIN));
  ctx.log(`dast: passive checks of ${urls.length} URL(s): ${findings.length} finding(s)`);
  return {
    tool: {
      name: 'tollgate-dast',
      version: PASSIVE_VERSION,
      informationUri: DAST_DOC_URL,
      rules: sarifRulesOf(Object.values(DAST_RULES), DAST_DOC_URL),
    },
    findings,
  };
}

async function scan(ctx: StepContext): Promise<StepResult> {
  await mkdir(ctx.outDir, { recursive: true }); // wapiti and sslscan write into it
  const baseUrl = await baseUrlOf(ctx);
  const active = booleanInput(ctx, 'active', true);
  const maxSeconds = numberInput(ctx, 'max-scan-time', 120);
  const operations = await openapiOperations(ctx, baseUrl);
  const seeds = [...new Set(operations.filter((o) => o.method === 'GET').map((o) => o.url))];
  ctx.log(`dast: scanning ${baseUrl} (${seeds.length} GET operation(s) from the OpenAPI spec)`);
  for (const url of seeds) ctx.log(`dast: start URL ${url}`);
  // wapiti 3.0 starts from URLs only: an operation that takes a body is reached when a page
  // links or posts to it, not from the spec.
  const withBody = operations.filter((o) => o.body && o.method !== 'GET');
  if (withBody.length)
    ctx.log(
      `dast: ${withBody.length} operation(s) with a request body not seeded: ${withBody.map((o) => `${o.method} ${new URL(o.url).pathname}`).join(', ')}`,
    );
  const runs: ToolRun[] = [await passive(ctx, baseUrl, seeds)];
  const extra: string[] = [];
  if (baseUrl.startsWith('https:')) runs.push(await runSslscan(ctx, baseUrl));
  if (active) {
    const started = Date.now();
    runs.push(await runWapiti(ctx, baseUrl, seeds, maxSeconds));
    extra.push(
      `- wapiti ran ${((Date.now() - started) / 1000).toFixed(1)} s (report ${WAPITI_REPORT})`,
    );
  } else extra.push('- active scanning is off (input active: false)');
  const zap = ctx.inputs['zap-report']?.trim();
  if (zap) runs.push(await ingestZap(ctx, zap));
  stableFingerprints(runs.flatMap((r) => r.findings));
  const result = await finishScan(ctx, runs, REPORT, extra);
  if (active) result.reports.push(WAPITI_REPORT);
  return result;
}

export const dast: StepImplementation = {
  id: 'dast',
  async run(ctx) {
    try {
      return await scan(ctx);
    } catch (e) {
      return toolFailure(ctx, e, 'tollgate-dast');
    }
  },
};
