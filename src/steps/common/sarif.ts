import { createHash } from 'node:crypto';
import type { Finding } from '../../attest/predicates/builders.js';
import { SEVERITIES } from '../../attest/predicates/types.js';
import { TollgateError } from '../../core/errors.js';
import {
  levelFromSeverity,
  scoreFromSeverity,
  severityFromLevel,
  severityFromScore,
} from './severity.js';

/**
 * The one SARIF 2.1.0 reader and writer of the steps. Writers produce what GitHub code
 * scanning accepts (rules with help and security-severity, partial fingerprints); the reader
 * accepts what real tools write and turns anything malformed into an error that names the
 * tool and the file, never a crash.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * Partial fingerprints written on every result that has a fingerprint (fingerprint.ts): the
 * project's own key, and code scanning's `primaryLocationLineHash`, which it combines with
 * rule and file to match alerts across uploads. Tollgate's value is in that key's own form
 * (`<hash>:<occurrence>`); it hashes the context rather than a fixed number of characters,
 * so it differs from the value the CodeQL action would compute (the action then warns and
 * keeps ours, as it does for any tool's own value).
 */
export const FINGERPRINT_KEY = 'tollgate/v2';
export const LINE_HASH_KEY = 'primaryLocationLineHash';

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: string;
  help?: string;
  helpUri?: string;
}

export interface SarifTool {
  name: string;
  version?: string;
  informationUri?: string;
  rules?: SarifRule[];
}

export function writeSarif(tool: SarifTool, findings: Finding[]): Record<string, unknown> {
  const rules = new Map<string, SarifRule>((tool.rules ?? []).map((r) => [r.id, r]));
  for (const f of findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, { id: f.ruleId });
  const worst = new Map<string, Finding['severity']>();
  for (const f of findings) {
    const w = worst.get(f.ruleId);
    if (!w || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(w))
      worst.set(f.ruleId, f.severity);
  }
  const ruleList = [...rules.values()];
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            ...(tool.version ? { version: tool.version } : {}),
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: ruleList.map((r) => ({
              id: r.id,
              ...(r.name ? { name: r.name } : {}),
              ...(r.shortDescription ? { shortDescription: { text: r.shortDescription } } : {}),
              ...(r.help ? { help: { text: r.help } } : {}),
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              properties: { 'security-severity': scoreFromSeverity(worst.get(r.id) ?? 'medium') },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleList.findIndex((r) => r.id === f.ruleId),
          level: levelFromSeverity(f.severity),
          message: { text: f.message || f.ruleId }, // SARIF requires a non-empty text
          ...(f.location
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: uriOf(f.location.path) },
                      ...(isLine(f.location.line)
                        ? { region: { startLine: f.location.line } }
                        : {}),
                    },
                  },
                ],
              }
            : {}),
          ...(f.fingerprint
            ? {
                partialFingerprints: {
                  [FINGERPRINT_KEY]: f.fingerprint,
                  [LINE_HASH_KEY]: f.fingerprint,
                },
              }
            : {}),
          properties: { severity: f.severity },
        })),
      },
    ],
  };
}

/**
 * SARIF wants URI references: each path segment is percent-encoded (spaces, `#`, `%`). A
 * location that already is an absolute URL (what the scans of a running service report:
 * `https://host/path`, `tcp://host:port`) is kept as it is, since encoding its `:` and `?`
 * would turn it into a relative file path.
 */
