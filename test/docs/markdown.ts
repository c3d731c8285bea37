import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { projectRoot } from '../helpers/cli.js';

/** Helpers for the tests that keep docs/ in line with the code. */
export interface Block {
  lang: string;
  /** Words after the language on the opening fence, e.g. `invalid` in ```yaml invalid. */
  info: string[];
  body: string;
  /** Line of the opening fence, for test names. */
  line: number;
}

export function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const re = /^```(\S*)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;
  for (const m of markdown.matchAll(re)) {
    blocks.push({
      lang: m[1]!,
      info: m[2]!.trim().split(/\s+/).filter(Boolean),
      body: m[3]!,
      line: markdown.slice(0, m.index).split('\n').length,
    });
  }
  return blocks;
}

export function readDoc(name: string): string {
  return readFileSync(join(projectRoot, 'docs', name), 'utf8');
}

export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readDoc(`schemas/${name}`)) as Record<string, unknown>;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Ajv (strict) with the step metadata schema that the predicate schemas refer to. */
export function predicateAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addSchema(readSchema('step-meta.schema.json'));
  return ajv;
}
