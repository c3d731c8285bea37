// Writes docs/schemas/policy.schema.json from POLICY_SCHEMA (src/policy/schema.ts), formatted
// as prettier formats it. test/docs/schemas.test.ts fails when the committed copy drifts.
// Run after changing the policy schema: node scripts/gen-schemas.mjs
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { POLICY_SCHEMA } from '../src/policy/schema.ts';

const out = fileURLToPath(new URL('../docs/schemas/policy.schema.json', import.meta.url));
const options = (await prettier.resolveConfig(out)) ?? {};
const text = await prettier.format(JSON.stringify(POLICY_SCHEMA), {
  ...options,
  filepath: out,
});
await writeFile(out, text);
console.log(`wrote ${out}`);
