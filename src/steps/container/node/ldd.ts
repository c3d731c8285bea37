import { TollgateError } from '../../../core/errors.js';
import type { StepContext } from '../../types.js';

/**
 * The shared libraries a binary loads, from `ldd`. Lines look like
 *   libstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x…)
 *   /lib64/ld-linux-x86-64.so.2 (0x…)
 *   linux-vdso.so.1 (0x…)                 (in the kernel, no file)
 * and `statically linked` / `not a dynamic executable` for binaries without any.
 */
export function parseLdd(output: string): { libraries: string[]; missing: string[] } {
  const libraries: string[] = [];
  const missing: string[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    const arrow = /^(\S+)\s+=>\s+(.*?)(?:\s+\(0x[0-9a-f]+\))?$/.exec(line);
    if (arrow) {
      if (arrow[2] === 'not found') missing.push(arrow[1]!);
      else if (arrow[2]!.startsWith('/')) libraries.push(arrow[2]!);
      continue;
    }
    const direct = /^(\/\S+)\s+\(0x[0-9a-f]+\)$/.exec(line);
    if (direct) libraries.push(direct[1]!);
  }
  return { libraries: [...new Set(libraries)], missing };
}

export async function sharedLibraries(ctx: StepContext, binary: string): Promise<string[]> {
  let res;
  try {
    res = await ctx.exec.run('ldd', [binary], { cwd: ctx.repoDir, signal: ctx.signal });
  } catch (e) {
    throw new TollgateError(
      'INPUT_UNREADABLE',
      `ldd is not available to list ${binary}'s libraries`,
      {
        cause: e,
        hint: 'install libc-bin (Debian/Ubuntu) or build with a Containerfile',
      },
    );
  }
  const text = `${res.stdout}\n${res.stderr}`;
  if (res.code !== 0) {
    if (/not a dynamic executable|statically linked/.test(text)) return [];
    throw new TollgateError('INPUT_INVALID', `ldd ${binary} failed: ${text.trim().split('\n')[0]}`);
  }
  const { libraries, missing } = parseLdd(res.stdout);
  if (missing.length) {
    throw new TollgateError(
      'INPUT_INVALID',
      `${binary} needs libraries that are not installed: ${missing.join(', ')}`,
      { hint: 'install them, or point the node-binary input at another Node.js binary' },
    );
  }
  return libraries;
}
