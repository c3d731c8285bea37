import { makeProvenance } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { formatImageRef } from '../../oci/refs.js';
import { copyImage } from '../../oci/registry/copy.js';
import { listReferrers } from '../../oci/registry/referrers.js';
import { publishedImage } from '../../promote/published.js';
import { STAGING_ENV, openStore, stagingLayout } from '../../promote/stores.js';
import { filesUnder, portableRef, writeHandoff } from '../common/handoff.js';
import { imageSubject } from '../sign-image/image.js';
import type { StepImplementation } from '../types.js';
import { artefactPaths, attachArtefacts } from './artefacts.js';

/** What publish-staging leaves for deploy-staging and promote-production. */
export const STAGING_FILE = 'staging.json';

export interface StagingRecord {
  /** The staged image by digest. */
  reference: string;
  /**
   * The staging repository (a registry repository or `oci:DIR`), without tag or digest; the
   * embedded layout relative to publish-staging's folder (see stagedRepository).
   */
  repository: string;
  /** The tag set in staging; promote-production re-reads it to see a swapped image. */
  tag: string;
  digest: string;
  /** The image's name without registry (for local names when it is deployed). */
  name: string;
  /** Where it came from (publish-image's reference). */
  source: string;
  referrers: number;
}

/**
 * publish-staging: copies the published image by digest, with every referrer (signatures,
 * SBOM, attestations), from where publish-image put it to the staging repository, and
 * attaches the other release files named by the artefacts input. Nothing is rebuilt: the
 * copy checks every manifest and blob against its digest.
 */
export const publishStaging: StepImplementation = {
  id: 'publish-staging',
  async run(ctx) {
    const startedOn = new Date();
    const source = await publishedImage(ctx);
    const staging = openStore(
      ctx.inputs.registry || process.env[STAGING_ENV] || '',
      source.name,
      stagingLayout(ctx.outDir),
      { insecure: ctx.inputs.insecure === 'true', signal: ctx.signal, cwd: ctx.repoDir },
    );
    const tag = ctx.inputs.tag || source.tag || 'staging';
    const copied = await copyImage(source.target, staging.target, source.digest, {
      tag,
      log: ctx.log,
    });
    const subject = { mediaType: copied.mediaType, digest: source.digest, size: copied.size };
    const extra = await attachArtefacts(
      staging.target,
      subject,
      artefactPaths(ctx.inputs.artefacts ?? '', ctx.repoDir),
    );
    const referrers = (await listReferrers(staging.target, source.digest)).length;
    // The embedded staging layout is named relative to this step's folder and travels in its
    // artifact: deploy-staging and promote-production read it on other machines.
    const recorded = portableRef(staging.ref, ctx.outDir);
    const record: StagingRecord = {
      reference: formatImageRef(recorded, { digest: source.digest }),
      repository: formatImageRef(recorded, {}),
      tag,
      digest: source.digest,
      name: source.name,
      source: source.recorded,
      referrers,
    };
    await writeHandoff(ctx.outDir, STAGING_FILE, record);
    const staged = imageSubject(record.repository, source.digest);
    return {
      status: 'passed',
      attestations: [
        {
          predicateType: PREDICATE.slsaProvenance,
          predicate: makeProvenance({
            builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
            externalParameters: { repository: ctx.repository, reference: record.reference, tag },
            materials: [imageSubject(source.name, source.digest)],
            startedOn,
            finishedOn: new Date(),
          }),
        },
      ],
      products: [staged],
      materials: [imageSubject(source.name, source.digest)],
      reports: [
        STAGING_FILE,
        ...(recorded !== staging.ref && staging.ref.kind === 'layout'
          ? await filesUnder(staging.ref.dir)
          : []),
      ],
      summary: `Published \`${record.reference}\` to staging with ${referrers} referrer(s)${extra.length ? ` (${extra.length} release file(s) attached)` : ''}.`,
      metrics: { blobsCopied: copied.blobsCopied, referrers, artefacts: extra.length },
    };
  },
};
