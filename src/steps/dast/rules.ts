import type { CheckRule } from '../common/rule-table.js';

/** Where the dast rules are documented (docs/steps/dast.md, one anchor per rule id). */
export const DAST_DOC_URL = 'https://tollgate.dev/docs/steps/dast.md';

const rule = (id: string, severity: CheckRule['severity'], title: string, help: string) => ({
  id,
  severity,
  title,
  help,
});

/** The passive checks over real responses of the deployment. */
export const DAST_RULES = {
  hsts: rule(
    'TG-DAST-001',
    'medium',
    'Strict-Transport-Security missing',
    'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every HTTPS response so that browsers never fall back to plain HTTP.',
  ),
  csp: rule(
    'TG-DAST-002',
    'medium',
    'Content-Security-Policy missing',
    "Send a `Content-Security-Policy` on HTML responses (at least `default-src 'self'`); it is the main defence in depth against cross-site scripting.",
  ),
  nosniff: rule(
    'TG-DAST-003',
    'low',
    'X-Content-Type-Options nosniff missing',
    'Send `X-Content-Type-Options: nosniff` so that browsers do not guess a content type and run an upload or an API answer as script.',
  ),
  framing: rule(
    'TG-DAST-004',
    'medium',
    'Clickjacking protection missing',
    "Send `Content-Security-Policy: frame-ancestors 'none'` (or `'self'`), or `X-Frame-Options: DENY`, on HTML responses.",
  ),
  referrer: rule(
    'TG-DAST-005',
    'low',
    'Referrer-Policy missing',
    'Send `Referrer-Policy: strict-origin-when-cross-origin` or stricter so that URLs with tokens or personal data do not leak to other sites.',
  ),
  cookieSecure: rule(
    'TG-DAST-006',
    'medium',
    'Cookie without Secure',
    'Set the `Secure` attribute on every cookie sent over HTTPS so that it is never sent over plain HTTP.',
  ),
  cookieHttpOnly: rule(
    'TG-DAST-007',
    'medium',
    'Cookie without HttpOnly',
    'Set `HttpOnly` on session and authentication cookies so that script injected into a page cannot read them.',
  ),
  cookieSameSite: rule(
    'TG-DAST-008',
    'low',
    'Cookie without SameSite',
    'Set `SameSite=Lax` (or `Strict`) so that the cookie is not sent on cross-site requests (CSRF).',
  ),
  corsCredentials: rule(
    'TG-DAST-009',
    'high',
    'CORS allows any origin with credentials',
    'Never combine `Access-Control-Allow-Credentials: true` with `Access-Control-Allow-Origin: *` or an origin copied from the request; allow a fixed list of origins.',
  ),
  corsReflection: rule(
    'TG-DAST-010',
    'medium',
    'CORS reflects any Origin',
    'Compare the `Origin` header with a fixed allow list instead of echoing it back; echoing lets every site read the responses.',
  ),
  versionLeak: rule(
    'TG-DAST-011',
    'low',
    'Server software version disclosed',
    'Remove version numbers from `Server` and drop `X-Powered-By` (e.g. `app.disable("x-powered-by")` in Express); they tell attackers which exploits to try.',
  ),
  stackTrace: rule(
    'TG-DAST-012',
    'medium',
    'Stack trace in an error response',
    'Return a generic error body for 4xx and 5xx responses and log the details on the server; stack traces reveal code paths, file names and library versions.',
  ),
} satisfies Record<string, CheckRule>;
