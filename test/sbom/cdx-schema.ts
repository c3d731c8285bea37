import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The official CycloneDX 1.5 JSON schema, as the CycloneDX library (a dependency of
 * cyclonedx-npm) ships it, with its SPDX and JSF sub-schemas: Tollgate's own BOMs (image,
 * lockfiles) must validate against the same schema cyclonedx-npm validates its output with.
 */
const DIR = join(
  import.meta.dirname,
  '../../node_modules/@cyclonedx/cyclonedx-npm/node_modules/@cyclonedx/cyclonedx-library/res/schema',
);
const load = (f: string) =>
  JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
const addFormats = addFormatsModule as unknown as (a: Ajv) => void;
addFormats(ajv);
ajv.addFormat('idn-email', true);
ajv.addFormat('iri-reference', true);
// The shipped copies refer to each other by their SNAPSHOT file names.
for (const f of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
  ajv.addSchema({ ...load(f), $id: `http://cyclonedx.org/schema/${f}` });
}
const validate = ajv.compile(load('bom-1.5.SNAPSHOT.schema.json'));

/** Schema errors of a BOM, empty when it is valid CycloneDX 1.5. */
export function cdxErrors(bom: unknown): string[] {
  return validate(bom)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
