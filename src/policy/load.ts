import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { TollgateError } from '../core/errors.js';
import { readInput } from '../core/fs.js';
import { yamlToJsUntrusted } from '../core/untrusted.js';
import { validatePolicy } from './validator.generated.js';
import { explainSchemaError } from './schema-errors.js';
import { errorsWithDuplicateKeys } from './unique-keys.js';
import { lineOf } from './yaml-locate.js';
import { buildPolicy, type RawPolicy } from './build.js';
import type { Policy } from './types.js';

const MAX_POLICY_BYTES = 1 << 20;

/**
 * The policy schema (src/policy/schema.ts), compiled at build time into standalone code
 * (src/policy/standalone.ts): no schema compilation when a policy is loaded.
 */
const validator = validatePolicy as { (data: unknown): boolean; errors?: ErrorObject[] | null };
function validate(value: unknown): ErrorObject[] {
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** Keeps one message per place: a failed `oneOf` hides the branch errors it is made of. */
function prune(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(
    errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (oneOfPaths.has(e.instancePath) && e.keyword !== 'oneOf') return false;
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Parses and checks a policy from text; `source` names the file in every message. */
export async function parsePolicy(
  text: string,
  source: string,
  baseDir = dirname(resolve(source)),
): Promise<Policy> {
  const counter = new LineCounter();
  // Duplicate keys are found apart from the parser, in linear time (./unique-keys.ts).
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const problems: string[] = [];
  for (const err of errorsWithDuplicateKeys(doc)) {
    // Without prettyErrors the parser sets no linePos: the line comes from the error's offset.
    const line = counter.linePos(err.pos[0]).line;
    problems.push(`${source}:${line}: ${err.message.split('\n')[0]}`);
  }
  if (problems.length === 0) {
    const value: unknown = yamlToJsUntrusted(doc, 'policy file', source);
    for (const e of prune(validate(value))) {
      const { path, key, text: msg } = explainSchemaError(e);
      problems.push(`${source}:${lineOf(doc, counter, path, key)}: ${msg}`);
    }
    if (problems.length === 0) {
      const at = (path: (string | number)[], key?: string) => lineOf(doc, counter, path, key);
      const result = await buildPolicy(value as RawPolicy, {
        source,
        baseDir,
        lineAt: at,
      });
      if ('problems' in result) problems.push(...result.problems);
      else return result.policy;
    }
  }
  throw new TollgateError('POLICY_INVALID', `invalid policy:\n  ${problems.join('\n  ')}`, {
    hint: 'see docs/policy.md for the policy format, with a complete example',
  });
}

/** `displayPath` is how messages name the file (relative to the user's folder, usually). */
export async function loadPolicy(path: string, displayPath = path): Promise<Policy> {
  const text = (await readInput(path, 'policy file', MAX_POLICY_BYTES)).toString('utf8');
  return parsePolicy(text, displayPath, dirname(resolve(path)));
}
