import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { PREDICATE } from '../../src/attest/predicates/types.js';
import { lintLanguage } from '../../src/steps/lint-language/index.js';
import { lintContext } from './lint-context.js';

const findingsOf = (r: { attestations: { predicate: Record<string, unknown> }[] }) =>
  r.attestations[0]!.predicate.findings as Finding[];

describe('lint-language', () => {
  it('passes a clean TypeScript, JavaScript and shell project with the built-in config', async () => {
    const ctx = await lintContext('lint-language', 'language/clean');
    const r = await lintLanguage.run(ctx);
    expect(r.reason).toMatch(/^0 findings/);
    expect(r.status).toBe('passed');
    expect(r.attestations[0]!.predicateType).toBe(PREDICATE.scanResult);
    const sarif = JSON.parse(await readFile(join(ctx.outDir, 'lint-language.sarif'), 'utf8'));
    expect(
      sarif.runs.map((x: { tool: { driver: { name: string } } }) => x.tool.driver.name),
    ).toEqual(['eslint', 'shellcheck']);
    const report = r.attestations[0]!.predicate.report as { digest: { sha256: string } };
    expect(report.digest.sha256).toBe(r.products[0]!.digest.sha256);
  });

  it('fails on an ESLint error in a .ts file, as high', async () => {
    const r = await lintLanguage.run(await lintContext('lint-language', 'language/ts-error'));
    expect(r.status).toBe('failed');
    expect(findingsOf(r)).toContainEqual(
      expect.objectContaining({
        ruleId: '@typescript-eslint/no-explicit-any',
        severity: 'high',
        location: { path: 'src/bad.ts', line: 2 },
      }),
    );
  });

  it('attests a ShellCheck warning as medium; it passes at the default fail-on (high)', async () => {
    const r = await lintLanguage.run(await lintContext('lint-language', 'language/shell-warning'));
    expect(r.status).toBe('passed');
    expect(findingsOf(r).map((f) => f.ruleId)).toEqual(['SC2034']);
  });

  it('fails on a ShellCheck warning, as medium, with fail-on: medium', async () => {
    const r = await lintLanguage.run(
      await lintContext('lint-language', 'language/shell-warning', { 'fail-on': 'medium' }),
    );
    expect(r.status).toBe('failed');
    expect(findingsOf(r)).toEqual([
      expect.objectContaining({
        ruleId: 'SC2034',
        severity: 'medium',
        location: { path: 'deploy.sh', line: 3 },
      }),
    ]);
  });

  it('fails, naming ESLint and the file, when a file cannot be parsed', async () => {
    const r = await lintLanguage.run(await lintContext('lint-language', 'language/broken-ts'));
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/eslint could not parse broken\.mts:\d+/);
  });

  it('reads checkstyle XML and plain JSON from the command input', async () => {
    const xml = await lintLanguage.run(
      await lintContext('lint-language', 'language/command', { command: 'cat checkstyle.xml' }),
    );
    expect(findingsOf(xml)).toEqual([
      expect.objectContaining({
        ruleId: 'C0114',
        severity: 'medium',
        location: { path: 'lint.py', line: 1 },
      }),
    ]);
    const json = await lintLanguage.run(
      await lintContext('lint-language', 'language/command', { command: 'cat findings.json' }),
    );
    expect(findingsOf(json)).toEqual([
      expect.objectContaining({
        ruleId: 'E501',
        severity: 'high',
        location: { path: 'lint.py', line: 1 },
      }),
    ]);
  });

  it('fails, naming the tool, on malformed command output', async () => {
    const r = await lintLanguage.run(
      await lintContext('lint-language', 'language/command', { command: 'cat malformed.sarif' }),
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/cat wrote its standard output, which is not valid SARIF/);
    const garbage = await lintLanguage.run(
      await lintContext('lint-language', 'language/command', { command: 'echo not a report' }),
    );
    expect(garbage.reason).toMatch(/echo wrote its standard output: neither JSON nor XML/);
  });

  it('refuses a requested language it has no linter for when no command is set', async () => {
    const r = await lintLanguage.run(
      await lintContext('lint-language', 'language/command', { language: 'python' }),
    );
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/no linter for python/);
  });
});
