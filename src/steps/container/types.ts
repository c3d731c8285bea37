import type { Subject } from '../../attest/statement.js';
import type { Builder } from './settings.js';

/** What a builder made: an image in the step's OCI layout, and what went into it. */
export interface ImageBuild {
  builder: Builder;
  /** The image manifest digest in the layout. */
  digest: string;
  /**
   * What the image was made from, each with its sha256: the packed build output (named as
   * `compile` names its products) and, for Containerfile builds, the base images.
   */
  materials: Subject[];
  /** The build's parameters, for the provenance's externalParameters. */
  parameters: Record<string, unknown>;
  /** Lines for the summary. */
  notes: string[];
  metrics: Record<string, number>;
}

/** A build the tool refused or could not do: the reason carries the tool's own error. */
export interface BuildFailure {
  failed: string;
}

export const isFailure = (b: ImageBuild | BuildFailure): b is BuildFailure => 'failed' in b;
