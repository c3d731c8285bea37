import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { writeFileAtomic } from '../../core/fs.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeScanResult, type Finding } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import { redactor } from '../../core/redact.js';
import { writeSarif } from '../common/sarif.js';
import type { ScanStepResult } from '../common/scan-step.js';
import type { StepContext, StepImplementation } from '../types.js';
import { isAccepted, loadBaseline } from './baseline.js';
import {
  describeGitleaks,
  findGitleaks,
  LEAKS_EXIT,
  readGitleaksReport,
  runGitleaks,
} from './gitleaks.js';
import { SECRET_SEVERITY, summaryOf, toStepFindings } from './report.js';
import { MODES, prepareTarget, type Mode } from './sources.js';

export const REPORT_NAME = 'secret-scan.sarif';
const CONFIG_NAME = '.gitleaks.toml';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * secret-scan: gitleaks over the staged changes (pre-commit hook), the new commits of a push
 * or pull request, or the whole tree. Findings carry rule, file and line only; the matched
 * secrets are read from gitleaks' report in a private temp folder only to teach the process's
 * redactor, which masks them in every log, report and summary written afterwards.
 */
export const secretScan: StepImplementation = {
  id: 'secret-scan',
  checkInputs(inputs) {
    const mode = inputs.mode?.trim();
    return mode && !MODES.includes(mode as Mode)
      ? `mode must be one of ${MODES.join(', ')}, not "${mode}"`
      : undefined;
  },
  async run(ctx: StepContext): Promise<ScanStepResult> {
    const mode = (ctx.inputs.mode?.trim() || 'range') as Mode;
    if (!MODES.includes(mode)) {
      throw new TollgateError(
        'USAGE',
        `secret-scan: mode must be one of ${MODES.join(', ')}, not "${mode}"`,
      );
    }
    const baseline = await loadBaseline(ctx.repoDir, ctx.inputs.baseline?.trim() || undefined);
    const configPath = join(ctx.repoDir, CONFIG_NAME);
    const config = (await exists(configPath)) ? configPath : undefined;
    await mkdir(ctx.outDir, { recursive: true });
    const scratch = await mkdtemp(join(tmpdir(), 'tollgate-secret-'));
    try {
      const target = await prepareTarget(ctx, mode, scratch);
      const gitleaks = await findGitleaks(ctx.exec, ctx.repoDir, ctx.tools);
      let raw: Finding[] = [];
      // The attested version names the build that ran and its digest (docs/steps/secret-scan.md).
      const version = `${gitleaks.version} (${gitleaks.kind}, sha256:${gitleaks.sha256})`;
      if (!target.empty) {
        // Not redacted: the secrets are what the redaction layer masks (readGitleaksReport).
        const rawReport = join(scratch, 'gitleaks.json');
        const args = ['dir', '.', '--no-banner', '--exit-code', String(LEAKS_EXIT)];
        args.push('--log-level', 'warn', '--report-format', 'json', '--report-path', rawReport);
        // Explicit paths: the mirror folder holds neither the config nor .gitleaksignore.
        if (config) args.push('--config', config);
        args.push('--gitleaks-ignore-path', ctx.repoDir);
        ctx.log(`secret-scan: ${describeGitleaks(gitleaks)} on ${target.describe}`);
        await runGitleaks(gitleaks, args, {
          cwd: target.dir,
          exec: ctx.exec,
          signal: ctx.signal,
          ...(config ? { config } : {}),
        });
        const report = await readGitleaksReport(rawReport);
        await rm(rawReport, { force: true });
        redactor.addSecrets(report.secrets);
        raw = report.findings;
      } else {
        ctx.log(`secret-scan: nothing to scan in ${target.describe}`);
      }
      const all = toStepFindings(raw, target.commitFolders);
      const findings = all.filter((f) => !isAccepted(baseline, f));
      const accepted = all.length - findings.length;
      const log = writeSarif(
        { name: 'gitleaks', version, informationUri: 'https://github.com/gitleaks/gitleaks' },
        findings,
      );
      const bytes = Buffer.from(JSON.stringify(log, null, 2) + '\n');
      const reportPath = join(ctx.outDir, REPORT_NAME);
      // Atomic: a full disk must not leave a zero-byte report that reads as "no findings".
      await writeFileAtomic(reportPath, bytes);
      for (const f of findings) ctx.log(`secret-scan: ${f.message}`);
      const predicate = makeScanResult({
        scanner: { name: 'gitleaks', version, uri: 'https://github.com/gitleaks/gitleaks' },
        findings,
        report: { name: REPORT_NAME, bytes, format: 'sarif' },
      });
      return {
        status: findings.length ? 'failed' : 'passed',
        ...(findings.length ? { failure: 'findings' as const } : {}),
        ...(findings.length
          ? {
              reason: `${findings.length} ${SECRET_SEVERITY}-severity secret(s) in ${target.describe}`,
            }
          : {}),
        attestations: [{ predicateType: PREDICATE.scanResult, predicate }],
        products: [
          {
            name: REPORT_NAME,
            digest: { sha256: createHash('sha256').update(bytes).digest('hex') },
          },
        ],
        reports: [reportPath],
        summary: summaryOf(target.describe, findings, accepted),
        metrics: { findings: findings.length, accepted },
        tools: { gitleaks: version },
      };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  },
};
