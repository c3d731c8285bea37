import { readInput } from '../core/fs.js';
import { join } from 'node:path';
import { listDir, resolveInImage, type ImageFs } from './rootfs.js';
import type { SbomComponent } from './types.js';

/**
 * Operating-system packages of an image, from the package managers' databases:
 * dpkg's `/var/lib/dpkg/status`, the distroless `/var/lib/dpkg/status.d/<pkg>` files, and
 * Alpine's `/lib/apk/db/installed`. OSV lists Debian and Alpine advisories under the
 * *source* package, so a component's name and version are the source's (when the stanza
 * names one); the purl keeps the binary package, with the source as `upstream`.
 */

export interface Distro {
  id: string;
  versionId: string;
  /** OSV ecosystem, e.g. `Debian:12`, `Alpine:v3.19`. */
  ecosystem: string;
}

async function text(fs: ImageFs, path: string): Promise<string | undefined> {
  const real = resolveInImage(fs, path);
  // Files of an image are untrusted: bounded, regular files only.
  return real
    ? readInput(join(fs.root, real), 'package database', 256 << 20).then(
        (b) => b.toString('utf8'),
        () => undefined,
      )
    : undefined;
}

function keyValues(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of body.split('\n')) {
    const m = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim());
    if (m) out[m[1]!] = m[3]!;
  }
  return out;
}

/** The distribution from /etc/os-release (or /etc/debian_version, /etc/alpine-release). */
export async function detectDistro(fs: ImageFs): Promise<Distro | undefined> {
  const osr = keyValues(
    (await text(fs, 'etc/os-release')) ?? (await text(fs, 'usr/lib/os-release')) ?? '',
  );
  let id = osr.ID?.toLowerCase();
  let versionId = osr.VERSION_ID;
  const debianVersion = (await text(fs, 'etc/debian_version'))?.trim();
  const alpineRelease = (await text(fs, 'etc/alpine-release'))?.trim();
  if (!id && debianVersion) id = 'debian';
  if (!id && alpineRelease) id = 'alpine';
  if (!id) return undefined;
  if (id === 'debian') {
    versionId ??= /^\d+/.exec(debianVersion ?? '')?.[0];
    const major = /^\d+/.exec(versionId ?? '')?.[0];
    return major ? { id, versionId: versionId!, ecosystem: `Debian:${major}` } : undefined;
  }
  if (id === 'alpine') {
    versionId ??= alpineRelease;
    const minor = /^(\d+\.\d+)/.exec(versionId ?? '')?.[1];
    return minor ? { id, versionId: versionId!, ecosystem: `Alpine:v${minor}` } : undefined;
  }
  return versionId ? { id, versionId, ecosystem: `${osr.NAME ?? id}:${versionId}` } : undefined;
}

/**
 * Images built the distroless way may carry dpkg stanzas but no os-release. Debian's stable
 * and security updates version packages `<version>+deb<major>u<n>` (or `~deb<major>u<n>`);
 * when all such suffixes agree on one major, that is the release.
 */
async function debianFromVersions(fs: ImageFs): Promise<Distro | undefined> {
  const bodies = [await text(fs, 'var/lib/dpkg/status')];
  for (const file of await listDir(fs, 'var/lib/dpkg/status.d')) bodies.push(await text(fs, file));
  const majors = new Set<string>();
  for (const body of bodies) {
    for (const m of (body ?? '').matchAll(/^Version:\s*\S*[+~]deb(\d+)u\d+/gm)) majors.add(m[1]!);
  }
  if (majors.size !== 1) return undefined;
  const major = [...majors][0]!;
  return { id: 'debian', versionId: major, ecosystem: `Debian:${major}` };
}

/** dpkg control stanzas (RFC 822 style, continuation lines start with a space). */
export function parseStanzas(body: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const fields: Record<string, string> = {};
    let last: string | undefined;
    for (const line of block.split('\n')) {
      if (/^\s/.test(line) && last) fields[last] += `\n${line.trim()}`;
      else {
        const m = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
        if (m) fields[(last = m[1]!)] = m[2]!;
      }
    }
    if (Object.keys(fields).length) out.push(fields);
  }
  return out;
}

/** Licence names of a machine-readable (DEP-5) copyright file; free-form files give none. */
async function dep5License(fs: ImageFs, path: string): Promise<string | undefined> {
  const body = await text(fs, path);
  if (!body?.startsWith('Format:')) return undefined;
  const names = new Set<string>();
  for (const m of body.matchAll(/^License:\s*(\S[^\n]*)$/gm)) names.add(m[1]!.trim());
  if (!names.size) return undefined;
  const list = [...names].map((n) => (/\s/.test(n) ? `(${n})` : n));
  return list.join(' AND ');
}

