import { resolveInside } from '../../core/confine.js';
import { glob } from 'node:fs/promises';
import type { Finding } from '../../attest/predicates/builders.js';
import { readSarifFile } from '../common/sarif-file.js';
import type { SarifTool } from '../common/sarif.js';

export interface Ingested {
  file: string;
  tools: SarifTool[];
  findings: Finding[];
}

/**
 * SARIF written by the project's own tools (CodeQL, Semgrep, ...), named by globs (comma or
 * newline separated) relative to the repository. A glob that matches nothing is reported in
 * the log: a tool that silently stopped writing its report must not look like a clean scan.
 */
export async function ingestSarif(
  repoDir: string,
  globs: string | undefined,
  log: (l: string) => void,
): Promise<Ingested[]> {
  const patterns = (globs ?? '')
    .split(/[,\n]/)
    .map((g) => g.trim())
    .filter(Boolean);
  const out: Ingested[] = [];
  for (const pattern of patterns) {
    let matched = 0;
    for await (const file of glob(pattern, { cwd: repoDir })) {
      matched++;
      const { tools, findings } = await readSarifFile(
        resolveInside(repoDir, file, 'the sast input "sarif"'),
        'sast input "sarif"',
      );
      const tool = tools[0]?.name ?? 'sarif';
      out.push({
        file,
        tools,
        // The tool's own fingerprint is kept; the step gives one to results that came
        // without, from the context in the repository's file.
        findings: findings.map((f) => ({
          ...f,
          ruleId: f.ruleId.includes('/') ? f.ruleId : `${tool}/${f.ruleId}`,
        })),
      });
    }
    if (!matched) log(`sast: the sarif glob ${pattern} matched no file`);
  }
  return out;
}
