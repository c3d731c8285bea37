export const id = 8166;
export const ids = [8166];
export const modules = {

/***/ 65041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ sarifRulesOf),
/* harmony export */   Ex: () => (/* binding */ ruleFinding)
/* harmony export */ });
/* unused harmony export renderRuleTable */
/** The SARIF rule table of a list of rules, each with a link to its section of the docs. */
function sarifRulesOf(rules, docUrl) {
    return rules.map((r) => ({
        id: r.id,
        name: r.title,
        shortDescription: r.title,
        help: r.help,
        helpUri: `${docUrl}#${r.id.toLowerCase()}`,
    }));
}
/** A finding of a rule at a place (a URL, host:port or file), with what was seen there. */
function ruleFinding(rule, path, detail, line) {
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `${rule.title}: ${detail}`,
        location: { path, ...(line && line > 0 ? { line } : {}) },
    };
}
/** A Markdown table of rules for a docs page: id, severity, title, then the help of each. */
function renderRuleTable(rules) {
    const lines = ['| id | severity | rule |', '|---|---|---|'];
    for (const r of rules)
        lines.push(`| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title} |`);
    lines.push('');
    for (const r of rules)
        lines.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.help, '');
    return lines;
}


/***/ }),

/***/ 33036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseToolJson),
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);

/**
 * Runs one external tool through the step's process runner. A tool that cannot be started
 * becomes a typed error naming it; an exit code outside `okCodes` becomes one that names the
 * tool, the code and the last lines of its error output.
 */
async function runTool(ctx, tool, command, args, okCodes, cwd = ctx.repoDir, input) {
    let res;
    try {
        res = await ctx.exec.run(command, args, {
            cwd,
            signal: ctx.signal,
            ...(input !== undefined ? { input } : {}),
        });
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${tool} could not be started (${command})`, {
            cause: e,
            hint: `install ${tool} or check PATH`,
        });
    }
    if (!okCodes.includes(res.code)) {
        const tail = res.stderr.trim().split('\n').slice(-5).join(' | ') || res.stdout.slice(-500);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} exited with code ${res.code}: ${tail}`);
    }
    return res;
}
/** JSON.parse that names the tool and the file (or stream) when the output is not JSON. */
function parseToolJson(text, tool, file) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} wrote ${file}, which is not valid JSON`, {
            cause: e,
            hint: `check the ${tool} version and its output options`,
        });
    }
}


/***/ }),

/***/ 28166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PASSIVE_VERSION: () => (/* binding */ PASSIVE_VERSION),
  REPORT: () => (/* binding */ REPORT),
  dast: () => (/* binding */ dast)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/rule-table.js
var rule_table = __webpack_require__(65041);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
;// CONCATENATED MODULE: ./dist/steps/dast/http-get.js



/** Bodies are only searched for leaks and stack traces; the first 256 KiB are enough. */
const MAX_BODY = 256 * 1024;
function normalise(raw) {
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        if (v === undefined)
            continue;
        out[k.toLowerCase()] = Array.isArray(v) ? v : [v];
    }
    return out;
}
/**
 * A GET without following redirects (a redirect is itself a response whose headers count).
 * Certificates are not verified: a test environment commonly uses a self-signed one, and its
 * TLS quality is judged by sslscan, not by whether this request succeeds.
 */
function getPage(url, options = {}) {
    const u = new URL(url);
    const request = u.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request(u, {
            method: 'GET',
            headers: { 'user-agent': 'tollgate-dast', ...options.headers },
            rejectUnauthorized: false,
            timeout: options.timeoutMs ?? 10_000,
            ...(options.signal ? { signal: options.signal } : {}),
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                if (size < MAX_BODY)
                    chunks.push(c);
                size += c.length;
            });
            res.on('end', () => resolve({
                url,
                status: res.statusCode ?? 0,
                headers: normalise(res.headers),
                body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error('no response within the timeout')));
        req.on('error', (e) => reject(new errors/* TollgateError */.xB('INPUT_UNREADABLE', `dast could not GET ${url}: ${e.message}`, {
            cause: e,
            hint: 'check that the deployment runs and that base-url points at it',
        })));
        req.end();
    });
}
const header = (page, name) => page.headers[name.toLowerCase()]?.join(', ');

// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/steps/lint-openapi/find-spec.js
var find_spec = __webpack_require__(61056);
;// CONCATENATED MODULE: ./dist/steps/dast/openapi-urls.js





const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/** Deepest chain of `$ref`s followed; a cycle or a longer chain stops there. */
const MAX_REF_DEPTH = 16;
/**
 * `v` with its local `$ref` (`#/components/parameters/Id`, Swagger's `#/parameters/Id`)
 * followed; a reference outside the document or to nothing gives undefined.
 */
