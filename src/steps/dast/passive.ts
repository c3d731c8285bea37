import type { Finding } from '../../attest/predicates/builders.js';
import { ruleFinding } from '../common/rule-table.js';
import { header, type Page } from './http-get.js';
import { DAST_RULES as R } from './rules.js';

/**
 * Passive checks over responses the deployment really sent: security headers, cookie flags,
 * CORS and information leaks. One finding per rule and URL; page-level headers such as CSP
 * are only asked of HTML, since an API's JSON is never rendered as a document.
 */

/** Frames of Node, Python, Java, .NET, Go, PHP and Ruby stack traces. */
const STACK_TRACE = [
  /^\s+at .+\((?:file:\/\/)?\/?[\w./\\-]+:\d+:\d+\)/m, // Node / V8
  /Traceback \(most recent call last\):/, // Python
  /^\s+at [\w$.]+\([\w]+\.java:\d+\)/m, // Java
  /^\s+at [\w.<>`]+\(.*\) in .+:line \d+/m, // .NET
  /^goroutine \d+ \[running\]:/m, // Go panic
  /(?:Fatal error|Warning): .+ in \/.+\.php on line \d+/, // PHP
  /\.rb:\d+:in `/, // Ruby
];

/** A product with a version number, e.g. `nginx/1.25.3`, `Express 4.18`, `PHP/8.2.1`. */
const VERSIONED = /[A-Za-z][\w.-]*[/ ]v?\d+(?:\.\d+)+/;

const isHtml = (p: Page) => /text\/html|application\/xhtml/i.test(header(p, 'content-type') ?? '');

function cookieFindings(page: Page, https: boolean): Finding[] {
  const out: Finding[] = [];
  for (const cookie of page.headers['set-cookie'] ?? []) {
    const [pair = '', ...attrs] = cookie.split(';').map((s) => s.trim());
    const name = pair.split('=')[0] ?? '';
    const has = (a: string) => attrs.some((x) => x.toLowerCase().split('=')[0] === a);
    const where = `cookie ${name} on ${page.url}`;
    if (https && !has('secure')) out.push(ruleFinding(R.cookieSecure, page.url, where));
    if (!has('httponly')) out.push(ruleFinding(R.cookieHttpOnly, page.url, where));
    if (!has('samesite')) out.push(ruleFinding(R.cookieSameSite, page.url, where));
  }
  return out;
}

/** The headers and bodies of one ordinary response. */
export function checkPage(page: Page): Finding[] {
  const https = page.url.startsWith('https:');
  const out: Finding[] = [];
  const add = (rule: (typeof R)[keyof typeof R], detail: string) =>
    out.push(ruleFinding(rule, page.url, `${detail} (HTTP ${page.status} from ${page.url})`));
  const csp = header(page, 'content-security-policy');
  if (https && !header(page, 'strict-transport-security'))
    add(R.hsts, 'no Strict-Transport-Security');
  if (header(page, 'x-content-type-options')?.toLowerCase() !== 'nosniff')
    add(R.nosniff, 'X-Content-Type-Options is not nosniff');
  if (isHtml(page) && page.status < 300) {
    if (!csp) add(R.csp, 'no Content-Security-Policy');
    if (!/frame-ancestors/i.test(csp ?? '') && !header(page, 'x-frame-options'))
      add(R.framing, 'neither CSP frame-ancestors nor X-Frame-Options');
    if (!header(page, 'referrer-policy')) add(R.referrer, 'no Referrer-Policy');
  }
  out.push(...cookieFindings(page, https));
  for (const name of ['server', 'x-powered-by', 'x-aspnet-version']) {
    const value = header(page, name);
    if (value && (name !== 'server' || VERSIONED.test(value)))
      add(R.versionLeak, `${name}: ${value}`);
  }
  if (page.status >= 400 && STACK_TRACE.some((re) => re.test(page.body)))
    add(R.stackTrace, 'the body holds a stack trace');
  return out;
}

/**
 * A response to a request with a foreign Origin: echoing that origin back, or `*` together
 * with credentials, lets any site read the deployment's answers.
 */
export function checkCors(page: Page, foreignOrigin: string): Finding[] {
  const allow = header(page, 'access-control-allow-origin');
  const credentials = header(page, 'access-control-allow-credentials')?.toLowerCase() === 'true';
  if (!allow) return [];
  const detail = `Access-Control-Allow-Origin: ${allow}${credentials ? ' with credentials' : ''} for Origin ${foreignOrigin} on ${page.url}`;
  if (credentials && (allow === '*' || allow === foreignOrigin))
    return [ruleFinding(R.corsCredentials, page.url, detail)];
  if (allow === foreignOrigin) return [ruleFinding(R.corsReflection, page.url, detail)];
  return [];
}
