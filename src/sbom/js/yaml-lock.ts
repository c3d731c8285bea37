import { isMap, isScalar, LineCounter, type Document } from 'yaml';
import { TollgateError } from '../../core/errors.js';
import { parseYamlDocumentUntrusted, yamlToJsUntrusted } from '../../core/untrusted.js';

/**
 * A YAML lockfile (yarn Berry's `yarn.lock`, `pnpm-lock.yaml`) read as untrusted text: syntax
 * errors and entries of the wrong shape are errors naming the file and the line.
 */
export interface YamlLock {
  value: Record<string, unknown>;
  /** The line of a key of the top-level map, or of a key below one (`[section, key]`). */
  lineOf(path: string[]): number | undefined;
  error(path: string[], why: string): TollgateError;
}

export function readYamlLock(text: string, file: string, kind: string): YamlLock {
  const counter = new LineCounter();
  const doc = parseYamlDocumentUntrusted(text, kind, file, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: false,
  });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? counter.linePos(first.pos[0]).line;
    throw new TollgateError(
      'INPUT_INVALID',
      `${file}${line ? `:${line}` : ''}: ${kind} is not valid YAML: ${first.message.split('\n')[0]}`,
      {
        hint: `check ${file} for an edit by hand or a merge conflict, or let the package manager rewrite it`,
      },
    );
  }
  const value = yamlToJsUntrusted(doc, kind, file);
  const lineOf = (path: string[]) => keyLine(doc, counter, path);
  const error = (path: string[], why: string) => {
    const line = lineOf(path);
    return new TollgateError('INPUT_INVALID', `${file}${line ? `:${line}` : ''}: ${why}`, {
      hint: `let the package manager rewrite ${file}, or fix the entry by hand`,
    });
  };
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw error([], `${kind} is not a map of entries`);
  return { value: value as Record<string, unknown>, lineOf, error };
}

function keyLine(doc: Document, counter: LineCounter, path: string[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const k of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
    if (!pair) break;
    const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    if (at !== undefined) line = counter.linePos(at).line;
    node = pair.value;
  }
  if (line === undefined && doc.contents?.range) line = counter.linePos(doc.contents.range[0]).line;
  return line;
}

export const isObj = (v: unknown): v is Record<string, unknown> =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** `name: range` maps (dependencies blocks); anything else yields nothing. */
export function stringMap(v: unknown): [string, string][] {
  if (!isObj(v)) return [];
  return Object.entries(v).flatMap(([k, x]) =>
    typeof x === 'string' ? [[k, x] as [string, string]] : [],
  );
}
