export const id = 9168;
export const ids = [9168];
export const modules = {

/***/ 72318:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 72318;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 25993:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 25993;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 75895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   az: () => (/* binding */ makeTestResult),
/* harmony export */   jE: () => (/* binding */ makeScanResult),
/* harmony export */   wL: () => (/* binding */ makeProvenance)
/* harmony export */ });
/* unused harmony exports MAX_LISTED_FINDINGS, TOLLGATE_BUILD_TYPE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71262);


/** More than this many findings are summarised by counts; the gate still counts them all. */
const MAX_LISTED_FINDINGS = 500;
function makeScanResult(input) {
    const counts = {};
    for (const f of input.findings)
        counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    // Worst first, so that a truncated list keeps the findings that decide the verdict.
    const ordered = [...input.findings].sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(a.severity) - _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(b.severity));
    const predicate = {
        scanner: input.scanner,
        counts,
        findings: ordered.slice(0, MAX_LISTED_FINDINGS),
    };
    if (ordered.length > MAX_LISTED_FINDINGS)
        predicate.findingsTruncated = true;
    if (input.report) {
        predicate.report = {
            name: input.report.name,
            digest: { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(input.report.bytes).digest('hex') },
            format: input.report.format,
        };
    }
    return predicate;
}
/** in-toto test-result v0.1; the result word follows from the failed tests. */
function makeTestResult(input) {
    const warned = input.warned ?? [];
    return {
        result: input.failed.length ? 'FAILED' : warned.length ? 'WARNED' : 'PASSED',
        configuration: input.configuration ?? [],
        ...(input.url ? { url: input.url } : {}),
        passedTests: input.passed,
        warnedTests: warned,
        failedTests: input.failed,
    };
}
const TOLLGATE_BUILD_TYPE = 'https://tollgate.dev/buildtypes/step/v1';
/** SLSA provenance v1 for a Tollgate step; materials become resolvedDependencies. */
function makeProvenance(input) {
    const metadata = {};
    if (input.invocationId)
        metadata.invocationId = input.invocationId;
    if (input.startedOn)
        metadata.startedOn = input.startedOn.toISOString();
    if (input.finishedOn)
        metadata.finishedOn = input.finishedOn.toISOString();
    return {
        buildDefinition: {
            buildType: TOLLGATE_BUILD_TYPE,
            externalParameters: input.externalParameters,
            resolvedDependencies: input.materials,
        },
        runDetails: { builder: { id: input.builderId }, metadata },
    };
}


/***/ }),

/***/ 63704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* unused harmony exports SHA256_HEX, GIT_SHA_HEX */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Streams the file so that large artefacts (images, archives) never sit in memory. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
const SHA256_HEX = /^[0-9a-f]{64}$/;
const GIT_SHA_HEX = /^[0-9a-f]{40}([0-9a-f]{24})?$/;


/***/ }),

/***/ 36216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ fingerprintOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * A finding's identity across runs: rule, file and the text of the flagged line (trimmed),
 * not the line number, so that a finding stays "the same" when code above it moves. Without
 * the line text (e.g. a tool that reports no snippet) the line number stands in.
 */
function fingerprintOf(f, lineText) {
    const where = f.location?.path ?? '';
    const anchor = lineText !== undefined ? lineText.trim().replace(/\s+/g, ' ') : `line:${f.location?.line ?? 0}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${f.ruleId}\u0000${where}\u0000${anchor}`)
        .digest('hex')
        .slice(0, 32);
}


/***/ }),

/***/ 23840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readSarifFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7677);



/**
 * Reads a SARIF file a tool wrote. A missing file, bytes that are not JSON and JSON that is
 * not SARIF all become one typed error naming the tool and the file, so that a step fails
 * with a message instead of crashing on a half-written report.
 */
