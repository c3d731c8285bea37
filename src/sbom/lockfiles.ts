import { readInput } from '../core/fs.js';
import type { SbomComponent } from './types.js';

/**
 * Components of ecosystems that have no SBOM tool here, read from their lockfiles: pinned
 * `requirements.txt` lines (`name==version`) and `go.sum`. Unpinned requirements are named
 * in a note: their version is decided at install time, so no SBOM can state it.
 */

async function readText(path: string): Promise<string | undefined> {
  return readInput(path, 'lock file', 256 << 20).then(
    (b) => b.toString('utf8'),
    () => undefined,
  );
}

/** PEP 503 normalised name, as OSV and purl use it. */
function pypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export async function pythonComponents(
  file: string,
  rel: string,
): Promise<{ components: SbomComponent[]; notes: string[] } | undefined> {
  const text = await readText(file);
  if (text === undefined) return undefined;
  const components: SbomComponent[] = [];
  const unpinned: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('-')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*([^\s;,]+)/.exec(line);
    if (!m) {
      unpinned.push(line.split(/[\s;<>=!~[]/)[0] ?? line);
      continue;
    }
    const name = pypiName(m[1]!);
    const version = m[3]!;
    components.push({
      name,
      version,
      purl: `pkg:pypi/${name}@${version}`,
      ecosystem: 'PyPI',
      bomRef: `pkg:pypi/${name}@${version}`,
      type: 'library',
      location: rel,
    });
  }
  const notes = unpinned.length
    ? [
        `${rel}: ${unpinned.length} requirement(s) not pinned with == and left out: ${unpinned.slice(0, 10).join(', ')}`,
      ]
    : [];
  return { components, notes };
}

export async function goComponents(
  file: string,
  rel: string,
): Promise<SbomComponent[] | undefined> {
  const text = await readText(file);
  if (text === undefined) return undefined;
  const seen = new Set<string>();
  const components: SbomComponent[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [module, version] = line.trim().split(/\s+/);
    // `<module> <version>/go.mod` lines only pin a go.mod file, not the module's code.
    if (!module || !version || version.endsWith('/go.mod')) continue;
    const key = `${module}@${version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    components.push({
      name: module,
      version,
      purl: `pkg:golang/${module}@${version}`,
      ecosystem: 'Go',
      bomRef: `pkg:golang/${key}`,
      type: 'library',
      location: rel,
    });
  }
  return components;
}
