import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { assignFingerprints, lineContext } from '../../src/steps/common/fingerprint.js';
import { addFingerprints } from '../../src/steps/common/scan-step.js';

const at = (line: number, ruleId = 'r', path = 'a.ts'): Finding => ({
  ruleId,
  severity: 'high',
  location: { path, line },
});

/** Fingerprints of findings at `lines` in a repository holding `text` as a.ts. */
async function printsIn(text: string, lines: number[], rules?: string[]): Promise<string[]> {
  const repo = await mkdtemp(join(tmpdir(), 'tollgate-fp-'));
  await writeFile(join(repo, 'a.ts'), text);
  const findings = lines.map((l, i) => at(l, rules?.[i]));
  await addFingerprints(repo, findings);
  return findings.map((f) => f.fingerprint!);
}

const FILE = [
  'function run() {',
  '  step();',
  '  if (x) {',
  '    eval(input);',
  '  }',
  '  step();',
  '  if (x) {',
  '    eval(input);',
  '  }',
  '  step();',
  '}',
  '',
].join('\n');

describe('fingerprints', () => {
  it('tells apart equal lines with equal context by their occurrence, in line order', async () => {
    const [first, second] = await printsIn(FILE, [4, 8]);
    expect(first).toMatch(/^[0-9a-f]{32}:1$/);
    expect(second).toBe(`${first!.split(':')[0]}:2`);
    // the order of the list does not decide the occurrence: the line does
    expect(await printsIn(FILE, [8, 4])).toEqual([second, first]);
  });

  it('tells apart equal lines in different context by the context hash', async () => {
    const text = FILE.replace('  step();\n}', '  done();\n}');
    const [first, second] = await printsIn(text, [4, 8]);
    expect(first).toMatch(/:1$/);
    expect(second).toMatch(/:1$/);
    expect(second).not.toBe(first);
    expect(first).toBe((await printsIn(FILE, [4]))[0]);
  });

  it('keeps a fingerprint when unrelated lines are added above or blank lines next to it', async () => {
    const before = await printsIn(FILE, [4, 8]);
    expect(new Set(before).size).toBe(2);
    const after = await printsIn(`import x from 'x';\n// a comment\n\n${FILE}`, [7, 11]);
    expect(after).toEqual(before);
    const spaced = FILE.replace('    eval(input);\n', '    eval(input);\n\n');
    expect(await printsIn(spaced, [4, 9])).toEqual(before);
  });

  it('keeps a fingerprint when its block moves, or is re-indented', async () => {
    const block = (name: string) => [`${name}();`, 'if (q) {', '  eval(input);', '}', `${name}();`];
    const text = [...block('a'), ...block('b'), 'w();', ''].join('\n');
    const before = await printsIn(text, [3, 8]);
    expect(new Set(before).size).toBe(2);
    // block a moved below block b and w(): each finding keeps its own fingerprint
    const moved = [...block('b'), 'w();', ...block('a'), ''].join('\n');
    expect(await printsIn(moved, [9, 3])).toEqual(before);
    const reindented = text.replaceAll('  eval(input);', '\t\teval(input);  ');
    expect(await printsIn(reindented, [3, 8])).toEqual(before);
  });

  it('changes with rule, file or the flagged line', async () => {
    const [base] = await printsIn(FILE, [4]);
    expect(await printsIn(FILE, [4], ['q'])).not.toEqual([base]);
    expect(await printsIn(FILE.replace('eval(input)', 'eval(other)'), [4])).not.toEqual([base]);
    const other = [at(4, 'r', 'b.ts')];
    assignFingerprints(other);
    expect(other[0]!.fingerprint).not.toBe(base);
  });

  it('orders equal findings on one line by column, then by their order in the list', () => {
    const columns = new Map<Finding, number>();
    const [a, b, c] = [at(3), at(3), at(3)];
    columns.set(a!, 20).set(b!, 5);
    assignFingerprints([a!, b!, c!], {
      anchor: () => ({ context: 'same' }),
      column: (f) => columns.get(f),
    });
    expect([c, b, a].map((f) => f!.fingerprint!.split(':')[1])).toEqual(['1', '2', '3']);
  });

  it('fingerprints findings without a file by their own key, and keeps a tool’s own', () => {
    const url = (path: string, message: string): Finding => ({
      ruleId: 'dast/header',
      severity: 'low',
      message,
      location: { path },
    });
    const own = { ...url('https://h/x', 'm'), fingerprint: 'tool-print' };
    const list = [url('https://h/a', 'm'), url('https://h/a', 'm'), url('https://h/b', 'm'), own];
    assignFingerprints(list, { anchor: (f) => ({ key: new URL(f.location!.path).pathname }) });
    const [a1, a2, b] = list.map((f) => f.fingerprint!);
    expect(a2).toBe(`${a1!.split(':')[0]}:2`);
    expect(b!.split(':')[0]).not.toBe(a1!.split(':')[0]);
    expect(own.fingerprint).toBe('tool-print');
  });

  it('falls back to the line number, never throwing, for a file it must not or cannot read', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tollgate-fp-safe-'));
    const repo = join(root, 'repo');
    await mkdir(join(repo, 'folder'), { recursive: true });
    await writeFile(join(root, 'outside.ts'), FILE);
    await symlink(join(root, 'outside.ts'), join(repo, 'link.ts'));
    const paths = [
      '../outside.ts',
      join(root, 'outside.ts'),
      'link.ts',
      'folder',
      'missing.ts',
      'https://host/a.ts',
    ];
    for (const path of paths) {
      const found = [at(3, 'r', path)];
      await addFingerprints(repo, found);
      const byLine = [at(3, 'r', path)];
      assignFingerprints(byLine, { anchor: () => ({ line: 3 }) });
      expect(found[0]!.fingerprint, path).toBe(byLine[0]!.fingerprint);
    }
  });

  it('takes the line and two non-blank neighbours each side, white space folded', () => {
    const lines = ['a', '', 'b', '  c   d ', 'e', '', '', 'f', 'g'];
    expect(lineContext(lines, 4)).toBe(['a', 'b', '>c d', 'e', 'f'].join('\n'));
    expect(lineContext(lines, 1)).toBe(['>a', 'b', 'c d'].join('\n'));
    expect(lineContext(lines, 10)).toBeUndefined();
    expect(lineContext(lines, 0)).toBeUndefined();
  });
});
