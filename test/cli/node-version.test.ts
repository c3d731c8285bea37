import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

const bin = join(projectRoot, 'bin/tollgate.js');

/** Runs bin/tollgate.js with `process.versions.node` replaced, as an older Node would report it. */
function runAs(version: string, argv: string[]) {
  const fake = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  const r = spawnSync(process.execPath, ['--import', fake, bin, ...argv], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/tollgate.js checks the Node version first', () => {
  it.each(['20.20.2', '22.22.0', '24.14.9', '18.0.0'])(
    'Node %s: exit 2 with the version needed, the one found and how to fix it',
    (version) => {
      const r = runAs(version, ['--help']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('needs Node.js 24.15.0 or newer');
      expect(r.stderr).toContain(`this is Node.js ${version}`);
      expect(r.stderr).toContain('hint: install Node.js 24');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('the boundary is 24.15.0: 24.14.9 stops, 24.15.0 and later go on', () => {
    expect(runAs('24.14.9', ['--version']).code).toBe(2);
    for (const version of ['24.15.0', '24.21.0', '25.0.0', '30.1.2'])
      expect(runAs(version, ['--version']).stderr, version).not.toContain('needs Node.js');
  });

  it('requires the version package.json `engines` names', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const source = readFileSync(bin, 'utf8');
    const required = /const REQUIRED = \[(\d+), (\d+), (\d+)\]/.exec(source)!.slice(1).join('.');
    expect(pkg.engines.node).toBe(`>=${required}`);
  });
});
