import { parsePurl } from './purl.js';
import type { Component } from './types.js';

/**
 * A component from a purl as SBOM tools write them (CycloneDX `components[].purl`): the OSV
 * ecosystem and package name the advisories use, or undefined for a purl without version or
 * of a type OSV does not cover. For Debian, Ubuntu and Alpine the release comes from the
 * `distro` qualifier, and the source package from `upstream` (advisories name source
 * packages: `libc6` is `glibc`).
 */
const CODENAMES: Record<string, string> = {
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
};

const TYPES: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  maven: 'Maven',
  cargo: 'crates.io',
  gem: 'RubyGems',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
};

function distroEcosystem(
  type: string,
  ns: string | undefined,
  distro: string | undefined,
): string | undefined {
  const d = (distro ?? '').toLowerCase();
  if (type === 'deb') {
    const family = (ns ?? d.split('-')[0] ?? '').toLowerCase();
    const release = d.replace(/^(debian|ubuntu)-/, '');
    if (family === 'debian') {
      const major = CODENAMES[release] ?? /^\d+/.exec(release)?.[0];
      return major ? `Debian:${major}` : undefined;
    }
    if (family === 'ubuntu')
      return /^\d+\.\d+/.test(release) ? `Ubuntu:${/^\d+\.\d+/.exec(release)![0]}` : undefined;
    return undefined;
  }
  if (type === 'apk') {
    const m = /^(?:alpine-)?v?(\d+\.\d+)/.exec(d);
    return m ? `Alpine:v${m[1]}` : undefined;
  }
  return undefined;
}

export function componentFromPurl(
  purl: string,
  extra: { bomRef?: string; location?: string } = {},
): Component | undefined {
  let p;
  try {
    p = parsePurl(purl);
  } catch {
    return undefined;
  }
  if (!p.version) return undefined;
  let ecosystem = TYPES[p.type];
  let name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
  if (p.type === 'maven' && p.namespace) name = `${p.namespace}:${p.name}`;
  if (p.type === 'deb' || p.type === 'apk') {
    ecosystem = distroEcosystem(p.type, p.namespace, p.qualifiers.distro);
    // syft writes upstream=glibc or upstream=glibc@2.36-9; trivy-style "glibc (2.36-9)" too
    const upstream = p.qualifiers.upstream?.split(/[@\s(]/)[0];
    name = upstream || p.name;
  }
  if (!ecosystem) return undefined;
  return { purl, name, version: p.version, ecosystem, ...extra };
}
