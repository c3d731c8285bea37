import { isMap, isScalar, type Document, type LineCounter, type Node, isNode, isPair } from 'yaml';

/**
 * Finds the line of a value (or of a key, when `key` is given) in a parsed YAML document,
 * so that schema errors can name the exact place in the user's file.
 */
export function lineOf(
  doc: Document,
  counter: LineCounter,
  path: (string | number)[],
  key?: string,
): number {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (const segment of path) {
    const next = isNode(node)
      ? (node as { get?: (k: unknown, keep: boolean) => unknown }).get?.(segment, true)
      : undefined;
    if (next === undefined) break;
    node = next;
    best = rangeStart(node) ?? best;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    const start = pair && rangeStart(pair.key);
    if (start !== undefined) best = start;
  }
  return best === undefined ? 1 : counter.linePos(best).line;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
