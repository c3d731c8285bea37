/**
 * JSON laid out exactly as prettier lays out `JSON.stringify(value)` (print width 100): a
 * value stays on one line when it fits, otherwise each entry goes on its own line; an array
 * of two or more objects (or arrays) with more than one entry each always breaks.
 */
export function jsonText(value: unknown, width = 100): string {
  return `${print(value, 0, 0, 0, width)}\n`;
}

type Container = unknown[] | Record<string, unknown>;

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const entries = (v: Container): [string | undefined, unknown][] =>
  Array.isArray(v) ? v.map((x) => [undefined, x]) : Object.entries(v);

function flat(v: unknown): string {
  if (!isContainer(v)) return JSON.stringify(v);
  const items = entries(v).map(
    ([k, x]) => (k === undefined ? '' : `${JSON.stringify(k)}: `) + flat(x),
  );
  if (Array.isArray(v)) return `[${items.join(', ')}]`;
  return items.length ? `{ ${items.join(', ')} }` : '{}';
}

function mustBreak(v: Container): boolean {
  return (
    Array.isArray(v) && v.length > 1 && v.every((x) => isContainer(x) && entries(x).length > 1)
  );
}

function print(v: unknown, indent: number, used: number, trailing: number, width: number): string {
  const one = flat(v);
  if (!isContainer(v) || entries(v).length === 0) return one;
  if (!mustBreak(v) && used + one.length + trailing <= width) return one;
  const list = entries(v);
  const pad = ' '.repeat(indent + 2);
  const lines = list.map(([k, x], i) => {
    const key = k === undefined ? '' : `${JSON.stringify(k)}: `;
    const last = i === list.length - 1;
    return `${pad}${key}${print(x, indent + 2, indent + 2 + key.length, last ? 0 : 1, width)}${last ? '' : ','}`;
  });
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${' '.repeat(indent)}${close}`;
}
