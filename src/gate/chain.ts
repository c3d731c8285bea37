import { globMatch } from '../core/glob.js';
import type { Statement } from '../attest/statement.js';
import { stepMetaOf } from '../attest/predicates/step-meta.js';
import type { ChainRule } from '../policy/types.js';

interface Artefact {
  name: string;
  sha256: string;
}

/**
 * A material as the consumer declared it. `name` is the normalised name, undefined when the
 * declared one cannot be matched safely; `declared` is what the statement said (for
 * messages); `sha256` is absent when the material carries no SHA-256 digest.
 */
export interface Material {
  name: string | undefined;
  declared: string | undefined;
  sha256?: string;
}

/**
 * One spelling per artefact, so that `./dist/app.js` cannot slip past a rule on `dist/**`:
 * POSIX separators, `.` segments and doubled slashes dropped. A name that is absolute, has a
 * `..` segment or a backslash means something only relative to a folder the gate cannot see,
 * so it gives undefined (cannot be matched). URIs (`pkg:`, `git+https:`) keep their form.
 */
export function normaliseArtefactName(raw: string): string | undefined {
  if (raw.includes('\\') || raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) return undefined;
  const segments = raw.split('/');
  if (segments.includes('..')) return undefined;
  if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(raw)) return raw;
  const kept = segments.filter((s) => s !== '.' && s !== '');
  return kept.length ? kept.join('/') : undefined;
}

/** What a step produced: its subjects, except the commit it is about. */
export function productsOf(statements: Statement[]): Artefact[] {
  return statements.flatMap((s) =>
    s.subject
      .filter((x) => x.digest.sha256 && !x.digest.gitCommit)
      .flatMap((x) => {
        const name = normaliseArtefactName(x.name);
        return name === undefined ? [] : [{ name, sha256: x.digest.sha256! }];
      }),
  );
}

/**
 * What a step consumed: SLSA resolvedDependencies plus Tollgate's own `materials`, every one
 * of them, including those without a name or a SHA-256 digest: dropping those here would let
 * them pass a chain rule unchecked.
 */
export function materialsOf(statements: Statement[]): Material[] {
  const out: Material[] = [];
  for (const s of statements) {
    const def = (s.predicate as { buildDefinition?: { resolvedDependencies?: unknown } })
      .buildDefinition;
    const deps = Array.isArray(def?.resolvedDependencies) ? def.resolvedDependencies : [];
    const own = stepMetaOf(s.predicateType, s.predicate)?.materials;
    for (const m of [...deps, ...(Array.isArray(own) ? own : [])] as unknown[]) {
      const {
        name: n,
        uri,
        digest,
      } = (m ?? {}) as {
        name?: unknown;
        uri?: unknown;
        digest?: unknown;
      };
      const declared =
        typeof n === 'string' && n !== ''
          ? n
          : typeof uri === 'string' && uri !== ''
            ? uri
            : undefined;
      const sha = (digest as { sha256?: unknown } | null | undefined)?.sha256;
      out.push({
        name: declared === undefined ? undefined : normaliseArtefactName(declared),
        declared,
        ...(typeof sha === 'string' && sha !== '' ? { sha256: sha } : {}),
      });
    }
  }
  return out;
}

/**
 * in-toto layout style MATCH rule: every material of `rule.step` whose name matches
 * `rule.match` must be a product of `rule.materialsFrom` with the same sha256, and at least
 * one must match, so that an empty chain cannot pass for a proven one. A material the rule
 * cannot place (no name, or a name that cannot be matched safely) breaks the chain: it might
 * be one the rule is about.
 */
export function checkChain(
  rule: ChainRule,
  consumer: Statement[],
  producer: Statement[],
): string | undefined {
  const all = materialsOf(consumer);
  for (const m of all) {
    if (m.declared === undefined)
      return `a material of ${rule.step} has neither name nor uri, so it cannot be checked against ${rule.materialsFrom}`;
    if (m.name === undefined)
      return `material ${JSON.stringify(m.declared)} of ${rule.step} is absolute, has a ".." segment or a backslash, so it cannot be matched against "${rule.match}" safely`;
  }
  const materials = all.filter((m) => globMatch(rule.match, m.name!));
  if (materials.length === 0) {
    return `no material of ${rule.step} matches "${rule.match}", so nothing proves it came from ${rule.materialsFrom}`;
  }
  const products = productsOf(producer);
  for (const m of materials) {
    if (m.sha256 === undefined)
      return `material ${m.name} of ${rule.step} has no sha256 digest, so nothing proves it is what ${rule.materialsFrom} produced`;
    const same = products.filter((p) => p.name === m.name);
    if (same.length === 0)
      return `material ${m.name} of ${rule.step} is not a product of ${rule.materialsFrom}`;
    const other = same.find((p) => p.sha256 !== m.sha256);
    if (other) {
      return `material ${m.name} of ${rule.step} has sha256 ${m.sha256.slice(0, 12)}, but ${rule.materialsFrom} produced ${other.sha256.slice(0, 12)}`;
    }
  }
  return undefined;
}
