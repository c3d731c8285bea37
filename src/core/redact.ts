/**
 * The one redaction layer between tools' output and everything Tollgate writes or prints:
 * step logs, run summaries, the HTML report, verdicts, job summaries, PR comments, check
 * runs and attestations all pass through a Redactor before they leave the process.
 *
 * Two kinds of masks:
 * - exact values: the secrets a scanner found (secret-scan gives every gitleaks match),
 *   masked wherever they appear from then on, also JSON-escaped;
 * - well-known token shapes, masked always, found or not: GitHub tokens, AWS key ids and
 *   secret keys, private key blocks, a few other vendors' prefixed tokens, the password of
 *   a URL, and values assigned to secret-sounding names that look random.
 *
 * A mask names what it hid (`[REDACTED:github-token]`) but never its length or any part of it.
 */

export const MASK = '[REDACTED]';
const mask = (kind: string) => `[REDACTED:${kind}]`;

/** Shorter values are not masked as exact secrets: they would blank ordinary words. */
export const MIN_SECRET_LENGTH = 6;

interface Shape {
  kind: string;
  pattern: RegExp;
  /** Groups kept around the masked part (e.g. the name of an assignment). */
  keep?: (groups: string[]) => [before: string, after: string];
  /** Extra test on the match (entropy of a generic value). */
  accept?: (groups: string[]) => boolean;
}

const KEY_BEGIN = '-----BEGIN[A-Z0-9 _-]*PRIVATE KEY(?: BLOCK)?-----';
const KEY_END = '-----END[A-Z0-9 _-]*PRIVATE KEY(?: BLOCK)?-----';

/** Shannon entropy in bits per character: random tokens score high, words and paths low. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** Random enough to be a credential: high entropy and a mix of letters and digits or cases. */
function looksRandom(v: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((c) => c.test(v)).length;
  return classes >= 2 && entropy(v) >= 3.5;
}

