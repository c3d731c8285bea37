import { makeScanResult } from '../../attest/predicates/builders.js';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { sha256Hex } from '../../core/digest.js';
import { isTollgateError, type TollgateError } from '../../core/errors.js';
import { writeFileAtomic } from '../../core/fs.js';
import { imageSbom } from '../../sbom/image.js';
import { buildNotices } from '../../sbom/notices.js';
import { unpackImage, type ImageFs } from '../../sbom/rootfs.js';
import { UnpackLimitError } from '../../sbom/unpack-limits.js';
import { readBuiltImage, type BuiltImage } from '../common/handoff.js';
import { writeSarif } from '../common/sarif.js';
import { failAtOf, isBlocking } from '../common/scan-step.js';
import { scanVulns, vulnInputs, vulnRows } from '../sca/vulns.js';
import type { StepContext, StepImplementation, StepResult } from '../types.js';
import { checkConfig } from './config-checks.js';
import { MAX_FILE_MB, scanImageSecrets } from './layer-secrets.js';
import { LIMIT_INPUTS, unpackLimitsOf } from './unpack-limits.js';

export const SBOM_NAME = 'image.cdx.json';
export const SARIF_NAME = 'container-scan.sarif';
export const NOTICES_NAME = 'NOTICES.image.txt';

/** A finding found twice (a name check and gitleaks on the same ENV entry) is kept once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.fingerprint ?? f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An image that cannot be unpacked (damaged, tampered with, over a limit, hostile) is a
 * failed step that says why, not a crash: nothing was scanned, so nothing is attested.
 */
