import { createHash } from 'node:crypto';
import type { Finding } from '../../attest/predicates/builders.js';

/**
 * A finding's identity across runs: rule, file and the text of the flagged line (trimmed),
 * not the line number, so that a finding stays "the same" when code above it moves. Without
 * the line text (e.g. a tool that reports no snippet) the line number stands in.
 */
export function fingerprintOf(f: Finding, lineText?: string): string {
  const where = f.location?.path ?? '';
  const anchor =
    lineText !== undefined ? lineText.trim().replace(/\s+/g, ' ') : `line:${f.location?.line ?? 0}`;
  return createHash('sha256')
    .update(`${f.ruleId}\u0000${where}\u0000${anchor}`)
    .digest('hex')
    .slice(0, 32);
}
