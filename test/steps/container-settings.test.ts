import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseBuilder } from '../../src/steps/container/choose.js';
import { baseImages, placeholderBases } from '../../src/steps/container/from-lines.js';
import { appLayer } from '../../src/steps/container/node/app.js';
import { commandOf, defaultCommand } from '../../src/steps/container/node/config.js';
import { dpkgNames, parseDpkgSearch, stanzaOf } from '../../src/steps/container/node/dpkg.js';
import { parseLdd } from '../../src/steps/container/node/ldd.js';
import { imageSettings, parseBuildArgs } from '../../src/steps/container/settings.js';
import { stepContext } from './step-context.js';

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'tollgate-container-settings-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const ctx = (inputs: Record<string, string> = {}) =>
  stepContext('container', repo, join(repo, 'out'), inputs);
const tools =
  (...present: string[]) =>
  (c: string) =>
    present.includes(c);

describe('builder choice', () => {
  it('auto: a Containerfile → buildah, docker only without buildah, node for a bare package.json', () => {
    writeFileSync(join(repo, 'package.json'), '{}');
    expect(chooseBuilder(ctx(), repo, tools('buildah')).builder).toBe('node');
    writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\n');
    expect(chooseBuilder(ctx(), repo, tools('buildah', 'docker'))).toEqual({
      builder: 'buildah',
      containerfile: join(repo, 'Dockerfile'),
    });
    expect(chooseBuilder(ctx(), repo, tools('docker')).builder).toBe('docker');
    expect(() => chooseBuilder(ctx(), repo, tools())).toThrow(/neither buildah nor docker/);
    expect(chooseBuilder(ctx({ builder: 'node' }), repo, tools('buildah')).builder).toBe('node');
  });

  it('refuses a project it cannot build, an unknown builder and a missing named Containerfile', () => {
    expect(() => chooseBuilder(ctx(), repo, tools('buildah'))).toThrow(
      /no Containerfile or Dockerfile in/,
    );
    expect(() => chooseBuilder(ctx({ builder: 'kaniko' }), repo)).toThrow(/builder "kaniko"/);
    writeFileSync(join(repo, 'package.json'), '{}');
    expect(() =>
      chooseBuilder(ctx({ containerfile: 'deploy/Containerfile' }), repo, tools('buildah')),
    ).toThrow(/no deploy\/Containerfile in/);
  });

  it('says so when the chosen tool is not installed', () => {
    writeFileSync(join(repo, 'Containerfile'), 'FROM scratch\n');
    expect(() => chooseBuilder(ctx({ builder: 'docker' }), repo, tools('buildah'))).toThrow(
      /docker is not installed/,
    );
  });
});

describe('image settings', () => {
  it('defaults the name to the repository, lower-cased, and the tag to 12 characters of the commit', () => {
    const c = ctx();
    c.repository = 'Example/My-Service';
    c.commit = 'abcdef0123456789abcdef0123456789abcdef01';
    expect(imageSettings(c)).toMatchObject({
      name: 'my-service',
      tag: 'abcdef012345',
      ref: 'my-service:abcdef012345',
    });
    expect(imageSettings(ctx({ image: 'ghcr.io/o/app', tag: 'v1.2' })).ref).toBe(
      'ghcr.io/o/app:v1.2',
    );
    expect(() => imageSettings(ctx({ image: 'Bad Name' }))).toThrow(/not a valid image name/);
    expect(() => imageSettings(ctx({ tag: '-x' }))).toThrow(/not a valid tag/);
  });

  it('reads build-args as KEY=VALUE lines', () => {
    expect(parseBuildArgs('A=1\n# note\n\nB = two=2\n')).toEqual({ A: '1', B: 'two=2' });
    expect(() => parseBuildArgs('NOVALUE')).toThrow(/not KEY=VALUE/);
  });

  it('takes the command from scripts.start, else main, else asks for the input', async () => {
    writeFileSync(
      join(repo, 'package.json'),
      '{"main":"lib/index.js","scripts":{"start":"node dist/main.js"}}',
    );
    expect(await defaultCommand(repo)).toEqual(['node', '/app/dist/main.js']);
    writeFileSync(
      join(repo, 'package.json'),
      '{"main":"./lib/index.js","scripts":{"start":"tsx src"}}',
    );
    expect(await defaultCommand(repo)).toEqual(['node', '/app/lib/index.js']);
    writeFileSync(join(repo, 'package.json'), '{}');
    await expect(defaultCommand(repo)).rejects.toThrow(/no "main"/);
    expect(commandOf('["node","-e","1 + 1"]')).toEqual(['node', '-e', '1 + 1']);
    expect(commandOf('node  /app/x.js')).toEqual(['node', '/app/x.js']);
  });
});

