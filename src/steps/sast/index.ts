import { addFingerprints, failAtOf, isBlocking, type ScanStepResult } from '../common/scan-step.js';
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from '../../core/fs.js';
import { join } from 'node:path';
import { makeScanResult, type Finding } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { describeTool, nativeRun } from '../common/native-tools.js';
import { writeSarif } from '../common/sarif.js';
import type { StepContext, StepImplementation } from '../types.js';
import { runAstGrep } from './astgrep.js';
import { runEslint } from './eslint.js';
import { ingestSarif } from './ingest.js';
import { dropNjsscanDuplicates, NJSSCAN_URI, runNjsscan } from './njsscan.js';

export const REPORT_NAME = 'sast.sarif';

/** Same rule, same place: two rules of one file may match one call. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.location?.path}:${f.location?.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * sast: ESLint security rules for JavaScript/TypeScript, ast-grep rules for Python, Go and
 * JS/TS patterns ESLint does not see, and the SARIF of the project's own tools. One
 * SARIF report holds everything (one run per tool, so each keeps its own rule table); one
 * scan-result predicate attests it.
 */
export const sast: StepImplementation = {
  id: 'sast',
  async run(ctx: StepContext): Promise<ScanStepResult> {
    await mkdir(ctx.outDir, { recursive: true });
    const eslint = await runEslint(ctx.repoDir, ctx.log);
    ctx.log(
      `sast: eslint ${eslint.version}: ${eslint.findings.length} finding(s) in ${eslint.files} file(s)`,
    );
    const astgrep = await runAstGrep(ctx);
    ctx.log(`sast: ast-grep ${astgrep.version}: ${astgrep.findings.length} finding(s)`);
    const ingested = await ingestSarif(ctx.repoDir, ctx.inputs.sarif, ctx.log);
    for (const i of ingested) ctx.log(`sast: ${i.file}: ${i.findings.length} finding(s)`);

    const njsscan = await runNjsscan(ctx);

    const astFindings = dedupe(astgrep.findings);
    const ours = [...eslint.findings, ...astFindings, ...ingested.flatMap((i) => i.findings)];
    // Over all findings at once, since occurrences are counted over the step's whole list.
    await addFingerprints(ctx.repoDir, [...ours, ...njsscan.findings], {
      anchor: (f) => (astgrep.byLineOnly.has(f) ? { line: f.location?.line ?? 0 } : undefined),
      column: (f) => eslint.columns.get(f) ?? astgrep.columns.get(f),
    });
    const njs = dropNjsscanDuplicates(njsscan.findings, njsscan.spans, ours);
    if (njsscan.tool)
      ctx.log(
        `sast: ${describeTool(njsscan.tool)}: ${njs.kept.length} finding(s), ${njs.dropped} already reported by ESLint or ast-grep`,
      );
    const findings = [...ours, ...njs.kept];
    const runs = [
      writeSarif(
        { name: 'eslint', version: eslint.version, informationUri: 'https://eslint.org' },
        eslint.findings,
      ),
      writeSarif(
        {
          name: 'ast-grep',
          version: astgrep.version,
          informationUri: 'https://ast-grep.github.io',
        },
        astFindings,
      ),
      ...nativeRun({ ...njsscan, findings: njs.kept }, NJSSCAN_URI).map((r) =>
        writeSarif(r.tool, r.findings),
      ),
      ...ingested.map((i) => writeSarif(i.tools[0] ?? { name: 'sarif' }, i.findings)),
    ];
    const log = { ...runs[0], runs: runs.flatMap((r) => r.runs as unknown[]) };
    const bytes = Buffer.from(JSON.stringify(log, null, 2) + '\n');
    const reportPath = join(ctx.outDir, REPORT_NAME);
    await writeFileAtomic(reportPath, bytes);

    const failAt = failAtOf(ctx);
    const blocking = findings.filter((f) => isBlocking(f, failAt));
    const predicate = makeScanResult({
      scanner: {
        name: 'tollgate-sast',
        version: `eslint ${eslint.version}; ast-grep ${astgrep.version}${njsscan.tool ? `; ${describeTool(njsscan.tool)}` : ''}${ingested.length ? `; ${ingested.map((i) => i.tools[0]?.name ?? 'sarif').join(', ')}` : ''}`,
      },
      findings,
      report: { name: REPORT_NAME, bytes, format: 'sarif' },
    });
    const rows = findings
      .slice(0, 50)
      .map(
        (f) =>
          `| ${f.severity} | ${f.ruleId} | ${f.location?.path ?? ''}:${f.location?.line ?? ''} |`,
      );
    return {
      // The step fails at its fail-on input (default high); the gate applies the policy again.
      status: blocking.length ? 'failed' : 'passed',
      ...(blocking.length ? { failure: 'findings' as const } : {}),
      ...(blocking.length
        ? { reason: `${blocking.length} SAST finding(s) at or above ${failAt}` }
        : {}),
      attestations: [{ predicateType: PREDICATE.scanResult, predicate }],
      products: [
        { name: REPORT_NAME, digest: { sha256: createHash('sha256').update(bytes).digest('hex') } },
      ],
      reports: [reportPath],
      summary: `### SAST\n\n${findings.length} finding(s), ${blocking.length} at or above ${failAt}.\n${
        rows.length ? `\n| severity | rule | where |\n|---|---|---|\n${rows.join('\n')}\n` : ''
      }`,
      metrics: { findings: findings.length, blocking: blocking.length },
      ...(njsscan.tool ? { tools: { njsscan: describeTool(njsscan.tool) } } : {}),
    };
  },
};
