import { readFileSync } from 'node:fs';

/**
 * The runner's file and stdout protocols: `name=value` and heredoc blocks in GITHUB_OUTPUT and
 * GITHUB_ENV, one folder per line in GITHUB_PATH, and `::command::` lines on stdout.
 */
export function readKeyValueFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length)
        throw new Error(`Matching delimiter not found '${delimiter}' in ${path}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`Invalid format '${line}' in ${path}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export const readPathFile = (path: string): string[] => {
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  } catch {
    return [];
  }
};

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
}

const unescape = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

/** Reads one stdout line; returns what it means for the runner. */
export function parseCommand(
  line: string,
):
  | { kind: 'mask'; value: string }
  | { kind: 'annotation'; a: Annotation }
  | { kind: 'output'; name: string; value: string }
  | { kind: 'debug' }
  | undefined {
  const m = line.match(/^::([a-z-]+)(?: ([^:]*))?::(.*)$/);
  if (!m) return undefined;
  const [, cmd = '', props = '', data = ''] = m;
  switch (cmd) {
    case 'add-mask':
      return { kind: 'mask', value: unescape(data) };
    case 'error':
    case 'warning':
    case 'notice':
      return { kind: 'annotation', a: { level: cmd, message: unescape(data) } };
    case 'set-output': {
      const name = props.match(/name=([^,]*)/)?.[1] ?? '';
      return { kind: 'output', name, value: unescape(data) };
    }
    case 'debug':
      return { kind: 'debug' };
    default:
      return undefined;
  }
}
