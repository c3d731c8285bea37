import type { ErrorObject } from 'ajv';
import { NOT_BLANK } from './schema.js';

/** Turns an ajv error into "what was wrong and what was expected", in the user's words. */
export function explainSchemaError(e: ErrorObject): {
  path: (string | number)[];
  key?: string;
  text: string;
} {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = path.length ? path.join('.') : 'the top level';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
      const hint = allowed.length ? `; expected one of: ${allowed.join(', ')}` : '';
      return { path, key, text: `unknown key "${key}" in ${where}${hint}` };
    }
    case 'required':
      return { path, text: `${where} is missing the required key "${String(p.missingProperty)}"` };
    case 'enum':
      return {
        path,
        text: `${where} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'const':
      return { path, text: `${where} must be ${JSON.stringify(p.allowedValue)}` };
    case 'type':
      return { path, text: `${where} must be ${article(String(p.type))}` };
    case 'pattern':
      if (p.pattern === NOT_BLANK)
        return { path, text: `${where} must not be empty or only white space` };
      return {
        path,
        text: `${where} has an unexpected format (expected ${describePattern(String(p.pattern))})`,
      };
    case 'propertyNames':
      return {
        path,
        key: String(p.propertyName),
        text: `"${String(p.propertyName)}" is not allowed as a key in ${where}`,
      };
    case 'maxProperties':
      return { path, text: `${where} must name exactly one kind of signer: github, spiffe or key` };
    case 'minProperties':
      return { path, text: `${where} must not be empty` };
    case 'oneOf':
      return { path, text: `${where} must be a string or a list of strings` };
    default:
      return { path, text: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describePattern(pattern: string): string {
  if (pattern.includes('a-z][a-z0-9-]')) return 'a step id such as "unit-tests"';
  if (pattern.includes('\\d{4}')) return 'a date YYYY-MM-DD';
  if (pattern.includes('[^/\\s]+/')) return '"owner/repo"';
  return `the pattern ${pattern}`;
}