function deref(doc, v, depth = 0) {
    const o = obj(v);
    if (!o || typeof o.$ref !== 'string')
        return o;
    if (depth >= MAX_REF_DEPTH || !o.$ref.startsWith('#/'))
        return undefined;
    let target = doc;
    for (const raw of o.$ref.slice(2).split('/')) {
        const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
        target = obj(target)?.[key];
    }
    return deref(doc, target, depth + 1);
}
/** A sample of a schema: its example, default or first enum value, else one of its type. */
function sampleOf(doc, schemaValue, depth = 0) {
    const schema = deref(doc, schemaValue) ?? {};
    const given = schema.example ??
        schema.default ??
        (Array.isArray(schema.enum) ? schema.enum[0] : undefined) ??
        (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
    if (given !== undefined && given !== null)
        return given;
    const all = Array.isArray(schema.allOf) ? schema.allOf : [];
    const one = [schema.oneOf, schema.anyOf].find(Array.isArray)?.[0];
    if (depth < MAX_REF_DEPTH && (all.length || one !== undefined)) {
        const parts = (all.length ? all : [one]).map((s) => sampleOf(doc, s, depth + 1));
        return parts.every((p) => obj(p)) ? Object.assign({}, ...parts) : parts[0];
    }
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    const props = obj(schema.properties);
    if (type === 'object' || (type === undefined && props)) {
        if (depth >= MAX_REF_DEPTH)
            return {};
        return Object.fromEntries(Object.entries(props ?? {}).map(([k, v]) => [k, sampleOf(doc, v, depth + 1)]));
    }
    switch (type) {
        case 'integer':
        case 'number':
            return 1;
        case 'boolean':
            return true;
        case 'array':
            return depth >= MAX_REF_DEPTH ? [] : [sampleOf(doc, schema.items, depth + 1)];
        default:
            return 'test';
    }
}
/** A value for a parameter, so that a request reaches the handler rather than a 400. */
function sampleValue(doc, param) {
    const firstExample = Object.values(obj(param.examples) ?? {})
        .map((e) => deref(doc, e)?.value)
        .find((v) => v !== undefined);
    const v = param.example ?? firstExample ?? sampleOf(doc, param.schema ?? {});
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
}
/** The request body a client would send: the media type's example, else a sample of its schema. */
function sampleBody(doc, op) {
    const content = obj(deref(doc, op.requestBody)?.content);
    if (!content)
        return undefined;
    const types = Object.keys(content);
    const contentType = types.find((t) => /json/i.test(t)) ??
        types.find((t) => t === 'application/x-www-form-urlencoded') ??
        types[0];
    if (contentType === undefined)
        return undefined;
    const media = obj(content[contentType]) ?? {};
    const firstExample = Object.values(obj(media.examples) ?? {})
        .map((e) => deref(doc, e)?.value)
        .find((v) => v !== undefined);
    const value = media.example ?? firstExample ?? sampleOf(doc, media.schema ?? {});
    if (contentType === 'application/x-www-form-urlencoded' && obj(value)) {
        const form = new URLSearchParams();
        for (const [k, v] of Object.entries(obj(value)))
            form.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
        return { contentType, body: form.toString() };
    }
    return { contentType, body: typeof value === 'string' ? value : JSON.stringify(value) };
}
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Every operation of a parsed spec as a concrete request against `baseUrl`. */
function specOperations(doc, baseUrl) {
    const paths = obj(doc.paths) ?? {};
    const base = new URL(baseUrl);
    const prefix = base.pathname.replace(/\/$/, '');
    const out = [];
    for (const [path, itemValue] of Object.entries(paths)) {
        const item = deref(doc, itemValue);
        if (!item)
            continue;
        for (const method of METHODS) {
            const op = obj(item[method]);
            if (!op)
                continue;
            // An operation's parameter overrides the path item's of the same name and location.
            const byKey = new Map();
            for (const raw of [
                ...(Array.isArray(item.parameters) ? item.parameters : []),
                ...(Array.isArray(op.parameters) ? op.parameters : []),
            ]) {
                const p = deref(doc, raw);
                if (p && typeof p.name === 'string')
                    byKey.set(`${String(p.in)}:${p.name}`, p);
            }
            let filled = path;
            const query = new URLSearchParams();
            for (const p of byKey.values()) {
                const value = sampleValue(doc, p);
                if (p.in === 'path')
                    filled = filled.replaceAll(`{${String(p.name)}}`, encodeURIComponent(value));
                else if (p.in === 'query')
                    query.set(String(p.name), value);
            }
            // A template no parameter declares still needs a value, not a literal `{id}`.
            filled = filled.replace(/\{[^}/]*\}/g, '1');
            const url = new URL(`${prefix}${filled}`, base.origin);
            url.search = query.toString();
            const body = sampleBody(doc, op);
            out.push({ method: method.toUpperCase(), url: url.href, ...(body ? { body } : {}) });
        }
    }
    return out;
}
/** The spec named by openapi-path (it must exist), else compile's or a common one, else none. */
async function specText(ctx) {
    const input = ctx.inputs['openapi-path']?.trim();
    if (input) {
        const file = (0,confine/* resolveInside */.L)(ctx.repoDir, input, 'the dast input "openapi-path"');
        return { file, text: (await (0,fs/* readInput */.R5)(file, 'the openapi-path spec')).toString('utf8') };
    }
    try {
        const found = await (0,find_spec/* findSpec */.vt)(ctx);
        return {
            file: found.file,
            text: (await (0,fs/* readInput */.R5)(found.file, 'the OpenAPI spec')).toString('utf8'),
        };
    }
    catch (e) {
        // No spec: fine, the scan starts from the base URL alone.
        if (e instanceof find_spec/* NoSpec */.JU || ((0,errors/* isTollgateError */.bK)(e) && e.code === 'INPUT_UNREADABLE'))
            return undefined;
        throw e;
    }
}
/** The spec's operations (none without a spec); a spec that does not parse is bad input. */
async function openapiOperations(ctx, baseUrl) {
    const spec = await specText(ctx);
    if (!spec)
        return [];
    let doc;
    try {
        // YAML is a superset of JSON: one parser for both.
        doc = obj((0,untrusted/* parseYamlUntrusted */.j6)(spec.text, 'OpenAPI spec', spec.file));
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${spec.file} is not valid JSON or YAML`, {
            cause: e,
        });
    }
    if (!doc || !obj(doc.paths))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${spec.file} has no "paths": not an OpenAPI spec`);
    return specOperations(doc, baseUrl);
}

