import { join } from 'node:path';
import { makeProvenance } from '../../attest/predicates/builders.js';
import { PREDICATE } from '../../attest/predicates/types.js';
import { formatImageRef } from '../../oci/refs.js';
import { BUNDLE_ARTIFACT_TYPE } from '../../oci/registry/image-steps.js';
import { copyImage } from '../../oci/registry/copy.js';
import { LayoutTarget } from '../../oci/registry/layout-target.js';
import { openTarget } from '../../oci/registry/open.js';
import { attachArtifact } from '../../oci/registry/referrers.js';
import { filesUnder, portableRef, writeHandoff } from '../common/handoff.js';
import { checkedBuiltImage, imageSubject } from '../sign-image/image.js';
import type { StepImplementation } from '../types.js';
import { imageBundles } from './bundles.js';
import { destinationOf, tagOf } from './destination.js';

export const PUBLISH_FILE = 'publish.json';
/** The registry when the `registry` input is empty (how a local run is pointed at one). */
export const REGISTRY_ENV = 'TOLLGATE_REGISTRY';
/** The embedded default: the OCI layout inside the step's folder that stands in for a registry. */
export const LOCAL_REGISTRY_DIR = 'registry';

/**
 * Publishes the signed image by digest, with its attestations attached as OCI referrers: to
 * the configured registry, or without one into a local OCI layout in the step's folder. The
 * attestations are the signed bundles of container, sca, container-scan and sign-image that
 * name the image digest; an image without a sign-image bundle is not published.
 */
export const publishImage: StepImplementation = {
  id: 'publish-image',
  async run(ctx) {
    const startedOn = new Date();
    const image = await checkedBuiltImage(ctx);
    const bundles = await imageBundles(ctx, image.digest);
    if (!bundles.some((b) => b.step === 'sign-image')) {
      const reason = `no sign-image attestation names ${image.digest}: the image is not signed, so it is not published`;
      ctx.log(reason);
      return { status: 'failed', reason, attestations: [], products: [], reports: [] };
    }
    const name = ctx.inputs.image || image.name;
    // The environment can point a run at a registry without editing the inputs file.
    const registry = (ctx.inputs.registry || process.env[REGISTRY_ENV] || '').trim();
    const dest = registry
      ? destinationOf(registry, name)
      : ({ kind: 'layout', dir: join(ctx.outDir, LOCAL_REGISTRY_DIR) } as const);
    const target = openTarget(dest, {
      env: process.env,
      insecure: ctx.inputs.insecure === 'true',
      signal: ctx.signal,
    });
    const tag = ctx.inputs.tag || tagOf(image.ref);
    const copied = await copyImage(new LayoutTarget(image.layoutDir), target, image.digest, {
      ...(tag ? { tag } : {}),
      log: ctx.log,
    });
    const subject = { mediaType: copied.mediaType, digest: image.digest, size: copied.size };
    const attached = [];
    for (const b of bundles) {
      const d = await attachArtifact(target, {
        subject,
        artifactType: BUNDLE_ARTIFACT_TYPE,
        content: b.bytes,
        annotations: {
          'dev.sigstore.bundle.content': 'dsse-envelope',
          'dev.sigstore.bundle.predicateType': b.predicateType,
          'dev.tollgate.step': b.step,
        },
      });
      attached.push({ step: b.step, predicateType: b.predicateType, digest: d.digest });
      ctx.log(`attached ${b.file} as ${d.digest}`);
    }
    // The embedded layout is named relative to this step's folder, and travels in its
    // artifact: publish-staging reads it on another machine.
    const recorded = portableRef(dest, ctx.outDir);
    const reference = formatImageRef(recorded, { digest: image.digest });
    const published = dest.kind === 'registry' ? `${dest.registry}/${dest.repository}` : name;
    await writeHandoff(ctx.outDir, PUBLISH_FILE, {
      reference,
      ...(tag ? { tagged: formatImageRef(recorded, { tag }) } : {}),
      digest: image.digest,
      destination: dest.kind === 'registry' ? 'registry' : 'local-layout',
      referrers: attached,
    });
    const pushed = imageSubject(published, image.digest);
    return {
      status: 'passed',
      attestations: [
        {
          predicateType: PREDICATE.slsaProvenance,
          predicate: makeProvenance({
            builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
            externalParameters: { repository: ctx.repository, reference, ...(tag ? { tag } : {}) },
            materials: [imageSubject(image.name, image.digest)],
            startedOn,
            finishedOn: new Date(),
          }),
        },
      ],
      products: [pushed],
      materials: [imageSubject(image.name, image.digest)],
      reports: [PUBLISH_FILE, ...(dest.kind === 'layout' ? await filesUnder(dest.dir) : [])],
      summary: `Published \`${reference}\` with ${attached.length} attestation(s) attached.`,
      metrics: { blobsUploaded: copied.blobsCopied, attestationsAttached: attached.length },
    };
  },
};
