import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { TollgateError } from './errors.js';

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
};

/** The real path of `path`, or of its nearest existing parent with the rest appended. */
function realish(path: string): string {
  let tail = '';
  let cur = path;
  for (;;) {
    try {
      return resolve(realpathSync(cur), tail);
    } catch {
      const up = dirname(cur);
      if (up === cur) return path;
      tail = tail ? `${cur.slice(up.length + 1)}${sep}${tail}` : cur.slice(up.length + 1);
      cur = up;
    }
  }
}

/**
 * A path taken from an input or an artifact (a step input, a report's `steps[].sarif`),
 * resolved against `root` (the repository, or the artifact's folder) and refused unless it
 * stays inside: no `..` escape, no absolute path elsewhere, no symbolic link that leads out
 * (checked on the real paths). Refusal is an exit-code-2 error naming the input. Returns the
 * resolved path (not the real one, so that messages show what the user wrote).
 */
export function resolveInside(root: string, path: string, what: string): string {
  const base = resolve(root);
  const abs = resolve(base, path);
  const refuse = (why: string) =>
    new TollgateError('INPUT_INVALID', `${what} ${JSON.stringify(path)} ${why}`, {
      hint: `name a file inside ${base}, relative to it`,
    });
  if (path.includes('\0')) throw refuse('contains a NUL character');
  if (!inside(base, abs)) throw refuse(`is outside ${base}`);
  if (!inside(realish(base), realish(abs)))
    throw refuse(`leads outside ${base} through a symbolic link`);
  return abs;
}
