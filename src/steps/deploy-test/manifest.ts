import { parseAllDocuments, stringify } from 'yaml';
import { TollgateError } from '../../core/errors.js';

/**
 * Renders the project's Kubernetes manifest for one deployment: the image of the service's
 * containers becomes the built image pinned by digest (`name@sha256:...`), so what runs is
 * exactly what was built and attested. A container is the service's when its image names
 * the built image's repository, or carries the all-zero digest placeholder.
 */

/** The placeholder the sample's manifest ships with; any all-zero digest counts. */
const ZERO_DIGEST = /@sha256:0{64}$/;

type Obj = Record<string, unknown>;
interface Container {
  name?: string;
  image?: string;
  ports?: { containerPort?: number; hostPort?: number; hostIP?: string; protocol?: string }[];
}

export interface RenderOptions {
  /** The built image's repository, e.g. ghcr.io/owner/app (matched with or without `localhost/`). */
  imageName: string;
  /** What to write as image, e.g. ghcr.io/owner/app@sha256:... */
  image: string;
  /** For `podman kube play` (4.x has no --publish): bind this container port on 127.0.0.1. */
  publish?: { containerPort: number; hostPort: number };
}

export interface Rendered {
  text: string;
  declaredPorts: number[];
  /** Names of the Deployments (kubectl rollout status / port-forward). */
  deployments: string[];
  replaced: number;
}

/** The repository part of an image reference (no tag, no digest; a registry port is kept). */
export function repositoryOf(image: string): string {
  const noDigest = image.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

const strip = (r: string) => r.replace(/^(docker\.io\/|localhost\/)/, '');

function podSpecOf(doc: Obj): Obj | undefined {
  const spec = doc.spec as Obj | undefined;
  if (!spec) return undefined;
  if (doc.kind === 'Pod') return spec;
  if (doc.kind === 'CronJob') {
    return podSpecOf({ kind: 'Job', spec: (spec.jobTemplate as Obj | undefined)?.spec });
  }
  return (spec.template as Obj | undefined)?.spec as Obj | undefined;
}

export function renderManifest(text: string, file: string, o: RenderOptions): Rendered {
  const docs = parseAllDocuments(text);
  const out: string[] = [];
  const declared = new Set<number>();
  const deployments: string[] = [];
  let replaced = 0;
  for (const d of docs) {
    if (d.errors.length) {
      throw new TollgateError('INPUT_INVALID', `${file}: not valid YAML: ${d.errors[0]!.message}`);
    }
    const doc = d.toJS() as Obj | null;
    if (!doc || typeof doc !== 'object') continue;
    const name = String((doc.metadata as Obj | undefined)?.name ?? '');
    // Only DNS-1123 names: the name goes into a kubectl command line.
    if (doc.kind === 'Deployment' && /^[a-z0-9][a-z0-9.-]*$/.test(name)) deployments.push(name);
    const pod = podSpecOf(doc);
    const containers = [
      ...((pod?.containers as Container[] | undefined) ?? []),
      ...((pod?.initContainers as Container[] | undefined) ?? []),
    ];
    for (const c of containers) {
      for (const p of c.ports ?? []) if (p.containerPort) declared.add(p.containerPort);
      const img = c.image ?? '';
      if (strip(repositoryOf(img)) !== strip(o.imageName) && !ZERO_DIGEST.test(img)) continue;
      c.image = o.image;
      replaced++;
      if (o.publish) {
        c.ports ??= [];
        let p = c.ports.find((x) => x.containerPort === o.publish!.containerPort);
        if (!p) c.ports.push((p = { containerPort: o.publish.containerPort }));
        p.hostPort = o.publish.hostPort;
        p.hostIP = '127.0.0.1';
      }
    }
    out.push(stringify(doc));
  }
  if (replaced === 0) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${file}: no container whose image is ${o.imageName} (or an @sha256:000... placeholder)`,
      { hint: `set the service container's image to ${o.imageName}@sha256:${'0'.repeat(64)}` },
    );
  }
  return {
    text: out.join('---\n'),
    declaredPorts: [...declared].sort((a, b) => a - b),
    deployments,
    replaced,
  };
}
