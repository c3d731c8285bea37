import { randomUUID } from 'node:crypto';
import { copyFile, lstat, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { resolveInside } from '../../core/confine.js';
import { sha256File } from '../../core/digest.js';
import { describeError } from '../../core/errors.js';
import { findStep, type StepDef } from '../../pipeline/graph.js';
import { upstreamProducts } from './upstream.js';

/**
 * Products a later job builds on (compile's dist/ and OpenAPI spec) are files of the
 * producing job's working tree, which the next job, on a fresh checkout, does not have. They
 * travel in the producer's artifact under `<step>/products/<name>` and the consuming job's
 * runtime puts them back into its working tree, each checked against the digest the
 * producer attested for it. A file that does not match is refused, naming the file: a later
 * step must never build on bytes other than those attested.
 */
export const PRODUCTS_DIR = 'products';

/** A product that is a file of the working tree: a relative path outside the step's folder. */
function isWorkspaceFile(step: string, s: Subject): boolean {
  const name = s.name;
  return (
    Boolean(s.digest.sha256) &&
    !s.digest.gitCommit &&
    name !== '' &&
    !isAbsolute(name) &&
    !name.startsWith(`${step}/`) &&
    !name.split('/').includes('..')
  );
}

/** Copies a file through a temporary name, so that nobody sees half of it. */
async function copyAtomic(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const tmp = `${to}.${randomUUID()}.tmp`;
  try {
    await copyFile(from, tmp);
    await rename(tmp, to);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * The producer's side: copies the step's workspace products into `<outDir>/products/` and
 * returns the copies, which go into its artifact. Only steps the graph marks with
 * `workspaceProducts` carry them.
 */
export async function carryProducts(
  def: StepDef,
  products: readonly Subject[],
  repoDir: string,
  outDir: string,
): Promise<string[]> {
  if (!def.workspaceProducts) return [];
  const out: string[] = [];
  for (const p of products) {
    if (!isWorkspaceFile(def.id, p)) continue;
    const from = resolveInside(repoDir, p.name, `the ${def.id} product`);
    if (!(await lstat(from).catch(() => undefined))?.isFile()) continue;
    const to = join(outDir, PRODUCTS_DIR, p.name);
    await copyAtomic(from, to);
    out.push(to);
  }
  return out;
}

/**
 * The consumer's side: restores the workspace products of every consumed step whose
 * artifact was downloaded into `reportsDir`. Returns the files restored, or the reason the
 * step cannot run (a product missing from the artifact, or not the attested bytes).
 */
export async function restoreProducts(
  consumes: readonly string[],
  reportsDir: string,
  repoDir: string,
): Promise<{ restored: string[] } | { failed: string }> {
  const restored: string[] = [];
  for (const step of consumes) {
    if (!findStep(step)?.workspaceProducts) continue;
    // The claims of the producer's bundle (its signature is checked by the gate, and the
    // chain rules check the consumer's materials against it).
    const subjects = (await upstreamProducts(reportsDir, [step]))[step];
    if (!subjects) continue; // not downloaded: the step runs and says what it misses
    const carried = join(reportsDir, step, PRODUCTS_DIR);
    for (const s of subjects.filter((x) => isWorkspaceFile(step, x))) {
      // A build's products never come from version control's own folder (compile does not
      // look there); writing into it could plant hooks.
      if (s.name.split('/')[0] === '.git')
        return { failed: `${s.name}: ${step} names a product inside .git; it is not restored` };
      try {
        const from = resolveInside(carried, s.name, `the ${step} product`);
        const st = await lstat(from).catch(() => undefined);
        if (!st?.isFile()) {
          return {
            failed: `${s.name}: ${step} attested it, but its artifact tollgate-${step} does not hold it (${step}/${PRODUCTS_DIR}/${s.name})`,
          };
        }
        const got = await sha256File(from);
        if (got !== s.digest.sha256) {
          return {
            failed: `${s.name}: the copy in the artifact tollgate-${step} has sha256 ${got}, but ${step} attested ${s.digest.sha256}`,
          };
        }
        const to = resolveInside(repoDir, s.name, `the ${step} product`);
        await copyAtomic(from, to);
        restored.push(s.name);
      } catch (e) {
        return { failed: `${s.name}: cannot restore the ${step} product: ${describeError(e)}` };
      }
    }
  }
  return { restored };
}
