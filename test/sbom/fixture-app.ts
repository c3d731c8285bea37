import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * A small npm application as `npm install` leaves it: package.json, a lockfile v3 and the
 * installed packages (just their manifests and licence files), plus the lockfiles of other
 * ecosystems when asked. lodash 4.17.11 is a real vulnerable version (GHSA-jf85-cpcp-j695).
 */
export async function writeFixtureApp(
  dir: string,
  opts: {
    deps?: Record<string, { version: string; license: string; text?: string }>;
    other?: boolean;
  } = {},
): Promise<void> {
  const deps = opts.deps ?? {
    lodash: { version: '4.17.11', license: 'MIT', text: 'Copyright OpenJS Foundation\n' },
    'left-pad': { version: '1.3.0', license: 'WTFPL' },
  };
  const files: Record<string, string> = {};
  const versions = Object.fromEntries(Object.entries(deps).map(([n, d]) => [n, d.version]));
  const root = { name: 'fixture-app', version: '1.0.0', license: 'MIT', dependencies: versions };
  files['package.json'] = JSON.stringify(root);
  const packages: Record<string, unknown> = { '': root };
  for (const [name, d] of Object.entries(deps)) {
    packages[`node_modules/${name}`] = {
      version: d.version,
      license: d.license,
    };
    files[`node_modules/${name}/package.json`] = JSON.stringify({
      name,
      version: d.version,
      license: d.license,
    });
    if (d.text) files[`node_modules/${name}/LICENSE`] = d.text;
  }
  files['package-lock.json'] = JSON.stringify({
    name: root.name,
    version: root.version,
    lockfileVersion: 3,
    requires: true,
    packages,
  });
  if (opts.other) {
    files['requirements.txt'] = '# pinned\nDjango==3.2.0\nrequests>=2.0\n';
    files['go.sum'] = [
      'golang.org/x/text v0.3.7 h1:olpwvP2KacW1ZWvsR7uQhoyTYvKAupfQrRGBFM352Gk=',
      'golang.org/x/text v0.3.7/go.mod h1:5Zoc/QRtKVWzQhOtBMvqHzDpF6irO9z98xDceosuGiQ=',
      '',
    ].join('\n');
  }
  for (const [path, body] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), body);
  }
}
