/**
 * The vulnerability matcher shared by `sca` and `container-scan`: components in, OSV records
 * from a source, findings out (docs/vulnerabilities.md).
 */
export type {
  Component,
  OsvRecord,
  VexStatement,
  VexStatus,
  VulnException,
  VulnFinding,
  VulnSource,
} from './types.js';
export { openVulnSource, splitVulnSources } from './sources/open.js';
export { MultiSource } from './sources/multi.js';
export { OSV_API, OsvApiSource, type OsvApiOptions } from './sources/osv-api.js';
export { OsvFolderSource } from './sources/folder.js';
export { scanComponents, type ScanOptions } from './scan.js';
export { readVex } from './vex.js';
export { vulnsPredicate, vulnSarif, vulnFindingsToFindings } from './report.js';
export { componentFromPurl } from './component.js';
export { purlOf, parsePurl, purlBase, splitEcosystem, type Purl } from './purl.js';
export { matchRecord, packageKey } from './affected.js';
export { severityOfRecord } from './severity.js';
export { cvss2, cvss3, type CvssScore } from './cvss.js';
export { compareDpkg } from './version/dpkg.js';
export { comparePep440 } from './version/pep440.js';
export { compareMaven } from './version/maven.js';
export { compareApk } from './version/apk.js';
export { compareSemver, ecosystemOrder } from './version/compare.js';
