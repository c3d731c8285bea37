import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

const text = readFileSync(join(projectRoot, 'toolbox/Containerfile'), 'utf8');

/** FROM lines whose image is not pinned by a sha256 digest. */
function unpinnedFrom(containerfile: string): string[] {
  return containerfile
    .split('\n')
    .filter((l) => /^FROM\s/i.test(l))
    .filter((l) => !/^FROM\s+(--\S+\s+)*\S+@sha256:[0-9a-f]{64}(\s+AS\s+\S+)?\s*$/i.test(l));
}

describe('toolbox image', () => {
  it('pins every base image by digest', () => {
    expect(text).toMatch(/^FROM /m);
    expect(unpinnedFrom(text)).toEqual([]);
  });

  it('the check rejects a base image pinned by tag only', () => {
    expect(unpinnedFrom('FROM debian:12-slim\n')).toEqual(['FROM debian:12-slim']);
    expect(unpinnedFrom('FROM debian@sha256:abc\n')).toHaveLength(1);
  });

  it.each(['gitleaks', 'shellcheck', 'yamllint', 'buildah', 'podman', 'skopeo', 'umoci', 'nmap'])(
    'installs %s',
    (tool) => expect(text).toContain(tool),
  );

  it.each(['sslscan', 'wapiti', 'NODE_VERSION=24', 'spectral-cli', 'cyclonedx-npm'])(
    'installs %s',
    (tool) => expect(text).toContain(tool),
  );

  it('verifies what it downloads', () => {
    expect(text.match(/sha256sum -c/g)).toHaveLength(2);
  });
});
