import { readInput } from '../../core/fs.js';
import { parseJsonUntrusted } from '../../core/untrusted.js';

/** The project's direct dependencies, from its package.json (the roots of the dev walk). */
export interface RootDeps {
  prod: [string, string][];
  dev: [string, string][];
}

const entries = (v: unknown): [string, string][] =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.entries(v).flatMap(([k, x]) =>
        typeof x === 'string' ? [[k, x] as [string, string]] : [],
      )
    : [];

/**
 * undefined when there is no readable package.json: then nothing is known to be dev-only.
 * A broken package.json is the package manager's error to report, not this one's.
 */
export async function rootDeps(path: string): Promise<RootDeps | undefined> {
  try {
    const p = parseJsonUntrusted(
      await readInput(path, 'package.json', 16 << 20),
      'package.json',
      path,
    ) as Record<string, unknown>;
    return {
      prod: [...entries(p.dependencies), ...entries(p.optionalDependencies)],
      dev: entries(p.devDependencies),
    };
  } catch {
    return undefined;
  }
}
