import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { listRepoFiles } from '../common/repo-files.js';

/**
 * Which languages a repository holds, decided by file names (and, for extensionless scripts,
 * by the shebang). Languages with a built-in linter are `javascript`, `typescript` and
 * `shell`; the others are recognised so that the step can say they were not linted.
 */
const BY_EXTENSION: Record<string, string> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  sh: 'shell',
  bash: 'shell',
  ksh: 'shell',
  py: 'python',
  go: 'go',
  rb: 'ruby',
  java: 'java',
  kt: 'kotlin',
  rs: 'rust',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cs: 'csharp',
  php: 'php',
  swift: 'swift',
};

export const BUILT_IN = ['javascript', 'typescript', 'shell'] as const;

const SHELL_SHEBANG = /^#!\s*(\/usr)?\/bin\/(env\s+)?(sh|bash|dash|ksh)\b/;

async function shebang(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(64);
    const { bytesRead } = await fh.read(buf, 0, 64, 0);
    return buf.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
  } finally {
    await fh.close();
  }
}

/** Files per detected language (paths relative to the repository, POSIX separators). */
export async function detectLanguages(repoDir: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const add = (lang: string, file: string) => found.set(lang, [...(found.get(lang) ?? []), file]);
  for (const file of await listRepoFiles(repoDir)) {
    const name = file.split('/').pop()!;
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
      const lang = BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
      if (lang) add(lang, file);
    } else if (dot < 0 && SHELL_SHEBANG.test(await shebang(join(repoDir, file)))) {
      add('shell', file);
    }
  }
  return found;
}
