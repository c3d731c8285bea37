import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PREDICATE } from '../../attest/predicates/types.js';
import { sha256Hex } from '../../core/digest.js';
import { writeFileAtomic } from '../../core/fs.js';
import { isTollgateError, type TollgateError } from '../../core/errors.js';
import { appSbom } from '../../sbom/app.js';
import type { Sbom } from '../../sbom/types.js';
import { buildNotices } from '../../sbom/notices.js';
import { writeSarif } from '../common/sarif.js';
import { failAtOf } from '../common/scan-step.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { licenseFindings, licensePolicyOf } from './licenses.js';
import { scanVulns, vulnInputs, vulnRows } from './vulns.js';

export const SBOM_NAME = 'sbom.cdx.json';
export const NOTICES_NAME = 'NOTICES.txt';
export const SARIF_NAME = 'sca.sarif';

/**
 * A lockfile that cannot be read (malformed, over its limit) is a failed step that names the
 * file and the line, not a crash: no SBOM was made, so nothing is attested.
 */
function unreadable(e: TollgateError): StepResult {
  const reason = `the dependencies cannot be read: ${e.message}`;
  return {
    status: 'failed',
    failure: 'tool',
    reason,
    attestations: [],
    products: [],
    reports: [],
    summary: `### SCA\n\n${reason}.${e.hint ? `\n\n${e.hint}.` : ''}`,
  };
}

/**
 * sca: the application's SBOM (CycloneDX, from the repository's lockfiles), its NOTICES
 * file, the licence policy, and the OSV matcher over its packages. It attests the SBOM
 * (predicate = the BOM) and the vulnerabilities (vulns v0.2). The image's packages, OS and
 * application alike, are container-scan's: each package is judged once (docs/steps/sca.md).
 */
export const sca: StepImplementation = {
  id: 'sca',
  async run(ctx: StepContext): Promise<StepResult> {
    const failAt = failAtOf(ctx); // a bad fail-on is a usage error before any work
    const inputs = await vulnInputs(ctx);
    const policy = licensePolicyOf(ctx);
    await mkdir(ctx.outDir, { recursive: true });
    let sbom: Sbom;
    try {
      sbom = await appSbom({
        repoDir: ctx.repoDir,
        exec: ctx.exec,
        signal: ctx.signal,
        log: ctx.log,
      });
    } catch (e) {
      if (isTollgateError(e) && e.code.startsWith('INPUT_')) return unreadable(e);
      throw e;
    }
    for (const n of sbom.notes) ctx.log(`sca: ${n}`);
    const bomBytes = Buffer.from(`${JSON.stringify(sbom.bom, null, 2)}\n`);
    await writeFileAtomic(join(ctx.outDir, SBOM_NAME), bomBytes);
    const notices = await buildNotices(
      String(
        (sbom.bom.metadata as { component?: { name?: string } })?.component?.name ?? ctx.repository,
      ),
      sbom.components,
    );
    const noticesBytes = Buffer.from(notices.text);
    await writeFileAtomic(join(ctx.outDir, NOTICES_NAME), noticesBytes);

    const licenses = licenseFindings(sbom.components, policy);
    const vulns = await scanVulns(ctx, sbom.components, 'sca', new Date(), inputs);
    const licenseRun = (
      writeSarif({ name: 'tollgate-licenses', version: '1' }, licenses).runs as unknown[]
    )[0];
    const sarif = { ...vulns.sarif, runs: [...(vulns.sarif.runs as unknown[]), licenseRun] };
    const sarifBytes = Buffer.from(`${JSON.stringify(sarif, null, 2)}\n`);
    await writeFileAtomic(join(ctx.outDir, SARIF_NAME), sarifBytes);

    const problems = [
      ...(licenses.length
        ? [
            `${licenses.length} licence violation(s): ${licenses
              .slice(0, 3)
              .map((f) => f.message)
              .join('; ')}`,
          ]
        : []),
      ...(vulns.blocking.length
        ? [
            `${vulns.blocking.length} vulnerabilit${vulns.blocking.length === 1 ? 'y' : 'ies'} at or above ${failAt}: ${vulns.blocking
              .slice(0, 3)
              .map((f) => f.message)
              .join('; ')}`,
          ]
        : []),
    ];
    const suppressed = vulns.findings.filter((f) => f.suppressed).length;
    const reason = problems.length
      ? problems.join('; ')
      : `${sbom.components.length} package(s), ${vulns.open.length} open vulnerabilit${vulns.open.length === 1 ? 'y' : 'ies'} (none at or above ${failAt}), no licence violation`;
    const rows = vulnRows(vulns.findings);
    return {
      status: problems.length ? 'failed' : 'passed',
      ...(problems.length ? { failure: 'findings' as const } : {}),
      reason,
      attestations: [
        { predicateType: PREDICATE.cyclonedx, predicate: sbom.bom },
        { predicateType: PREDICATE.vulns, predicate: vulns.predicate },
      ],
      products: [
        { name: SBOM_NAME, digest: { sha256: sha256Hex(bomBytes) } },
        { name: NOTICES_NAME, digest: { sha256: sha256Hex(noticesBytes) } },
        { name: SARIF_NAME, digest: { sha256: sha256Hex(sarifBytes) } },
      ],
      reports: [SBOM_NAME, NOTICES_NAME, SARIF_NAME],
      summary: [
        `### SCA\n\n${reason}.`,
        '',
        `SBOM: ${sbom.components.length} package(s) by ${sbom.tools.map((t) => `${t.name} ${t.version}`).join(', ') || 'lockfiles'}; vulnerabilities from ${vulns.source}${suppressed ? `; ${suppressed} suppressed by VEX or exceptions` : ''}; ${notices.missing.length} package(s) without licence text in ${NOTICES_NAME}.`,
        ...sbom.notes.map((n) => `- ${n}`),
        ...(rows.length
          ? ['', '| severity | id | package | fixed in |', '|---|---|---|---|', ...rows]
          : []),
        ...(licenses.length ? ['', ...licenses.slice(0, 30).map((f) => `- ${f.message}`)] : []),
      ].join('\n'),
      metrics: {
        packages: sbom.components.length,
        vulnerabilities: vulns.open.length,
        blocking: vulns.blocking.length,
        suppressed,
        licenseViolations: licenses.length,
        missingLicenseTexts: notices.missing.length,
      },
    };
  },
};