// Every repetition is bounded: these run over whole reports and logs, and an unbounded
// `[\w.-]*` before a keyword would make a long run of word characters cost quadratic time.
const SHAPES: Shape[] = [
  {
    // A whole block, or from BEGIN to the end of the text when the END is not in it.
    kind: 'private-key',
    pattern: new RegExp(`(${KEY_BEGIN})[\\s\\S]*?(${KEY_END}|$)`, 'g'),
    keep: (g) => [g[1] ?? '', g[2] ?? ''],
  },
  {
    kind: 'github-token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  },
  { kind: 'aws-access-key-id', pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  {
    kind: 'aws-secret-access-key',
    pattern: /(aws.{0,20}?secret.{0,20}?[=:]\s*["']?)([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
    keep: (g) => [g[1] ?? '', ''],
  },
  { kind: 'gitlab-token', pattern: /\bglpat-[A-Za-z0-9_-]{20,255}/g },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,255}/g },
  { kind: 'stripe-key', pattern: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,255}\b/g },
  { kind: 'google-api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'npm-token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  {
    kind: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,1024}/g,
  },
  {
    // scheme://user:password@host
    kind: 'url-password',
    pattern: /(\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:/@]{1,256}:)([^\s@/]{3,256})(@)/gi,
    keep: (g) => [g[1] ?? '', g[3] ?? ''],
  },
  {
    // password = "k8Vq...": a secret-sounding name given a value that looks random. Names
    // and paths have low entropy, so `token: ${{ secrets.X }}` or `key = config/a.pem` stay.
    kind: 'secret-assignment',
    pattern:
      /(\b[\w.-]{0,40}(?:passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|credential|auth)[\w.-]{0,40}["']?[ \t]{0,8}(?:=|:|=>|:=)[ \t]{0,8}["'`]?)([A-Za-z0-9+/_.=~-]{12,1024})/gi,
    keep: (g) => [g[1] ?? '', ''],
    accept: (g) => looksRandom(g[2] ?? ''),
  },
];

function maskShapes(text: string): string {
  let out = text;
  for (const s of SHAPES) {
    out = out.replace(s.pattern, (...args: unknown[]) => {
      // replace() passes the match, the groups, then offset and the whole string.
      const groups = args.slice(0, -2).map((a) => (typeof a === 'string' ? a : ''));
      if (s.accept && !s.accept(groups)) return groups[0] ?? '';
      const [before, after] = s.keep ? s.keep(groups) : ['', ''];
      return `${before}${mask(s.kind)}${after}`;
    });
  }
  return out;
}

export interface Redactor {
  /** Exact secret values to mask from now on (e.g. what a secret scanner matched). */
  addSecrets(values: Iterable<string>): void;
  /** How many exact values are known: a log written before they were can be redone. */
  readonly secretCount: number;
  /** Called once for each new exact value (the Actions runtime turns it into ::add-mask::). */
  onSecret(listener: (value: string) => void): void;
  /** Masks known values and token shapes in a text. */
  text(text: string): string;
  /** Masks every string inside a JSON-like value (a predicate), returning a copy. */
  value<T>(value: T): T;
  /** A filter for output that arrives in chunks: see LineFilter. */
  lines(): LineFilter;
}

/**
 * Masks output that arrives in pieces (a tool's stdout): whole lines are masked and passed
 * on, the unfinished tail is held until its newline (or until it grows past a bound), and a
 * private key block that spans lines is dropped from its BEGIN line to its END line.
 */
export interface LineFilter {
  push(chunk: string): string;
  /** The held tail, masked; call at the end of the output. */
  flush(): string;
}

/** Held tail beyond which a line without newline is masked and passed on anyway. */
const MAX_HELD = 64 * 1024;

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  let ordered: string[] = [];
  const listeners: ((value: string) => void)[] = [];

  const maskExact = (text: string) => {
    let out = text;
    for (const s of ordered) if (out.includes(s)) out = out.split(s).join(mask('secret'));
    return out;
  };
  const text = (t: string) => maskShapes(maskExact(t));

  const value = <T>(v: T): T => {
    if (typeof v === 'string') return text(v) as T;
    if (Array.isArray(v)) return v.map((x: unknown) => value(x)) as T;
    const proto: unknown = v && typeof v === 'object' ? Object.getPrototypeOf(v) : undefined;
    if (v && (proto === Object.prototype || proto === null)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, value(x)]),
      ) as T;
    }
    return v;
  };

  return {
    addSecrets(values) {
      for (const raw of values) {
        const s = raw.trim();
        if (s.length < MIN_SECRET_LENGTH || secrets.has(s)) continue;
        secrets.add(s);
        // As written into JSON too (a secret with a quote or backslash changes there).
        const escaped = JSON.stringify(s).slice(1, -1);
        if (escaped !== s) secrets.add(escaped);
        for (const l of listeners) l(s);
      }
      // Longest first, so a secret that contains another is masked whole.
      ordered = [...secrets].sort((a, b) => b.length - a.length);
    },
    get secretCount() {
      return secrets.size;
    },
    onSecret(listener) {
      listeners.push(listener);
      for (const s of secrets) listener(s);
    },
    text,
    value,
    lines() {
      let held = '';
      let inKey = false;
      const keyBegin = new RegExp(KEY_BEGIN);
      const keyEnd = new RegExp(KEY_END);
      const line = (l: string): string | undefined => {
        if (inKey) {
          if (!keyEnd.test(l)) return undefined; // a body line of the key: dropped
          inKey = false;
          return l.slice(l.search(keyEnd));
        }
        const masked = text(l);
        // text() masks a block within one line; an unterminated BEGIN opens a multi-line one.
        const begin = l.search(keyBegin);
        if (begin >= 0 && !keyEnd.test(l.slice(begin))) inKey = true;
        return masked;
      };
      const take = (complete: string) =>
        complete
          .split('\n')
          .map(line)
          .filter((l) => l !== undefined)
          .map((l) => `${l}\n`)
          .join('');
      return {
        push(chunk) {
          held += chunk;
          const end = held.lastIndexOf('\n');
          let out = '';
          if (end >= 0) {
            out = take(held.slice(0, end));
            held = held.slice(end + 1);
          }
          if (held.length > MAX_HELD) {
            out += inKey ? '' : text(held);
            held = '';
          }
          return out;
        },
        flush() {
          const rest = held;
          held = '';
          if (!rest) return '';
          const l = line(rest);
          return l ?? '';
        },
      };
    },
  };
}

/**
 * The process's redactor. Output leaves a Tollgate process through a few choke points (the
 * command line's stdout and stderr, the run folder's writers, the Actions runtime, the
 * GitHub publisher, the signer); they all use this one, so a secret found by one step is
 * masked in everything the process writes after.
 */
export const redactor: Redactor = createRedactor();
