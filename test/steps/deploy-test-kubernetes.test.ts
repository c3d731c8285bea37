import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_FILE, writeHandoff } from '../../src/steps/common/handoff.js';
import { deployTest } from '../../src/steps/deploy-test/index.js';
import { renderManifest, repositoryOf } from '../../src/steps/deploy-test/manifest.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * The kubernetes target cannot reach a cluster here (no kind): these tests cover what it
 * applies, the sample service's manifest rendered with the image digest, and its refusal
 * to go on without a kubeconfig.
 */
const MANIFEST = join(
  import.meta.dirname,
  '..',
  '..',
  'examples',
  'sample-service',
  'deploy',
  'k8s.yaml',
);
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const NAME = 'ghcr.io/tollgate-dev/sample-service';

type Doc = {
  kind: string;
  spec: { template: { spec: { containers: { image: string; ports: unknown[] }[] } } };
};
const docsOf = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as Doc);

let root: string;
beforeAll(async () => {
  root = await tempDir('deploy-k8s');
  await writeHandoff(join(root, 'container'), IMAGE_FILE, {
    layout: 'image',
    digest: DIGEST,
    name: NAME,
    ref: `${NAME}:1`,
  });
});
afterAll(() => removeDir(root));

describe('kubernetes manifests', () => {
  it('pins the service container of the sample manifest to the built digest', async () => {
    const text = await readFile(MANIFEST, 'utf8');
    const r = renderManifest(text, MANIFEST, { imageName: NAME, image: `${NAME}@${DIGEST}` });
    expect(r.replaced).toBe(1);
    expect(r.declaredPorts).toEqual([8080]);
    expect(r.deployments).toEqual(['sample-service']);
    const docs = docsOf(r.text);
    expect(docs.map((d) => d.kind)).toEqual(['Deployment', 'Service']);
    const c = docs[0]!.spec.template.spec.containers[0]!;
    expect(c.image).toBe(`${NAME}@${DIGEST}`);
    expect(r.text).not.toContain('0'.repeat(64));
  });

  it('binds the port on 127.0.0.1 for podman kube play', async () => {
    const text = await readFile(MANIFEST, 'utf8');
    const r = renderManifest(text, MANIFEST, {
      imageName: NAME,
      image: `localhost/sample-service@${DIGEST}`,
      publish: { containerPort: 8080, hostPort: 41234 },
    });
    const c = docsOf(r.text)[0]!.spec.template.spec.containers[0]!;
    expect(c.ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP', hostPort: 41234, hostIP: '127.0.0.1' },
    ]);
  });

  it('refuses a manifest without the service image, naming the file and the fix', () => {
    const text =
      'kind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n    - name: x\n      image: nginx:1.27\n';
    expect(() =>
      renderManifest(text, 'deploy/x.yaml', { imageName: NAME, image: `${NAME}@${DIGEST}` }),
    ).toThrow(
      /deploy\/x\.yaml: no container whose image is ghcr\.io\/tollgate-dev\/sample-service/,
    );
  });

  it('reads image references with registry ports, tags and digests', () => {
    expect(repositoryOf('localhost:5000/app:1.2')).toBe('localhost:5000/app');
    expect(repositoryOf(`ghcr.io/o/app@${DIGEST}`)).toBe('ghcr.io/o/app');
    expect(repositoryOf('app')).toBe('app');
  });

  it('renders, then fails without a kubeconfig, pointing at the rendered file', async () => {
    const out = join(root, 'deploy-test');
    const result = await deployTest.run(
      stepContext('deploy-test', root, out, {
        target: 'kubernetes',
        manifest: MANIFEST,
        kubeconfig: join(root, 'nope'),
      }),
    );
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /target kubernetes needs a kubeconfig \(.*nope\) \(the rendered manifest is in .*rendered\/manifest\.yaml;/,
    );
    const rendered = await readFile(join(out, 'rendered', 'manifest.yaml'), 'utf8');
    expect(rendered).toContain(`image: ${NAME}@${DIGEST}`);
  });
});
