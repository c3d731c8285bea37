import type { Finding } from '../../attest/predicates/builders.js';
import { resolveInside } from '../../core/confine.js';
import { TollgateError, describeError } from '../../core/errors.js';
import { readJsonUntrusted } from '../../core/untrusted.js';
import { readSarif } from '../common/sarif.js';

/**
 * Accepted findings. The file is a gitleaks JSON report (`gitleaks dir . --redact
 * --report-format json --report-path .gitleaks-baseline.json`) or a SARIF report of this
 * step. A finding is accepted when rule, file and line match an entry. gitleaks' own
 * `--baseline-path` also compares commit, author, date and columns, so an entry recorded
 * by a tree scan would never match the same secret seen by the staged or range scan; this
 * key is the same in all three modes.
 */
export type Baseline = Set<string>;

const MAX_BASELINE_BYTES = 64 << 20;

const keyOf = (rule: string, file: string, line: number | undefined) =>
  `${rule}\u0000${file.replace(/^\.\//, '')}\u0000${line ?? 0}`;

export async function loadBaseline(repoDir: string, name: string | undefined): Promise<Baseline> {
  const keys: Baseline = new Set();
  if (!name) return keys;
  // A path from the workflow's inputs: read only inside the repository.
  const file = resolveInside(repoDir, name, 'the secret-scan baseline input');
  let json: unknown;
  try {
    json = await readJsonUntrusted(file, 'secret-scan baseline', { maxBytes: MAX_BASELINE_BYTES });
  } catch (e) {
    // The message names the file and the place; it never quotes the content, which is not
    // ours to print (a wrong path could name a file of secrets).
    throw new TollgateError(
      'INPUT_INVALID',
      `the secret-scan baseline ${file} is not readable JSON (${describeError(e).replace(/^.*? is not valid JSON/, 'not valid JSON')})`,
      {
        hint: 'write it with gitleaks --report-format json, or point baseline at this step’s SARIF',
      },
    );
  }
  if (Array.isArray(json)) {
    for (const [i, e] of json.entries()) {
      const entry = e as { RuleID?: unknown; File?: unknown; StartLine?: unknown };
      if (typeof entry.RuleID !== 'string' || typeof entry.File !== 'string') {
        throw new TollgateError(
          'INPUT_INVALID',
          `the secret-scan baseline ${file}: entry ${i} has no RuleID or File`,
        );
      }
      keys.add(keyOf(entry.RuleID, entry.File, Number(entry.StartLine) || undefined));
    }
  } else {
    for (const f of readSarif(json, { tool: 'secret-scan baseline', file }).findings) {
      keys.add(keyOf(f.ruleId, f.location?.path ?? '', f.location?.line));
    }
  }
  return keys;
}

export function isAccepted(baseline: Baseline, f: Finding): boolean {
  return baseline.has(keyOf(f.ruleId, f.location?.path ?? '', f.location?.line));
}
