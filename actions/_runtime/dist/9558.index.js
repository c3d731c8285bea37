export const id = 9558;
export const ids = [9558];
export const modules = {

/***/ 71523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ send)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);


/** Enough of a body to validate; a response larger than this is cut off (and reported so). */
const MAX_BODY = 1024 * 1024;
function send(req, timeoutMs, signal) {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
        let done = false;
        const finish = (o) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(o);
        };
        const url = new URL(req.url);
        const make = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const headers = { ...req.headers, Connection: 'close' };
        if (req.body !== undefined)
            headers['Content-Length'] = Buffer.byteLength(req.body);
        const r = make({
            method: req.method,
            hostname: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port,
            // The raw path as built: no URL object re-encodes or folds it on the way.
            path: req.url.slice(req.url.indexOf('/', url.protocol.length + 2)) || '/',
            headers,
            agent: false,
            ...(signal ? { signal } : {}),
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size <= MAX_BODY)
                    chunks.push(c);
            });
            res.on('end', () => finish({
                kind: 'response',
                status: res.statusCode ?? 0,
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [
                    k,
                    Array.isArray(v) ? v.join(', ') : String(v),
                ])),
                body: Buffer.concat(chunks).toString('utf8'),
                ms: ms(),
            }));
            res.on('error', (e) => finish({ kind: 'error', code: e.code ?? 'ERROR', message: e.message, ms: ms() }));
        });
        const timer = setTimeout(() => {
            finish({ kind: 'timeout', ms: ms() });
            r.destroy();
        }, timeoutMs);
        r.on('error', (e) => finish({ kind: 'error', code: e.code ?? 'ERROR', message: e.message, ms: ms() }));
        r.end(req.body);
    });
}


/***/ }),

/***/ 80358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ intInput),
/* harmony export */   ik: () => (/* binding */ baseUrlOf),
/* harmony export */   rI: () => (/* binding */ specOf)
/* harmony export */ });
/* harmony import */ var _core_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98402);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30086);
/* harmony import */ var _lint_openapi_find_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61056);





/**
 * What the per-PR steps that send traffic aim at: the `base-url` input, else the URL that
 * deploy-test recorded. Only http(s) URLs are accepted, so that a typo fails with exit code 2
 * instead of sending requests somewhere unexpected.
 */
async function baseUrlOf(ctx) {
    const input = ctx.inputs['base-url']?.trim();
    const url = input || (await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_3__/* .readDeployment */ .iJ)(ctx)).baseUrl;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `base-url "${url}" is not a URL`, {
            cause: e,
            hint: 'set base-url to the service, e.g. http://127.0.0.1:8080',
        });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `base-url "${url}" is not an http(s) URL`, {
            hint: 'set base-url to the service, e.g. http://127.0.0.1:8080',
        });
    return url.replace(/\/+$/, '');
}
/** The `openapi-path` input first, else the spec compile produced, else the usual names. */
async function specOf(ctx) {
    const input = ctx.inputs['openapi-path']?.trim();
    if (input) {
        const file = (0,_core_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInside */ .L)(ctx.repoDir, input, 'the api-fuzz input "openapi-path"');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_UNREADABLE', `openapi-path ${input}: no such file`, {
                hint: 'point openapi-path at the spec, relative to the repository',
            });
        return { file, display: input, origin: 'input' };
    }
    return (0,_lint_openapi_find_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .findSpec */ .vt)(ctx);
}
/** A whole number input within bounds, or its default; anything else is a usage error. */
function intInput(ctx, name, def, min, max) {
    const raw = ctx.inputs[name]?.trim();
    if (!raw)
        return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `${name} is "${raw}"; expected a whole number from ${min} to ${max}`);
    return n;
}


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


/***/ }),

