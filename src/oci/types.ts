/** The OCI image-spec v1.1 shapes Tollgate reads and writes (only the fields it uses). */

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  /** The empty config of artifacts that are not images (signatures, SBOMs, attestations). */
  empty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

/** `{}`: the content of every `application/vnd.oci.empty.v1+json` blob. */
export const EMPTY_CONFIG = {
  mediaType: MEDIA.empty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
} as const;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
  platform?: { architecture: string; os: string; variant?: string };
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  /** The manifest this one refers to (OCI referrers: signatures, SBOMs, attestations). */
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** The image configuration (image-spec `config.md`), the fields the scanners look at. */
export interface ImageConfig {
  created?: string;
  architecture: string;
  os: string;
  config?: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[];
    Cmd?: string[];
    WorkingDir?: string;
    ExposedPorts?: Record<string, object>;
    Labels?: Record<string, string>;
    StopSignal?: string;
    /** Docker's healthcheck; OCI has none, buildah keeps it in docker format only. */
    Healthcheck?: {
      Test?: string[];
      /** Durations in nanoseconds, as Docker writes them. */
      Interval?: number;
      Timeout?: number;
      StartPeriod?: number;
      Retries?: number;
    };
  };
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: { created?: string; created_by?: string; empty_layer?: boolean; comment?: string }[];
}
