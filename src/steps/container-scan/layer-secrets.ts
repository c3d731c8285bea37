import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import type { ImageFs } from '../../sbom/rootfs.js';
import { readSarifFile } from '../common/sarif-file.js';
import { assignFingerprints, type Anchor } from '../common/fingerprint.js';
import { findGitleaks, LEAKS_EXIT, runGitleaks } from '../secret-scan/gitleaks.js';
import type { StepContext } from '../types.js';
import { configAnchor, envEntries, labelEntries } from './config-checks.js';

/**
 * Secrets in the image: the project's secret scanner (gitleaks) over every file of the
 * unpacked layers, and over the ENV and labels of the configuration written out as files.
 * Files over 1 MiB are skipped (gitleaks' own limit; a binary that size is rarely where a key
 * is pasted, and the WASM build reads about 0.5 MB/s) and counted, so the report says so.
 * gitleaks redacts every match; a finding carries rule, file and line only.
 */

export const MAX_FILE_MB = 1;
/** Where the configuration is written inside the unpacked root (a scratch copy of the image). */
const CONFIG_DIR = '.tollgate-image-config';

export interface LayerSecrets {
  findings: Finding[];
  skipped: number;
  tool: { name: string; version: string };
}

export async function scanImageSecrets(
  ctx: StepContext,
  fs: ImageFs,
  scratch: string,
): Promise<LayerSecrets> {
  const configDir = join(fs.root, CONFIG_DIR);
  await mkdir(configDir, { recursive: true });
  const env = envEntries(fs.config);
  const labels = labelEntries(fs.config);
  await writeFile(join(configDir, 'env'), env.map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  await writeFile(join(configDir, 'labels'), labels.map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  const skipped = [...fs.files.values()].filter((size) => size > MAX_FILE_MB * 1024 * 1024).length;

  const gitleaks = await findGitleaks(ctx.exec, ctx.repoDir, ctx.tools);
  const report = join(scratch, 'gitleaks.sarif');
  const args = ['dir', '.', '--no-banner', '--redact', '--exit-code', String(LEAKS_EXIT)];
  args.push('--max-target-megabytes', String(MAX_FILE_MB), '--log-level', 'warn');
  args.push('--report-format', 'sarif', '--report-path', report);
  ctx.log(`container-scan: gitleaks (${gitleaks.kind}) on ${fs.files.size} image file(s)`);
  await runGitleaks(gitleaks, args, { cwd: fs.root, exec: ctx.exec, signal: ctx.signal });
  const raw = (await readSarifFile(report, 'gitleaks')).findings;

  // Rule and what the secret is in: the ENV entry or label by name (as config-checks.ts, so
  // the two finds of one entry are one finding), else the file, gitleaks' rule and the line
  // (never the line's text, which holds the secret).
  const anchors = new Map<Finding, Anchor>();
  const findings = raw.map((f): Finding => {
    const path = (f.location?.path ?? '').replace(/^\.\//, '');
    const line = f.location?.line;
    let finding: Finding;
    if (path.startsWith(`${CONFIG_DIR}/`)) {
      // Line n of the written file is the n-th ENV entry or label: name it, not its value.
      const label = path.endsWith('/labels');
      const name = (label ? labels : env)[(line ?? 1) - 1]?.[0] ?? '?';
      finding = {
        ruleId: label ? 'container/secret-in-label' : 'container/secret-in-env',
        severity: 'high',
        message: `${label ? 'label' : 'ENV'} ${name} holds a secret (gitleaks rule ${f.ruleId})`,
        location: { path: 'image config' },
      };
      anchors.set(finding, configAnchor(`${label ? 'label' : 'env'}:${name}`));
      return finding;
    }
    finding = {
      ruleId: 'container/secret-in-layer',
      severity: 'high',
      message: `${f.ruleId}: a secret in /${path}${line ? `:${line}` : ''}`,
      location: { path: `/${path}`, ...(line ? { line } : {}) },
    };
    anchors.set(finding, { key: `/${path}\u0000${f.ruleId}\u0000line:${line ?? 0}` });
    return finding;
  });
  assignFingerprints(findings, { anchor: (f) => anchors.get(f) });
  return { findings, skipped, tool: { name: 'gitleaks', version: gitleaks.version } };
}
