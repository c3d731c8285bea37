// Build step: checks that openapi.json parses and is OpenAPI 3.1, then writes dist/openapi.json
// so the compile step hands the spec to the OpenAPI linter and the API fuzzer.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../openapi.json', import.meta.url);
const target = new URL('../dist/openapi.json', import.meta.url);
const spec = JSON.parse(readFileSync(source, 'utf8'));
if (typeof spec.openapi !== 'string' || !spec.openapi.startsWith('3.1.')) {
  console.error(`openapi.json: expected OpenAPI 3.1.x, found ${JSON.stringify(spec.openapi)}`);
  process.exit(1);
}
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, JSON.stringify(spec, null, 2) + '\n');
console.log(`wrote dist/openapi.json (${Object.keys(spec.paths).length} paths)`);
