import { TollgateError } from '../core/errors.js';
import type { SbomComponent } from './types.js';

/**
 * The licence policy: SPDX ids that are denied, and optionally the only ids that are allowed.
 * A package's licence is an SPDX expression (`MIT OR Apache-2.0`, `(MIT AND BSD-3-Clause)`):
 * for an OR, one acceptable branch is enough (the user may choose it); for an AND, every
 * part must be acceptable. `WITH` exceptions are judged by the licence they modify.
 */

type Expr = { id: string } | { op: 'AND' | 'OR'; left: Expr; right: Expr };

export interface LicensePolicy {
  allowed: Set<string>;
  denied: Set<string>;
}

export interface LicenseViolation {
  component: SbomComponent;
  license: string;
  why: string;
}

/** Comma or whitespace separated SPDX ids, compared case-insensitively. */
export function parseLicenseList(value: string | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}

function tokens(text: string): string[] {
  return text.replace(/[()]/g, ' $& ').split(/\s+/).filter(Boolean);
}

/** Parses an SPDX expression; AND binds tighter than OR, as the SPDX specification says. */
export function parseSpdx(text: string): Expr {
  const t = tokens(text);
  let i = 0;
  const fail = (what: string): never => {
    throw new TollgateError('INPUT_INVALID', `licence "${text}": ${what}`);
  };
  const primary = (): Expr => {
    const tok = t[i++];
    if (tok === undefined) return fail('ends too early');
    if (tok === '(') {
      const e = orExpr();
      if (t[i++] !== ')') fail('a bracket is not closed');
      return e;
    }
    if (/^(AND|OR|WITH|\))$/i.test(tok)) fail(`unexpected "${tok}"`);
    // `GPL-2.0 WITH Classpath-exception-2.0`: the exception only widens the licence.
    if (t[i]?.toUpperCase() === 'WITH') i += 2;
    return { id: tok };
  };
  const andExpr = (): Expr => {
    let left = primary();
    while (t[i]?.toUpperCase() === 'AND') {
      i++;
      left = { op: 'AND', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (t[i]?.toUpperCase() === 'OR') {
      i++;
      left = { op: 'OR', left, right: andExpr() };
    }
    return left;
  };
  const e = orExpr();
  if (i < t.length) fail(`unexpected "${t[i]}"`);
  return e;
}

function idOk(id: string, p: LicensePolicy): boolean {
  const key = id.toLowerCase().replace(/\+$/, '');
  if (p.denied.has(key) || p.denied.has(id.toLowerCase())) return false;
  return p.allowed.size === 0 || p.allowed.has(key) || p.allowed.has(id.toLowerCase());
}

function acceptable(e: Expr, p: LicensePolicy): boolean {
  if ('id' in e) return idOk(e.id, p);
  return e.op === 'OR'
    ? acceptable(e.left, p) || acceptable(e.right, p)
    : acceptable(e.left, p) && acceptable(e.right, p);
}

function ids(e: Expr): string[] {
  return 'id' in e ? [e.id] : [...ids(e.left), ...ids(e.right)];
}

/** Why a licence fails the policy, naming the denied or unlisted ids; undefined when it passes. */
export function judgeLicense(license: string, p: LicensePolicy): string | undefined {
  let expr: Expr;
  try {
    expr = parseSpdx(license);
  } catch {
    // Not an SPDX expression (free text such as "SEE LICENSE IN ..."): judged as one id.
    expr = { id: license };
  }
  if (acceptable(expr, p)) return undefined;
  const all = ids(expr);
  const denied = all.filter((id) => p.denied.has(id.toLowerCase().replace(/\+$/, '')));
  if (denied.length) return `denied licence ${denied.join(', ')}`;
  return `licence ${all.join(', ')} is not in allowed-licenses`;
}

/**
 * Judges every component. A package without a declared licence passes a deny list but
 * fails an allow list: with an allow list, "unknown" is not something the user allowed.
 */
export function checkLicenses(components: SbomComponent[], p: LicensePolicy): LicenseViolation[] {
  const out: LicenseViolation[] = [];
  for (const c of components) {
    if (!c.license) {
      if (p.allowed.size) out.push({ component: c, license: 'none', why: 'no licence declared' });
      continue;
    }
    const why = judgeLicense(c.license, p);
    if (why) out.push({ component: c, license: c.license, why });
  }
  return out;
}
