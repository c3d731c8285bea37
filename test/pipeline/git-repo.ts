import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh git repository in a temp folder, optionally with an origin remote. */
export function tempRepo(origin?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-repo-'));
  execFileSync('git', ['init', '-q', dir]);
  if (origin) execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: dir });
  return dir;
}