describe('ldd and dpkg output', () => {
  it('parses ldd lines, skipping the vdso and reporting missing libraries', () => {
    const out = [
      '\tlinux-vdso.so.1 (0x00007ffc)',
      '\tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f03)',
      '\tlibfoo.so.1 => not found',
      '\t/lib64/ld-linux-x86-64.so.2 (0x00007f03acb04000)',
    ].join('\n');
    expect(parseLdd(out)).toEqual({
      libraries: ['/lib/x86_64-linux-gnu/libstdc++.so.6', '/lib64/ld-linux-x86-64.so.2'],
      missing: ['libfoo.so.1'],
    });
  });

  it('asks dpkg for a merged-/usr path under its /lib name too', () => {
    expect(dpkgNames('/usr/lib/x86_64-linux-gnu/libc.so.6')).toEqual([
      '/usr/lib/x86_64-linux-gnu/libc.so.6',
      '/lib/x86_64-linux-gnu/libc.so.6',
    ]);
    expect(dpkgNames('/etc/ssl/certs/ca-certificates.crt')).toEqual([
      '/etc/ssl/certs/ca-certificates.crt',
    ]);
  });

  it('parses dpkg -S and picks the installed stanza of the right architecture', () => {
    const owners = parseDpkgSearch(
      'libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6\ndiversion by x from: /y\nlibgcc-s1:amd64, libgcc-s1:i386: /usr/share/doc/x\n',
    );
    expect(owners.get('/lib/x86_64-linux-gnu/libc.so.6')).toEqual(['libc6:amd64']);
    expect(owners.get('/usr/share/doc/x')).toEqual(['libgcc-s1:amd64', 'libgcc-s1:i386']);
    const status = [
      'Package: libc6\nStatus: install ok installed\nArchitecture: i386\nVersion: 1',
      'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2',
      'Package: gone\nStatus: deinstall ok config-files\nArchitecture: amd64',
    ].join('\n\n');
    expect(stanzaOf(status, 'libc6:amd64')).toContain('Version: 2');
    expect(stanzaOf(status, 'gone:amd64')).toBeUndefined();
  });
});

describe('app layer', () => {
  it('packs dist, package.json and only the production dependencies (npm ls --omit=dev)', async () => {
    const pkg = (dir: string, json: object) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify(json));
    };
    pkg(repo, {
      name: 'x',
      version: '1.0.0',
      dependencies: { prod: '1.0.0' },
      devDependencies: { dev: '1.0.0' },
    });
    pkg(join(repo, 'node_modules', 'prod'), { name: 'prod', version: '1.0.0' });
    pkg(join(repo, 'node_modules', 'dev'), { name: 'dev', version: '1.0.0' });
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist', 'main.js'), 'console.log(1)\n');
    const app = await appLayer(ctx(), repo);
    expect(app.files.map((f) => f.name)).toEqual([
      'dist/main.js',
      'node_modules/prod/package.json',
      'package.json',
    ]);
    expect(app.entries.some((e) => e.path === '/app/node_modules/dev/package.json')).toBe(false);
  });
});

describe('Containerfile base images', () => {
  it('substitutes ARG defaults and build-args, skips scratch and earlier stages', () => {
    const text = [
      'ARG BASE=docker.io/library/node:24-slim',
      'FROM ${BASE} AS build',
      'RUN echo \\',
      '  FROM nothing',
      'FROM build AS test',
      'FROM --platform=linux/amd64 $BASE',
      'FROM scratch',
    ].join('\n');
    expect(baseImages(text, {})).toEqual([
      'docker.io/library/node:24-slim',
      'docker.io/library/node:24-slim',
    ]);
    expect(baseImages(text, { BASE: 'registry.local/node@sha256:' + 'a'.repeat(64) })[0]).toMatch(
      /^registry\.local/,
    );
  });

  it('finds the placeholder digests of the sample service, unless build-args replace them', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../examples/sample-service/Containerfile'),
      'utf8',
    );
    const images = baseImages(text, {});
    expect(images).toHaveLength(2);
    expect(placeholderBases(images)).toEqual([images[0]]);
    const real = `docker.io/library/node:24-slim@sha256:${'1'.repeat(64)}`;
    expect(placeholderBases(baseImages(text, { BUILD_IMAGE: real, RUNTIME_IMAGE: real }))).toEqual(
      [],
    );
  });
});