async function dpkgPackages(fs: ImageFs, distro: Distro): Promise<SbomComponent[]> {
  const sources: [string, string][] = [];
  const status = await text(fs, 'var/lib/dpkg/status');
  if (status) sources.push(['var/lib/dpkg/status', status]);
  for (const file of await listDir(fs, 'var/lib/dpkg/status.d')) {
    if (file.endsWith('.md5sums')) continue;
    const body = await text(fs, file);
    if (body) sources.push([file, body]);
  }
  const out: SbomComponent[] = [];
  for (const [file, body] of sources) {
    for (const s of parseStanzas(body)) {
      const pkg = s.Package;
      const version = s.Version;
      // Distroless stanzas have no Status; dpkg's own keep removed packages as config-files.
      if (!pkg || !version || (s.Status && s.Status.split(/\s+/)[2] !== 'installed')) continue;
      const src = /^(\S+)(?:\s+\((\S+)\))?/.exec(s.Source ?? '');
      const arch = s.Architecture ?? 'all';
      const qualifiers = [`arch=${arch}`];
      if (src?.[1] && src[1] !== pkg) qualifiers.push(`upstream=${src[1]}`);
      qualifiers.push(`distro=debian-${distro.versionId.split('.')[0]}`);
      const copyright = `usr/share/doc/${pkg}/copyright`;
      const license = await dep5License(fs, copyright);
      out.push({
        name: src?.[1] ?? pkg,
        version: src?.[2] ?? version,
        purl: `pkg:deb/debian/${pkg}@${encodeURIComponent(version)}?${qualifiers.join('&')}`,
        ecosystem: distro.ecosystem,
        bomRef: `pkg:deb/debian/${pkg}@${version}?arch=${arch}`,
        type: 'library',
        location: `/${file}`,
        ...(license ? { license } : {}),
        ...(resolveInImage(fs, copyright)
          ? { licenseSource: join(fs.root, resolveInImage(fs, copyright)!) }
          : {}),
      });
    }
  }
  return out;
}

async function apkPackages(fs: ImageFs, distro: Distro): Promise<SbomComponent[]> {
  const body = await text(fs, 'lib/apk/db/installed');
  if (!body) return [];
  const out: SbomComponent[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const f: Record<string, string> = {};
    for (const line of block.split('\n')) if (line[1] === ':') f[line[0]!] ??= line.slice(2);
    if (!f.P || !f.V) continue;
    const arch = f.A ?? 'noarch';
    const origin = f.o && f.o !== f.P ? `&upstream=${f.o}` : '';
    out.push({
      name: f.o ?? f.P,
      version: f.V,
      purl: `pkg:apk/alpine/${f.P}@${encodeURIComponent(f.V)}?arch=${arch}${origin}&distro=${distro.versionId}`,
      ecosystem: distro.ecosystem,
      bomRef: `pkg:apk/alpine/${f.P}@${f.V}?arch=${arch}`,
      type: 'library',
      location: '/lib/apk/db/installed',
      ...(f.L ? { license: f.L } : {}),
    });
  }
  return out;
}

/** OS packages of the image; none (and a note) when the distribution is unknown. */
export async function osPackages(
  fs: ImageFs,
): Promise<{ distro?: Distro; components: SbomComponent[]; notes: string[] }> {
  const notes: string[] = [];
  let distro = await detectDistro(fs);
  if (!distro) {
    distro = await debianFromVersions(fs);
    if (distro) {
      notes.push(
        `no /etc/os-release: Debian ${distro.versionId} inferred from the +deb${distro.versionId}u security versions of the dpkg database (add /etc/os-release to the image to make it explicit)`,
      );
    }
  }
  if (!distro) {
    const hasDb =
      resolveInImage(fs, 'var/lib/dpkg/status') ||
      resolveInImage(fs, 'lib/apk/db/installed') ||
      (await listDir(fs, 'var/lib/dpkg/status.d')).length;
    return {
      components: [],
      notes: hasDb
        ? [
            'a package database but no /etc/os-release: OS packages cannot be matched to a distribution and are left out',
          ]
        : ['no OS package database (dpkg or apk) in the image'],
    };
  }
  const components = [...(await dpkgPackages(fs, distro)), ...(await apkPackages(fs, distro))];
  return { distro, components, notes };
}
