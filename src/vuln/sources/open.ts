import { OsvFolderSource } from './folder.js';
import { OSV_API, OsvApiSource, type OsvApiOptions } from './osv-api.js';
import type { VulnSource } from '../types.js';

/**
 * The source a `vuln-source` input names: empty → the public OSV API; an http(s) URL → an OSV
 * API at that base URL (a mirror, or the test double); anything else → a folder of OSV records, or an OSV export's all.zip.
 */
export function openVulnSource(spec: string, deps: OsvApiOptions = {}): VulnSource {
  const s = spec.trim();
  if (s === '') return new OsvApiSource(OSV_API, deps);
  if (/^https?:\/\//i.test(s)) return new OsvApiSource(s, deps);
  return new OsvFolderSource(s);
}
