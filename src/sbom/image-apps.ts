import { readInput } from '../core/fs.js';
import { readJsonUntrusted } from '../core/untrusted.js';
import { dirname, join } from 'node:path';
import type { ImageFs } from './rootfs.js';
import type { SbomComponent } from './types.js';

/** package.json and METADATA files are small; a larger one in an image is not read. */
const MAX_META_BYTES = 4 << 20;

/**
 * Application packages inside an image, found by their installed metadata: every
 * `node_modules/<name>/package.json` (the app's own dependencies and global ones such as
 * /usr/lib/node_modules/npm) and Python's `site-packages/<name>-<version>.dist-info`.
 */

const NPM_MANIFEST = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;
const DIST_INFO = /(?:^|\/)(?:site|dist)-packages\/([^/]+)-([^/-]+)\.dist-info\/METADATA$/;

type LicenseField = string | { type?: string } | undefined;

/** package.json's `license` (string or legacy object) or legacy `licenses` list (all apply). */
export function npmLicense(p: {
  license?: LicenseField;
  licenses?: LicenseField[];
}): string | undefined {
  const one = (l: LicenseField) => (typeof l === 'string' ? l : l?.type);
  const main = one(p.license);
  if (main) return main;
  const list = (p.licenses ?? []).map(one).filter((s): s is string => Boolean(s));
  return list.length ? list.join(' AND ') : undefined;
}

async function npmComponent(
  fs: ImageFs,
  path: string,
  dirName: string,
): Promise<SbomComponent | undefined> {
  let p: { name?: string; version?: string; license?: LicenseField; licenses?: LicenseField[] };
  try {
    // Files of an image are untrusted: bounded, regular files only.
    p = (await readJsonUntrusted(join(fs.root, path), 'package manifest', {
      maxBytes: MAX_META_BYTES,
    })) as typeof p;
  } catch {
    return undefined; // not a package manifest (test fixtures inside packages can be anything)
  }
  // The folder name decides what `require` loads; a manifest naming another package is a
  // fixture or a template, not an installed package.
  if (!p.name || !p.version || p.name !== dirName) return undefined;
  const license = npmLicense(p);
  const purlName = p.name.startsWith('@') ? `%40${p.name.slice(1)}` : p.name;
  return {
    name: p.name,
    version: p.version,
    purl: `pkg:npm/${purlName}@${p.version}`,
    ecosystem: 'npm',
    bomRef: `pkg:npm/${p.name}@${p.version}?path=/${dirname(path)}`,
    type: 'library',
    location: `/${dirname(path)}`,
    licenseSource: join(fs.root, dirname(path)),
    ...(license ? { license } : {}),
  };
}

async function pythonComponent(
  fs: ImageFs,
  path: string,
  m: RegExpExecArray,
): Promise<SbomComponent> {
  const meta = await readInput(join(fs.root, path), 'package metadata', MAX_META_BYTES).then(
    (b) => b.toString('utf8'),
    () => '',
  );
  const license =
    /^License-Expression:\s*(.+)$/m.exec(meta)?.[1] ?? /^License:\s*(\S.*)$/m.exec(meta)?.[1];
  const name = m[1]!.toLowerCase().replace(/[-_.]+/g, '-');
  const version = m[2]!;
  return {
    name,
    version,
    purl: `pkg:pypi/${name}@${version}`,
    ecosystem: 'PyPI',
    bomRef: `pkg:pypi/${name}@${version}?path=/${dirname(path)}`,
    type: 'library',
    location: `/${dirname(path)}`,
    licenseSource: join(fs.root, dirname(path)),
    ...(license && license.length < 100 ? { license: license.trim() } : {}),
  };
}

export async function appPackages(fs: ImageFs): Promise<SbomComponent[]> {
  const out: SbomComponent[] = [];
  for (const path of [...fs.files.keys()].sort()) {
    const npm = NPM_MANIFEST.exec(path);
    if (npm) {
      const c = await npmComponent(fs, path, npm[1]!);
      if (c) out.push(c);
      continue;
    }
    const py = DIST_INFO.exec(path);
    if (py) out.push(await pythonComponent(fs, path, py));
  }
  return out;
}
