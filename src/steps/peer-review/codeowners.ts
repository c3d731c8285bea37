/**
 * CODEOWNERS as GitHub reads it: the first file found of .github/CODEOWNERS, CODEOWNERS and
 * docs/CODEOWNERS; one rule per line (pattern, then owners); gitignore-style patterns; the
 * last matching rule decides a file's owners, and a rule without owners leaves it unowned.
 */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export interface OwnerRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

/** A gitignore-style pattern as a regular expression over repository paths. */
export function patternRegex(pattern: string): RegExp {
  let p = pattern;
  // A slash at the start or in the middle anchors the pattern at the root.
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  p = p.replace(/^\//, '');
  const dirOnly = p.endsWith('/');
  p = p.replace(/\/$/, '');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      // "**/" any leading folders; "/**" everything below; a lone "**" anything.
      if (p[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < p.length) re += p[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  // A pattern names a file or a folder; a folder owns everything below it. GitHub makes
  // one exception: "docs/*" owns the files directly in docs/, not those in its subfolders.
  const tail = dirOnly ? '/.*' : p.endsWith('/*') ? '' : '(?:/.*)?';
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}${tail}$`);
}

export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    rules.push({ pattern, owners, line: i + 1, regex: patternRegex(pattern) });
  });
  return rules;
}

/** The owners of `path` (the last matching rule's), or undefined when no rule matches. */
export function ownersOf(rules: OwnerRule[], path: string): OwnerRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.regex.test(path)) return rules[i];
  return undefined;
}
