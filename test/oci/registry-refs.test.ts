import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatImageRef, isLoopbackHost, parseImageRef } from '../../src/oci/refs.js';
import { credentialsFor } from '../../src/oci/registry/credentials.js';
import { RegistryHttp, parseChallenge } from '../../src/oci/registry/http.js';
import { imageSteps } from '../../src/oci/registry/image-steps.js';
import { removeDir, tempDir } from '../steps/step-context.js';

const D = `sha256:${'ab'.repeat(32)}`;

describe('image references', () => {
  it('parses registry references with port, tag and digest', () => {
    expect(parseImageRef(`127.0.0.1:5000/acme/app:v1@${D}`)).toEqual({
      kind: 'registry',
      registry: '127.0.0.1:5000',
      repository: 'acme/app',
      tag: 'v1',
      digest: D,
    });
    expect(parseImageRef('ghcr.io/acme/app')).toEqual({
      kind: 'registry',
      registry: 'ghcr.io',
      repository: 'acme/app',
    });
    expect(parseImageRef('busybox:1')).toMatchObject({
      registry: 'docker.io',
      repository: 'library/busybox',
    });
  });

  it('parses oci: layout references with a tag or a digest', () => {
    expect(parseImageRef('oci:/tmp/x/registry:1.0')).toEqual({
      kind: 'layout',
      dir: '/tmp/x/registry',
      tag: '1.0',
    });
    expect(parseImageRef(`oci:out/reg@${D}`)).toEqual({
      kind: 'layout',
      dir: 'out/reg',
      digest: D,
    });
    expect(parseImageRef(`oci:out/reg:${D}`)).toEqual({
      kind: 'layout',
      dir: 'out/reg',
      digest: D,
    });
    expect(parseImageRef('oci:out/reg')).toEqual({ kind: 'layout', dir: 'out/reg' });
    expect(parseImageRef('oci:out/image:sample-service:1.0')).toEqual({
      kind: 'layout',
      dir: 'out/image',
      tag: 'sample-service:1.0',
    });
    expect(formatImageRef(parseImageRef('oci:out/reg:1'), { digest: D })).toBe(`oci:out/reg@${D}`);
  });

  it('rejects malformed references as usage errors', () => {
    for (const bad of ['ghcr.io/Acme/App', `ghcr.io/a@sha256:xyz`, 'ghcr.io/a:bad tag', 'oci:']) {
      expect(() => parseImageRef(bad), bad).toThrow(expect.objectContaining({ code: 'USAGE' }));
    }
  });

  it('speaks plain http only to this machine unless insecure is set', () => {
    expect(isLoopbackHost('127.0.0.1:5000')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('registry.local:5000')).toBe(false);
    expect(new RegistryHttp({ registry: '127.0.0.1:5000' }).base).toBe('http://127.0.0.1:5000');
    expect(new RegistryHttp({ registry: 'ghcr.io' }).base).toBe('https://ghcr.io');
    expect(new RegistryHttp({ registry: 'mirror:5000', insecure: true }).base).toBe(
      'http://mirror:5000',
    );
  });

  it('parses Bearer challenges', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull' },
    });
  });

  it('takes the image steps from the pipeline graph, without publish-image', () => {
    expect(imageSteps()).toEqual(['container', 'sca', 'container-scan', 'sign-image']);
  });
});

describe('registry credentials', () => {
  let home: string;
  beforeAll(async () => {
    home = await tempDir('registry-creds');
    await mkdir(join(home, '.docker'));
    await writeFile(
      join(home, '.docker/config.json'),
      JSON.stringify({
        auths: { 'https://ghcr.io': { auth: Buffer.from('octo:tok:en').toString('base64') } },
      }),
    );
    await writeFile(
      join(home, 'podman.json'),
      JSON.stringify({ auths: { 'quay.io': { username: 'q', password: 'p' } } }),
    );
  });
  afterAll(() => removeDir(home));

  it('prefers given credentials, then the environment, then auth files', () => {
    const env = { HOME: home, REGISTRY_AUTH_FILE: join(home, 'podman.json') };
    expect(credentialsFor('ghcr.io', env)).toMatchObject({ username: 'octo', password: 'tok:en' });
    expect(credentialsFor('quay.io', env)).toMatchObject({ username: 'q', password: 'p' });
    expect(credentialsFor('other.io', env)).toBeUndefined();
    const withEnv = { ...env, TOLLGATE_REGISTRY_USERNAME: 'u', TOLLGATE_REGISTRY_PASSWORD: 'v' };
    expect(credentialsFor('ghcr.io', withEnv)).toMatchObject({ username: 'u', password: 'v' });
    expect(credentialsFor('ghcr.io', withEnv, { username: 'x', password: 'y' })).toMatchObject({
      username: 'x',
    });
  });

  it('names an auth file that is not JSON', async () => {
    await writeFile(join(home, 'broken.json'), '{');
    expect(() =>
      credentialsFor('ghcr.io', { HOME: home, REGISTRY_AUTH_FILE: join(home, 'broken.json') }),
    ).toThrow(/broken\.json: not JSON/);
  });
});
