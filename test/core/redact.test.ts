import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRedactor, MIN_SECRET_LENGTH } from '../../src/core/redact.js';

// Every secret is drawn afresh on each run, so no fixed string can be special-cased.
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const githubToken = () => `ghp_${pick(ALNUM, 36)}`;
const fineGrained = () => `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`;
const awsKeyId = () => `AKIA${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
const awsSecret = () => pick(`${ALNUM}/+`, 40);
const privateKey = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
/** The base64 body lines of a PEM block: what must never be seen. */
const bodyOf = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'));

describe('redaction of token shapes', () => {
  it('masks GitHub tokens, AWS keys, URL passwords and other vendors’ tokens wherever they are', () => {
    const r = createRedactor();
    const gh = githubToken();
    const pat = fineGrained();
    const id = awsKeyId();
    const secret = awsSecret();
    const slack = `xoxb-${pick('0123456789', 12)}-${pick(ALNUM, 24)}`;
    const pw = pick(ALNUM, 20);
    const text = [
      `remote: https://x-access-token:${gh}@github.com/acme/shop.git`,
      `GITHUB_TOKEN=${pat}`,
      `aws_access_key_id = ${id}`,
      `aws_secret_access_key = "${secret}"`,
      `slack ${slack}`,
      `postgres://app:${pw}@db:5432/app`,
    ].join('\n');
    const out = r.text(text);
    for (const s of [gh, pat, id, secret, slack, pw]) expect(out).not.toContain(s);
    expect(out).toContain('[REDACTED:github-token]');
    expect(out).toContain('[REDACTED:aws-access-key-id]');
    expect(out).toContain('aws_secret_access_key = "[REDACTED:aws-secret-access-key]"');
    expect(out).toContain('postgres://app:[REDACTED:url-password]@db:5432/app');
  });

  it('masks a private key block from BEGIN to END, also when the END is missing', () => {
    const r = createRedactor();
    const pem = privateKey();
    const out = r.text(`before\n${pem}after\n`);
    for (const l of bodyOf(pem)) expect(out).not.toContain(l);
    expect(out).toMatch(/^before\n-----BEGIN PRIVATE KEY-----\[REDACTED:private-key\]-----END/);
    expect(out).toContain('after');
    const cut = pem.split('\n').slice(0, 3).join('\n');
    const truncated = r.text(cut);
    for (const l of bodyOf(cut)) expect(truncated).not.toContain(l);
  });

  it('masks random values given to secret-sounding names, and leaves plain words alone', () => {
    const r = createRedactor();
    const value = pick(ALNUM, 24);
    expect(r.text(`db_password = "${value}"`)).toBe('db_password = "[REDACTED:secret-assignment]"');
    expect(r.text(`"apiKey": "${value}"`)).not.toContain(value);
    for (const plain of [
      'token: ${{ secrets.GITHUB_TOKEN }}',
      'password = changeme-please',
      'secret_file = config/secrets/production.yml',
      'the step passed: 0 tokens found',
    ]) {
      expect(r.text(plain)).toBe(plain);
    }
  });
});

describe('redaction of known secrets', () => {
  it('masks exact values from the moment they are added, also JSON-escaped, longest first', () => {
    const r = createRedactor();
    const secret = `${pick(ALNUM, 10)}"\\${pick(ALNUM, 10)}`;
    const inner = pick(ALNUM, 12);
    const outer = `${inner}${pick(ALNUM, 8)}`;
    const text = `a ${secret} b ${JSON.stringify({ v: secret })} c ${outer} d ${inner}`;
    expect(r.text(text)).toBe(text);
    r.addSecrets([secret, inner, outer]);
    const out = r.text(text);
    for (const s of [secret, JSON.stringify(secret).slice(1, -1), inner, outer]) {
      expect(out).not.toContain(s);
    }
    expect(out.match(/\[REDACTED:secret\]/g)).toHaveLength(4);
  });

  it('ignores values too short to mask safely, and tells listeners of each new one once', () => {
    const r = createRedactor();
    const seen: string[] = [];
    r.onSecret((s) => seen.push(s));
    const long = pick(ALNUM, 16);
    r.addSecrets(['x'.repeat(MIN_SECRET_LENGTH - 1), long, long, `  ${long}  `]);
    expect(seen).toEqual([long]);
    expect(r.text('xxxxx')).toBe('xxxxx');
    const late: string[] = [];
    r.onSecret((s) => late.push(s));
    expect(late).toEqual([long]);
  });

  it('masks every string of a structured value and keeps everything else', () => {
    const r = createRedactor();
    const gh = githubToken();
    const v = { a: [`x ${gh}`, 3, true, null], b: { c: gh }, n: 1 };
    const out = r.value(v);
    expect(JSON.stringify(out)).not.toContain(gh);
    expect(out).toEqual({
      a: ['x [REDACTED:github-token]', 3, true, null],
      b: { c: '[REDACTED:github-token]' },
      n: 1,
    });
    expect(v.b.c).toBe(gh); // a copy: the input is untouched
  });
});

describe('redaction of output that arrives in chunks', () => {
  it('sees a token split across chunks, and a private key that spans lines', () => {
    const r = createRedactor();
    const gh = githubToken();
    const pem = privateKey();
    const text = `start\ncloning with ${gh} now\n${pem}done\nno newline at the end ${gh}`;
    for (const size of [1, 7, 64]) {
      const f = r.lines();
      let out = '';
      for (let i = 0; i < text.length; i += size) out += f.push(text.slice(i, i + size));
      out += f.flush();
      expect(out).not.toContain(gh);
      expect(out).not.toContain(gh.slice(0, 20));
      for (const l of bodyOf(pem)) expect(out).not.toContain(l);
      expect(out.split('\n')).toEqual([
        'start',
        'cloning with [REDACTED:github-token] now',
        '-----BEGIN PRIVATE KEY-----[REDACTED:private-key]',
        '-----END PRIVATE KEY-----',
        'done',
        'no newline at the end [REDACTED:github-token]',
      ]);
    }
  });

  it('passes on a very long line without a newline, masked', () => {
    const r = createRedactor();
    const gh = githubToken();
    const f = r.lines();
    const out = f.push(`${'a'.repeat(70_000)} ${gh} `) + f.flush();
    expect(out).not.toContain(gh);
    expect(out.length).toBeGreaterThan(70_000);
  });

  it('masks random bytes without throwing', () => {
    const r = createRedactor();
    r.addSecrets([pick(ALNUM, 20)]);
    const f = r.lines();
    expect(() => f.push(randomBytes(4096).toString('latin1')) + f.flush()).not.toThrow();
  });
});

describe('redaction of large texts', () => {
  it('gets through long runs of token characters, separators and key markers', () => {
    const r = createRedactor();
    r.addSecrets([pick(ALNUM, 20)]);
    const gh = githubToken();
    const blob = [
      pick(ALNUM + '_-.', 400_000),
      'a'.repeat(200_000),
      ' '.repeat(100_000),
      'https://'.repeat(20_000),
      'eyJ'.repeat(50_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(2_000),
      `token = ${gh}`,
    ].join('\n');
    const out = r.text(blob);
    expect(out).not.toContain(gh);
    const f = r.lines();
    expect(f.push(blob) + f.flush()).not.toContain(gh);
  });
});
