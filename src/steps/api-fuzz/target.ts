import { resolveInside } from '../../core/confine.js';
import { existsSync } from 'node:fs';
import { TollgateError } from '../../core/errors.js';
import { readDeployment } from '../common/handoff.js';
import { findSpec, type FoundSpec } from '../lint-openapi/find-spec.js';
import type { StepContext } from '../types.js';

/**
 * What the per-PR steps that send traffic aim at: the `base-url` input, else the URL that
 * deploy-test recorded. Only http(s) URLs are accepted, so that a typo fails with exit code 2
 * instead of sending requests somewhere unexpected.
 */
export async function baseUrlOf(ctx: StepContext): Promise<string> {
  const input = ctx.inputs['base-url']?.trim();
  const url = input || (await readDeployment(ctx)).baseUrl;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `base-url "${url}" is not a URL`, {
      cause: e,
      hint: 'set base-url to the service, e.g. http://127.0.0.1:8080',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new TollgateError('INPUT_INVALID', `base-url "${url}" is not an http(s) URL`, {
      hint: 'set base-url to the service, e.g. http://127.0.0.1:8080',
    });
  return url.replace(/\/+$/, '');
}

/** The `openapi-path` input first, else the spec compile produced, else the usual names. */
export async function specOf(ctx: StepContext): Promise<FoundSpec> {
  const input = ctx.inputs['openapi-path']?.trim();
  if (input) {
    const file = resolveInside(ctx.repoDir, input, 'the api-fuzz input "openapi-path"');
    if (!existsSync(file))
      throw new TollgateError('INPUT_UNREADABLE', `openapi-path ${input}: no such file`, {
        hint: 'point openapi-path at the spec, relative to the repository',
      });
    return { file, display: input, origin: 'input' };
  }
  return findSpec(ctx);
}

/** A whole number input within bounds, or its default; anything else is a usage error. */
export function intInput(
  ctx: StepContext,
  name: string,
  def: number,
  min: number,
  max: number,
): number {
  const raw = ctx.inputs[name]?.trim();
  if (!raw) return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new TollgateError(
      'INPUT_INVALID',
      `${name} is "${raw}"; expected a whole number from ${min} to ${max}`,
    );
  return n;
}
