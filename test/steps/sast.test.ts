import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TollgateError } from '../../src/core/errors.js';
import { readSarif } from '../../src/steps/common/sarif.js';
import { REPORT_NAME, sast } from '../../src/steps/sast/index.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sast');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function project(fixture: string) {
  const repo = await tempDir('sast');
  const out = await tempDir('sast-out');
  dirs.push(repo, out);
  await cp(join(FIXTURES, fixture), repo, { recursive: true });
  return { repo, out };
}

async function scan(repo: string, out: string, inputs: Record<string, string> = {}) {
  const result = await sast.run(stepContext('sast', repo, out, inputs));
  const log = JSON.parse(await readFile(join(out, REPORT_NAME), 'utf8')) as unknown;
  const { findings, tools } = readSarif(log, { tool: 'test', file: REPORT_NAME });
  return {
    result,
    findings,
    tools,
    at: (rule: string) => findings.filter((f) => f.ruleId === rule),
  };
}

describe('sast', () => {
  it('passes clean JavaScript, TypeScript and Python', async () => {
    const { repo, out } = await project('clean');
    const { result, findings, tools } = await scan(repo, out);
    expect(findings).toEqual([]);
    expect(result.status).toBe('passed');
    expect(tools.map((t) => t.name)).toEqual(['eslint', 'ast-grep']);
  });

  it('fails eval of user input through ESLint, and ignores the project’s own ESLint config', async () => {
    const { repo, out } = await project('vulnerable');
    // A project config switching everything off must not weaken the attested scan.
    await writeFile(join(repo, 'eslint.config.js'), 'export default [{ rules: {} }];\n');
    await writeFile(
      join(repo, 'handler.ts'),
      'export const run = (input: string): unknown => eval(input);\n',
    );
    const { result, at } = await scan(repo, out);
    expect(result.status).toBe('failed');
    expect(at('eslint/no-eval').map((f) => [f.location?.path, f.severity])).toEqual(
      expect.arrayContaining([
        ['server.js', 'high'],
        ['handler.ts', 'high'],
      ]),
    );
    expect(at('security/detect-child-process').length).toBeGreaterThan(0);
  });

  it('finds Python, Go and JavaScript patterns with the ast-grep rules', async () => {
    const { repo, out } = await project('vulnerable');
    const { findings, at } = await scan(repo, out);
    expect(at('ast-grep/py-pickle-loads')[0]).toMatchObject({
      severity: 'high',
      location: { path: 'app.py', line: 11 },
    });
    const rules = new Set(findings.map((f) => f.ruleId));
    for (const rule of [
      'py-yaml-unsafe-load',
      'py-shell-injection',
      'py-eval',
      'py-weak-hash',
      'py-path-traversal',
      'py-hardcoded-credential',
      'go-shell-injection',
      'go-weak-crypto',
      'go-path-traversal',
      'go-hardcoded-credential',
      'js-shell-injection',
      'js-path-traversal',
      'js-weak-crypto',
    ]) {
      expect(rules, rule).toContain(`ast-grep/${rule}`);
    }
    // yaml.load with SafeLoader and md5 with usedforsecurity=False are not findings.
    expect(at('ast-grep/py-yaml-unsafe-load')).toHaveLength(1);
    expect(at('ast-grep/py-weak-hash')).toHaveLength(1);
  });

  it('ingests SARIF from the project’s own tools', async () => {
    const { repo, out } = await project('clean');
    await mkdir(join(repo, 'reports'));
    await cp(join(FIXTURES, 'semgrep.sarif'), join(repo, 'reports', 'semgrep.sarif'));
    const { result, at, tools } = await scan(repo, out, {
      sarif: 'reports/*.sarif, missing/*.sarif',
    });
    expect(tools.map((t) => t.name)).toContain('Semgrep OSS');
    expect(at('Semgrep OSS/python.lang.security.audit.exec-detected')).toEqual([
      expect.objectContaining({ severity: 'high', location: { path: 'tool.py', line: 5 } }),
    ]);
    expect(result.status).toBe('failed');
  });

  it('fails with an error naming the tool and the file on malformed SARIF input', async () => {
    const { repo, out } = await project('clean');
    await writeFile(join(repo, 'broken.sarif'), '{"version": "2.1.0", "runs": [');
    const err = await scan(repo, out, { sarif: 'broken.sarif' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TollgateError);
    expect((err as Error).message).toMatch(/sast input "sarif" wrote .*broken\.sarif.*not JSON/);
    await writeFile(join(repo, 'broken.sarif'), '{"version": "2.1.0", "runs": [{"tool": {}}]}');
    await expect(scan(repo, out, { sarif: 'broken.sarif' })).rejects.toThrow(
      /broken\.sarif.*driver\.name/,
    );
  });
});