async function readSarifFile(file, tool) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${tool} wrote no readable report at ${file}`, {
            cause: e,
            hint: `run ${tool} by hand to see why it stopped`,
        });
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} wrote ${file}, which is not valid SARIF 2.1.0: not JSON (${e.message})`, { cause: e, hint: `check the ${tool} version and its output options` });
    }
    return { ...(0,_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .readSarif */ .qT)(json, { tool, file }), bytes };
}


/***/ }),

/***/ 7677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lg: () => (/* binding */ writeSarif),
/* harmony export */   qT: () => (/* binding */ readSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, FINGERPRINT_KEY */
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71262);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67637);



/**
 * The one SARIF 2.1.0 reader and writer of the steps. Writers produce what GitHub code
 * scanning accepts (rules with help and security-severity, partial fingerprints); the reader
 * accepts what real tools write and turns anything malformed into an error that names the
 * tool and the file, never a crash.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'tollgate/v1';
function writeSarif(tool, findings) {
    const rules = new Map((tool.rules ?? []).map((r) => [r.id, r]));
    for (const f of findings)
        if (!rules.has(f.ruleId))
            rules.set(f.ruleId, { id: f.ruleId });
    const worst = new Map();
    for (const f of findings) {
        const w = worst.get(f.ruleId);
        if (!w || _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(f.severity) < _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(w))
            worst.set(f.ruleId, f.severity);
    }
    const ruleList = [...rules.values()];
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        ...(tool.version ? { version: tool.version } : {}),
                        ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
                        rules: ruleList.map((r) => ({
                            id: r.id,
                            ...(r.name ? { name: r.name } : {}),
                            ...(r.shortDescription ? { shortDescription: { text: r.shortDescription } } : {}),
                            ...(r.help ? { help: { text: r.help } } : {}),
                            ...(r.helpUri ? { helpUri: r.helpUri } : {}),
                            properties: { 'security-severity': (0,_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .scoreFromSeverity */ .kA)(worst.get(r.id) ?? 'medium') },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ruleList.findIndex((r) => r.id === f.ruleId),
                    level: (0,_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .levelFromSeverity */ .Q_)(f.severity),
                    message: { text: f.message || f.ruleId }, // SARIF requires a non-empty text
                    ...(f.location
                        ? {
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: uriOf(f.location.path) },
                                        ...(isLine(f.location.line)
                                            ? { region: { startLine: f.location.line } }
                                            : {}),
                                    },
                                },
                            ],
                        }
                        : {}),
                    ...(f.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
                    properties: { severity: f.severity },
                })),
            },
        ],
    };
}
/**
 * SARIF wants URI references: each path segment is percent-encoded (spaces, `#`, `%`). A
 * location that already is an absolute URL (what the scans of a running service report:
 * `https://host/path`, `tcp://host:port`) is kept as it is, since encoding its `:` and `?`
 * would turn it into a relative file path.
 */