;// CONCATENATED MODULE: ./dist/steps/dast/rules.js
/** Where the dast rules are documented (docs/steps/dast.md, one anchor per rule id). */
const DAST_DOC_URL = 'https://tollgate.dev/docs/steps/dast.md';
const rule = (id, severity, title, help) => ({
    id,
    severity,
    title,
    help,
});
/** The passive checks over real responses of the deployment. */
const DAST_RULES = {
    hsts: rule('TG-DAST-001', 'medium', 'Strict-Transport-Security missing', 'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` on every HTTPS response so that browsers never fall back to plain HTTP.'),
    csp: rule('TG-DAST-002', 'medium', 'Content-Security-Policy missing', "Send a `Content-Security-Policy` on HTML responses (at least `default-src 'self'`); it is the main defence in depth against cross-site scripting."),
    nosniff: rule('TG-DAST-003', 'low', 'X-Content-Type-Options nosniff missing', 'Send `X-Content-Type-Options: nosniff` so that browsers do not guess a content type and run an upload or an API answer as script.'),
    framing: rule('TG-DAST-004', 'medium', 'Clickjacking protection missing', "Send `Content-Security-Policy: frame-ancestors 'none'` (or `'self'`), or `X-Frame-Options: DENY`, on HTML responses."),
    referrer: rule('TG-DAST-005', 'low', 'Referrer-Policy missing', 'Send `Referrer-Policy: strict-origin-when-cross-origin` or stricter so that URLs with tokens or personal data do not leak to other sites.'),
    cookieSecure: rule('TG-DAST-006', 'medium', 'Cookie without Secure', 'Set the `Secure` attribute on every cookie sent over HTTPS so that it is never sent over plain HTTP.'),
    cookieHttpOnly: rule('TG-DAST-007', 'medium', 'Cookie without HttpOnly', 'Set `HttpOnly` on session and authentication cookies so that script injected into a page cannot read them.'),
    cookieSameSite: rule('TG-DAST-008', 'low', 'Cookie without SameSite', 'Set `SameSite=Lax` (or `Strict`) so that the cookie is not sent on cross-site requests (CSRF).'),
    corsCredentials: rule('TG-DAST-009', 'high', 'CORS allows any origin with credentials', 'Never combine `Access-Control-Allow-Credentials: true` with `Access-Control-Allow-Origin: *` or an origin copied from the request; allow a fixed list of origins.'),
    corsReflection: rule('TG-DAST-010', 'medium', 'CORS reflects any Origin', 'Compare the `Origin` header with a fixed allow list instead of echoing it back; echoing lets every site read the responses.'),
    versionLeak: rule('TG-DAST-011', 'low', 'Server software version disclosed', 'Remove version numbers from `Server` and drop `X-Powered-By` (e.g. `app.disable("x-powered-by")` in Express); they tell attackers which exploits to try.'),
    stackTrace: rule('TG-DAST-012', 'medium', 'Stack trace in an error response', 'Return a generic error body for 4xx and 5xx responses and log the details on the server; stack traces reveal code paths, file names and library versions.'),
};

