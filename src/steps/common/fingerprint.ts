import { createHash } from 'node:crypto';
import type { Finding } from '../../attest/predicates/builders.js';

/**
 * A finding's identity across runs, in the shape of code scanning's own
 * `primaryLocationLineHash`: `<hash>:<occurrence>`.
 *
 * - The hash covers the rule, the file and an anchor. For a finding in a file the anchor is
 *   its context: the flagged line and up to CONTEXT_RADIUS non-blank lines on either side,
 *   white space folded. Lines added or removed elsewhere in the file leave it alone; a block
 *   moved as a whole keeps it; re-indenting keeps it.
 * - The occurrence (1, 2, ...) tells apart findings whose rule, file and anchor are all
 *   equal: the same `"security": [],` in three operations of one spec with the same lines
 *   around it. It is counted in the order of line, then column, over the whole list of a
 *   step's findings, so it must be assigned where that list is known (`assignFingerprints`).
 * - A finding without a file (a URL, a port, a package) is anchored by a key of its own
 *   identity instead (`{ key }`); one whose file cannot be read falls back to its line number.
 */

/** Non-blank lines taken on each side of the flagged line. */
export const CONTEXT_RADIUS = 2;

/**
 * What a finding is anchored by: the text around it (see `lineContext`), a key of its own
 * identity that replaces the file (a URL path, a package), or its line number.
 */
export type Anchor = { context: string } | { key: string } | { line: number };

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The flagged line (1-based) and up to `radius` non-blank lines on each side, each with its
 * white space folded, or undefined when the file has no such line. Blank lines are skipped,
 * so adding or removing one next to a finding does not change its context.
 */
export function lineContext(
  lines: readonly string[],
  line: number | undefined,
  radius = CONTEXT_RADIUS,
): string | undefined {
  if (line === undefined || !Number.isInteger(line) || line < 1 || line > lines.length)
    return undefined;
  const around = (step: -1 | 1): string[] => {
    const out: string[] = [];
    for (let i = line - 1 + step; i >= 0 && i < lines.length && out.length < radius; i += step) {
      const text = fold(lines[i]!);
      if (text) out.push(text);
    }
    return out;
  };
  return [...around(-1).reverse(), `>${fold(lines[line - 1]!)}`, ...around(1)].join('\n');
}

/** The hash part: rule, where (file or key) and anchor, never the line number unless asked. */
function baseHash(f: Finding, anchor: Anchor | undefined): string {
  const path = f.location?.path ?? '';
  const [where, what] =
    anchor === undefined
      ? // A location with a line but nothing read: the line. Without a line (a package, a
        // config entry): the location is the identity, as a key would be.
        f.location?.line !== undefined
        ? [path, `line:${f.location.line}`]
        : [path, 'key']
      : 'context' in anchor
        ? [path, `context:${anchor.context}`]
        : 'key' in anchor
          ? [anchor.key, 'key']
          : [path, `line:${anchor.line}`];
  return createHash('sha256')
    .update(`${f.ruleId}\u0000${where}\u0000${what}`)
    .digest('hex')
    .slice(0, 32);
}

/** A tool's own fingerprint counts when it says something: an empty one is replaced. */
export const hasFingerprint = (f: Finding): boolean =>
  typeof f.fingerprint === 'string' && f.fingerprint.trim() !== '';

export interface FingerprintOptions {
  /** The anchor of each finding; undefined falls back to its line, or its location. */
  anchor?: (f: Finding) => Anchor | undefined;
  /** The column of each finding when the tool reported one: orders equal findings on one line. */
  column?: (f: Finding) => number | undefined;
}

/**
 * Gives every finding of the list that has no fingerprint yet (or an empty one) one of the form
 * `<hash>:<occurrence>` (a tool's own fingerprint is kept). The occurrence is counted among
 * the findings with the same hash, sorted by line, then column, then their order in the list,
 * so the same input gives the same fingerprints. Returns the same list, changed in place.
 */
export function assignFingerprints<T extends Finding>(
  findings: T[],
  options: FingerprintOptions = {},
): T[] {
  const groups = new Map<string, { f: T; index: number }[]>();
  findings.forEach((f, index) => {
    if (hasFingerprint(f)) return;
    const hash = baseHash(f, options.anchor?.(f));
    const group = groups.get(hash) ?? [];
    group.push({ f, index });
    groups.set(hash, group);
  });
  const num = (v: number | undefined) => v ?? 0;
  for (const [hash, group] of groups) {
    group.sort(
      (a, b) =>
        num(a.f.location?.line) - num(b.f.location?.line) ||
        num(options.column?.(a.f)) - num(options.column?.(b.f)) ||
        a.index - b.index,
    );
    group.forEach(({ f }, i) => {
      f.fingerprint = `${hash}:${i + 1}`;
    });
  }
  return findings;
}
