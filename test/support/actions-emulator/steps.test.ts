import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorkflow } from './emulator.js';
import { makeRepo, removeScratch, scratch } from './repo.js';

let head = '';
const runIn = (files: Record<string, string>) => {
  const repo = makeRepo(files);
  head = repo.head;
  return track(
    runWorkflow({
      repo: repo.dir,
      workflow: '.github/workflows/ci.yml',
      event: { name: 'push', sha: repo.head },
    }),
  );
};

const track = async <T extends { workDir: string }>(p: Promise<T>): Promise<T> => {
  const r = await p;
  scratch.push(r.workDir);
  return r;
};

afterAll(removeScratch);

describe('steps', () => {
  it('runs run: steps in bash -eo pipefail with env at every level, GITHUB_ENV and GITHUB_PATH', async () => {
    const r = await runIn({
      '.github/workflows/ci.yml': `name: CI
on: push
env:
  LEVEL: workflow
  ONLY_WORKFLOW: w
jobs:
  env:
    runs-on: ubuntu-24.04
    env:
      LEVEL: job
    steps:
      - env:
          LEVEL: step
        run: echo "$LEVEL $ONLY_WORKFLOW \${{ env.LEVEL }} $RUNNER_OS $GITHUB_EVENT_NAME $GITHUB_REF"
      - run: |
          echo "LATER=from-env-file" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - run: echo "$LEVEL $LATER \${{ env.LATER }}"; mytool
      - run: node -e 'const e=require(process.env.GITHUB_EVENT_PATH);console.log(e.ref, e.after===process.env.GITHUB_SHA, e.repository.full_name)'
      - id: pipe
        continue-on-error: true
        run: |
          false | cat
          echo not reached
`,
    });
    const steps = r.job('env').steps;
    expect(steps[0]?.log).toBe('step w step Linux push refs/heads/main');
    expect(steps[2]?.log).toBe('job from-env-file from-env-file\ntool ran');
    expect(steps[3]?.log).toBe('refs/heads/main true acme/shop');
    expect(steps[4]?.outcome).toBe('failure');
    expect(steps[4]?.log).toBe('');
  });

  it('gives a pull request run its payload, merge ref and a detached checkout', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': `name: CI
on: pull_request
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: |
          echo "$GITHUB_REF $GITHUB_HEAD_REF $GITHUB_BASE_REF \${{ github.event.pull_request.number }} \${{ github.event.pull_request.head.sha == github.sha }}"
          git rev-parse --abbrev-ref HEAD
          git rev-parse HEAD
          node -e 'const e=require(process.env.GITHUB_EVENT_PATH);console.log(e.pull_request.base.ref, e.pull_request.base.sha)'
`,
    });
    const head = repo.commit({ 'change.txt': 'x\n' });
    const r = await track(
      runWorkflow({
        repo: repo.dir,
        workflow: '.github/workflows/ci.yml',
        event: {
          name: 'pull_request',
          sha: head,
          branch: 'feature',
          pull: { number: 7, base: 'main', baseSha: repo.head },
        },
      }),
    );
    expect(r.job('j').steps[1]?.log.split('\n')).toEqual([
      'refs/pull/7/merge feature main 7 true',
      'HEAD',
      head,
      `main ${repo.head}`,
    ]);
  });

  it('fetch-depth 0 brings the whole history and the branches as origin/*; the default only the commit', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': `name: CI
on: pull_request
jobs:
  full:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - run: |
          git rev-parse origin/main
          git rev-list --count HEAD
  shallow:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: |
          git rev-parse --verify -q origin/main || echo none
          git rev-list --count HEAD
`,
    });
    execFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: repo.dir });
    const head = repo.commit({ 'change.txt': 'x\n' });
    const r = await track(
      runWorkflow({
        repo: repo.dir,
        workflow: '.github/workflows/ci.yml',
        event: {
          name: 'pull_request',
          sha: head,
          branch: 'feature',
          pull: { number: 7, base: 'main', baseSha: repo.head },
        },
      }),
    );
    expect(r.job('full').steps[1]?.log.split('\n')).toEqual([repo.head, '2']);
    expect(r.job('shallow').steps[1]?.log.split('\n')).toEqual(['none', '1']);
  });

  it('uploads artifacts and downloads them by name, by pattern, merged or one folder each', async () => {
    const r = await runIn({
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  up-a:
    runs-on: ubuntu-24.04
    steps:
      - run: mkdir -p out/deep && echo a > out/a.txt && echo deep > out/deep/d.txt && echo x > out/skip.log
      - uses: actions/upload-artifact@v4
        with:
          name: part-a
          path: |
            out/
            !out/*.log
  up-b:
    runs-on: ubuntu-24.04
    steps:
      - run: mkdir -p out && echo b > out/b.txt
      - uses: actions/upload-artifact@v4
        with:
          name: part-b
          path: out/*.txt
      - uses: actions/upload-artifact@v4
        with:
          name: other
          path: out/b.txt
  down:
    needs: [up-a, up-b]
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/download-artifact@v4
        with:
          pattern: part-*
          merge-multiple: true
          path: merged
      - uses: actions/download-artifact@v4
        with:
          pattern: part-*
          path: apart
      - uses: actions/download-artifact@v4
        with:
          name: other
      - run: find merged apart b.txt -type f | sort
  missing:
    needs: up-a
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: no-such-artifact
      - run: echo never
`,
    });
    expect(r.job('up-a').artifacts).toEqual(['part-a']);
    expect(r.artifacts.map((a) => [a.name, a.files])).toEqual(
      expect.arrayContaining([
        ['part-a', ['a.txt', 'deep/d.txt']],
        ['part-b', ['b.txt']],
        ['other', ['b.txt']],
      ]),
    );
    expect(r.job('down').steps.at(-1)?.log).toBe(
      [
        'apart/part-a/a.txt',
        'apart/part-a/deep/d.txt',
        'apart/part-b/b.txt',
        'b.txt',
        'merged/a.txt',
        'merged/b.txt',
        'merged/deep/d.txt',
      ].join('\n'),
    );
    const missing = r.job('missing');
    expect(missing.result).toBe('failure');
    expect(missing.firstError).toMatch(
      /^Unable to download artifact\(s\): Artifact not found for name: no-such-artifact/,
    );
    expect(missing.steps[1]?.outcome).toBe('skipped');
  });

  it('fails a job that uses an action it does not know, naming it', async () => {
    const r = await runIn({
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - uses: someone/unknown-action@v1
`,
    });
    expect(r.job('j').result).toBe('failure');
    expect(r.job('j').steps[0]?.inputs).toEqual({ 'node-version': '24' });
    expect(r.job('j').firstError).toMatch(
      /^unknown action someone\/unknown-action@v1: the emulator has no emulation of it/,
    );
  });

  it("setup-node puts the emulator's Node first on PATH from the tool cache; another major fails", async () => {
    const r = await runIn({
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  node:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: 24.x
      - run: node --version && command -v node
  old:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: 18
`,
    });
    const [version, where] = (r.job('node').steps[1]?.log ?? '').split('\n');
    expect(version).toMatch(/^v24\./);
    expect(where).toBe(join(r.workDir, 'tool-cache/node', version!.slice(1), 'x64/bin/node'));
    expect(r.job('old').result).toBe('failure');
    expect(r.job('old').firstError).toBe(
      `setup-node: Node.js 18 is not available in the emulator (it has ${version} only)`,
    );
  });

  it("gives a JavaScript action its inputs as INPUT_* with GitHub's name mangling and reads its outputs", async () => {
    const r = await runIn({
      'my-action/action.yml': `name: mine
inputs:
  some input-name:
    default: dflt
  from-expression:
    default: \${{ github.repository }}
outputs:
  echoed: {}
runs:
  using: node24
  main: index.js
`,
      'my-action/index.js': `const fs = require('node:fs');
const names = Object.keys(process.env).filter((k) => k.startsWith('INPUT_')).sort();
console.log(names.map((k) => k + '=' + process.env[k]).join(' '));
fs.appendFileSync(process.env.GITHUB_OUTPUT, 'echoed=' + process.version.split('.')[0] + '\\n');
console.log('::error::something to report');
`,
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - id: mine
        uses: ./my-action
        with:
          extra: x
      - run: echo "\${{ steps.mine.outputs.echoed }}"
`,
    });
    const [, mine, echo] = r.job('j').steps;
    expect(mine?.log).toBe(
      'INPUT_EXTRA=x INPUT_FROM-EXPRESSION=acme/shop INPUT_SOME_INPUT-NAME=dflt\n::error::something to report',
    );
    expect(mine?.annotations).toEqual([
      {
        level: 'warning',
        message:
          "Unexpected input(s) 'extra', valid inputs are ['some input-name', 'from-expression']",
      },
      { level: 'error', message: 'something to report' },
    ]);
    expect(echo?.log).toBe('v24');
  });

  it("runs a Tollgate step action from a clean archive of this repository's HEAD", async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const r = await runIn({
      'package.json': JSON.stringify({ name: 'small', version: '1.0.0', type: 'module' }),
      'src/index.js': 'export const add = (a, b) => a + b;\n',
      'build.mjs':
        "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('dist', { recursive: true });\nwriteFileSync('dist/openapi.json', JSON.stringify({ openapi: '3.0.3', info: { title: 'small', version: '1' }, paths: {} }));\n",
      'ci.key': privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      '.github/workflows/ci.yml': `name: CI
on: push
jobs:
  build:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - id: compile
        uses: tollgate-dev/tollgate/actions/compile@v1
        with:
          signer: key
          key: ci.key
          build-command: node build.mjs
  gate:
    needs: build
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/download-artifact@v4
        with:
          pattern: tollgate-*
          merge-multiple: true
          path: bundles
      - run: ls bundles
`,
    });
    const build = r.job('build');
    const step = build.steps[1];
    expect(step?.kind).toBe('tollgate:actions/compile');
    expect(build.result, build.firstError).toBe('success');
    expect(step?.outputs).toMatchObject({
      result: 'passed',
      'bundle-path': 'tollgate-reports/compile.sigstore.json',
    });
    // Uploaded by the action itself through @actions/artifact and the emulated results service.
    const artifact = r.artifacts.find((a) => a.name === 'tollgate-compile');
    expect(artifact?.job).toBe('build');
    expect(artifact?.files).toContain('compile.sigstore.json');
    const bundle = JSON.parse(
      readFileSync(join(artifact?.dir ?? '', 'compile.sigstore.json'), 'utf8'),
    ) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(
      Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'),
    ) as { subject: { digest: { gitCommit?: string } }[] };
    expect(statement.subject.map((s) => s.digest.gitCommit)).toContain(head);
    expect(r.job('gate').steps.at(-1)?.log.split('\n')).toContain('compile.sigstore.json');
  });
});
