import { Document, isMap, isScalar, Scalar, type Node, type YAMLMap } from 'yaml';

/**
 * YAML text for generated files, written so that prettier leaves it unchanged (the committed
 * copies are formatted like the rest of the repository): single quotes, no folding of long
 * lines, a header comment, and a blank line before chosen keys.
 */

/** A scalar with a trailing comment, e.g. a SHA-pinned `uses:` with its version. */
export function commented(value: string, comment: string): Scalar<string> {
  const s = new Scalar(value);
  s.comment = ` ${comment}`;
  return s;
}

export interface YamlTextOptions {
  /** Lines of the header comment (without `#`). */
  header: string[];
  /** Paths of maps whose entries are separated by a blank line, e.g. [['jobs']]. */
  spacedMaps?: string[][];
  /** Top-level keys preceded by a blank line. */
  spacedKeys?: string[];
}

export function yamlText(value: unknown, opts: YamlTextOptions): string {
  const doc = new Document(value);
  doc.commentBefore = opts.header.map((l) => (l ? ` ${l}` : '')).join('\n');
  const root = doc.contents;
  for (const path of opts.spacedMaps ?? []) {
    const map = doc.getIn(path, true) as Node | undefined;
    if (isMap(map)) markSpaced(map, 1);
  }
  if (isMap(root)) {
    for (const item of root.items) {
      if (isScalar(item.key) && opts.spacedKeys?.includes(String(item.key.value)))
        item.key.spaceBefore = true;
    }
  }
  return doc.toString({ lineWidth: 0, singleQuote: true, indentSeq: true });
}

function markSpaced(map: YAMLMap, from: number): void {
  map.items.forEach((item, i) => {
    if (i >= from && isScalar(item.key)) item.key.spaceBefore = true;
  });
}
