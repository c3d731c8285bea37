import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import standalone from 'ajv/dist/standalone/index.js';

const require = createRequire(import.meta.url);

/**
 * Turns schemas compiled by `ajv` (with `code: { source: true, esm: true }`) into the text of
 * an ES module that validates without ajv: what the gate and the policy loader import at run
 * time, so a CLI call neither loads ajv's compiler (about 80 modules) nor compiles a schema.
 * Build-time only: scripts/generate.mjs writes the modules, and the tests fail when a
 * committed one differs from what the schemas give now.
 *
 * ajv's standalone code still `require`s its small runtime helpers (such as the UCS-2 string
 * length) even in ESM mode. They are copied in as source instead of imported: importing a
 * CommonJS default from ESM resolves differently in Node and in bundlers, and a copy leaves
 * nothing to resolve. A helper that needs another module cannot be copied: generation fails.
 */
export function standaloneModule(
  ajv: Ajv2020,
  exports: Record<string, string>,
  header: string,
): string {
  // ES modules are strict already.
  const code = standalone.default(ajv, exports).replace(/^"use strict";/, '');
  const helpers: string[] = [];
  const names = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)\.default/g, (_m: string, spec: string) => {
    let name = names.get(spec);
    if (!name) {
      name = `runtime${names.size}`;
      names.set(spec, name);
      const fn = (require(spec) as { default: unknown }).default;
      const source = typeof fn === 'function' ? fn.toString() : '';
      if (!source.startsWith('function') || source.includes('require(')) {
        throw new Error(`ajv runtime helper ${spec} cannot be copied into standalone code`);
      }
      helpers.push(`const ${name} = ${source};`);
    }
    return name;
  });
  if (/\brequire\(/.test(body)) throw new Error('ajv standalone code requires a module');
  return [
    '// @ts-nocheck',
    ...header.split('\n').map((l) => `// ${l}`.trimEnd()),
    ...helpers,
    body,
    '',
  ].join('\n');
}
