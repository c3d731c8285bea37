import { resolveInside } from '../../core/confine.js';
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Subject } from '../../attest/statement.js';
import { sha256File } from '../../core/digest.js';
import { TollgateError } from '../../core/errors.js';
import type { StepContext } from '../types.js';

/** No spec anywhere, and none was named: the step does not apply. */
export class NoSpec extends Error {}

/** Names tried, in order, when neither compile nor the input names the spec. */
export const COMMON_SPEC_PATHS = [
  'openapi.json',
  'openapi.yaml',
  'openapi.yml',
  'swagger.json',
  'swagger.yaml',
  'api/openapi.json',
  'api/openapi.yaml',
  'docs/openapi.json',
  'docs/openapi.yaml',
  'spec/openapi.json',
  'spec/openapi.yaml',
];

const SPEC_NAME = /(openapi|swagger)[^/]*\.(json|ya?ml)$/i;

export interface FoundSpec {
  /** Absolute path of the spec file. */
  file: string;
  /** Path for reports: relative to the repository when inside it. */
  display: string;
  /** Set when the spec is a product of compile: it becomes a material of this step. */
  material?: Subject;
  origin: 'compile' | 'input' | 'search';
}

function display(repoDir: string, file: string): string {
  const rel = relative(repoDir, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

/**
 * The spec `compile` produced (a product named like *openapi*.json/yaml, resolved against the
 * repository and checked against the digest compile attested), else the `openapi-path`
 * input, else the first of the common names. Nothing found is an error that says where it
 * looked.
 */
export async function findSpec(ctx: StepContext): Promise<FoundSpec> {
  const products = (ctx.upstream.compile ?? []).filter((s) => SPEC_NAME.test(s.name));
  for (const product of products) {
    const file = isAbsolute(product.name) ? product.name : join(ctx.repoDir, product.name);
    if (!existsSync(file)) continue;
    const want = product.digest.sha256;
    if (want && (await sha256File(file)) !== want)
      throw new TollgateError(
        'INPUT_INVALID',
        `${display(ctx.repoDir, file)} does not match the sha256 digest compile attested for ${product.name}`,
        {
          hint: 'lint the spec compile produced: run lint-openapi on the same checkout, after compile',
        },
      );
    return { file, display: display(ctx.repoDir, file), material: product, origin: 'compile' };
  }
  const input = ctx.inputs['openapi-path']?.trim();
  if (input) {
    const file = resolveInside(ctx.repoDir, input, 'the input "openapi-path"');
    if (existsSync(file)) return { file, display: display(ctx.repoDir, file), origin: 'input' };
  }
  for (const name of COMMON_SPEC_PATHS) {
    const file = join(ctx.repoDir, name);
    if (existsSync(file)) return { file, display: name, origin: 'search' };
  }
  // Nothing named a spec, and none is where specs usually are: the service has no OpenAPI
  // contract to lint (a named spec that is missing stays an error).
  if (!input && products.length === 0) {
    throw new NoSpec(
      `no OpenAPI spec: compile produced none, and the repository has none of ${COMMON_SPEC_PATHS.join(', ')}`,
    );
  }
  const looked = [
    products.length
      ? `compile products ${products.map((p) => p.name).join(', ')}`
      : 'no spec among the compile products',
    input ? `openapi-path ${input}` : undefined,
    COMMON_SPEC_PATHS.join(', '),
  ].filter(Boolean);
  throw new TollgateError(
    'INPUT_UNREADABLE',
    `no OpenAPI spec found (looked at: ${looked.join('; ')})`,
    {
      hint: 'let compile produce the spec, or set the openapi-path input',
    },
  );
}