function uriOf(path) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
        try {
            return new URL(path).href;
        }
        catch {
            // not a parsable URL after all: encoded like a path below
        }
    }
    return path.split('/').map(encodeURIComponent).join('/');
}
/** The reverse, tolerant of tools that write raw paths with a literal `%`. */
function pathOf(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}
/** SARIF lines are 1-based integers; anything else is left out rather than written wrong. */
const isLine = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
/** Reads every run of a SARIF log into findings. `source` names the tool and file in errors. */
function readSarif(log, source) {
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${source.tool} wrote ${source.file}, which is not valid SARIF 2.1.0: ${why}`, {
        hint: `check the ${source.tool} version and its output options`,
    });
    const root = obj(log);
    if (!root)
        throw bad('not a JSON object');
    if (root.version !== '2.1.0')
        throw bad(`version is ${JSON.stringify(root.version)}, expected "2.1.0"`);
    if (!Array.isArray(root.runs))
        throw bad('no "runs" array');
    const tools = [];
    const findings = [];
    root.runs.forEach((runValue, i) => {
        const run = obj(runValue);
        const driver = obj(obj(run?.tool)?.driver);
        if (!run || !driver || typeof driver.name !== 'string')
            throw bad(`runs[${i}].tool.driver.name is missing`);
        const rules = Array.isArray(driver.rules) ? driver.rules : [];
        tools.push({
            name: driver.name,
            ...(typeof driver.version === 'string' ? { version: driver.version } : {}),
        });
        const results = run.results === undefined ? [] : run.results;
        if (!Array.isArray(results))
            throw bad(`runs[${i}].results is not an array`);
        results.forEach((resultValue, j) => {
            const r = obj(resultValue);
            if (!r)
                throw bad(`runs[${i}].results[${j}] is not an object`);
            if (typeof r.ruleIndex === 'number' && r.ruleId === undefined && !rules[r.ruleIndex])
                throw bad(`runs[${i}].results[${j}].ruleIndex ${r.ruleIndex} points at no rule`);
            const rule = typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : rules.find((x) => x.id === r.ruleId);
            if (r.locations !== undefined && !Array.isArray(r.locations))
                throw bad(`runs[${i}].results[${j}].locations is not an array`);
            const ruleId = typeof r.ruleId === 'string'
                ? r.ruleId
                : typeof rule?.id === 'string'
                    ? rule.id
                    : undefined;
            if (!ruleId)
                throw bad(`runs[${i}].results[${j}] names no rule`);
            const score = Number(obj(rule?.properties)?.['security-severity'] ?? obj(r.properties)?.['security-severity']);
            const level = typeof r.level === 'string'
                ? r.level
                : obj(obj(rule?.defaultConfiguration))?.level;
            const phys = obj(obj(r.locations?.[0])?.physicalLocation);
            const uri = obj(phys?.artifactLocation)?.uri;
            const line = obj(phys?.region)?.startLine;
            const fingerprints = obj(r.partialFingerprints) ?? obj(r.fingerprints);
            const fp = fingerprints
                ? Object.values(fingerprints).find((v) => typeof v === 'string')
                : undefined;
            findings.push({
                ruleId,
                severity: Number.isFinite(score) ? (0,_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .severityFromScore */ .qI)(score) : (0,_severity_js__WEBPACK_IMPORTED_MODULE_2__/* .severityFromLevel */ .KK)(level),
                message: String(obj(r.message)?.text ?? ''),
                ...(typeof uri === 'string'
                    ? { location: { path: pathOf(uri), ...(isLine(line) ? { line } : {}) } }
                    : {}),
                ...(typeof fp === 'string' ? { fingerprint: fp } : {}),
            });
        });
    });
    return { tools, findings };
}


/***/ }),

/***/ 7990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ toolFailure),
/* harmony export */   TP: () => (/* binding */ failAtOf),
/* harmony export */   Us: () => (/* binding */ isBlocking),
/* harmony export */   vi: () => (/* binding */ finishScan)
/* harmony export */ });
/* unused harmony exports DEFAULT_FAIL_AT, addFingerprints */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71262);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63704);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90275);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36216);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7677);









/**
 * The step fails on findings at or above its `fail-on` input, by default `high`: the same
 * threshold as the default policy, so that a step does not stop the steps after it for
 * findings the gate would let pass. Every finding is attested either way, and the gate
 * applies the policy's own `failOn` and exceptions to them.
 */
const DEFAULT_FAIL_AT = 'high';
function failAtOf(ctx) {
    const value = ctx.inputs['fail-on'] || DEFAULT_FAIL_AT;
    if (!_attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .TollgateError */ .xB('INPUT_INVALID', `fail-on is "${value}"; expected one of ${_attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.join(', ')}`);
    }
    return value;
}
function isBlocking(f, failAt = DEFAULT_FAIL_AT) {
    return _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.indexOf(f.severity) <= _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.indexOf(failAt);
}
/** Adds fingerprints from the text of the flagged line, read once per file. */
async function addFingerprints(repoDir, findings) {
    const lines = new Map();
    for (const f of findings) {
        if (f.fingerprint)
            continue;
        const path = f.location?.path;
        let text;
        if (path) {
            if (!lines.has(path)) {
                const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, path), 'utf8').catch(() => undefined);
                lines.set(path, content?.split(/\r?\n/));
            }
            const line = f.location?.line;
            text = line ? lines.get(path)?.[line - 1] : undefined;
        }
        f.fingerprint = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_7__/* .fingerprintOf */ .a)(f, text);
    }
}
function where(f) {
    if (!f.location)
        return '';
    return ` in ${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`;
}
/** Writes the SARIF log and assembles the step result from the runs of its tools. */
async function finishScan(ctx, runs, reportName, extraSummary = []) {
    const findings = runs.flatMap((r) => r.findings);
    await addFingerprints(ctx.repoDir, findings);
    const log = {
        ...(0,_sarif_js__WEBPACK_IMPORTED_MODULE_8__/* .writeSarif */ .lg)(runs[0]?.tool ?? { name: 'tollgate' }, []),
        runs: runs.map((r) => (0,_sarif_js__WEBPACK_IMPORTED_MODULE_8__/* .writeSarif */ .lg)(r.tool, r.findings).runs[0]),
    };
    const bytes = Buffer.from(`${JSON.stringify(log, null, 2)}\n`);
    await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.outDir, reportName), bytes);
    const predicate = (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_2__/* .makeScanResult */ .jE)({
        scanner: {
            name: runs.map((r) => r.tool.name).join(', ') || 'none',
            version: runs.map((r) => `${r.tool.name} ${r.tool.version}`).join('; ') || 'none',
        },
        findings,
        report: { name: reportName, bytes, format: 'sarif-2.1.0' },
    });
    const failAt = failAtOf(ctx);
    const blocking = findings.filter((f) => isBlocking(f, failAt));
    const worst = [...blocking].sort((a, b) => _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.indexOf(a.severity) - _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.indexOf(b.severity));
    const reason = blocking.length
        ? `${blocking.length} finding${blocking.length === 1 ? '' : 's'} at or above ${failAt}; first: ${worst
            .slice(0, 3)
            .map((f) => `${f.ruleId} (${f.severity})${where(f)}`)
            .join(', ')}`
        : `${findings.length} finding${findings.length === 1 ? '' : 's'}, none at or above ${failAt}`;
    const counts = Object.fromEntries(_attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.map((s) => [s, findings.filter((f) => f.severity === s).length]));
    return {
        status: blocking.length ? 'failed' : 'passed',
        ...(blocking.length ? { failure: 'findings' } : {}),
        reason,
        attestations: [{ predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICATE */ .W3.scanResult, predicate }],
        products: [{ name: reportName, digest: { sha256: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(bytes) } }],
        reports: [reportName],
        summary: [
            `**${ctx.step.title}**: ${reason}`,
            '',
            ...runs.map((r) => `- ${r.tool.name} ${r.tool.version}: ${r.findings.length} finding(s)`),
            ...extraSummary,
        ].join('\n'),
        metrics: { findings: findings.length, blocking: blocking.length, ...counts },
        tools: Object.fromEntries(runs.map((r) => [r.tool.name, r.tool.version])),
    };
}
/**
 * A tool that could not do its job (missing, crashed, unreadable output, unparsable input)
 * fails the step with the error's message, which names the tool and the file. The step still
 * attests an empty scan result marked failed, so the gate shows why instead of "missing".
 */
function toolFailure(ctx, e, scanner) {
    if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isTollgateError */ .bK)(e))
        throw e; // a bug, not a tool problem: let the runner report a crash
    const reason = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(e);
    ctx.log(`${reason}${e.hint ? ` (${e.hint})` : ''}`);
    return {
        status: 'failed',
        reason,
        attestations: [
            {
                predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICATE */ .W3.scanResult,
                predicate: (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_2__/* .makeScanResult */ .jE)({ scanner: { name: scanner, version: 'unknown' }, findings: [] }),
            },
        ],
        products: [],
        reports: [],
        summary: `**${ctx.step.title}** failed: ${reason}`,
    };
}


/***/ }),

/***/ 67637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ severityFromLevel),
/* harmony export */   Q_: () => (/* binding */ levelFromSeverity),
/* harmony export */   kA: () => (/* binding */ scoreFromSeverity),
/* harmony export */   qI: () => (/* reexport safe */ _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_0__.qI)
/* harmony export */ });
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71262);

/**
 * The one severity mapping of Tollgate (documented in docs/severity.md):
 * - a numeric `security-severity` (CVSS-like, 0–10) wins: ≥ 9 critical, ≥ 7 high, ≥ 4 medium,
 *   > 0 low, else info — the same bands GitHub code scanning uses;
 * - otherwise the SARIF level: error → high, warning → medium, note → low, none → info.
 */

function severityFromLevel(level) {
    switch (level) {
        case 'error':
            return 'high';
        case 'note':
            return 'low';
        case 'none':
            return 'info';
        default:
            return 'medium'; // SARIF's default level is warning
    }
}
function levelFromSeverity(s) {
    return s === 'critical' || s === 'high'
        ? 'error'
        : s === 'medium'
            ? 'warning'
            : s === 'low'
                ? 'note'
                : 'none';
}
/** Score written as `security-severity` so that GitHub code scanning shows the same severity. */
function scoreFromSeverity(s) {
    return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[s];
}


/***/ }),

/***/ 35936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ packageUrl),
/* harmony export */   f: () => (/* binding */ packagedTool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);





const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
/**
 * The JavaScript entry point and version of an npm-installed command line tool that ships with
 * Tollgate. Steps run it with the current Node (`process.execPath`) through the process runner,
 * so it is a real separate process, independent of PATH and of `.bin` shims.
 */
function packagedTool(pkg, bin) {
    let manifestPath;
    try {
        manifestPath = require.resolve(`${pkg}/package.json`);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_UNREADABLE', `the tool ${pkg} is not installed`, {
            cause: e,
            hint: `install Tollgate with its dependencies (npm ci)`,
        });
    }
    const manifest = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifestPath, 'utf8'));
    const rel = typeof manifest.bin === 'string'
        ? manifest.bin
        : (manifest.bin?.[bin ?? pkg.split('/').pop()] ?? Object.values(manifest.bin ?? {})[0]);
    if (!rel)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INTERNAL', `${pkg} declares no command line entry point`);
    return { script: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(manifestPath), rel), version: manifest.version };
}
/** Resolves a package's main module to a file URL, for generated configs that import it. */
function packageUrl(pkg) {
    return (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(require.resolve(pkg)).href;
}


/***/ }),

/***/ 27627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_NAME: () => (/* binding */ REPORT_NAME),
  sast: () => (/* binding */ sast)
});

// EXTERNAL MODULE: ./dist/steps/common/scan-step.js
var scan_step = __webpack_require__(7990);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/tool-bin.js
var tool_bin = __webpack_require__(35936);
// EXTERNAL MODULE: ./dist/steps/common/severity.js
var severity = __webpack_require__(67637);
;// CONCATENATED MODULE: ./dist/steps/sast/astgrep.js







const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
/**
 * The rule folder: next to this module in src/, and found from dist/ too (tsc copies no
 * YAML); a bundle sets TOLLGATE_SAST_RULES to where it ships them.
 */
async function rulesDir() {
    const candidates = [
        process.env.TOLLGATE_SAST_RULES,
        (0,external_node_path_.join)(here, 'rules'),
        (0,external_node_path_.join)(here, '..', '..', '..', 'src', 'steps', 'sast', 'rules'),
    ].filter((c) => !!c);
    for (const c of candidates) {
        if (await (0,promises_.readdir)(c).then(() => true, () => false))
            return c;
    }
    throw new errors/* TollgateError */.xB('INTERNAL', `sast: no ast-grep rule folder in ${candidates.join(', ')}`);
}
/** All rule files joined as one multi-document YAML text, for --inline-rules. */
async function loadRules() {
    const dir = await rulesDir();
    const names = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.yml')).sort();
    const texts = await Promise.all(names.map((n) => (0,promises_.readFile)((0,external_node_path_.join)(dir, n), 'utf8')));
    return texts.map((t) => t.trim()).join('\n---\n');
}
async function runAstGrep(ctx) {
    const bin = (0,tool_bin/* packagedTool */.f)('@ast-grep/cli', 'ast-grep').script;
    const rules = await loadRules();
    const args = ['scan', '--inline-rules', rules, '--json=compact', '--include-metadata', '.'];
    const r = await ctx.exec.run(bin, args, { cwd: ctx.repoDir, signal: ctx.signal });
    // ast-grep exits 1 when error-level rules match; its JSON on stdout is what counts.
    let matches;
    try {
        matches = JSON.parse(r.stdout);
        if (!Array.isArray(matches))
            throw new Error('not a JSON array');
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `ast-grep wrote unreadable JSON on stdout (exit ${r.code}): ${r.stderr.trim() || e.message}`, {
            cause: e,
        });
    }
    const version = (await ctx.exec.run(bin, ['--version'], { cwd: ctx.repoDir })).stdout.trim();
    const findings = matches.map((m) => {
        const line = m.range.start.line + 1;
        const f = {
            ruleId: `ast-grep/${m.ruleId}`,
            severity: (0,severity/* severityFromLevel */.KK)(m.severity === 'hint' || m.severity === 'info' ? 'note' : m.severity),
            message: m.message,
            location: { path: m.file.split('\\').join('/'), line },
        };
        // A credential's line holds the credential: hash rule, file and line number only.
        const text = m.metadata?.category === 'credentials' ? undefined : m.lines.split('\n')[0];
        return { ...f, fingerprint: (0,fingerprint/* fingerprintOf */.a)(f, text) };
    });
    return { findings, version: version.replace(/^ast-grep\s*/, '') };
}

// EXTERNAL MODULE: ./node_modules/eslint/lib/api.js
var api = __webpack_require__(54424);
// EXTERNAL MODULE: ./node_modules/eslint-plugin-security/index.js
var eslint_plugin_security = __webpack_require__(60781);
// EXTERNAL MODULE: ./node_modules/typescript-eslint/dist/index.js
var dist = __webpack_require__(47481);
;// CONCATENATED MODULE: ./dist/steps/sast/eslint.js






const JS_FILES = ['**/*.{js,mjs,cjs,jsx}'];
const TS_FILES = ['**/*.{ts,mts,cts,tsx}'];
/** Rules that let input become code or a command are high; the heuristics lower. */
const ESLINT_SEVERITY = {
    'no-eval': 'high',
    'no-implied-eval': 'high',
    'no-new-func': 'high',
    'security/detect-eval-with-expression': 'high',
    'security/detect-child-process': 'high',
    'security/detect-disable-mustache-escape': 'high',
    'security/detect-bidi-characters': 'high',
    'security/detect-non-literal-require': 'medium',
    'security/detect-non-literal-fs-filename': 'medium',
    'security/detect-unsafe-regex': 'medium',
    'security/detect-buffer-noassert': 'medium',
    'security/detect-new-buffer': 'medium',
    'security/detect-no-csrf-before-method-override': 'medium',
    'security/detect-pseudoRandomBytes': 'medium',
    'security/detect-non-literal-regexp': 'low',
    'security/detect-possible-timing-attacks': 'low',
    'security/detect-object-injection': 'low', // very noisy: any obj[variable]
};
/**
 * The built-in configuration: the user's own ESLint config is ignored on purpose, so that
 * a project cannot switch security rules off for the attested scan. TypeScript is parsed
 * without type information (no tsconfig needed, and no project-specific parse failures).
 */
function config() {
    const core = {
        'no-eval': 'error',
        'no-implied-eval': 'error',
        'no-new-func': 'error',
    };
    return [
        { ignores: ['**/node_modules/', '**/dist/', '**/build/', '**/coverage/', '**/*.min.js'] },
        {
            files: [...JS_FILES, ...TS_FILES],
            ...eslint_plugin_security.configs.recommended,
            rules: { ...eslint_plugin_security.configs.recommended.rules, ...core },
        },
        { files: TS_FILES, languageOptions: { parser: dist.parser } },
        { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
    ];
}
async function runEslint(repoDir, log) {
    const eslint = new api.ESLint({
        cwd: repoDir,
        overrideConfigFile: true,
        overrideConfig: config(),
        errorOnUnmatchedPattern: false,
        warnIgnored: false,
    });
    const results = await eslint.lintFiles([...JS_FILES, ...TS_FILES]);
    const findings = [];
    for (const r of results) {
        const rel = r.filePath
            .slice(repoDir.length + 1)
            .split('\\')
            .join('/');
        let lines;
        for (const m of r.messages) {
            if (!m.ruleId) {
                // A parse error: the file was not analysed. Said in the log, not hidden as a pass.
                log(`sast: eslint could not parse ${rel}:${m.line}: ${m.message}`);
                continue;
            }
            lines ??= (r.source ?? (await (0,promises_.readFile)((0,external_node_path_.join)(repoDir, rel), 'utf8'))).split('\n');
            const f = {
                ruleId: m.ruleId.startsWith('security/') ? m.ruleId : `eslint/${m.ruleId}`,
                severity: ESLINT_SEVERITY[m.ruleId] ?? 'medium',
                message: m.message,
                location: { path: rel, line: m.line },
            };
            findings.push({ ...f, fingerprint: (0,fingerprint/* fingerprintOf */.a)(f, lines[m.line - 1]) });
        }
    }
    return { findings, version: api.ESLint.version, files: results.length };
}

// EXTERNAL MODULE: ./dist/steps/common/sarif-file.js
var sarif_file = __webpack_require__(23840);
;// CONCATENATED MODULE: ./dist/steps/sast/ingest.js




/**
 * SARIF written by the project's own tools (CodeQL, Semgrep, ...), named by globs (comma or
 * newline separated) relative to the repository. A glob that matches nothing is reported in
 * the log: a tool that silently stopped writing its report must not look like a clean scan.
 */
async function ingestSarif(repoDir, globs, log) {
    const patterns = (globs ?? '')
        .split(/[,\n]/)
        .map((g) => g.trim())
        .filter(Boolean);
    const out = [];
    for (const pattern of patterns) {
        let matched = 0;
        for await (const file of (0,promises_.glob)(pattern, { cwd: repoDir })) {
            matched++;
            const { tools, findings } = await (0,sarif_file/* readSarifFile */.S)((0,external_node_path_.join)(repoDir, file), 'sast input "sarif"');
            const tool = tools[0]?.name ?? 'sarif';
            out.push({
                file,
                tools,
                // Keep the tool's own fingerprint; give one to results that came without.
                findings: findings.map((f) => ({
                    ...f,
                    ruleId: f.ruleId.includes('/') ? f.ruleId : `${tool}/${f.ruleId}`,
                    fingerprint: f.fingerprint ?? (0,fingerprint/* fingerprintOf */.a)(f),
                })),
            });
        }
        if (!matched)
            log(`sast: the sarif glob ${pattern} matched no file`);
    }
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/sast/index.js










const REPORT_NAME = 'sast.sarif';
/** Same rule, same place, same fingerprint: two rules of one file may match one call. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.fingerprint ?? ''}\u0000${f.location?.path}:${f.location?.line}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * sast: ESLint security rules for JavaScript/TypeScript, ast-grep rules for Python, Go and
 * JS/TS patterns ESLint does not see, and the SARIF of the project's own tools. One
 * SARIF report holds everything (one run per tool, so each keeps its own rule table); one
 * scan-result predicate attests it.
 */
const sast = {
    id: 'sast',
    async run(ctx) {
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        const eslint = await runEslint(ctx.repoDir, ctx.log);
        ctx.log(`sast: eslint ${eslint.version}: ${eslint.findings.length} finding(s) in ${eslint.files} file(s)`);
        const astgrep = await runAstGrep(ctx);
        ctx.log(`sast: ast-grep ${astgrep.version}: ${astgrep.findings.length} finding(s)`);
        const ingested = await ingestSarif(ctx.repoDir, ctx.inputs.sarif, ctx.log);
        for (const i of ingested)
            ctx.log(`sast: ${i.file}: ${i.findings.length} finding(s)`);
        const runs = [
            (0,sarif/* writeSarif */.lg)({ name: 'eslint', version: eslint.version, informationUri: 'https://eslint.org' }, eslint.findings),
            (0,sarif/* writeSarif */.lg)({
                name: 'ast-grep',
                version: astgrep.version,
                informationUri: 'https://ast-grep.github.io',
            }, dedupe(astgrep.findings)),
            ...ingested.map((i) => (0,sarif/* writeSarif */.lg)(i.tools[0] ?? { name: 'sarif' }, i.findings)),
        ];
        const log = { ...runs[0], runs: runs.flatMap((r) => r.runs) };
        const bytes = Buffer.from(JSON.stringify(log, null, 2) + '\n');
        const reportPath = (0,external_node_path_.join)(ctx.outDir, REPORT_NAME);
        await (0,promises_.writeFile)(reportPath, bytes);
        const findings = [
            ...eslint.findings,
            ...dedupe(astgrep.findings),
            ...ingested.flatMap((i) => i.findings),
        ];
        const failAt = (0,scan_step/* failAtOf */.TP)(ctx);
        const blocking = findings.filter((f) => (0,scan_step/* isBlocking */.Us)(f, failAt));
        const predicate = (0,builders/* makeScanResult */.jE)({
            scanner: {
                name: 'tollgate-sast',
                version: `eslint ${eslint.version}; ast-grep ${astgrep.version}${ingested.length ? `; ${ingested.map((i) => i.tools[0]?.name ?? 'sarif').join(', ')}` : ''}`,
            },
            findings,
            report: { name: REPORT_NAME, bytes, format: 'sarif' },
        });
        const rows = findings
            .slice(0, 50)
            .map((f) => `| ${f.severity} | ${f.ruleId} | ${f.location?.path ?? ''}:${f.location?.line ?? ''} |`);
        return {
            // The step fails at its fail-on input (default high); the gate applies the policy again.
            status: blocking.length ? 'failed' : 'passed',
            ...(blocking.length ? { failure: 'findings' } : {}),
            ...(blocking.length
                ? { reason: `${blocking.length} SAST finding(s) at or above ${failAt}` }
                : {}),
            attestations: [{ predicateType: types/* PREDICATE */.W3.scanResult, predicate }],
            products: [
                { name: REPORT_NAME, digest: { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') } },
            ],
            reports: [reportPath],
            summary: `### SAST\n\n${findings.length} finding(s), ${blocking.length} at or above ${failAt}.\n${rows.length ? `\n| severity | rule | where |\n|---|---|---|\n${rows.join('\n')}\n` : ''}`,
            metrics: { findings: findings.length, blocking: blocking.length },
        };
    },
};


/***/ })

};
