import { TollgateError } from '../../core/errors.js';
import type { Counter, FileCoverage } from '../common/coverage-data.js';
import type { StepContext } from '../types.js';

/** Added or modified line numbers per file (repository-relative), from a zero-context diff. */
export function parseUnifiedDiff(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim();
      // A deleted file has no new lines; `b/` is git's prefix for the new side.
      if (target === '/dev/null') current = undefined;
      else {
        const path = target.replace(/^b\//, '');
        current = out.get(path) ?? new Set();
        out.set(path, current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let l = start; l < start + count; l++) current.add(l);
    }
  }
  return out;
}

/** The base of a pull request: the `base` input, else the target branch GitHub names. */
export function baseOf(ctx: StepContext, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const input = (ctx.inputs.base ?? '').trim();
  if (input) return input;
  if (env.TOLLGATE_BASE) return env.TOLLGATE_BASE;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
}

/** `git diff --unified=0 BASE...HEAD`, restricted to and relative to the project folder. */
export async function changedLines(
  ctx: StepContext,
  base: string,
): Promise<Map<string, Set<number>>> {
  if (base.startsWith('-'))
    throw new TollgateError('INPUT_INVALID', `base "${base}" is not a commit`);
  const res = await ctx.exec.run(
    'git',
    ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', `${base}...HEAD`, '--'],
    { cwd: ctx.repoDir, signal: ctx.signal },
  );
  if (res.code !== 0) {
    throw new TollgateError(
      'INPUT_INVALID',
      `git diff against base ${base} failed: ${res.stderr.trim().split('\n')[0] ?? ''}`,
      {
        hint: 'fetch the base commit (actions/checkout with fetch-depth: 0) or set the base input',
      },
    );
  }
  return parseUnifiedDiff(res.stdout);
}

/** Covered and total executable lines among the changed ones; lines no report lists are not code. */
export function changedCoverage(
  files: FileCoverage[],
  changed: Map<string, Set<number>>,
): Counter & { files: number } {
  const result = { covered: 0, total: 0, files: 0 };
  for (const f of files) {
    const lines = changed.get(f.path);
    if (!lines) continue;
    let touched = false;
    for (const l of lines) {
      const hits = f.lines.get(l);
      if (hits === undefined) continue;
      touched = true;
      result.total++;
      if (hits > 0) result.covered++;
    }
    if (touched) result.files++;
  }
  return result;
}
