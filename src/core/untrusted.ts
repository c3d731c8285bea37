import { parseDocument, type Document, type DocumentOptions, type ParseOptions } from 'yaml';
import { TollgateError } from './errors.js';
import { checkDepth, DEFAULT_MAX_DEPTH, limitError, type ParseLimits } from './untrusted-read.js';

/**
 * YAML from untrusted text, with the limits of ./untrusted-read.ts. The readers live there,
 * apart from the YAML parser, so that code which only reads files (every atomic write, the
 * gate's bundles) does not load the parser; this module re-exports them for everyone else.
 */
export * from './untrusted-read.js';

export const DEFAULT_MAX_ALIASES = 100;

export interface YamlLimits extends ParseLimits {
  /** Aliases (`*name`) may expand to at most this many nodes (the yaml package's measure). */
  maxAliasCount?: number;
}

/**
 * A YAML document from untrusted text: a parser that overflows its stack on deep nesting
 * becomes an error naming the file. Parse errors stay in `doc.errors` for the caller to
 * report with their line.
 */
export function parseYamlDocumentUntrusted(
  text: string,
  what: string,
  file: string,
  options: ParseOptions & DocumentOptions = {},
): Document.Parsed {
  try {
    return parseDocument(text, options);
  } catch (e) {
    if (e instanceof RangeError)
      throw limitError(what, file, 'nests too deeply to be parsed', 'a bounded nesting depth');
    throw new TollgateError(
      'INPUT_INVALID',
      `${what} ${file} is not valid YAML: ${(e as Error).message}`,
    );
  }
}

/** The plain value of a parsed YAML document, with aliases and nesting bounded. */
export function yamlToJsUntrusted(
  doc: Document.Parsed,
  what: string,
  file: string,
  limits: YamlLimits = {},
): unknown {
  const maxAliasCount = limits.maxAliasCount ?? DEFAULT_MAX_ALIASES;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      throw limitError(
        what,
        file,
        `expands its aliases (*name) beyond the limit of ${maxAliasCount} (a YAML alias bomb?)`,
        `${maxAliasCount} alias expansions`,
      );
    if (e instanceof RangeError)
      throw limitError(what, file, 'nests too deeply to be read', 'a bounded nesting depth');
    throw new TollgateError(
      'INPUT_INVALID',
      `${what} ${file} cannot be read as YAML: ${(e as Error).message}`,
    );
  }
  checkDepth(value, limits.maxDepth ?? DEFAULT_MAX_DEPTH, what, file);
  return value;
}

/** YAML text to a plain value, errors named by file and line. */
export function parseYamlUntrusted(
  text: string,
  what: string,
  file: string,
  limits: YamlLimits = {},
): unknown {
  const doc = parseYamlDocumentUntrusted(text, what, file, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new TollgateError(
      'INPUT_INVALID',
      `${what} ${file}${line ? `:${line}` : ''} is not valid YAML: ${first.message.split('\n')[0]}`,
    );
  }
  return yamlToJsUntrusted(doc, what, file, limits);
}