function uriOf(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    try {
      return new URL(path).href;
    } catch {
      // not a parsable URL after all: encoded like a path below
    }
  }
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The reverse, tolerant of tools that write raw paths with a literal `%`. */
function pathOf(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** SARIF lines are 1-based integers; anything else is left out rather than written wrong. */
const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;

/**
 * A result's fingerprint: Tollgate's own key first; then `primaryLocationLineHash` (CodeQL's
 * and code scanning's), which only places the result within its file, so it is combined with
 * rule and file as code scanning does, lest equal lines of two files become one finding; then
 * the first other string a tool wrote (`partialFingerprints`, else `fingerprints`).
 */
function fingerprintOf(r: Json, ruleId: string, path: string): string | undefined {
  const prints = obj(r.partialFingerprints) ?? obj(r.fingerprints);
  if (!prints) return undefined;
  const said = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  const own = prints[FINGERPRINT_KEY];
  if (said(own)) return own;
  const lineHash = prints[LINE_HASH_KEY];
  if (said(lineHash)) {
    const m = /^(.*):(\d+)$/.exec(lineHash);
    const hash = createHash('sha256')
      .update(`${ruleId}\u0000${path}\u0000${LINE_HASH_KEY}:${m ? m[1] : lineHash}`)
      .digest('hex')
      .slice(0, 32);
    return `${hash}:${m ? m[2] : 1}`;
  }
  return Object.values(prints).find(said);
}

/** Reads every run of a SARIF log into findings. `source` names the tool and file in errors. */
export function readSarif(
  log: unknown,
  source: { tool: string; file: string },
): { tools: SarifTool[]; findings: Finding[] } {
  const bad = (why: string) =>
    new TollgateError(
      'INPUT_INVALID',
      `${source.tool} wrote ${source.file}, which is not valid SARIF 2.1.0: ${why}`,
      {
        hint: `check the ${source.tool} version and its output options`,
      },
    );
  const root = obj(log);
  if (!root) throw bad('not a JSON object');
  if (root.version !== '2.1.0')
    throw bad(`version is ${JSON.stringify(root.version)}, expected "2.1.0"`);
  if (!Array.isArray(root.runs)) throw bad('no "runs" array');
  const tools: SarifTool[] = [];
  const findings: Finding[] = [];
  root.runs.forEach((runValue, i) => {
    const run = obj(runValue);
    const driver = obj(obj(run?.tool)?.driver);
    if (!run || !driver || typeof driver.name !== 'string')
      throw bad(`runs[${i}].tool.driver.name is missing`);
    const rules = Array.isArray(driver.rules) ? (driver.rules as Json[]) : [];
    tools.push({
      name: driver.name,
      ...(typeof driver.version === 'string' ? { version: driver.version } : {}),
    });
    const results = run.results === undefined ? [] : run.results;
    if (!Array.isArray(results)) throw bad(`runs[${i}].results is not an array`);
    results.forEach((resultValue, j) => {
      const r = obj(resultValue);
      if (!r) throw bad(`runs[${i}].results[${j}] is not an object`);
      if (typeof r.ruleIndex === 'number' && r.ruleId === undefined && !rules[r.ruleIndex])
        throw bad(`runs[${i}].results[${j}].ruleIndex ${r.ruleIndex} points at no rule`);
      const rule =
        typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : rules.find((x) => x.id === r.ruleId);
      if (r.locations !== undefined && !Array.isArray(r.locations))
        throw bad(`runs[${i}].results[${j}].locations is not an array`);
      const ruleId =
        typeof r.ruleId === 'string'
          ? r.ruleId
          : typeof rule?.id === 'string'
            ? rule.id
            : undefined;
      if (!ruleId) throw bad(`runs[${i}].results[${j}] names no rule`);
      const score = Number(
        obj(rule?.properties)?.['security-severity'] ?? obj(r.properties)?.['security-severity'],
      );
      const level =
        typeof r.level === 'string'
          ? r.level
          : (obj(obj(rule?.defaultConfiguration))?.level as string | undefined);
      const phys = obj(obj((r.locations as unknown[] | undefined)?.[0])?.physicalLocation);
      const uri = obj(phys?.artifactLocation)?.uri;
      const line = obj(phys?.region)?.startLine;
      const fp = fingerprintOf(r, ruleId, typeof uri === 'string' ? pathOf(uri) : '');
      findings.push({
        ruleId,
        severity: Number.isFinite(score) ? severityFromScore(score) : severityFromLevel(level),
        message: String(obj(r.message)?.text ?? ''),
        ...(typeof uri === 'string'
          ? { location: { path: pathOf(uri), ...(isLine(line) ? { line } : {}) } }
          : {}),
        ...(typeof fp === 'string' ? { fingerprint: fp } : {}),
      });
    });
  });
  return { tools, findings };
}