;// CONCATENATED MODULE: ./dist/steps/dast/passive.js



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
const isHtml = (p) => /text\/html|application\/xhtml/i.test(header(p, 'content-type') ?? '');
function cookieFindings(page, https) {
    const out = [];
    for (const cookie of page.headers['set-cookie'] ?? []) {
        const [pair = '', ...attrs] = cookie.split(';').map((s) => s.trim());
        const name = pair.split('=')[0] ?? '';
        const has = (a) => attrs.some((x) => x.toLowerCase().split('=')[0] === a);
        const where = `cookie ${name} on ${page.url}`;
        if (https && !has('secure'))
            out.push((0,rule_table/* ruleFinding */.Ex)(DAST_RULES.cookieSecure, page.url, where));
        if (!has('httponly'))
            out.push((0,rule_table/* ruleFinding */.Ex)(DAST_RULES.cookieHttpOnly, page.url, where));
        if (!has('samesite'))
            out.push((0,rule_table/* ruleFinding */.Ex)(DAST_RULES.cookieSameSite, page.url, where));
    }
    return out;
}
/** The headers and bodies of one ordinary response. */
function checkPage(page) {
    const https = page.url.startsWith('https:');
    const out = [];
    const add = (rule, detail) => out.push((0,rule_table/* ruleFinding */.Ex)(rule, page.url, `${detail} (HTTP ${page.status} from ${page.url})`));
    const csp = header(page, 'content-security-policy');
    if (https && !header(page, 'strict-transport-security'))
        add(DAST_RULES.hsts, 'no Strict-Transport-Security');
    if (header(page, 'x-content-type-options')?.toLowerCase() !== 'nosniff')
        add(DAST_RULES.nosniff, 'X-Content-Type-Options is not nosniff');
    if (isHtml(page) && page.status < 300) {
        if (!csp)
            add(DAST_RULES.csp, 'no Content-Security-Policy');
        if (!/frame-ancestors/i.test(csp ?? '') && !header(page, 'x-frame-options'))
            add(DAST_RULES.framing, 'neither CSP frame-ancestors nor X-Frame-Options');
        if (!header(page, 'referrer-policy'))
            add(DAST_RULES.referrer, 'no Referrer-Policy');
    }
    out.push(...cookieFindings(page, https));
    for (const name of ['server', 'x-powered-by', 'x-aspnet-version']) {
        const value = header(page, name);
        if (value && (name !== 'server' || VERSIONED.test(value)))
            add(DAST_RULES.versionLeak, `${name}: ${value}`);
    }
    if (page.status >= 400 && STACK_TRACE.some((re) => re.test(page.body)))
        add(DAST_RULES.stackTrace, 'the body holds a stack trace');
    return out;
}
/**
 * A response to a request with a foreign Origin: echoing that origin back, or `*` together
 * with credentials, lets any site read the deployment's answers.
 */
