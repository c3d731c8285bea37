import { TollgateError } from '../../core/errors.js';

/**
 * yarn's classic lockfile (`# yarn lockfile v1`): not YAML but an indentation format of its
 * own, read here without yarn. Entries start at column 0 (`a@^1, "b@~2":`), their fields are
 * indented by two spaces (`version "1.2.3"`), and `dependencies:` blocks nest one level more
 * (`name "range"`). Every value keeps the line it came from, so that a malformed file is an
 * error naming the file and the line.
 */

export interface YarnV1Entry {
  /** The descriptors of the header (`lodash@^4.17.0`), unquoted. */
  descriptors: string[];
  line: number;
  fields: Record<string, string>;
  /** `dependencies`, `optionalDependencies`: name → range. */
  blocks: Record<string, Record<string, string>>;
}

function malformed(file: string, line: number, why: string): TollgateError {
  return new TollgateError('INPUT_INVALID', `${file}:${line}: not a yarn v1 lockfile: ${why}`, {
    hint: 'run yarn install to rewrite the lockfile, or fix the line by hand',
  });
}

/** A bare word or a JSON-quoted string; `rest` is what follows it. */
function token(text: string, file: string, line: number): { value: string; rest: string } {
  if (text.startsWith('"')) {
    let i = 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw malformed(file, line, 'a quoted string does not end');
    try {
      return { value: JSON.parse(text.slice(0, i + 1)) as string, rest: text.slice(i + 1) };
    } catch {
      throw malformed(file, line, 'a quoted string has a bad escape');
    }
  }
  const m = /^[^\s,:"]+(?::(?=\S)[^\s,:"]*)*/.exec(text);
  if (!m) throw malformed(file, line, `unexpected "${text.slice(0, 20)}"`);
  return { value: m[0], rest: text.slice(m[0].length) };
}

export function parseYarnV1(text: string, file: string): YarnV1Entry[] {
  const entries: YarnV1Entry[] = [];
  let entry: YarnV1Entry | undefined;
  let block: Record<string, string> | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const line = n + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (/^\s*\t/.test(raw)) throw malformed(file, line, 'indented with a tab');
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trimEnd().slice(indent);
    if (indent === 0) {
      if (!body.endsWith(':')) throw malformed(file, line, 'an entry header must end with ":"');
      const descriptors: string[] = [];
      let rest = body.slice(0, -1);
      while (rest) {
        const t = token(rest, file, line);
        descriptors.push(t.value);
        rest = t.rest.replace(/^\s*,\s*/, '');
        if (rest === t.rest && rest)
          throw malformed(file, line, 'descriptors must be separated by ", "');
      }
      if (!descriptors.length) throw malformed(file, line, 'an entry header names no package');
      entry = { descriptors, line, fields: {}, blocks: {} };
      entries.push(entry);
      block = undefined;
    } else if (indent === 2) {
      if (!entry) throw malformed(file, line, 'a field outside any entry');
      const key = token(body, file, line);
      if (key.rest === ':') {
        block = {};
        entry.blocks[key.value] = block;
        continue;
      }
      block = undefined;
      if (!/^\s+\S/.test(key.rest))
        throw malformed(file, line, `field "${key.value}" has no value`);
      const value = token(key.rest.trimStart(), file, line);
      if (value.rest.trim()) throw malformed(file, line, `unexpected text after "${key.value}"`);
      entry.fields[key.value] = value.value;
    } else if (indent === 4) {
      if (!block) throw malformed(file, line, 'a nested line outside a dependencies block');
      const key = token(body, file, line);
      if (!/^\s+\S/.test(key.rest))
        throw malformed(file, line, `dependency "${key.value}" has no range`);
      const value = token(key.rest.trimStart(), file, line);
      block[key.value] = value.value;
    } else {
      throw malformed(file, line, `unexpected indentation of ${indent} spaces`);
    }
  }
  for (const e of entries)
    if (!e.fields.version)
      throw malformed(file, e.line, `entry ${e.descriptors[0]} has no version`);
  return entries;
}
