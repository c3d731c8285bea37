import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { createAttestation } from '../attest/create.js';
import { makeVsa, VSA_TYPE } from '../attest/predicates/vsa.js';
import type { StatementSigner } from '../attest/signers/signer.js';
import { sha256Hex } from '../core/digest.js';
import { writeFileAtomic } from '../core/fs.js';
import { repositoryName } from '../core/git.js';
import { VERSION } from '../core/version.js';
import { collectBundles } from './collect.js';
import type { Verdict } from './types.js';

/** Signs the verdict as a SLSA verification summary about the commit, so later checks can rely on it. */
export async function writeVsa(
  verdict: Verdict,
  o: { policyPath: string; bundlesDir: string; out: string; signer: StatementSigner; cwd: string },
): Promise<string> {
  const repository = repositoryName(o.cwd);
  // Entries that were not read (symbolic links, FIFOs) have no content to digest.
  const inputs = (await collectBundles(o.bundlesDir, o.cwd))
    .filter((b) => b.problem === undefined)
    .map((b) => ({ uri: b.name, sha256: sha256Hex(b.bytes) }));
  const stages = [...new Set(verdict.steps.map((s) => s.stage))];
  const predicate = makeVsa({
    verifierVersion: VERSION,
    resourceUri: `git+${repository}@${verdict.commit}`,
    policy: {
      uri: relative(o.cwd, o.policyPath) || o.policyPath,
      sha256: sha256Hex(await readFile(o.policyPath)),
    },
    inputs,
    passed: verdict.verdict === 'pass',
    passedStages: stages.filter((st) =>
      verdict.steps
        .filter((s) => s.stage === st)
        .every((s) => s.status === 'passed' || s.status === 'not-applicable'),
    ),
    timeVerified: new Date(verdict.evaluatedAt),
  });
  const bundle = await createAttestation(
    {
      meta: { step: 'gate', status: verdict.verdict === 'pass' ? 'passed' : 'failed' },
      predicateType: VSA_TYPE,
      predicate,
      subjects: [],
      repository,
      commit: verdict.commit,
    },
    o.signer,
  );
  await writeFileAtomic(o.out, JSON.stringify(bundle, null, 2) + '\n');
  return o.out;
}