function checkCors(page, foreignOrigin) {
    const allow = header(page, 'access-control-allow-origin');
    const credentials = header(page, 'access-control-allow-credentials')?.toLowerCase() === 'true';
    if (!allow)
        return [];
    const detail = `Access-Control-Allow-Origin: ${allow}${credentials ? ' with credentials' : ''} for Origin ${foreignOrigin} on ${page.url}`;
    if (credentials && (allow === '*' || allow === foreignOrigin))
        return [(0,rule_table/* ruleFinding */.Ex)(DAST_RULES.corsCredentials, page.url, detail)];
    if (allow === foreignOrigin)
        return [(0,rule_table/* ruleFinding */.Ex)(DAST_RULES.corsReflection, page.url, detail)];
    return [];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
;// CONCATENATED MODULE: ./dist/steps/dast/sslscan.js







/** TLS of an https deployment, judged from sslscan's XML report. */
const SSLSCAN_REPORT = 'sslscan.xml';
const sslscan_rule = (id, severity, title, help) => ({
    id,
    severity,
    title,
    help,
});
const TLS_RULES = {
    protocol: sslscan_rule('TG-TLS-001', 'high', 'Deprecated TLS or SSL protocol enabled', 'Accept TLS 1.2 and 1.3 only (e.g. `minVersion: "TLSv1.2"` in Node, `ssl_protocols TLSv1.2 TLSv1.3` in nginx); SSLv2, SSLv3, TLS 1.0 and 1.1 have known attacks.'),
    cipher: sslscan_rule('TG-TLS-002', 'high', 'Weak cipher suite accepted', 'Remove NULL, anonymous, export, RC4, DES and 3DES suites and suites under 128 bits; keep AEAD suites (AES-GCM, ChaCha20-Poly1305) with ECDHE.'),
    expired: sslscan_rule('TG-TLS-003', 'high', 'Certificate expired or not yet valid', 'Renew the certificate and automate renewal (e.g. cert-manager or ACME).'),
    heartbleed: sslscan_rule('TG-TLS-004', 'critical', 'Heartbleed', 'Upgrade OpenSSL; the server leaks memory (keys, session data) to anyone who asks.'),
};
const R = TLS_RULES;
const DEPRECATED = new Set(['ssl 2', 'ssl 3', 'tls 1.0', 'tls 1.1']);
const WEAK_STRENGTH = new Set(['null', 'anonymous', 'weak', 'medium']);
const list = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
function parseSslscan(xml, where) {
    const doc = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        parseAttributeValue: false,
        parseTagValue: false,
    }).parse(xml);
    const root = doc.document;
    if (!root)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `sslscan wrote ${SSLSCAN_REPORT} without a <document>`);
    if (root.error || !root.ssltest)
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `sslscan could not scan ${where}: ${root.error ?? 'no result'}`);
    const test = root.ssltest;
    const findings = [];
    // One finding per rule and endpoint, listing what was accepted: the same weakness seen
    // through ten suites is one thing to fix, and its identity must not change with the list.
    const protocols = list(test.protocol)
        .filter((p) => p.enabled === '1' && DEPRECATED.has(`${p.type} ${p.version}`))
        .map((p) => `${p.type?.toUpperCase()} ${p.version}`);
    if (protocols.length)
        findings.push((0,rule_table/* ruleFinding */.Ex)(R.protocol, where, `${protocols.join(', ')} enabled`));
    const ciphers = list(test.cipher)
        .filter((c) => WEAK_STRENGTH.has(c.strength ?? '') || Number(c.bits) < 128)
        .map((c) => `${c.cipher} (${c.sslversion}, ${c.bits} bits, ${c.strength})`);
    if (ciphers.length)
        findings.push((0,rule_table/* ruleFinding */.Ex)(R.cipher, where, ciphers.join('; ')));
    for (const h of list(test.heartbleed))
        if (h.vulnerable === '1')
            findings.push((0,rule_table/* ruleFinding */.Ex)(R.heartbleed, where, `over ${h.sslversion}`));
    const certs = list(test.certificates?.certificate);
    for (const cert of certs)
        if (String(cert.expired) === 'true' || String(cert['not-yet-valid']) === 'true')
            findings.push((0,rule_table/* ruleFinding */.Ex)(R.expired, where, `valid until ${String(cert['not-valid-after'])}`));
    return { version: root.version ?? 'unknown', findings };
}
/** sslscan against host:port of an https URL; it exits 0 even when it cannot connect. */
async function runSslscan(ctx, url) {
    const u = new URL(url);
    const where = `${u.hostname}:${u.port || '443'}`;
    const out = (0,external_node_path_.join)(ctx.outDir, SSLSCAN_REPORT);
    await (0,run_tool/* runTool */.q)(ctx, 'sslscan', 'sslscan', ['--no-colour', `--xml=${out}`, where], [0], ctx.outDir);
    const xml = await (0,promises_.readFile)(out, 'utf8').catch((e) => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `sslscan wrote no report ${out}`, { cause: e });
    });
    const { version, findings } = parseSslscan(xml, `${u.origin}/`);
    return {
        tool: {
            name: 'sslscan',
            version,
            informationUri: 'https://github.com/rbsec/sslscan',
            rules: (0,rule_table/* sarifRulesOf */.C2)(Object.values(TLS_RULES), DAST_DOC_URL),
        },
        findings,
    };
}

// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
;// CONCATENATED MODULE: ./dist/steps/dast/target.js


