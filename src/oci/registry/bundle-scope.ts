import { stepMetaOf } from '../../attest/predicates/step-meta.js';
import type { Statement } from '../../attest/statement.js';
import { materialsOf, productsOf } from '../../gate/chain.js';

/**
 * Image steps whose results concern the commit's sources rather than the image (sca reads the
 * lockfiles), so their statements need not name the image digest: the gate binds them to the
 * image's commit. Every other image step's bundle must name the digest, as subject or material.
 */
export const COMMIT_SCOPED_STEPS: ReadonlySet<string> = new Set(['sca']);

/** What a bundle's (not yet verified) statement says about an image. */
export interface BundleScope {
  /** The step the statement claims (checked by the gate when it verifies the signature). */
  step?: string;
  predicateType: string;
  /** The statement names the digest as a subject or a material. */
  namesImage: boolean;
  commits: string[];
  /** The bundle may vouch for the image: it names it, or it is a commit-scoped step's. */
  usable: boolean;
}

/** Reads a bundle's DSSE payload without verifying it; unreadable bundles have an empty scope. */
export function bundleScope(bytes: Buffer, digest: string): BundleScope {
  const hex = digest.replace(/^sha256:/, '');
  let statement: Statement;
  try {
    const b = JSON.parse(bytes.toString('utf8')) as { dsseEnvelope?: { payload?: string } };
    statement = JSON.parse(
      Buffer.from(b.dsseEnvelope?.payload ?? '', 'base64').toString('utf8'),
    ) as Statement;
    if (!Array.isArray(statement.subject)) throw new Error('no subject');
  } catch {
    return { predicateType: '', namesImage: false, commits: [], usable: false };
  }
  const step = stepMetaOf(String(statement.predicateType), statement.predicate)?.step;
  const namesImage = [...productsOf([statement]), ...materialsOf([statement])].some(
    (a) => a.sha256 === hex,
  );
  const commits = statement.subject.flatMap((s) =>
    s.digest?.gitCommit ? [s.digest.gitCommit] : [],
  );
  return {
    ...(step ? { step } : {}),
    predicateType: String(statement.predicateType),
    namesImage,
    commits,
    usable: namesImage || (step !== undefined && COMMIT_SCOPED_STEPS.has(step)),
  };
}
