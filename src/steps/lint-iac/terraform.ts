import type { Finding } from '../../attest/predicates/builders.js';
import { TollgateError } from '../../core/errors.js';
import { requireTool } from '../../tools/resolve.js';
import { hclLine } from './hcl-lines.js';
import { checkTerraform, type TerraformBlocks } from './terraform-check.js';

/** Terraform HCL: parsed with @cdktf/hcl2json, checked by the rules of terraform-check.ts. */
export { TERRAFORM_RULES } from './terraform-check.js';

/**
 * Loaded through require with a local signature: the package's type declarations pull in the
 * DOM library, whose CryptoKey clashes with Node's in the rest of the code base. Loaded when
 * first needed, from the step tools (src/tools/resolve.ts).
 */
let hcl2json: Promise<{ parse(fileName: string, text: string): Promise<unknown> }> | undefined;

/** The JSON form of a Terraform file; a parse error names the file. */
export async function parseHcl(path: string, text: string): Promise<TerraformBlocks> {
  try {
    hcl2json ??= requireTool('@cdktf/hcl2json');
    const { parse } = await hcl2json;
    return (await parse(path, text)) as TerraformBlocks;
  } catch (e) {
    throw new TollgateError(
      'INPUT_INVALID',
      `hcl2json could not parse ${path}: ${String((e as Error).message ?? e)}`,
      { cause: e },
    );
  }
}

/** HCL findings carry the line of the attribute (or block) and the resource type. */
export function hclSource(text: string) {
  return {
    lineOf: (kind: string, type: string, name: string, attribute?: string) =>
      hclLine(text, { kind, type, name }, attribute),
    label: (_kind: string, type: string) => type,
  };
}

export async function lintTerraform(path: string, text: string): Promise<Finding[]> {
  return checkTerraform(await parseHcl(path, text), path, hclSource(text));
}
