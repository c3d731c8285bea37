import { globMatch } from '../core/glob.js';
import type { Statement } from '../attest/statement.js';
import { stepMetaOf } from '../attest/predicates/step-meta.js';
import type { ChainRule } from '../policy/types.js';

interface Artefact {
  name: string;
  sha256: string;
}

/** What a step produced: its subjects, except the commit it is about. */
export function productsOf(statements: Statement[]): Artefact[] {
  return statements.flatMap((s) =>
    s.subject
      .filter((x) => x.digest.sha256 && !x.digest.gitCommit)
      .map((x) => ({ name: x.name, sha256: x.digest.sha256! })),
  );
}

/** What a step consumed: SLSA resolvedDependencies plus Tollgate's own `materials`. */
export function materialsOf(statements: Statement[]): Artefact[] {
  const out: Artefact[] = [];
  for (const s of statements) {
    const def = (s.predicate as { buildDefinition?: { resolvedDependencies?: unknown } })
      .buildDefinition;
    const deps = Array.isArray(def?.resolvedDependencies) ? def.resolvedDependencies : [];
    const own = stepMetaOf(s.predicateType, s.predicate)?.materials ?? [];
    for (const m of [...deps, ...own] as {
      name?: unknown;
      uri?: unknown;
      digest?: Record<string, unknown>;
    }[]) {
      const name =
        typeof m.name === 'string' ? m.name : typeof m.uri === 'string' ? m.uri : undefined;
      const sha = m.digest?.sha256;
      if (name && typeof sha === 'string') out.push({ name, sha256: sha });
    }
  }
  return out;
}

/**
 * in-toto layout style MATCH rule: every material of `rule.step` whose name matches
 * `rule.match` must be a product of `rule.materialsFrom` with the same digest, and at least
 * one must match, so that an empty chain cannot pass for a proven one.
 */
export function checkChain(
  rule: ChainRule,
  consumer: Statement[],
  producer: Statement[],
): string | undefined {
  const materials = materialsOf(consumer).filter((m) => globMatch(rule.match, m.name));
  if (materials.length === 0) {
    return `no material of ${rule.step} matches "${rule.match}", so nothing proves it came from ${rule.materialsFrom}`;
  }
  const products = productsOf(producer);
  for (const m of materials) {
    const same = products.find((p) => p.name === m.name);
    if (!same)
      return `material ${m.name} of ${rule.step} is not a product of ${rule.materialsFrom}`;
    if (same.sha256 !== m.sha256) {
      return `material ${m.name} of ${rule.step} has sha256 ${m.sha256.slice(0, 12)}, but ${rule.materialsFrom} produced ${same.sha256.slice(0, 12)}`;
    }
  }
  return undefined;
}
