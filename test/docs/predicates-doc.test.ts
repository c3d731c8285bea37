import { describe, expect, it } from 'vitest';
import { stepMetaOf } from '../../src/attest/predicates/step-meta.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { STEPS } from '../../src/pipeline/graph.js';
import { generatedSections } from '../../src/pipeline/render/files.js';
import { fencedBlocks, predicateAjv, readDoc, readSchema } from './markdown.js';

// docs/predicates.md lists every step of the pipeline graph with the predicate types it
// attests; this keeps that table, and the JSON examples, in line with the code.
const doc = readDoc('predicates.md');

function stepTable(): { id: string; stage: string; needs: string[]; types: string[] }[] {
  const section = doc.slice(doc.indexOf('## Which step attests what'));
  const rows = section.slice(0, section.indexOf('\n## ')).split('\n');
  return rows
    .filter((r) => /^\| `[a-z]/.test(r))
    .map((r) => {
      const cells = r.split('|').map((c) => c.trim());
      const ticks = (c: string) => [...c.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      return {
        id: ticks(cells[1]!)[0]!,
        stage: cells[2]!,
        needs: ticks(cells[4]!),
        types: ticks(cells[5]!),
      };
    });
}

describe('docs/predicates.md', () => {
  it('lists every step of the pipeline graph, in order, with its stage, needs and predicate types', () => {
    expect(stepTable()).toEqual(
      STEPS.map((s) => ({ id: s.id, stage: s.stage, needs: s.needs, types: s.attests })),
    );
  });

  it('has the field tables generated from the schemas (run `node scripts/generate.mjs`)', () => {
    const section = generatedSections().get('docs/predicates.md')!;
    expect(doc).toContain(section.text);
    for (const type of Object.values(PREDICATE)) expect(section.text).toContain(`### \`${type}\``);
  });

  it('lists every predicate type', () => {
    for (const type of Object.values(PREDICATE)) expect(doc).toContain(`\`${type}\``);
  });

  it('its examples carry step metadata where the gate reads it', () => {
    const json = fencedBlocks(doc)
      .filter((b) => b.lang === 'json')
      .map((b) => JSON.parse(b.body) as Record<string, unknown>);
    const scan = json.find((p) => 'findings' in p)!;
    const sbom = json.find((p) => p.bomFormat === 'CycloneDX')!;
    expect(stepMetaOf(PREDICATE.scanResult, scan)?.step).toBe('sast');
    expect(stepMetaOf(PREDICATE.cyclonedx, sbom)).toMatchObject({ step: 'sca', status: 'passed' });

    const validate = predicateAjv().compile(readSchema('scan-result.schema.json'));
    expect(validate(scan), JSON.stringify(validate.errors)).toBe(true);
  });
});
