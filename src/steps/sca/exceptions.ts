import { resolveInside } from '../../core/confine.js';
import { parseYamlUntrusted } from '../../core/untrusted.js';
import { TollgateError } from '../../core/errors.js';
import { readInput } from '../../core/fs.js';
import type { VulnException } from '../../vuln/index.js';

/**
 * The `exceptions` input: a YAML or JSON file of accepted vulnerabilities, each
 * `{id, until, reason}` (optionally `package`, a name or purl). `until` is a date
 * (YYYY-MM-DD, inclusive, UTC); an expired exception no longer suppresses anything, so an
 * accepted risk comes back on its own. `expires` is read as a synonym of `until`, the word
 * the policy file uses.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A file named by a step input: inside the repository, or refused. */
export function inputPath(repoDir: string, value: string, what = 'the input'): string {
  return resolveInside(repoDir, value, what);
}

export async function loadExceptions(
  repoDir: string,
  value: string | undefined,
): Promise<VulnException[]> {
  if (!value?.trim()) return [];
  const path = inputPath(repoDir, value.trim(), 'the sca input "exceptions"');
  const text = (await readInput(path, 'the exceptions file')).toString('utf8');
  let doc: unknown;
  try {
    doc = parseYamlUntrusted(text, 'exceptions file', path);
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${path}: not YAML or JSON (${(e as Error).message})`,
      {
        hint: 'write a list of {id, until, reason} entries',
      },
    );
  }
  const list = Array.isArray(doc) ? doc : (doc as { exceptions?: unknown } | null)?.exceptions;
  if (!Array.isArray(list)) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${path}: expected a list of exceptions (or a map with an "exceptions" list)`,
      {
        hint: 'example: - {id: GHSA-jf85-cpcp-j695, until: 2027-01-31, reason: "not reachable"}',
      },
    );
  }
  return list.map((raw, i) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    // YAML reads an unquoted date as a Date.
    const untilRaw = e.until ?? e.expires;
    const until =
      untilRaw instanceof Date ? untilRaw.toISOString().slice(0, 10) : String(untilRaw ?? '');
    const bad = (what: string) =>
      new TollgateError('INPUT_INVALID', `${path}: exception ${i + 1}: ${what}`, {
        hint: 'each exception needs id (a vulnerability id or alias), until (YYYY-MM-DD) and reason',
      });
    if (typeof e.id !== 'string' || !e.id.trim()) throw bad('id is missing');
    if (!DATE.test(until)) throw bad(`until is "${until}", not a date YYYY-MM-DD`);
    if (typeof e.reason !== 'string' || !e.reason.trim()) throw bad('reason is missing');
    return {
      id: e.id.trim(),
      reason: e.reason.trim(),
      expires: until,
      ...(typeof e.package === 'string' && e.package.trim() ? { package: e.package.trim() } : {}),
    };
  });
}