function unpackFailed(image: BuiltImage, e: TollgateError): StepResult {
  const input = e instanceof UnpackLimitError ? LIMIT_INPUTS[e.limit] : undefined;
  const reason = `the image ${image.ref} (${image.digest}) cannot be scanned: ${e.message}${input ? ` (raise the input ${input} if the image is genuine)` : ''}`;
  return {
    status: 'failed',
    failure: 'tool',
    reason,
    attestations: [],
    products: [],
    materials: [{ name: image.ref, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
    reports: [],
    summary: `### Container scan\n\n${reason}.${e.hint && !input ? `\n\n${e.hint}.` : ''}`,
  };
}

/**
 * container-scan: the image that `container` built, unpacked from its OCI layout. Its SBOM
 * (OS packages and application packages) goes through the OSV matcher; its configuration
 * (user, healthcheck, credentials in ENV or labels) and its files (gitleaks) are checked.
 * The attestation is vulns v0.2 only, as the pipeline graph says; the configuration and
 * secret findings are in the step's SARIF and fail the step at its fail-on.
 */
export const containerScan: StepImplementation = {
  id: 'container-scan',
  async run(ctx: StepContext): Promise<StepResult> {
    const failAt = failAtOf(ctx);
    const limits = unpackLimitsOf(ctx);
    const inputs = await vulnInputs(ctx);
    const image = await readBuiltImage(ctx);
    await mkdir(ctx.outDir, { recursive: true });
    const scratch = await mkdtemp(join(tmpdir(), 'tollgate-image-'));
    try {
      let fs: ImageFs;
      try {
        fs = await unpackImage(image.layoutDir, join(scratch, 'root'), image.digest, { limits });
      } catch (e) {
        if (!isTollgateError(e)) throw e;
        ctx.log(`container-scan: ${e.message}`);
        return unpackFailed(image, e);
      }
      ctx.log(
        `container-scan: ${image.ref} (${fs.digest}): ${fs.files.size} file(s) after whiteouts`,
      );
      const sbom = await imageSbom(fs, image.name);
      for (const n of sbom.notes) ctx.log(`container-scan: ${n}`);
      const bomBytes = Buffer.from(`${JSON.stringify(sbom.bom, null, 2)}\n`);
      await writeFileAtomic(join(ctx.outDir, SBOM_NAME), bomBytes);
      // Licence texts as shipped in the image (Debian copyright files, package folders).
      const notices = await buildNotices(`${image.name}@${fs.digest}`, sbom.components);
      const noticesBytes = Buffer.from(notices.text);
      await writeFileAtomic(join(ctx.outDir, NOTICES_NAME), noticesBytes);

      const vulns = await scanVulns(ctx, sbom.components, 'container-scan', new Date(), inputs);
      const secrets = await scanImageSecrets(ctx, fs, scratch);
      const config = dedupe([...secrets.findings, ...checkConfig(fs.config)]);
      const configRun = (
        writeSarif({ name: 'tollgate-image-checks', version: '1' }, config).runs as unknown[]
      )[0];
      const sarif = { ...vulns.sarif, runs: [...(vulns.sarif.runs as unknown[]), configRun] };
      const sarifBytes = Buffer.from(`${JSON.stringify(sarif, null, 2)}\n`);
      await writeFileAtomic(join(ctx.outDir, SARIF_NAME), sarifBytes);

      const configBlocking = config.filter((f) => isBlocking(f, failAt));
      const problems = [
        ...(vulns.blocking.length
          ? [
              `${vulns.blocking.length} vulnerabilit${vulns.blocking.length === 1 ? 'y' : 'ies'} at or above ${failAt}: ${vulns.blocking
                .slice(0, 3)
                .map((f) => f.message)
                .join('; ')}`,
            ]
          : []),
        ...(configBlocking.length
          ? [
              `${configBlocking.length} image check(s) at or above ${failAt}: ${configBlocking
                .slice(0, 3)
                .map((f) => f.message)
                .join('; ')}`,
            ]
          : []),
      ];
      const reason = problems.length
        ? problems.join('; ')
        : `${sbom.components.length} package(s), ${vulns.open.length} open vulnerabilit${vulns.open.length === 1 ? 'y' : 'ies'} and ${config.length} image check finding(s), none at or above ${failAt}`;
      const rows = vulnRows(vulns.findings);
      const skipped = secrets.skipped
        ? [`- ${secrets.skipped} file(s) over ${MAX_FILE_MB} MiB were not searched for secrets`]
        : [];
      return {
        status: problems.length ? 'failed' : 'passed',
        ...(problems.length ? { failure: 'findings' as const } : {}),
        reason,
        // The image checks and secrets are findings of another kind than vulnerabilities:
        // they travel in a scan-result, so the gate judges them too.
        attestations: [
          { predicateType: PREDICATE.vulns, predicate: vulns.predicate },
          {
            predicateType: PREDICATE.scanResult,
            predicate: makeScanResult({
              scanner: { name: 'tollgate-image-checks', version: '1' },
              findings: config,
              report: { name: SARIF_NAME, bytes: sarifBytes, format: 'sarif' },
            }),
          },
        ],
        products: [
          { name: SBOM_NAME, digest: { sha256: sha256Hex(bomBytes) } },
          { name: NOTICES_NAME, digest: { sha256: sha256Hex(noticesBytes) } },
          { name: SARIF_NAME, digest: { sha256: sha256Hex(sarifBytes) } },
        ],
        materials: [{ name: image.ref, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
        reports: [SBOM_NAME, NOTICES_NAME, SARIF_NAME],
        summary: [
          `### Container scan\n\n${image.ref} (${image.digest}): ${reason}.`,
          '',
          `${sbom.components.length} package(s); vulnerabilities from ${vulns.source}; secrets by ${secrets.tool.name} ${secrets.tool.version}.`,
          ...sbom.notes.map((n) => `- ${n}`),
          ...skipped,
          ...(rows.length
            ? ['', '| severity | id | package | fixed in |', '|---|---|---|---|', ...rows]
            : []),
          ...(config.length ? ['', ...config.map((f) => `- ${f.severity}: ${f.message}`)] : []),
        ].join('\n'),
        metrics: {
          packages: sbom.components.length,
          vulnerabilities: vulns.open.length,
          blocking: vulns.blocking.length + configBlocking.length,
          imageChecks: config.length,
          secrets: secrets.findings.length,
          skippedLargeFiles: secrets.skipped,
        },
      };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  },
};
