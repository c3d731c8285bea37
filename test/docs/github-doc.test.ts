import { describe, expect, it } from 'vitest';
import { STAGES, STEPS } from '../../src/pipeline/graph.js';
import { generatedSections } from '../../src/pipeline/render/files.js';
import { readDoc } from './markdown.js';

// docs/github.md says what each job of the stage workflows downloads, deploys and uploads;
// the table is generated from the graph the workflows are generated from.
const doc = readDoc('github.md');

function rows(): Map<string, string[]> {
  const section = doc.slice(doc.indexOf('<!-- BEGIN jobs'), doc.indexOf('<!-- END jobs -->'));
  const out = new Map<string, string[]>();
  for (const line of section.split('\n').filter((l) => /^\| [a-z-]+ \/ /.test(l))) {
    const cells = line.split('|').map((c) => c.trim());
    out.set(cells[1]!.replaceAll('`', ''), cells.slice(2, 5));
  }
  return out;
}

describe('docs/github.md', () => {
  it('has the jobs table generated from the graph (run `node scripts/generate.mjs`)', () => {
    const section = generatedSections().get('docs/github.md')!;
    expect(doc).toContain(section.text);
  });

  it('lists every job of every stage with the artifacts it downloads and uploads', () => {
    const table = rows();
    for (const stage of STAGES) expect(table.has(`${stage} / gate`), stage).toBe(true);
    for (const s of STEPS) {
      const [downloads, , uploads] = table.get(`${s.stage} / ${s.id}`) ?? [];
      expect(uploads, s.id).toContain(`\`tollgate-${s.id}\``);
      for (const c of s.consumes)
        expect(downloads, `${s.id} ← ${c}`).toContain(`\`tollgate-${c}\``);
      if (!s.consumes.length) expect(downloads, s.id).toBe('—');
    }
    expect(table.get('per-pr / deploy-test')?.[1]).toMatch(/by digest/);
    expect(table.get('per-commit / container')?.[2]).toMatch(/whole OCI layout/);
  });
});
