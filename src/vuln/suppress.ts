import { parsePurl, purlBase } from './purl.js';
import type { Component, VexStatement, VulnException, VulnFinding } from './types.js';

/**
 * Marks findings that a VEX statement says do not affect the component (`not_affected`, the
 * newest applicable statement wins) or that a live exception waives. An exception that has
 * expired suppresses nothing; the finding gets a note instead.
 */
export function applySuppressions(
  findings: VulnFinding[],
  vex: VexStatement[],
  exceptions: VulnException[],
  now: Date,
): void {
  const today = now.toISOString().slice(0, 10);
  for (const f of findings) {
    const ids = new Set([f.id, ...f.aliases]);
    const statement = newest(
      vex.filter(
        (s) =>
          (ids.has(s.vulnerability) || s.aliases.some((a) => ids.has(a))) &&
          appliesTo(s.products, f.component),
      ),
    );
    if (statement?.status === 'not_affected') {
      const why = [statement.justification, statement.statement].filter(Boolean).join(': ');
      f.suppressed = {
        by: 'vex',
        reason: `${statement.source}: not_affected${why ? ` (${why})` : ''}`,
      };
      continue;
    }
    const covering = exceptions.filter(
      (e) => ids.has(e.id) && packageMatches(e.package, f.component),
    );
    const live = covering.find((e) => e.expires >= today);
    if (live) f.suppressed = { by: 'exception', reason: live.reason, until: live.expires };
    else if (covering.length) {
      const last = covering
        .map((e) => e.expires)
        .sort()
        .at(-1);
      f.notes = [...(f.notes ?? []), `an exception for ${f.id} expired on ${last}; not applied`];
    }
  }
}

/** The latest statement by timestamp; without timestamps, the later one in the documents. */
function newest(statements: VexStatement[]): VexStatement | undefined {
  let best: VexStatement | undefined;
  for (const s of statements)
    if (!best || !best.timestamp || !s.timestamp || s.timestamp >= best.timestamp) best = s;
  return best;
}

const ARTEFACT_TYPES = new Set(['oci', 'docker']);

/**
 * A statement applies to a component when it names no products, names the component (its
 * bom-ref, or its purl — a purl without version names every version), or names only the
 * scanned artefact itself (pkg:oci / pkg:docker), i.e. "this image is not affected".
 */
function appliesTo(products: string[], c: Component): boolean {
  if (products.length === 0) return true;
  let onlyArtefacts = true;
  for (const p of products) {
    if (c.bomRef !== undefined && p === c.bomRef) return true;
    if (!p.startsWith('pkg:')) {
      onlyArtefacts = false;
      continue;
    }
    let parsed;
    try {
      parsed = parsePurl(p);
    } catch {
      onlyArtefacts = false;
      continue;
    }
    if (ARTEFACT_TYPES.has(parsed.type)) continue;
    onlyArtefacts = false;
    if (purlBase(p) === purlBase(c.purl) && (!parsed.version || parsed.version === c.version))
      return true;
  }
  return onlyArtefacts;
}

function packageMatches(pkg: string | undefined, c: Component): boolean {
  if (!pkg) return true;
  if (!pkg.startsWith('pkg:')) return pkg === c.name;
  const v = (() => {
    try {
      return parsePurl(pkg).version;
    } catch {
      return undefined;
    }
  })();
  return purlBase(pkg) === purlBase(c.purl) && (!v || v === c.version);
}