/***/ 89558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  performanceStep: () => (/* binding */ performanceStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/autocannon/package.json
var autocannon_package = __webpack_require__(3360);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/steps/api-fuzz/http.js
var http = __webpack_require__(71523);
// EXTERNAL MODULE: ./dist/steps/api-fuzz/target.js
var target = __webpack_require__(80358);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
;// CONCATENATED MODULE: ./dist/steps/performance/judge.js

const MIN_DELTA_MS = 5;
/** What each finding is about: the scenario, and the figure for a regression. */
const KEYS = new WeakMap();
/**
 * Fingerprints over the step's whole list: rule, scenario (and figure), not the numbers, so
 * a budget broken again by other figures is the same finding.
 */
function fingerprintPerformance(findings) {
    return (0,fingerprint/* assignFingerprints */.Dz)(findings, { anchor: (f) => ({ key: KEYS.get(f) ?? '' }) });
}
function finding(rule, severity, s, message, where) {
    const f = {
        ruleId: `performance/${rule}`,
        severity,
        message: `${s.name}: ${message}`,
        ...(where ? { location: { path: where } } : {}),
    };
    KEYS.set(f, s.name);
    return f;
}
function budgetFindings(s, b, where) {
    const out = [];
    const l = s.latencyMs;
    if (b.p95Ms !== undefined && l.p95 > b.p95Ms)
        out.push(finding('p95-budget', 'high', s, `p95 latency ${l.p95} ms is over the budget of ${b.p95Ms} ms`, where));
    if (b.p99Ms !== undefined && l.p99 > b.p99Ms)
        out.push(finding('p99-budget', 'high', s, `p99 latency ${l.p99} ms is over the budget of ${b.p99Ms} ms`, where));
    if (b.maxErrorRate !== undefined && s.errorRate > b.maxErrorRate)
        out.push(finding('error-rate', 'high', s, `${(s.errorRate * 100).toFixed(2)} % of requests failed (${s.errors} connection errors, ${s.errorResponses} answers ≥ 400), over the limit of ${(b.maxErrorRate * 100).toFixed(2)} %`, where));
    if (b.minRps !== undefined && s.requestsPerSecond < b.minRps)
        out.push(finding('min-rps', 'high', s, `${s.requestsPerSecond} requests/s is under the minimum of ${b.minRps}`, where));
    if (s.requests === 0)
        out.push(finding('no-answers', 'high', s, 'no request was answered', where));
    return out;
}
function compare(now, base) {
    const out = [];
    for (const s of now) {
        const b = base.find((x) => x.name === s.name);
        if (!b)
            continue;
        const pct = (worse, of) => (of > 0 ? Math.round((worse / of) * 1000) / 10 : 0);
        out.push({
            scenario: s.name,
            figure: 'p95',
            base: b.latencyMs.p95,
            now: s.latencyMs.p95,
            worsePercent: pct(s.latencyMs.p95 - b.latencyMs.p95, b.latencyMs.p95),
        }, {
            scenario: s.name,
            figure: 'p99',
            base: b.latencyMs.p99,
            now: s.latencyMs.p99,
            worsePercent: pct(s.latencyMs.p99 - b.latencyMs.p99, b.latencyMs.p99),
        }, {
            scenario: s.name,
            figure: 'requestsPerSecond',
            base: b.requestsPerSecond,
            now: s.requestsPerSecond,
            worsePercent: pct(b.requestsPerSecond - s.requestsPerSecond, b.requestsPerSecond),
        });
    }
    return out;
}
function regressionFindings(comparisons, results, maxRegression, where) {
    return comparisons
        .filter((c) => c.worsePercent > maxRegression &&
        (c.figure === 'requestsPerSecond' || c.now - c.base >= MIN_DELTA_MS))
        .map((c) => {
        const s = results.find((r) => r.name === c.scenario);
        const unit = c.figure === 'requestsPerSecond' ? ' requests/s' : ' ms';
        const f = finding(`regression`, 'medium', s, `${c.figure} ${c.now}${unit} is ${c.worsePercent} % worse than the baseline's ${c.base}${unit} (allowed: ${maxRegression} %)`, where);
        KEYS.set(f, `${s.name}\u0000${c.figure}`);
        return f;
    });
}

// EXTERNAL MODULE: ./node_modules/autocannon/autocannon.js
var autocannon = __webpack_require__(88174);
;// CONCATENATED MODULE: ./dist/steps/performance/stats.js
const round = (n) => Math.round(n * 100) / 100;
function percentile(sorted, p) {
    if (!sorted.length)
        return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function latencyStats(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const sum = sorted.reduce((a, b) => a + b, 0);
    return {
        count: sorted.length,
        min: round(sorted[0] ?? 0),
        mean: round(sorted.length ? sum / sorted.length : 0),
        p50: round(percentile(sorted, 50)),
        p90: round(percentile(sorted, 90)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted[sorted.length - 1] ?? 0),
    };
}
/**
 * Equal-width bins from 0 up to a little past p99; slower samples go into the last bin (the
 * chart says so), so that one outlier does not squeeze the distribution into one bar.
 */
function histogram(samples, stats, bins = 40, 
/** A budget to show on the chart: the range reaches past it. */
atLeast = 0) {
    const top = Math.max(stats.p99 * 1.15, stats.p50 * 2, atLeast * 1.1, 1);
    const width = top / bins;
    const out = Array.from({ length: bins }, (_, i) => ({
        from: round(i * width),
        to: round((i + 1) * width),
        count: 0,
    }));
    for (const s of samples)
        out[Math.min(bins - 1, Math.floor(s / width))].count++;
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/performance/load.js



/** Runs autocannon in process and keeps every response time for the percentiles. */
async function runScenario(s, o) {
    const samples = [];
    const connections = s.connections ?? o.connections;
    const duration = s.duration ?? o.duration;
    let stop = () => { };
    const result = await new Promise((resolve, reject) => {
        const instance = autocannon({
            url: `${o.baseUrl}${s.path}`,
            method: s.method,
            headers: s.headers,
            ...(s.body !== undefined ? { body: s.body } : {}),
            connections,
            duration,
            timeout: 10,
        }, (err, r) => (err ? reject(err) : resolve(r)));
        instance.on('response', (_client, _status, _bytes, ms) => {
            samples.push(ms);
        });
        // Ctrl-C or a cancelled job ends the load at once; the answers so far still count.
        stop = () => instance.stop();
        o.signal.addEventListener('abort', stop, { once: true });
    })
        .finally(() => o.signal.removeEventListener('abort', stop))
        .catch((e) => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `autocannon could not run ${s.name}: ${e.message}`, {
            cause: e,
            hint: 'check base-url and the scenario',
        });
    });
    const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count ?? 0]));
    const errorResponses = Object.entries(statuses)
        .filter(([k]) => Number(k) >= 400)
        .reduce((n, [, c]) => n + c, 0);
    const seconds = Math.max(result.duration, 0.001);
    const attempts = samples.length + result.errors;
    return {
        samples,
        result: {
            name: s.name,
            method: s.method,
            path: s.path,
            connections,
            seconds: Math.round(seconds * 1000) / 1000,
            requests: samples.length,
            requestsPerSecond: Math.round((samples.length / seconds) * 10) / 10,
            bytesPerSecond: Math.round(result.throughput.total / seconds),
            latencyMs: latencyStats(samples),
            errors: result.errors,
            timeouts: result.timeouts,
            errorResponses,
            errorRate: attempts
                ? Math.round(((result.errors + errorResponses) / attempts) * 10000) / 10000
                : 1,
            statuses,
            autocannon: {
                p50: result.latency.p50,
                p90: result.latency.p90,
                p97_5: result.latency.p97_5,
                p99: result.latency.p99,
                requestsAverage: result.requests.average,
            },
        },
    };
}

// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./dist/steps/performance/result-file.js




/**
 * performance.json: what this run measured, in the form the next run reads as its baseline
 * (on GitHub: the base branch's last one). `figures` are in the shape of the Tollgate
 * report's performance list, for the PR comment's comparison.
 */
const RESULT_FORMAT = 'https://tollgate.dev/performance/v1';
const RESULT_FILE = 'performance.json';
function figuresOf(results) {
    return results.flatMap((s) => [
        { name: `${s.name} p50`, value: s.latencyMs.p50, unit: 'ms' },
        { name: `${s.name} p95`, value: s.latencyMs.p95, unit: 'ms' },
        { name: `${s.name} p99`, value: s.latencyMs.p99, unit: 'ms' },
        {
            name: `${s.name} throughput`,
            value: s.requestsPerSecond,
            unit: 'req/s',
            higherIsBetter: true,
        },
        { name: `${s.name} errors`, value: Math.round(s.errorRate * 10000) / 100, unit: '%' },
    ]);
}
/**
 * The baseline named by the input. A missing file is normal (the base branch has no result
 * yet): no comparison, said in the log. A file that is there but is not a result is an
 * error naming it: comparing against garbage would pass or fail the PR for nothing.
 */
async function readBaseline(repoDir, input, log) {
    const name = input?.trim();
    if (!name)
        return undefined;
    const file = (0,confine/* resolveInside */.L)(repoDir, name, 'the performance input "baseline"');
    if (!(0,external_node_fs_.existsSync)(file)) {
        log(`performance: no baseline at ${name}; nothing to compare with`);
        return undefined;
    }
    const bad = (why) => new errors/* TollgateError */.xB('INPUT_INVALID', `baseline ${name} is not a performance result: ${why}`, {
        hint: `expected the ${RESULT_FILE} of an earlier performance run (format ${RESULT_FORMAT})`,
    });
    let v;
    try {
        v = JSON.parse((await (0,fs/* readInput */.R5)(file, 'the performance baseline')).toString('utf8'));
    }
    catch (e) {
        if (e instanceof errors/* TollgateError */.xB)
            throw e;
        throw bad('not JSON');
    }
    const r = v;
    if (!r || typeof r !== 'object' || r.format !== RESULT_FORMAT)
        throw bad(`format is ${JSON.stringify(r?.format)}`);
    if (!Array.isArray(r.scenarios))
        throw bad('no scenarios array');
    r.scenarios.forEach((s, i) => {
        if (typeof s?.name !== 'string' ||
            typeof s.requestsPerSecond !== 'number' ||
            typeof s.latencyMs?.p95 !== 'number' ||
            typeof s.latencyMs?.p99 !== 'number')
            throw bad(`scenarios[${i}] needs name, requestsPerSecond and latencyMs.p95/p99`);
    });
    return { file: name, result: r };
}

// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
;// CONCATENATED MODULE: ./dist/steps/performance/scenarios.js





const METHODS = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/;
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function bad(where, why) {
    return new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: ${why}`, {
        hint: 'see docs/steps/performance.md for the scenarios format',
    });
}
async function bodyFile(repoDir, name) {
    const file = (0,confine/* resolveInside */.L)(repoDir, name, 'the scenario body file');
    return (await (0,fs/* readInput */.R5)(file, 'the scenario body file')).toString('utf8');
}
function num(v, where, field) {
    if (v === undefined || v === null || v === '')
        return undefined;
    const n = typeof v === 'string' ? Number(v.replace(/%$/, '')) / (v.endsWith('%') ? 100 : 1) : v;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
        throw bad(where, `${field} is ${JSON.stringify(v)}; expected a number ≥ 0`);
    return n;
}
async function fromObject(repoDir, v, where) {
    if (!isObj(v))
        throw bad(where, 'a scenario is an object with at least a path');
    const method = String(v.method ?? 'GET').toUpperCase();
    if (!METHODS.test(method))
        throw bad(where, `method ${method} is not an HTTP method`);
    if (typeof v.path !== 'string' || !v.path.startsWith('/'))
        throw bad(where, 'path must start with /');
    const headers = {};
    if (v.headers !== undefined) {
        if (!isObj(v.headers))
            throw bad(where, 'headers is a map of name to value');
        for (const [k, h] of Object.entries(v.headers))
            headers[k] = String(h);
    }
    let body;
    if (typeof v.bodyFile === 'string')
        body = await bodyFile(repoDir, v.bodyFile);
    else if (typeof v.body === 'string')
        body = v.body;
    else if (v.body !== undefined)
        body = JSON.stringify(v.body);
    if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
        headers['content-type'] = 'application/json';
    const fields = {
        duration: num(v.duration, where, 'duration'),
        connections: num(v.connections, where, 'connections'),
        p95Ms: num(v.p95Ms, where, 'p95Ms'),
        p99Ms: num(v.p99Ms, where, 'p99Ms'),
        maxErrorRate: num(v.maxErrorRate, where, 'maxErrorRate'),
        minRps: num(v.minRps, where, 'minRps'),
    };
    return {
        name: typeof v.name === 'string' && v.name ? v.name : `${method} ${v.path}`,
        method,
        path: v.path,
        headers,
        ...(body !== undefined ? { body } : {}),
        ...Object.fromEntries(Object.entries(fields).filter(([, x]) => x !== undefined)),
    };
}
/** `GET /items, POST /items body.json`: method, path and an optional body file. */
async function inline(repoDir, text) {
    const out = [];
    for (const part of text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const [method, path, file, ...rest] = part.split(/\s+/);
        if (!method || !path || rest.length || !METHODS.test(method.toUpperCase()))
            throw bad('scenarios', `"${part}" is not "METHOD /path [body-file]"`);
        out.push(await fromObject(repoDir, { method, path, ...(file ? { bodyFile: file } : {}) }, `scenarios "${part}"`));
    }
    return out;
}
async function loadScenarios(repoDir, input) {
    const value = (input ?? '').trim();
    if (!value)
        return { scenarios: [await fromObject(repoDir, { path: '/' }, 'default scenario')] };
    const file = /\s/.test(value)
        ? value
        : (0,confine/* resolveInside */.L)(repoDir, value, 'the performance input "scenarios"');
    if (!/\s/.test(value) && /\.(ya?ml|json)$/i.test(value)) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `scenarios file ${value}: no such file`, {
                hint: 'point scenarios at the file, relative to the repository, or write them inline',
            });
        const text = (await (0,fs/* readInput */.R5)(file, 'the scenarios file')).toString('utf8');
        let doc;
        try {
            doc = /\.json$/i.test(value)
                ? (0,untrusted/* parseJsonUntrusted */.IN)(text, 'scenarios file', value)
                : (0,untrusted/* parseYamlUntrusted */.j6)(text, 'scenarios file', value);
        }
        catch (e) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${value}: not valid ${/\.json$/i.test(value) ? 'JSON' : 'YAML'}`, {
                cause: e,
            });
        }
        const list = Array.isArray(doc) ? doc : isObj(doc) ? doc.scenarios : undefined;
        if (!Array.isArray(list) || !list.length)
            throw bad(value, 'expected a list of scenarios (or scenarios: [...])');
        const scenarios = [];
        for (const [i, s] of list.entries())
            scenarios.push(await fromObject(repoDir, s, `${value} scenarios[${i}]`));
        return { scenarios, file: value };
    }
    return { scenarios: await inline(repoDir, value) };
}

