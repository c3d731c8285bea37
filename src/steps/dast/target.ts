import { TollgateError } from '../../core/errors.js';
import { readDeployment } from '../common/handoff.js';
import type { StepContext } from '../types.js';

/** The base URL to scan: the base-url input, else the URL deploy-test wrote. */
export async function baseUrlOf(ctx: StepContext): Promise<string> {
  const input = ctx.inputs['base-url']?.trim();
  const raw = input || (await readDeployment(ctx)).baseUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch (e) {
    throw new TollgateError('INPUT_INVALID', `base-url "${raw}" is not a URL`, {
      cause: e,
      hint: 'set base-url to e.g. http://127.0.0.1:8080/',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TollgateError('INPUT_INVALID', `base-url "${raw}" is not http or https`, {
      hint: 'set base-url to e.g. http://127.0.0.1:8080/',
    });
  // A folder URL: wapiti's folder scope and relative paths both resolve below it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A positive whole number input (seconds, counts), with its default when empty. */
export function numberInput(ctx: StepContext, name: string, def: number): number {
  const raw = ctx.inputs[name]?.trim();
  if (!raw) return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new TollgateError(
      'INPUT_INVALID',
      `${name} is "${raw}"; expected a positive whole number`,
    );
  return n;
}

/** A boolean input: true/false (also yes/no, 1/0), with its default when empty. */
export function booleanInput(ctx: StepContext, name: string, def: boolean): boolean {
  const raw = ctx.inputs[name]?.trim().toLowerCase();
  if (!raw) return def;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new TollgateError('INPUT_INVALID', `${name} is "${raw}"; expected true or false`);
}
