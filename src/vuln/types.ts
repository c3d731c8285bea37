import type { Severity } from '../attest/predicates/types.js';

/**
 * The vulnerability matcher's vocabulary, shared by `sca` (packages of the repository) and
 * `container-scan` (packages of the image). Records follow the OSV schema
 * (https://ossf.github.io/osv-schema/); only the fields the matcher reads are typed.
 */

export interface Component {
  purl: string;
  name: string;
  version: string;
  /** OSV ecosystem name: 'npm', 'Debian:12', 'PyPI', 'Go', 'Maven', 'Alpine:v3.19', ... */
  ecosystem: string;
  bomRef?: string;
  /** Where it was found (lock file, image layer path), for reports. */
  location?: string;
}

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT' | string;
  repo?: string;
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvRecord {
  id: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  severity?: { type: string; score: string }[];
  affected?: OsvAffected[];
  database_specific?: Record<string, unknown>;
  references?: { type: string; url: string }[];
}

export interface VulnFinding {
  /** Preferred id of the merged advisories: a GHSA id, else a CVE id, else the first record id. */
  id: string;
  /** Every other id of the merged records and their aliases, sorted. */
  aliases: string[];
  summary: string;
  severity: Severity;
  cvss?: { version: string; vector: string; score: number };
  component: Component;
  /** Versions that fix it, from the ranges that contain the component's version. */
  fixed: string[];
  references: string[];
  suppressed?: { by: 'vex' | 'exception'; reason: string; until?: string };
  /** Where the severity came from when it is not a computed CVSS score, and similar caveats. */
  notes?: string[];
}

export interface VulnSource {
  /** For logs and the predicate's `db` field, e.g. `OSV API https://api.osv.dev`. */
  readonly describe: string;
  /** Candidate records per component, keyed by the component's purl. */
  query(components: Component[], signal?: AbortSignal): Promise<Map<string, OsvRecord[]>>;
}

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

/** One VEX statement, from OpenVEX or CycloneDX VEX, reduced to what matching needs. */
export interface VexStatement {
  /** Vulnerability id and its aliases as the document names them. */
  vulnerability: string;
  aliases: string[];
  status: VexStatus;
  /**
   * Product / component identifiers (purls or CycloneDX bom-refs) the statement is about;
   * empty means every component of the scan.
   */
  products: string[];
  justification?: string;
  statement?: string;
  /** ISO time of the statement, when the document gives one (the newest statement wins). */
  timestamp?: string;
  /** File it came from, for the suppression reason. */
  source: string;
}

/** A waiver from the policy: id (or alias) of the vulnerability, optionally one package. */
export interface VulnException {
  id: string;
  /** Package name or purl (without version to cover every version); absent means any package. */
  package?: string;
  reason: string;
  /** YYYY-MM-DD, inclusive (UTC), as everywhere in the policy. */
  expires: string;
}