/** The base URL to scan: the base-url input, else the URL deploy-test wrote. */
async function baseUrlOf(ctx) {
    const input = ctx.inputs['base-url']?.trim();
    const raw = input || (await (0,handoff/* readDeployment */.iJ)(ctx)).baseUrl;
    let url;
    try {
        url = new URL(raw);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `base-url "${raw}" is not a URL`, {
            cause: e,
            hint: 'set base-url to e.g. http://127.0.0.1:8080/',
        });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `base-url "${raw}" is not http or https`, {
            hint: 'set base-url to e.g. http://127.0.0.1:8080/',
        });
    // A folder URL: wapiti's folder scope and relative paths both resolve below it.
    if (!url.pathname.endsWith('/'))
        url.pathname += '/';
    url.search = '';
    url.hash = '';
    return url.href;
}
/** A positive whole number input (seconds, counts), with its default when empty. */
function numberInput(ctx, name, def) {
    const raw = ctx.inputs[name]?.trim();
    if (!raw)
        return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${name} is "${raw}"; expected a positive whole number`);
    return n;
}
/** A boolean input: true/false (also yes/no, 1/0), with its default when empty. */
function booleanInput(ctx, name, def) {
    const raw = ctx.inputs[name]?.trim().toLowerCase();
    if (!raw)
        return def;
    if (['true', 'yes', '1'].includes(raw))
        return true;
    if (['false', 'no', '0'].includes(raw))
        return false;
    throw new errors/* TollgateError */.xB('INPUT_INVALID', `${name} is "${raw}"; expected true or false`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./dist/steps/dast/wapiti.js





/**
 * Active scanning with wapiti. Only attack modules that talk to the target alone: `ssrf` and
 * `xxe` use wapiti's public endpoint and `nikto`/`buster` brute-force for minutes, so they are
 * left out; the passive header, CSP and cookie modules are replaced by our own checks.
 */
const WAPITI_MODULES = 'xss,permanentxss,sql,exec,file,redirect,crlf';
const WAPITI_REPORT = 'wapiti.json';
/**
 * wapiti's own level (its `level`, 1 low … 4 critical) rates a reflected XSS "medium"; an
 * injection an attacker can exploit through a link is more than that for a deployment about
 * to ship, so these classes have a floor. The higher of floor and level wins.
 */
const FLOOR = {
    'Cross Site Scripting': 'high',
    'Stored Cross Site Scripting': 'high',
    'SQL Injection': 'critical',
    'Blind SQL Injection': 'critical',
    'Commands execution': 'critical',
    'Path Traversal': 'high',
    'CRLF Injection': 'medium',
    'Open Redirect': 'medium',
};
const BY_LEVEL = ['info', 'low', 'medium', 'high', 'critical'];
const ORDER = ['critical', 'high', 'medium', 'low', 'info'];
const ruleIdOf = (category) => `WAPITI-${category
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
/** Findings of wapiti's JSON report: vulnerabilities and anomalies (e.g. 500 on an input). */
function parseWapiti(report, baseUrl) {
    const origin = new URL(baseUrl).origin;
    const findings = [];
    const rules = [];
    for (const group of [report.vulnerabilities, report.anomalies]) {
        for (const [category, entries] of Object.entries(group ?? {})) {
            if (!Array.isArray(entries) || entries.length === 0)
                continue;
            const id = ruleIdOf(category);
            const info = report.classifications?.[category];
            rules.push({
                id,
                name: category,
                shortDescription: category,
                help: [info?.desc, info?.sol].filter(Boolean).join(' Fix: ') || category,
            });
            for (const e of entries) {
                const byLevel = BY_LEVEL[Number(e.level)] ?? 'medium';
                const floor = FLOOR[category] ?? 'info';
                const severity = ORDER.indexOf(floor) < ORDER.indexOf(byLevel) ? floor : byLevel;
                findings.push({
                    ruleId: id,
                    severity,
                    message: `${category}: ${e.info ?? ''} (${e.method ?? 'GET'} ${e.path ?? '/'}${e.parameter ? `, parameter ${e.parameter}` : ''})`,
                    location: { path: new URL(e.path ?? '/', origin).href },
                });
            }
        }
    }
    const version = (report.infos?.version ?? '').replace(/^Wapiti\s*/i, '') || 'unknown';
    return {
        tool: { name: 'wapiti', version, informationUri: 'https://wapiti-scanner.github.io', rules },
        findings,
    };
}
/** Runs wapiti against the deployment, seeded with the spec's URLs, and parses its report. */
async function runWapiti(ctx, baseUrl, seeds, maxSeconds) {
    // Sessions and configuration databases in a fresh folder, not under ~/.wapiti: runs of
    // different deployments must not resume one another's crawl.
    const state = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-wapiti-'));
    const out = (0,external_node_path_.join)(ctx.outDir, WAPITI_REPORT);
    try {
        const args = [
            '-u', baseUrl,
            ...seeds.flatMap((s) => ['-s', s]),
            '--scope', 'folder',
            '-m', WAPITI_MODULES,
            '-f', 'json',
            '-o', out,
            '--flush-session',
            '--store-session', (0,external_node_path_.join)(state, 'session'),
            '--store-config', (0,external_node_path_.join)(state, 'config'),
            '--max-scan-time', String(maxSeconds),
            '--max-attack-time', String(Math.max(5, Math.floor(maxSeconds / 4))),
            '--timeout', '10',
            '--verify-ssl', '0',
            '--no-bugreport', // a crash report would go to wapiti's public server
            '-v', '0',
        ]; // prettier-ignore
        await (0,run_tool/* runTool */.q)(ctx, 'wapiti', 'wapiti', args, [0], ctx.outDir);
        const text = await (0,promises_.readFile)(out, 'utf8').catch((e) => {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `wapiti wrote no report ${out}`, { cause: e });
        });
        const report = (0,run_tool/* parseToolJson */.I)(text, 'wapiti', WAPITI_REPORT);
        if (!report || typeof report !== 'object' || !('vulnerabilities' in report))
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `wapiti wrote ${WAPITI_REPORT} without "vulnerabilities"`, {
                hint: 'check the wapiti version (3.x writes this JSON report)',
            });
        return parseWapiti(report, baseUrl);
    }
    finally {
        await (0,promises_.rm)(state, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
;// CONCATENATED MODULE: ./dist/steps/dast/zap.js





const zap_obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/** ZAP's riskcode: 0 informational, 1 low, 2 medium, 3 high. */
const RISK = ['info', 'low', 'medium', 'high'];
const strip = (html) => String(html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
function fromZapJson(report, file) {
    const sites = report.site;
    if (!Array.isArray(sites))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file} is neither ZAP JSON (site[]) nor SARIF`, {
            hint: 'export the ZAP report with -J (JSON) or as SARIF',
        });
    const findings = [];
    const rules = new Map();
    for (const site of sites.map(zap_obj)) {
        for (const alert of (Array.isArray(site?.alerts) ? site.alerts : []).map(zap_obj)) {
            if (!alert)
                continue;
            const id = `ZAP-${String(alert.pluginid ?? alert.alertRef ?? 'unknown')}`;
            const name = String(alert.alert ?? alert.name ?? id);
            rules.set(id, { id, name, shortDescription: name, help: strip(alert.solution) || name });
            const severity = RISK[Number(alert.riskcode)] ?? 'medium';
            const instances = (Array.isArray(alert.instances) ? alert.instances : [{}]).map(zap_obj);
            for (const inst of instances) {
                const uri = typeof inst?.uri === 'string' ? inst.uri : String(site?.['@name'] ?? '');
                findings.push({
                    ruleId: id,
                    severity,
                    message: `${name}${inst?.param ? ` (parameter ${String(inst.param)})` : ''}`,
                    ...(uri ? { location: { path: uri } } : {}),
                });
            }
        }
    }
    const version = typeof report['@version'] === 'string' ? report['@version'] : 'unknown';
    return {
        tool: {
            name: 'zap',
            version,
            informationUri: 'https://www.zaproxy.org',
            rules: [...rules.values()],
        },
        findings,
    };
}
async function ingestZap(ctx, input) {
    const file = (0,external_node_path_.isAbsolute)(input) ? input : (0,external_node_path_.join)(ctx.repoDir, input);
    const text = (await (0,fs/* readInput */.R5)(file, 'the zap-report')).toString('utf8');
    const report = zap_obj((0,run_tool/* parseToolJson */.I)(text, 'zap', file));
    if (!report)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file} is not a JSON object`);
    if (report.version === '2.1.0' && Array.isArray(report.runs)) {
        const { tools, findings } = (0,sarif/* readSarif */.qT)(report, { tool: 'zap', file });
        return {
            tool: { name: tools[0]?.name ?? 'zap', version: tools[0]?.version ?? 'unknown' },
            findings,
        };
    }
    return fromZapJson(report, file);
}

;// CONCATENATED MODULE: ./dist/steps/dast/index.js












/**
 * dast: a running deployment seen from outside. Passive checks of our own over real
 * responses (/, the health path, the spec's GET operations, a missing page, a foreign
 * Origin), sslscan when the service speaks TLS, wapiti's attack modules when `active`, and a
 * ZAP report when one is given. One SARIF log with a run per tool; see docs/steps/dast.md.
 */
const REPORT = 'dast.sarif';
const PASSIVE_VERSION = '1';
/** An origin no deployment trusts, to see whether CORS echoes whatever it is sent. */
const FOREIGN_ORIGIN = 'https://tollgate-dast.invalid';
/**
 * Identity across runs: rule and URL path, not host and port, which change with every test
 * deployment; plus the message for rules that can fire twice on one URL (two cookies), and
 * the occurrence for what is still equal. Over the findings of all tools at once.
 */
function stableFingerprints(findings) {
    (0,fingerprint/* assignFingerprints */.Dz)(findings, {
        anchor: (f) => {
            const url = f.location?.path ?? '';
            let path = url;
            try {
                if (/^https?:/.test(url))
                    path = new URL(url).pathname;
            }
            catch {
                // not a parsable URL: the location as written
            }
            const message = (f.message ?? '').replace(/https?:\/\/[^/\s)]+/g, '');
            return { key: `${path}\u0000${message}` };
        },
    });
}
async function passive(ctx, baseUrl, seeds) {
    const health = (ctx.inputs['health-path'] || '/healthz').replace(/^\//, '');
    const urls = [
        ...new Set([
            baseUrl,
            new URL(health, baseUrl).href,
            ...seeds,
            new URL('tollgate-dast-missing-page', baseUrl).href,
        ]),
    ];
    const findings = [];
    for (const url of urls)
        findings.push(...checkPage(await getPage(url, { signal: ctx.signal })));
    const cors = await getPage(baseUrl, { headers: { origin: FOREIGN_ORIGIN }, signal: ctx.signal });
    findings.push(...checkCors(cors, FOREIGN_ORIGIN));
    ctx.log(`dast: passive checks of ${urls.length} URL(s): ${findings.length} finding(s)`);
    return {
        tool: {
            name: 'tollgate-dast',
            version: PASSIVE_VERSION,
            informationUri: DAST_DOC_URL,
            rules: (0,rule_table/* sarifRulesOf */.C2)(Object.values(DAST_RULES), DAST_DOC_URL),
        },
        findings,
    };
}
async function scan(ctx) {
    await (0,promises_.mkdir)(ctx.outDir, { recursive: true }); // wapiti and sslscan write into it
    const baseUrl = await baseUrlOf(ctx);
    const active = booleanInput(ctx, 'active', true);
    const maxSeconds = numberInput(ctx, 'max-scan-time', 120);
    const operations = await openapiOperations(ctx, baseUrl);
    const seeds = [...new Set(operations.filter((o) => o.method === 'GET').map((o) => o.url))];
    ctx.log(`dast: scanning ${baseUrl} (${seeds.length} GET operation(s) from the OpenAPI spec)`);
    for (const url of seeds)
        ctx.log(`dast: start URL ${url}`);
    // wapiti 3.0 starts from URLs only: an operation that takes a body is reached when a page
    // links or posts to it, not from the spec.
    const withBody = operations.filter((o) => o.body && o.method !== 'GET');
    if (withBody.length)
        ctx.log(`dast: ${withBody.length} operation(s) with a request body not seeded: ${withBody.map((o) => `${o.method} ${new URL(o.url).pathname}`).join(', ')}`);
    const runs = [await passive(ctx, baseUrl, seeds)];
    const extra = [];
    if (baseUrl.startsWith('https:'))
        runs.push(await runSslscan(ctx, baseUrl));
    if (active) {
        const started = Date.now();
        runs.push(await runWapiti(ctx, baseUrl, seeds, maxSeconds));
        extra.push(`- wapiti ran ${((Date.now() - started) / 1000).toFixed(1)} s (report ${WAPITI_REPORT})`);
    }
    else
        extra.push('- active scanning is off (input active: false)');
    const zap = ctx.inputs['zap-report']?.trim();
    if (zap)
        runs.push(await ingestZap(ctx, zap));
    stableFingerprints(runs.flatMap((r) => r.findings));
    const result = await (0,scan_step/* finishScan */.vi)(ctx, runs, REPORT, extra);
    if (active)
        result.reports.push(WAPITI_REPORT);
    return result;
}
const dast = {
    id: 'dast',
    async run(ctx) {
        try {
            return await scan(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'tollgate-dast');
        }
    },
};


/***/ }),

