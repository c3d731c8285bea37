import { OsvFolderSource } from './folder.js';
import { MultiSource } from './multi.js';
import { OSV_API, OsvApiSource, type OsvApiOptions } from './osv-api.js';
import type { VulnSource } from '../types.js';

/**
 * The sources a `vuln-source` input names, separated by commas or new lines: empty → the
 * public OSV API; an http(s) URL → an OSV API at that base URL (a mirror, or the test
 * double); anything else → a folder of OSV records, or an OSV export's all.zip. Several are
 * queried together (./multi.ts).
 */
export function splitVulnSources(spec: string): string[] {
  return [
    ...new Set(
      spec
        .split(/[,\r\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

function openOne(s: string, deps: OsvApiOptions): VulnSource {
  if (/^https?:\/\//i.test(s)) return new OsvApiSource(s, deps);
  return new OsvFolderSource(s);
}

export function openVulnSource(spec: string, deps: OsvApiOptions = {}): VulnSource {
  const all = splitVulnSources(spec);
  if (all.length === 0) return new OsvApiSource(OSV_API, deps);
  if (all.length === 1) return openOne(all[0]!, deps);
  return new MultiSource(all.map((s) => openOne(s, deps)));
}
