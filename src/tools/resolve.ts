import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TollgateError } from '../core/errors.js';

/**
 * Gives the folder of installed tools (holding `node_modules/`), installing it on the first
 * call if need be; `pkg` is the package asked for, for the messages of a failed install.
 */
export type ToolsFolder = (pkg: string) => Promise<string>;

let provider: ToolsFolder | undefined;
let folder: Promise<string> | undefined;
const own = createRequire(import.meta.url);

/**
 * Where the npm tools the steps run come from. The step action runtime sets this: an action
 * has only its committed files, so it installs the tools from its lock on first use. Unset
 * (`tollgate run` from a checkout, the tests), tools come from Tollgate's own node_modules.
 * The folder is asked for once per process: a failed install is not tried again by the next
 * tool of the same step.
 */
export function useToolsFolder(p: ToolsFolder | undefined): void {
  provider = p;
  folder = undefined;
}

/** `@scope/name/file` → `@scope/name`; `name/file` → `name`. */
export function packageOf(request: string): string {
  const parts = request.split('/');
  return request.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The file a module request (a package, or a file inside one) resolves to: from the installed
 * tools folder first, else from Tollgate's own node_modules. A missing package is an error
 * that names it.
 */
export async function resolveTool(request: string): Promise<string> {
  const pkg = packageOf(request);
  if (provider) {
    folder ??= provider(pkg);
    const dir = await folder;
    try {
      return createRequire(join(dir, 'package.json')).resolve(request);
    } catch {
      // not among the installed tools: Tollgate's own copy, if it has one
    }
  }
  try {
    return own.resolve(request);
  } catch (e) {
    throw new TollgateError('INPUT_UNREADABLE', `the tool ${pkg} is not installed`, {
      cause: e,
      hint: 'install Tollgate with its dependencies (npm ci)',
    });
  }
}

/** Loads a CommonJS tool module in this process, from where resolveTool finds it. */
export async function requireTool<T>(request: string): Promise<T> {
  return own(await resolveTool(request)) as T;
}
