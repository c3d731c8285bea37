/**
 * Minimal glob for identities and paths: `**` matches anything, `*` anything but `/`, `?`
 * one character other than `/`. Compiled patterns are cached; policies reuse a few.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    let src = '';
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i]!;
      if (c === '*' && glob[i + 1] === '*') {
        src += '.*';
        i++;
      } else if (c === '*') src += '[^/]*';
      else if (c === '?') src += '[^/]';
      else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`);
    cache.set(glob, re);
  }
  return re;
}

export function globMatch(glob: string, value: string): boolean {
  return globToRegExp(glob).test(value);
}
