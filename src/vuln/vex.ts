import { TollgateError } from '../core/errors.js';
import { readInput } from '../core/fs.js';
import type { VexStatement, VexStatus } from './types.js';

/**
 * Reads VEX statements from an OpenVEX document (v0.0.x and v0.2) or a CycloneDX document with
 * `vulnerabilities[].analysis` (CycloneDX VEX). Anything else is an input error naming the
 * file; statements with an unknown status are errors too, never silently dropped.
 */
type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const OPENVEX_STATUS: VexStatus[] = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const CDX_STATE: Record<string, VexStatus> = {
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  exploitable: 'affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  in_triage: 'under_investigation',
};

export async function readVex(path: string): Promise<VexStatement[]> {
  const text = (await readInput(path, 'VEX document', 64 * 1024 * 1024)).toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `VEX document ${path} is not JSON: ${(e as Error).message}`,
      {
        hint: 'give an OpenVEX (.openvex.json) or CycloneDX VEX (.cdx.json) file',
      },
    );
  }
  const root = obj(doc);
  const bad = (why: string) =>
    new TollgateError('INPUT_INVALID', `VEX document ${path}: ${why}`, {
      hint: 'see https://github.com/openvex/spec or the CycloneDX vulnerabilities schema',
    });
  if (root && Array.isArray(root.statements)) return openVex(root, path, bad);
  if (root && (root.bomFormat === 'CycloneDX' || Array.isArray(root.vulnerabilities)))
    return cycloneDxVex(root, path, bad);
  throw bad('neither OpenVEX (no "statements") nor CycloneDX (no "vulnerabilities")');
}

function openVex(root: Json, path: string, bad: (w: string) => Error): VexStatement[] {
  const docTime = str(root.timestamp);
  return arr(root.statements).map((raw, i) => {
    const s = obj(raw);
    if (!s) throw bad(`statements[${i}] is not an object`);
    const v = s.vulnerability;
    const vuln = obj(v);
    const name = str(v) ?? str(vuln?.name) ?? str(vuln?.['@id']);
    if (!name) throw bad(`statements[${i}] names no vulnerability`);
    const status = str(s.status) as VexStatus | undefined;
    if (!status || !OPENVEX_STATUS.includes(status))
      throw bad(
        `statements[${i}].status is ${JSON.stringify(s.status)}, expected one of ${OPENVEX_STATUS.join(', ')}`,
      );
    const products: string[] = [];
    for (const p of arr(s.products)) {
      const po = obj(p);
      const subs = arr(po?.subcomponents).flatMap(identifiers);
      // With subcomponents, the statement is about those packages inside the product.
      products.push(...(subs.length ? subs : identifiers(p)));
    }
    const justification = str(s.justification);
    const statement = str(s.impact_statement) ?? str(s.status_notes) ?? str(s.action_statement);
    const timestamp = str(s.last_updated) ?? str(s.timestamp) ?? docTime;
    return {
      vulnerability: name,
      aliases: arr(vuln?.aliases).filter((a): a is string => typeof a === 'string'),
      status,
      products,
      ...(justification ? { justification } : {}),
      ...(statement ? { statement } : {}),
      ...(timestamp ? { timestamp } : {}),
      source: path,
    };
  });
}

/** An OpenVEX product: a plain string (v0.0.x) or {@id, identifiers: {purl, ...}}. */
function identifiers(p: unknown): string[] {
  if (typeof p === 'string') return [p];
  const o = obj(p);
  if (!o) return [];
  const ids = obj(o.identifiers);
  return [str(o['@id']), str(ids?.purl)].filter((x): x is string => !!x);
}

function cycloneDxVex(root: Json, path: string, bad: (w: string) => Error): VexStatement[] {
  const out: VexStatement[] = [];
  arr(root.vulnerabilities).forEach((raw, i) => {
    const v = obj(raw);
    if (!v) throw bad(`vulnerabilities[${i}] is not an object`);
    const analysis = obj(v.analysis);
    if (!analysis) return; // a plain vulnerability listing, not a VEX statement
    const id = str(v.id);
    if (!id) throw bad(`vulnerabilities[${i}] has no id`);
    const state = str(analysis.state);
    const status = state ? CDX_STATE[state] : undefined;
    if (!status)
      throw bad(
        `vulnerabilities[${i}].analysis.state is ${JSON.stringify(analysis.state)}, expected one of ${Object.keys(CDX_STATE).join(', ')}`,
      );
    // bom-link refs (urn:cdx:serial/version#bom-ref) point into another BOM: keep the bom-ref.
    const products = arr(v.affects)
      .map((a) => str(obj(a)?.ref))
      .filter((r): r is string => !!r)
      .map((r) => (r.startsWith('urn:cdx:') && r.includes('#') ? r.slice(r.indexOf('#') + 1) : r));
    const justification = str(analysis.justification);
    const statement = str(analysis.detail);
    const timestamp = str(analysis.lastUpdated) ?? str(v.updated);
    out.push({
      vulnerability: id,
      aliases: arr(v.references)
        .map((r) => str(obj(r)?.id))
        .filter((r): r is string => !!r),
      status,
      products,
      ...(justification ? { justification } : {}),
      ...(statement ? { statement } : {}),
      ...(timestamp ? { timestamp } : {}),
      source: path,
    });
  });
  return out;
}
