import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { sast } from '../../src/steps/sast/index.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

/** sast over a repository holding `files`; the attested findings. */
async function scan(files: Record<string, string>, inputs: Record<string, string> = {}) {
  const repo = await tempDir('sast-fp');
  const out = await tempDir('sast-fp-out');
  dirs.push(repo, out);
  for (const [name, text] of Object.entries(files)) await writeFile(join(repo, name), text);
  const result = await sast.run(stepContext('sast', repo, out, inputs));
  const findings = result.attestations[0]!.predicate.findings as Finding[];
  const sarif = JSON.parse(await readFile(join(out, 'sast.sarif'), 'utf8')) as {
    runs: { results: { ruleId: string; partialFingerprints?: Record<string, string> }[] }[];
  };
  return { findings, sarif };
}

/** A tool's SARIF (no fingerprints of its own) with one result at `line` of tool.py. */
const toolSarif = (line: number) =>
  JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'linter', rules: [{ id: 'exec' }] } },
        results: [
          {
            ruleId: 'exec',
            level: 'error',
            message: { text: 'exec of input' },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: 'tool.py' },
                  region: { startLine: line },
                },
              },
            ],
          },
        ],
      },
    ],
  });

const HANDLER = [
  'export function handle(input: string): void {',
  '  log(input);',
  '  eval(input);',
  '  log(input);',
  '  eval(input);',
  '  log(input);',
  '}',
  '',
].join('\n');

describe('sast fingerprints', () => {
  it('gives two equal eval lines of one file two fingerprints, in SARIF too', async () => {
    const { findings, sarif } = await scan({ 'handler.ts': HANDLER });
    const evals = findings.filter((f) => f.ruleId === 'eslint/no-eval');
    expect(evals.map((f) => f.location?.line).sort()).toEqual([3, 5]);
    expect(new Set(evals.map((f) => f.fingerprint)).size).toBe(2);
    const hashes = sarif.runs
      .flatMap((r) => r.results)
      .filter((r) => r.ruleId === 'eslint/no-eval')
      .map((r) => r.partialFingerprints?.primaryLocationLineHash);
    expect(new Set(hashes).size).toBe(2);
  });

  it('keeps the fingerprint of an ingested result without one when lines are added above it', async () => {
    const code = 'def run(text):\n    check(text)\n    exec(text)\n    return None\n';
    const before = await scan(
      { 'tool.py': code, 'linter.sarif': toolSarif(3) },
      { sarif: 'linter.sarif' },
    );
    const after = await scan(
      { 'tool.py': `import os\nimport sys\n\n\n${code}`, 'linter.sarif': toolSarif(7) },
      { sarif: 'linter.sarif' },
    );
    const print = (r: { findings: Finding[] }) =>
      r.findings.find((f) => f.ruleId === 'linter/exec')?.fingerprint;
    expect(print(before)).toMatch(/^[0-9a-f]{32}:1$/);
    expect(print(after)).toBe(print(before));
  });
});
