import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { NO_TOOLS, nativeTools, toolsIn } from '../../src/steps/common/native-tools.js';
import { REPORT_NAME, sast } from '../../src/steps/sast/index.js';
import type { ToolLocator } from '../../src/steps/types.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sast');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function project(fixture: string) {
  const repo = await tempDir('njsscan-repo');
  const out = await tempDir('njsscan-out');
  dirs.push(repo, out);
  await cp(join(FIXTURES, fixture), repo, { recursive: true });
  return { repo, out };
}

async function njsscan(): Promise<ToolLocator> {
  const tools = nativeTools(process.env);
  if (!(await tools.find('njsscan')))
    throw new Error('no njsscan: run scripts/setup.sh (it installs it into .tools/)');
  return tools;
}

async function scan(repo: string, out: string, tools: ToolLocator) {
  const ctx = { ...stepContext('sast', repo, out), tools };
  const result = await sast.run(ctx);
  const findings = (result.attestations[0]?.predicate.findings ?? []) as Finding[];
  return { result, findings, lines: ctx.lines };
}

// checkov and semgrep start slowly (a Python start, then every rule loaded): minutes on a
// busy two-core machine.
describe('sast with njsscan', { timeout: 300_000 }, () => {
  it('adds what only njsscan finds and drops what ESLint or ast-grep report already', async () => {
    const { repo, out } = await project('vulnerable');
    const { result, findings, lines } = await scan(repo, out, await njsscan());
    expect(result.status).toBe('failed');
    // Reflected XSS through res.send: no ESLint or ast-grep rule of ours sees it.
    const xss = findings.find((f) => f.ruleId === 'njsscan/express_xss');
    expect(xss).toMatchObject({ severity: 'high', location: { path: 'server.js', line: 9 } });
    expect(xss?.fingerprint).toMatch(/^[0-9a-f]{32}:1$/);
    // eval, exec, path.join and md5 are ours already (eslint/no-eval, ast-grep's rules).
    for (const dup of ['eval_nodejs', 'generic_os_command_exec', 'node_md5'])
      expect(findings.filter((f) => f.ruleId === `njsscan/${dup}`)).toEqual([]);
    expect(findings.some((f) => f.ruleId === 'eslint/no-eval')).toBe(true);
    const prints = findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    expect(lines.join('\n')).toMatch(
      /njsscan 1\.\d+\.\d+ \(sha256:[0-9a-f]{64}\): \d+ finding\(s\), [1-9]\d* already reported/,
    );
    const sarif = JSON.parse(await readFile(join(out, REPORT_NAME), 'utf8'));
    expect(
      sarif.runs.map((r: { tool: { driver: { name: string } } }) => r.tool.driver.name),
    ).toEqual(['eslint', 'ast-grep', 'njsscan']);
  });

  it('fails on an XSS that only njsscan sees; passes without njsscan, and says so', async () => {
    const repo = await tempDir('njsscan-xss');
    const out = await tempDir('njsscan-xss-out');
    dirs.push(repo, out);
    await mkdir(join(repo, 'src'));
    await writeFile(
      join(repo, 'src', 'hello.js'),
      "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.send('Hello ' + req.query.name);\n});\nmodule.exports = app;\n",
    );
    const native = await scan(repo, out, await njsscan());
    expect(native.result.status).toBe('failed');
    expect(native.findings.map((f) => [f.ruleId, f.location?.line])).toContainEqual([
      'njsscan/express_xss',
      4,
    ]);
    const fallback = await scan(repo, out, NO_TOOLS);
    expect(fallback.result.status).toBe('passed');
    expect(fallback.lines.join('\n')).toMatch(/njsscan is not installed/);
  });

  it('leaves build output out, as ESLint does: the same XSS in dist/ is not reported', async () => {
    const repo = await tempDir('njsscan-dist');
    const out = await tempDir('njsscan-dist-out');
    dirs.push(repo, out);
    const xss =
      "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => {\n  res.send('Hello ' + req.query.name);\n});\nmodule.exports = app;\n";
    for (const folder of ['dist', 'build', 'coverage', 'node_modules/x']) {
      await mkdir(join(repo, folder), { recursive: true });
      await writeFile(join(repo, folder, 'hello.js'), xss);
    }
    const { result, findings } = await scan(repo, out, await njsscan());
    expect(findings.filter((f) => f.ruleId.startsWith('njsscan/'))).toEqual([]);
    expect(result.status).toBe('passed');
  });

  it('fails naming njsscan when it reports its own errors', async () => {
    const { repo, out } = await project('clean');
    const bin = await tempDir('njsscan-bin');
    dirs.push(bin);
    await writeFile(
      join(bin, 'njsscan'),
      '#!/bin/sh\n[ "$1" = -v ] && echo "njsscan: v1.0.2" && exit 0\necho \'{"nodejs":{},"templates":{},"errors":["semgrep not found"]}\' > "$3"\n',
    );
    await chmod(join(bin, 'njsscan'), 0o755);
    await expect(scan(repo, out, toolsIn([bin]))).rejects.toThrow(
      /njsscan reported errors: .*semgrep not found/,
    );
  });
});
