import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/attest/predicates/builders.js';
import { lintIac } from '../../src/steps/lint-iac/index.js';
import { sast } from '../../src/steps/sast/index.js';
import { lintContext } from './lint-context.js';
import { removeDir, stepContext, tempDir } from './step-context.js';

/**
 * Problems that must fail their step under the default fail-on (high), with no input set:
 * a mutable base-image tag, a password hashed with MD5/SHA-1, a regular expression compiled
 * from request input.
 */
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function repoWith(files: Record<string, string>): Promise<string> {
  const repo = await tempDir('severity');
  dirs.push(repo);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(repo, name, '..'), { recursive: true });
    await writeFile(join(repo, name), text);
  }
  return repo;
}

const findingsOf = (r: { attestations: { predicate: Record<string, unknown> }[] }) =>
  (r.attestations[0]?.predicate.findings ?? []) as Finding[];

describe('default severities', () => {
  it('FROM node:latest fails lint-iac by default', async () => {
    const repo = await repoWith({
      Containerfile: 'FROM node:latest\nUSER 1000\nHEALTHCHECK CMD ["true"]\n',
    });
    const ctx = { ...(await lintContext('lint-iac', 'unused')), repoDir: repo };
    dirs.push(ctx.outDir);
    const result = await lintIac.run(ctx);
    const latest = findingsOf(result).filter((f) => f.ruleId === 'TG-DOCKER-002');
    expect(latest).toMatchObject([{ severity: 'high', location: { path: 'Containerfile' } }]);
    expect(result.status).toBe('failed');
  });

  it.each(['ts', 'js'])(
    'an MD5/SHA-1 password hash and a RegExp from request input fail sast by default (%s)',
    async (ext) => {
      const types = ext === 'ts' ? ': any' : '';
      const repo = await repoWith({
        [`src/login.${ext}`]: [
          "import crypto from 'node:crypto';",
          `export function check(req${types}, password${types}) {`,
          "  const a = crypto.createHash('md5').update(password).digest('hex');",
          "  const b = crypto.createHash('sha1').update(req.body.password).digest('hex');",
          '  const userInput = req.query.q;',
          '  const re = new RegExp(userInput);',
          '  return [a, b, re];',
          '}',
          '',
        ].join('\n'),
        // A checksum with MD5 stays medium: it is not a password.
        [`src/etag.${ext}`]: [
          "import { createHash } from 'node:crypto';",
          `export const etag = (body${types}) => createHash('md5').update(body).digest('hex');`,
          '',
        ].join('\n'),
      });
      const out = await tempDir('severity-out');
      dirs.push(out);
      const result = await sast.run(stepContext('sast', repo, out, {}));
      const findings = findingsOf(result);
      const lines = (rule: string) =>
        findings
          .filter((f) => f.ruleId === `ast-grep/${ext}-${rule}`)
          .map((f) => [f.location?.path, f.location?.line, f.severity]);
      expect(lines('weak-password-hash')).toEqual([
        [`src/login.${ext}`, 3, 'high'],
        [`src/login.${ext}`, 4, 'high'],
      ]);
      expect(lines('user-regexp')).toEqual([[`src/login.${ext}`, 6, 'high']]);
      // The password lines are not reported again as a plain weak hash.
      expect(lines('weak-crypto')).toEqual([[`src/etag.${ext}`, 2, 'medium']]);
      expect(result.status).toBe('failed');
    },
  );
});
