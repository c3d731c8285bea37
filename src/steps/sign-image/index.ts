import { makeProvenance } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { writeHandoff } from '../common/handoff.js';
import type { StepImplementation } from '../types.js';
import { checkedBuiltImage, imageSubject } from './image.js';

/** What sign-image leaves for publish-image and for people: the identity that was signed. */
export const SIGNED_IMAGE_FILE = 'signed-image.json';

/**
 * The image's signed identity: an in-toto statement whose subject is the image (name and
 * manifest digest) with a SLSA provenance predicate, signed by the executor like every step.
 * The signed bundle is the image's signature; publish-image attaches it to the image in the
 * registry as an OCI referrer, since it only exists after this step has returned.
 */
export const signImage: StepImplementation = {
  id: 'sign-image',
  async run(ctx) {
    const startedOn = new Date();
    const image = await checkedBuiltImage(ctx);
    const name = ctx.inputs.image || image.name;
    const subject = imageSubject(name, image.digest);
    await writeHandoff(ctx.outDir, SIGNED_IMAGE_FILE, {
      name,
      digest: image.digest,
      mediaType: image.manifest.mediaType,
      size: image.manifest.bytes.length,
    });
    ctx.log(`signing ${name}@${image.digest}`);
    return {
      status: 'passed',
      attestations: [
        {
          predicateType: PREDICATE.slsaProvenance,
          predicate: makeProvenance({
            builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
            externalParameters: { repository: ctx.repository, image: name, digest: image.digest },
            materials: [subject],
            startedOn,
            finishedOn: new Date(),
          }),
        },
      ],
      products: [subject],
      materials: [subject],
      reports: [SIGNED_IMAGE_FILE],
      summary: `Signed image identity \`${name}@${image.digest}\`.`,
    };
  },
};