;// CONCATENATED MODULE: ./dist/steps/performance/svg.js
/**
 * The latency histogram of one scenario as a self-contained SVG (no fonts or scripts to
 * fetch): bars per latency bin, vertical markers at p50, p95 and p99, the budget when one is
 * set. Written by hand so that the step needs no chart library.
 */
const W = 720;
const H = 300;
const PAD = { left: 56, right: 16, top: 58, bottom: 44 };
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
function histogramSvg(title, bins, stats, budgetMs) {
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const top = bins[bins.length - 1]?.to ?? 1;
    const most = Math.max(1, ...bins.map((b) => b.count));
    const x = (ms) => PAD.left + (Math.min(ms, top) / top) * plotW;
    const y = (count) => PAD.top + plotH - (count / most) * plotH;
    const barW = plotW / Math.max(1, bins.length);
    const bars = bins
        .map((b, i) => `<rect x="${(PAD.left + i * barW + 0.5).toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${Math.max(barW - 1, 0.5).toFixed(1)}" height="${(PAD.top + plotH - y(b.count)).toFixed(1)}" fill="#6b8fc7"><title>${fmt(b.from)}–${fmt(b.to)} ms: ${b.count}</title></rect>`)
        .join('\n  ');
    const ticks = [0, 0.25, 0.5, 0.75, 1]
        .map((f) => {
        const ms = top * f;
        return `<line x1="${x(ms).toFixed(1)}" y1="${PAD.top + plotH}" x2="${x(ms).toFixed(1)}" y2="${PAD.top + plotH + 4}" stroke="#333"/><text x="${x(ms).toFixed(1)}" y="${PAD.top + plotH + 16}" text-anchor="middle">${fmt(ms)}</text>`;
    })
        .join('\n  ');
    const markers = [
        ['p50', stats.p50, '#2e7d32'],
        ['p95', stats.p95, '#ef6c00'],
        ['p99', stats.p99, '#c62828'],
    ];
    if (budgetMs !== undefined)
        markers.push(['p95 budget', budgetMs, '#000']);
    const lines = markers
        .map(([name, ms, color], i) => {
        const at = x(ms).toFixed(1);
        const dash = name.includes('budget') ? ' stroke-dasharray="6 4"' : '';
        return `<line x1="${at}" y1="${PAD.top}" x2="${at}" y2="${PAD.top + plotH}" stroke="${color}" stroke-width="2"${dash}/><text x="${at}" y="${PAD.top - 6 - (i % 2) * 12}" text-anchor="middle" fill="${color}">${esc(name)} ${fmt(ms)} ms</text>`;
    })
        .join('\n  ');
    return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">
  <title>${esc(title)}: latency of ${stats.count} responses</title>
  <rect width="${W}" height="${H}" fill="#fff"/>
  <text x="${PAD.left}" y="14" font-size="13" font-weight="bold">${esc(title)}</text>
  ${bars}
  <line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="#333"/>
  <line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" stroke="#333"/>
  <text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${most}</text>
  <text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end">0</text>
  ${ticks}
  ${lines}
  <text x="${PAD.left + plotW / 2}" y="${H - 8}" text-anchor="middle">latency (ms), ${stats.count} responses; the last bar holds everything slower (max ${fmt(stats.max)} ms)</text>
</svg>
`;
}

;// CONCATENATED MODULE: ./dist/steps/performance/index.js















/**
 * performance: autocannon load per scenario against the deployed service; p50/p95/p99,
 * throughput and errors against the budgets and the baseline. Writes performance.sarif (the
 * findings), performance.json (the result, the next baseline) and one latency histogram SVG
 * per scenario. See docs/steps/performance.md.
 */
const REPORT = 'performance.sarif';
/**
 * The version of the autocannon this code runs (load.ts imports it, so the action bundle holds
 * it): imported, not resolved at run time, because a bundled action has no node_modules.
 */
const AUTOCANNON_VERSION = autocannon_package/* version */.rE;
/** A number input ≥ 0; `5%` means 0.05 where `percent` is set. */
function numberInput(ctx, name, def, percent = false) {
    const raw = (ctx.inputs[name]?.trim() || def) ?? '';
    if (!raw)
        return undefined;
    const isPct = raw.endsWith('%');
    const n = Number(isPct ? raw.slice(0, -1) : raw);
    if (!Number.isFinite(n) || n < 0 || (isPct && !percent))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${name} is "${raw}"; expected a number ≥ 0${percent ? ' (or a percentage such as 1%)' : ''}`);
    return isPct ? n / 100 : n;
}
const slug = (s) => s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'scenario';
const cell = (s) => s.replace(/\|/g, '\\|');
function summaryRows(results, comparisons, images) {
    const vs = (name) => comparisons
        .filter((c) => c.scenario === name)
        .map((c) => `${c.figure} ${c.worsePercent > 0 ? '+' : ''}${c.worsePercent} % worse`)
        .join(', ') || '—';
    return [
        '',
        '| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | errors | vs baseline |',
        '|---|---|---|---|---|---|---|---|',
        ...results.map((s) => `| ${cell(s.name)} | ${s.requests} | ${s.requestsPerSecond} | ${s.latencyMs.p50} | ${s.latencyMs.p95} | ${s.latencyMs.p99} | ${(s.errorRate * 100).toFixed(2)} % | ${cell(vs(s.name))} |`),
        '',
        `Latency histograms: ${images.join(', ')}`,
    ];
}
async function measure(ctx) {
    const baseUrl = await (0,target/* baseUrlOf */.ik)(ctx);
    const { scenarios, file } = await loadScenarios(ctx.repoDir, ctx.inputs.scenarios);
    const duration = (0,target/* intInput */.O1)(ctx, 'duration', 10, 1, 3600);
    const connections = (0,target/* intInput */.O1)(ctx, 'connections', 10, 1, 10_000);
    const defaults = {
        p95Ms: numberInput(ctx, 'p95-ms'),
        p99Ms: numberInput(ctx, 'p99-ms'),
        maxErrorRate: numberInput(ctx, 'max-error-rate', '1%', true),
        minRps: numberInput(ctx, 'min-rps'),
    };
    const maxRegression = numberInput(ctx, 'max-regression', '20') ?? 20;
    const baseline = await readBaseline(ctx.repoDir, ctx.inputs.baseline, ctx.log);
    const probe = await (0,http/* send */.t)({ method: 'GET', url: `${baseUrl}/`, headers: {} }, 10_000, ctx.signal);
    if (probe.kind === 'error')
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `nothing answers at ${baseUrl} (${probe.code})`, {
            hint: 'start the service (deploy-test) or set base-url to where it runs',
        });
    const results = [];
    const findings = [];
    const images = [];
    for (const s of scenarios) {
        ctx.log(`performance: ${s.name}: ${s.connections ?? connections} connection(s) for ${s.duration ?? duration} s`);
        const { result, samples } = await runScenario(s, {
            baseUrl,
            duration,
            connections,
            signal: ctx.signal,
        });
        const l = result.latencyMs;
        ctx.log(`performance: ${s.name}: ${result.requests} answers, ${result.requestsPerSecond} req/s, p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms, errors ${(result.errorRate * 100).toFixed(2)} %`);
        const budgets = {
            ...defaults,
            ...Object.fromEntries(['p95Ms', 'p99Ms', 'maxErrorRate', 'minRps']
                .filter((k) => s[k] !== undefined)
                .map((k) => [k, s[k]])),
        };
        findings.push(...budgetFindings(result, budgets, file));
        const image = `performance-${slug(s.name)}.svg`;
        const svg = histogramSvg(s.name, histogram(samples, l, 40, budgets.p95Ms ?? 0), l, budgets.p95Ms);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, image), svg);
        images.push(image);
        results.push(result);
    }
    const comparisons = baseline ? compare(results, baseline.result.scenarios) : [];
    findings.push(...regressionFindings(comparisons, results, maxRegression, file));
    fingerprintPerformance(findings);
    const out = {
        format: RESULT_FORMAT,
        commit: ctx.commit,
        baseUrl,
        generatedAt: new Date().toISOString(),
        scenarios: results,
        figures: figuresOf(results),
        ...(baseline ? { baseline: { file: baseline.file, comparisons } } : {}),
    };
    const bytes = Buffer.from(`${JSON.stringify(out, null, 2)}\n`);
    await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, RESULT_FILE), bytes);
    const scan = await (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'autocannon',
                version: AUTOCANNON_VERSION,
                informationUri: 'https://github.com/mcollina/autocannon',
            },
            findings,
        },
    ], REPORT, [
        ...summaryRows(results, comparisons, images),
        baseline ? `Baseline: ${baseline.file}` : 'No baseline: nothing compared.',
    ]);
    const imageProducts = await Promise.all(images.map(async (name) => ({
        name,
        digest: { sha256: (0,digest/* sha256Hex */.fg)(await (0,promises_.readFile)((0,external_node_path_.join)(ctx.outDir, name))) },
    })));
    const worst = (f, pick) => results.length ? pick(...results.map(f)) : 0;
    return {
        ...scan,
        reports: [...scan.reports, RESULT_FILE, ...images],
        products: [
            ...scan.products,
            { name: RESULT_FILE, digest: { sha256: (0,digest/* sha256Hex */.fg)(bytes) } },
            ...imageProducts,
        ],
        metrics: {
            ...scan.metrics,
            scenarios: results.length,
            requests: results.reduce((n, s) => n + s.requests, 0),
            rps: worst((s) => s.requestsPerSecond, Math.min),
            p50Ms: worst((s) => s.latencyMs.p50, Math.max),
            p95Ms: worst((s) => s.latencyMs.p95, Math.max),
            p99Ms: worst((s) => s.latencyMs.p99, Math.max),
            errorRate: worst((s) => s.errorRate, Math.max),
        },
    };
}
const performanceStep = {
    id: 'performance',
    async run(ctx) {
        try {
            return await measure(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'autocannon');
        }
    },
};


/***/ })

};
