import { existsSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Subject } from '../../../attest/statement.js';
import { sha256File } from '../../../core/digest.js';
import { TollgateError } from '../../../core/errors.js';
import type { LayerEntry } from '../../../oci/layer.js';
import type { StepContext } from '../../types.js';
import { splitList } from '../../compile/artifacts.js';
import { modeOf } from './host-files.js';

export const APP_DIR = '/app';

export interface AppLayer {
  entries: LayerEntry[];
  /**
   * Every packed file by its path relative to the project folder, with its sha256: the same names and
   * digests `compile` gives its products, so a chain rule can match them.
   */
  files: Subject[];
  paths: string[];
}

const toPosix = (p: string) => p.split(sep).join('/');

/** The folders of the production dependencies (`npm ls --omit=dev`), relative to the project. */
async function productionModules(ctx: StepContext, dir: string): Promise<string[]> {
  const res = await ctx.exec.run('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: dir,
    signal: ctx.signal,
  });
  // npm ls exits 1 on extraneous or missing packages but still lists what is installed.
  const lines = res.stdout.split('\n').filter((l) => l.trim());
  if (lines.length === 0) {
    throw new TollgateError('INPUT_INVALID', `npm ls in ${dir} failed: ${res.stderr.trim()}`, {
      hint: 'run npm ci first, or list what to pack in the app-paths input',
    });
  }
  return lines
    .map((l) => toPosix(relative(dir, l.trim())))
    .filter((p) => p.startsWith('node_modules/'));
}

async function walk(root: string, rel: string, out: LayerEntry[], files: string[]) {
  const full = join(root, rel);
  const st = await lstat(full);
  const inImage = `${APP_DIR}/${toPosix(rel)}`;
  if (st.isSymbolicLink()) return; // a link could point out of the project; never followed
  if (st.isDirectory()) {
    out.push({ path: inImage, type: 'dir' });
    const names = (await readdir(full)).sort();
    // Nested node_modules of a package are its own dependencies: packed with it.
    for (const n of names) await walk(root, join(rel, n), out, files);
  } else if (st.isFile()) {
    out.push({ path: inImage, type: 'file', mode: modeOf(st.mode), source: full, size: st.size });
    files.push(toPosix(rel));
  }
}

/**
 * The app layer: the `app-paths` (default `dist`, `package.json` and the production
 * `node_modules`) under /app. A missing path is an error that names it: an image without
 * the build output would start and fail at run time.
 */
export async function appLayer(ctx: StepContext, projectDir: string): Promise<AppLayer> {
  const explicit = splitList(ctx.inputs['app-paths']);
  const paths = explicit.length ? explicit : ['dist', 'package.json'];
  for (const p of paths) {
    if (!existsSync(join(projectDir, p))) {
      throw new TollgateError(
        'INPUT_INVALID',
        `${join(projectDir, p)}: no such file or folder to pack`,
        {
          hint:
            p === 'dist'
              ? 'run the build first (the compile step), or set app-paths to where the build output is'
              : 'fix the app-paths input',
        },
      );
    }
  }
  let modules: string[] = [];
  if (!explicit.length && existsSync(join(projectDir, 'node_modules'))) {
    modules = await productionModules(ctx, projectDir);
    ctx.log(`container: ${modules.length} production package folder(s) of node_modules`);
  }
  const entries: LayerEntry[] = [];
  const rels: string[] = [];
  for (const p of [...paths, ...modules])
    await walk(projectDir, p.replace(/\/+$/, ''), entries, rels);
  const unique = [...new Set(rels)].sort();
  const files: Subject[] = [];
  // Named relative to the project folder, as compile names its products (the context may be a
  // subfolder of it).
  for (const f of unique) {
    const full = join(projectDir, f);
    files.push({
      name: toPosix(relative(ctx.repoDir, full)),
      digest: { sha256: await sha256File(full) },
    });
  }
  return {
    entries,
    files,
    paths: [...paths, ...(modules.length ? ['node_modules (production)'] : [])],
  };
}
