import type { Component, OsvRecord, VulnSource } from '../types.js';

/**
 * Several sources queried together (an OSV API and an offline folder of the project's own
 * records, say): every source is asked about every component, and a record that two sources
 * hold is one record, the newest `modified` winning. A source that fails fails the scan: a
 * source that could not be read must never pass as "no vulnerabilities".
 */
export class MultiSource implements VulnSource {
  readonly describe: string;
  private readonly sources: VulnSource[];

  constructor(sources: VulnSource[]) {
    this.sources = sources;
    this.describe = sources.map((s) => s.describe).join(' + ');
  }

  async query(components: Component[], signal?: AbortSignal): Promise<Map<string, OsvRecord[]>> {
    const answers = await Promise.all(this.sources.map((s) => s.query(components, signal)));
    const out = new Map<string, OsvRecord[]>();
    for (const c of components) {
      const byId = new Map<string, OsvRecord>();
      for (const answer of answers)
        for (const r of answer.get(c.purl) ?? []) {
          const had = byId.get(r.id);
          if (!had || r.modified > had.modified) byId.set(r.id, r);
        }
      out.set(c.purl, [...byId.values()]);
    }
    return out;
  }
}
