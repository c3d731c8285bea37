import { isNode, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { TollgateError } from '../../core/errors.js';

export type YamlPath = (string | number)[];

/**
 * A YAML file parsed once, with a way back from a path inside a document to the line it was
 * written on: rules work on plain objects and still report the line of the YAML source.
 */
export interface YamlDoc {
  value: unknown;
  /** Line of the node at `path`, or of its nearest existing ancestor (a missing key). */
  lineAt(path: YamlPath): number | undefined;
}

export function parseYamlFile(path: string, text: string): YamlDoc[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: YamlDoc[] = [];
  for (const doc of list as Document[]) {
    const err = doc.errors[0];
    if (err) {
      const line = counter.linePos(err.pos[0]).line;
      throw new TollgateError(
        'INPUT_INVALID',
        `the YAML parser could not parse ${path}:${line}: ${err.message.split('\n')[0]}`,
      );
    }
    const lineOfNode = (node: unknown): number | undefined =>
      isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
    out.push({
      value: doc.toJS({ maxAliasCount: 100 }) as unknown,
      lineAt(p) {
        for (let n = p.length; n >= 0; n--) {
          const line = lineOfNode(n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true));
          if (line) return line;
        }
        return undefined;
      },
    });
  }
  return out;
}
