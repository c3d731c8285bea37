import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { VERSION } from '../core/version.js';
import type { SbomComponent, SbomTool } from './types.js';

/**
 * CycloneDX 1.5 JSON, in both directions: components read from a BOM that a tool wrote
 * (cyclonedx-npm, npm sbom), and a BOM written from components Tollgate found itself
 * (lockfiles of other ecosystems, the packages of an image).
 */

interface CdxLicenseChoice {
  license?: { id?: string; name?: string };
  expression?: string;
}

interface CdxComponent {
  type?: string;
  name?: string;
  group?: string;
  version?: string;
  purl?: string;
  'bom-ref'?: string;
  licenses?: CdxLicenseChoice[];
  properties?: { name?: string; value?: string }[];
  components?: CdxComponent[];
}

/** The licence expression of a CycloneDX licence list; several entries all apply (AND). */
export function licenseOf(choices: CdxLicenseChoice[] | undefined): string | undefined {
  const parts = (choices ?? [])
    .map((c) => c.expression ?? c.license?.id ?? c.license?.name)
    .filter((s): s is string => Boolean(s && s.trim()));
  if (!parts.length) return undefined;
  return parts.length === 1
    ? parts[0]
    : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
}

/** OSV ecosystem of a purl type; undefined for types OSV does not know. */
export function ecosystemOfPurl(purl: string): string | undefined {
  const type = /^pkg:([^/]+)\//.exec(purl)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    cargo: 'crates.io',
    maven: 'Maven',
    gem: 'RubyGems',
    nuget: 'NuGet',
  };
  return type ? known[type] : undefined;
}

/**
 * The components of a BOM, nested ones included. `cdx:npm:package:path` (cyclonedx-npm's
 * folder of each package) locates its licence text under `baseDir`.
 */
export function componentsOfBom(bom: Record<string, unknown>, baseDir: string): SbomComponent[] {
  const out: SbomComponent[] = [];
  const walk = (list: CdxComponent[] | undefined) => {
    for (const c of list ?? []) {
      walk(c.components);
      if (!c.name || !c.version || !c.purl) continue;
      const ecosystem = ecosystemOfPurl(c.purl);
      if (!ecosystem) continue;
      const path = c.properties?.find((p) => p.name === 'cdx:npm:package:path')?.value;
      const name = c.group ? `${c.group}/${c.name}` : c.name;
      const license = licenseOf(c.licenses);
      out.push({
        name,
        version: c.version,
        purl: c.purl,
        ecosystem,
        bomRef: c['bom-ref'] ?? c.purl,
        type: 'library',
        ...(license ? { license } : {}),
        ...(path ? { location: path, licenseSource: join(baseDir, path) } : {}),
      });
    }
  };
  walk(bom.components as CdxComponent[] | undefined);
  return out;
}

/** A CycloneDX component for one of Tollgate's own findings. */
export function toCdxComponent(c: SbomComponent): Record<string, unknown> {
  return {
    type: c.type,
    name: c.name,
    version: c.version,
    'bom-ref': c.bomRef,
    purl: c.purl,
    ...(c.scope ? { scope: c.scope } : {}),
    ...(c.license ? { licenses: [licenseChoice(c.license)] } : {}),
    ...(c.location ? { properties: [{ name: 'tollgate:location', value: c.location }] } : {}),
  };
}

function licenseChoice(license: string): CdxLicenseChoice {
  // A single SPDX-looking id goes in license.id; anything else is an expression.
  return /^[A-Za-z0-9.+-]+$/.test(license) ? { license: { id: license } } : { expression: license };
}

/** A new CycloneDX 1.5 BOM about `subject` (the repository or the image). */
export function newBom(
  subject: { type: 'application' | 'container'; name: string; version?: string; purl?: string },
  components: SbomComponent[],
  tools: SbomTool[],
): Record<string, unknown> {
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: new Date().toISOString(),
      tools: {
        components: [
          { type: 'application', name: 'tollgate', version: VERSION },
          ...tools.map((t) => ({ type: 'application', name: t.name, version: t.version })),
        ],
      },
      component: {
        type: subject.type,
        name: subject.name,
        'bom-ref': subject.purl ?? subject.name,
        ...(subject.version ? { version: subject.version } : {}),
        ...(subject.purl ? { purl: subject.purl } : {}),
      },
    },
    components: components.map(toCdxComponent),
  };
}

/** Adds components to a BOM a tool wrote (other ecosystems of the same repository). */
export function appendComponents(bom: Record<string, unknown>, extra: SbomComponent[]): void {
  const list = Array.isArray(bom.components) ? (bom.components as unknown[]) : [];
  bom.components = [...list, ...extra.map(toCdxComponent)];
}
