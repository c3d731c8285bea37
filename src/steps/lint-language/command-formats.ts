import { XMLParser } from 'fast-xml-parser';
import { isAbsolute, relative, sep } from 'node:path';
import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { readSarif } from '../common/sarif.js';
import { severityFromLevel } from '../common/severity.js';
import { eslintFindings } from './eslint.js';

/**
 * What the `command` input may print on standard output (documented in
 * docs/steps/lint-language.md), told apart by its first character and shape:
 * - SARIF 2.1.0 (a JSON object with `"version": "2.1.0"` and `runs`);
 * - ESLint's JSON format (an array of `{ filePath, messages }`);
 * - a plain JSON array of `{ ruleId | rule | code, severity | level, message, path | file, line }`;
 * - Checkstyle XML (`<checkstyle><file name><error line severity message source/></file>`),
 *   which pylint, golangci-lint, ktlint, rubocop and many others can write.
 * Levels and severities go through the one mapping of severity.ts (error → high, ...).
 */
export type CommandFormat = 'sarif' | 'eslint-json' | 'json' | 'checkstyle';

const SEVERITY_WORDS = new Set(['critical', 'high', 'medium', 'low', 'info']);

function repoPath(repoDir: string, p: string): string {
  const path = p.startsWith('file://') ? new URL(p).pathname : p;
  return (isAbsolute(path) ? relative(repoDir, path) : path).split(sep).join('/');
}

function severityOf(value: unknown): Finding['severity'] {
  const word = String(value ?? '').toLowerCase();
  if (SEVERITY_WORDS.has(word)) return word as Finding['severity'];
  if (word === 'info' || word === 'style' || word === 'convention') return 'low';
  return severityFromLevel(word === 'warn' ? 'warning' : word);
}

function checkstyle(text: string, repoDir: string, bad: (why: string) => Error): Finding[] {
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'file' || name === 'error',
    }).parse(text, true) as Record<string, unknown>;
  } catch (e) {
    throw bad(`not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  const root = doc.checkstyle as { file?: Record<string, unknown>[] } | undefined;
  if (!root || typeof root !== 'object') throw bad('no <checkstyle> root element');
  const findings: Finding[] = [];
  for (const file of root.file ?? []) {
    if (typeof file.name !== 'string') throw bad('a <file> without a name');
    for (const e of (file.error as Record<string, string>[] | undefined) ?? []) {
      const line = Number(e.line);
      findings.push({
        ruleId: e.source || 'checkstyle',
        severity: severityOf(e.severity),
        message: e.message ?? '',
        location: {
          path: repoPath(repoDir, file.name),
          ...(Number.isInteger(line) && line > 0 ? { line } : {}),
        },
      });
    }
  }
  return findings;
}

function plainJson(items: unknown[], repoDir: string, bad: (why: string) => Error): Finding[] {
  return items.map((raw, i) => {
    const it = (raw ?? {}) as Record<string, unknown>;
    const ruleId = it.ruleId ?? it.rule ?? it.code ?? it.check;
    const path = it.path ?? it.file ?? it.filename;
    if (ruleId === undefined || ruleId === null) throw bad(`entry ${i} names no rule`);
    return {
      ruleId: String(ruleId),
      severity: severityOf(it.severity ?? it.level),
      message: String(it.message ?? ''),
      ...(typeof path === 'string'
        ? {
            location: {
              path: repoPath(repoDir, path),
              ...(typeof it.line === 'number' && it.line > 0 ? { line: it.line } : {}),
            },
          }
        : {}),
    };
  });
}

export function parseCommandOutput(
  text: string,
  repoDir: string,
  source: { tool: string; file: string },
): { format: CommandFormat; findings: Finding[] } {
  const bad = (why: string) =>
    new TollgateError('INPUT_INVALID', `${source.tool} wrote ${source.file}: ${why}`, {
      hint: 'print SARIF 2.1.0, ESLint JSON, a JSON array of findings or Checkstyle XML',
    });
  const trimmed = text.trim();
  if (trimmed === '') return { format: 'json', findings: [] };
  if (trimmed.startsWith('<'))
    return { format: 'checkstyle', findings: checkstyle(trimmed, repoDir, bad) };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw bad('neither JSON nor XML');
  }
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const findings = readSarif(json, source).findings;
    for (const f of findings) if (f.location) f.location.path = repoPath(repoDir, f.location.path);
    return { format: 'sarif', findings };
  }
  if (!Array.isArray(json)) throw bad('JSON that is neither a SARIF log nor an array');
  const eslintLike =
    json.length > 0 && json.every((x) => x && typeof x === 'object' && 'messages' in x);
  if (eslintLike)
    return { format: 'eslint-json', findings: eslintFindings(json, repoDir, source.file) };
  return { format: 'json', findings: plainJson(json, repoDir, bad) };
}
