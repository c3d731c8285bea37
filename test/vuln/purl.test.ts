import { describe, expect, it } from 'vitest';
import { componentFromPurl, parsePurl, purlBase, purlOf } from '../../src/vuln/index.js';

describe('purls', () => {
  it.each([
    ['npm', 'lodash', '4.17.11', 'pkg:npm/lodash@4.17.11'],
    ['npm', '@babel/core', '7.24.0', 'pkg:npm/%40babel/core@7.24.0'],
    [
      'Debian:12',
      'glibc',
      '2.36-9+deb12u1',
      'pkg:deb/debian/glibc@2.36-9%2Bdeb12u1?distro=debian-12',
    ],
    [
      'Debian:12',
      'zlib',
      '1:1.2.13.dfsg-1',
      'pkg:deb/debian/zlib@1:1.2.13.dfsg-1?distro=debian-12',
    ],
    ['PyPI', 'Django_Rest', '3.0', 'pkg:pypi/django-rest@3.0'],
    ['Go', 'github.com/gin-gonic/gin', 'v1.9.0', 'pkg:golang/github.com/gin-gonic/gin@v1.9.0'],
    [
      'Maven',
      'org.apache.logging.log4j:log4j-core',
      '2.14.1',
      'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
    ],
    ['Alpine:v3.19', 'musl', '1.2.4-r2', 'pkg:apk/alpine/musl@1.2.4-r2?distro=alpine-3.19'],
  ])('%s %s %s → %s, and back', (eco, name, version, purl) => {
    expect(purlOf(eco, name, version)).toBe(purl);
    expect(parsePurl(purl).version).toBe(version);
  });

  it('parses namespaces and qualifiers; the base drops version and qualifiers', () => {
    expect(parsePurl('pkg:npm/%40babel/core@7.24.0?x=1#lib')).toEqual({
      type: 'npm',
      namespace: '@babel',
      name: 'core',
      version: '7.24.0',
      qualifiers: { x: '1' },
      subpath: 'lib',
    });
    expect(purlBase('pkg:deb/debian/glibc@2.36-9?distro=debian-12')).toBe('pkg:deb/debian/glibc');
    expect(() => parsePurl('npm/lodash')).toThrow(/not a package URL/);
  });

  it.each([
    ['pkg:npm/%40babel/core@7.24.0', 'npm', '@babel/core', '7.24.0'],
    [
      'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
      'Maven',
      'org.apache.logging.log4j:log4j-core',
      '2.14.1',
    ],
    ['pkg:golang/github.com/gin-gonic/gin@v1.9.0', 'Go', 'github.com/gin-gonic/gin', 'v1.9.0'],
    [
      'pkg:deb/debian/libc6@2.36-9%2Bdeb12u1?arch=amd64&distro=debian-12&upstream=glibc',
      'Debian:12',
      'glibc',
      '2.36-9+deb12u1',
    ],
    [
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?distro=bookworm&upstream=zlib%401:1.2.13.dfsg-1',
      'Debian:12',
      'zlib',
      '1:1.2.13.dfsg-1',
    ],
    [
      'pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.15?distro=ubuntu-22.04',
      'Ubuntu:22.04',
      'openssl',
      '3.0.2-0ubuntu1.15',
    ],
    ['pkg:apk/alpine/musl@1.2.4-r2?distro=3.19.1', 'Alpine:v3.19', 'musl', '1.2.4-r2'],
  ])('component of %s', (purl, ecosystem, name, version) => {
    expect(componentFromPurl(purl, { location: 'sbom.json' })).toEqual({
      purl,
      ecosystem,
      name,
      version,
      location: 'sbom.json',
    });
  });

  it('no component for a purl without version, type or release OSV knows', () => {
    expect(componentFromPurl('pkg:npm/lodash')).toBeUndefined();
    expect(componentFromPurl('pkg:generic/openssl@3.0.0')).toBeUndefined();
    expect(componentFromPurl('pkg:deb/debian/bash@5.2')).toBeUndefined();
    expect(componentFromPurl('not a purl')).toBeUndefined();
  });
});
