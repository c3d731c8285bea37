/**
 * One package of a software bill of materials, as the scanners use it: enough to match it
 * against OSV (purl, name, version, ecosystem) and to write its licence notice. It is a
 * superset of the vulnerability matcher's `Component`, so it is passed to it as it is.
 */
export interface SbomComponent {
  name: string;
  version: string;
  /** Package URL (purl), e.g. `pkg:npm/lodash@4.17.11`, `pkg:deb/debian/zlib1g@1.2.13?...`. */
  purl: string;
  /** OSV ecosystem: `npm`, `PyPI`, `Go`, `Debian:12`, `Alpine:v3.19`. */
  ecosystem: string;
  bomRef: string;
  /** SPDX licence expression as declared; undefined when the package declares none. */
  license?: string;
  /** Where the package was found: a path in the repository or in the image. */
  location?: string;
  /** Absolute folder or file that may hold its licence text (package folder, copyright file). */
  licenseSource?: string;
  type: 'library' | 'application' | 'operating-system';
  /** CycloneDX scope; absent means required. `optional` where a lockfile marks it so. */
  scope?: 'optional';
}

/** What produced an SBOM, for the predicate and the summary. */
export interface SbomTool {
  name: string;
  version: string;
}

/** An SBOM as written: the CycloneDX document and the components read from it. */
export interface Sbom {
  bom: Record<string, unknown>;
  components: SbomComponent[];
  tools: SbomTool[];
  /** Things the user should know (no lockfile, unpinned requirements, skipped files). */
  notes: string[];
}