/***/ 61056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ NoSpec),
/* harmony export */   vt: () => (/* binding */ findSpec)
/* harmony export */ });
/* unused harmony export COMMON_SPEC_PATHS */
/* harmony import */ var _core_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98402);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63704);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);





/** No spec anywhere, and none was named: the step does not apply. */
class NoSpec extends Error {
}
/** Names tried, in order, when neither compile nor the input names the spec. */
const COMMON_SPEC_PATHS = [
    'openapi.json',
    'openapi.yaml',
    'openapi.yml',
    'swagger.json',
    'swagger.yaml',
    'api/openapi.json',
    'api/openapi.yaml',
    'docs/openapi.json',
    'docs/openapi.yaml',
    'spec/openapi.json',
    'spec/openapi.yaml',
];
const SPEC_NAME = /(openapi|swagger)[^/]*\.(json|ya?ml)$/i;
function display(repoDir, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(repoDir, file);
    return (rel.startsWith('..') ? file : rel).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/**
 * The spec `compile` produced (a product named like *openapi*.json/yaml, resolved against the
 * repository and checked against the digest compile attested), else the `openapi-path`
 * input, else the first of the common names. Nothing found is an error that says where it
 * looked.
 */
async function findSpec(ctx) {
    const products = (ctx.upstream.compile ?? []).filter((s) => SPEC_NAME.test(s.name));
    for (const product of products) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(product.name) ? product.name : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.repoDir, product.name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            continue;
        const want = product.digest.sha256;
        if (want && (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(file)) !== want)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `${display(ctx.repoDir, file)} does not match the sha256 digest compile attested for ${product.name}`, {
                hint: 'lint the spec compile produced: run lint-openapi on the same checkout, after compile',
            });
        return { file, display: display(ctx.repoDir, file), material: product, origin: 'compile' };
    }
    const input = ctx.inputs['openapi-path']?.trim();
    if (input) {
        const file = (0,_core_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInside */ .L)(ctx.repoDir, input, 'the input "openapi-path"');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            return { file, display: display(ctx.repoDir, file), origin: 'input' };
    }
    for (const name of COMMON_SPEC_PATHS) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.repoDir, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            return { file, display: name, origin: 'search' };
    }
    // Nothing named a spec, and none is where specs usually are: the service has no OpenAPI
    // contract to lint (a named spec that is missing stays an error).
    if (!input && products.length === 0) {
        throw new NoSpec(`no OpenAPI spec: compile produced none, and the repository has none of ${COMMON_SPEC_PATHS.join(', ')}`);
    }
    const looked = [
        products.length
            ? `compile products ${products.map((p) => p.name).join(', ')}`
            : 'no spec among the compile products',
        input ? `openapi-path ${input}` : undefined,
        COMMON_SPEC_PATHS.join(', '),
    ].filter(Boolean);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_UNREADABLE', `no OpenAPI spec found (looked at: ${looked.join('; ')})`, {
        hint: 'let compile produce the spec, or set the openapi-path input',
    });
}


/***/ })

};
