// Writes every file generated from the pipeline definition (src/pipeline/): the reusable
// workflows and their .github/workflows/ mirror, the step actions' action.yml, docs/pipeline.md,
// docs/default-policy.yml, action-templates/ and .pre-commit-hooks.yaml; and from the predicate
// schemas (src/attest/predicates/schemas/): docs/schemas/ and the field tables of
// docs/predicates.md (the part between its markers); and the validators compiled from the
// predicate and policy schemas (ajv standalone code: src/**/*.generated.ts).
// `--check` writes nothing and exits 1 when a committed file differs (the tests do the same).
// Run after changing src/pipeline/: node scripts/generate.mjs
import { registerHooks } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The sources import each other as `./x.js` (NodeNext); Node runs the `.ts` files directly,
// so point those specifiers at the TypeScript source when no compiled file exists.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (specifier.startsWith('.') && specifier.endsWith('.js'))
        return next(specifier.replace(/\.js$/, '.ts'), context);
      throw e;
    }
  },
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const { generatedFiles, generatedSections } = await import('../src/pipeline/render/files.ts');

const outputs = generatedFiles();
const predicates = await import('../src/attest/predicates/standalone.ts');
const policy = await import('../src/policy/standalone.ts');
outputs.set(predicates.PREDICATE_VALIDATORS_FILE, predicates.predicateValidatorsModule());
outputs.set(policy.POLICY_VALIDATOR_FILE, policy.policyValidatorModule());
for (const [path, section] of generatedSections()) {
  const old = await readFile(join(root, path), 'utf8');
  const from = old.indexOf(section.begin);
  const to = old.indexOf(section.end, from);
  if (from < 0 || to < 0) {
    console.error(`${path}: the markers of the generated part are missing (${section.begin})`);
    process.exit(1);
  }
  outputs.set(path, old.slice(0, from) + section.text + old.slice(to + section.end.length));
}

const stale = [];
for (const [path, text] of outputs) {
  const file = join(root, path);
  const old = await readFile(file, 'utf8').catch(() => undefined);
  if (old === text) continue;
  if (check) {
    stale.push(path);
    continue;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`wrote ${path}`);
}
if (stale.length) {
  console.error(`out of date: ${stale.join(', ')}; run \`node scripts/generate.mjs\``);
  process.exit(1);
}
