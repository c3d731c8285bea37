/**
 * People (authors, reviewers, approvers, the policy's `approvers`) compared in one form
 * everywhere. Logins and e-mail addresses are case-insensitive where they are issued, and
 * Unicode has several spellings of one visible name (full-width letters, ligatures), so
 * comparing raw strings lets `Alice` approve `alice`'s change, or `bob` and `Bob` count as
 * two approvals. NFKC folds the compatibility spellings, trimming drops stray white space,
 * and lower-casing folds case. Display keeps the name as given; only comparisons use this.
 */
export function normaliseIdentity(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/** Whether two names are one person. An empty name is no one, and never matches. */
export function sameIdentity(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const na = normaliseIdentity(a);
  return na !== '' && na === normaliseIdentity(b);
}

/** Whether `name` is one of `list` (an allow-list of approvers, say). */
export function includesIdentity(list: readonly string[], name: string | undefined): boolean {
  return list.some((x) => sameIdentity(x, name));
}

/** The names with one entry per person, keeping the first spelling met. Empty names are dropped. */
export function uniqueIdentities(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) {
    const key = normaliseIdentity(n);
    if (key !== '' && !seen.has(key)) seen.set(key, n);
  }
  return [...seen.values()];
}
