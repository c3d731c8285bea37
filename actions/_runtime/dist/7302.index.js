export const id = 7302;
export const ids = [7302];
export const modules = {

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

/***/ 30086:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ writeHandoff),
/* harmony export */   OG: () => (/* binding */ readBuiltImage),
/* harmony export */   iJ: () => (/* binding */ readDeployment),
/* harmony export */   xA: () => (/* binding */ IMAGE_FILE),
/* harmony export */   zf: () => (/* binding */ DEPLOYMENT_FILE)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);



const IMAGE_FILE = 'image.json';
const DEPLOYMENT_FILE = 'deployment.json';
async function writeHandoff(dir, file, value) {
    await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file), `${JSON.stringify(value, null, 2)}\n`);
}
async function readHandoff(ctx, step, file, hint) {
    const dir = ctx.reportsOf(step);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file);
    let text;
    try {
        text = (await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R)(path, `the ${step} step's ${file}`)).toString('utf8');
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${path}: no output of the ${step} step`, {
            cause: e,
            hint,
        });
    }
    try {
        return { dir, value: JSON.parse(text) };
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_INVALID', `${path}: not JSON`, { cause: e, hint });
    }
}
/** The image `container` built, with the absolute path of its layout. */
async function readBuiltImage(ctx) {
    const { dir, value } = await readHandoff(ctx, 'container', IMAGE_FILE, 'run the container step first (tollgate run --stage per-commit), or download its artifact');
    return { ...value, layoutDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, value.layout) };
}
/** Where `deploy-test` deployed the service (inputs such as `base-url` override it). */
async function readDeployment(ctx, step = 'deploy-test') {
    const { value } = await readHandoff(ctx, step, DEPLOYMENT_FILE, `run ${step} first, or set the step's base-url input`);
    return value;
}


/***/ }),

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

/***/ 97302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  infraScan: () => (/* binding */ infraScan)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/rule-table.js
var rule_table = __webpack_require__(65041);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js
var scan_step = __webpack_require__(7990);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
;// CONCATENATED MODULE: ./dist/steps/infra-scan/nmap.js





const NMAP_REPORT = 'nmap.xml';
/**
 * NSE scripts that only talk to the scanned host and port: TLS protocols and suites with
 * nmap's grade, the certificate, and the HTTP Server header. No brute force, no broadcast.
 */
const NSE_SCRIPTS = 'ssl-enum-ciphers,ssl-cert,http-server-header';
const list = (v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x) => !!x && typeof x === 'object');
function parseNmap(xml) {
    const doc = new XMLParser/* default */.A({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        parseAttributeValue: false,
        parseTagValue: false,
        isArray: (name) => ['host', 'port', 'script', 'table', 'elem'].includes(name),
    }).parse(xml);
    const run = doc.nmaprun;
    if (!run)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `nmap wrote ${NMAP_REPORT} without <nmaprun>`);
    const ports = [];
    for (const host of list(run.host))
        for (const p of list(host.ports?.port)) {
            const svc = (p.service ?? {});
            const scripts = {};
            for (const s of list(p.script))
                scripts[String(s['@id'])] = { output: String(s['@output'] ?? ''), data: s };
            ports.push({
                port: Number(p['@portid']),
                protocol: String(p['@protocol']),
                state: String(p.state?.['@state'] ?? 'unknown'),
                service: {
                    ...(svc['@name'] ? { name: String(svc['@name']) } : {}),
                    ...(svc['@product'] ? { product: String(svc['@product']) } : {}),
                    ...(svc['@version'] ? { version: String(svc['@version']) } : {}),
                    ...(svc['@tunnel'] ? { tunnel: String(svc['@tunnel']) } : {}),
                },
                scripts,
            });
        }
    return { version: String(run['@version'] ?? 'unknown'), ports };
}
/** ssl-enum-ciphers' structured result: the protocols offered and nmap's worst grade. */
function tlsOf(p) {
    const script = p.scripts['ssl-enum-ciphers']?.data;
    if (!script)
        return undefined;
    const protocols = list(script.table).map((t) => String(t['@key']));
    const least = list(script.elem).find((e) => e['@key'] === 'least strength');
    return { protocols, ...(least ? { leastStrength: String(least['#text'] ?? '') } : {}) };
}
/**
 * A connect scan (-sT: no raw sockets, so no root needed) with version detection of the given
 * intensity (2, nmap's --version-light, by default: an unknown service costs about 11 s);
 * -Pn because a test host may not answer ping, -n because names are not looked up.
 */
async function runNmap(ctx, host, ports, intensity) {
    const out = (0,external_node_path_.join)(ctx.outDir, NMAP_REPORT);
    const args = [
        '-sT',
        '-sV',
        '--version-intensity',
        String(intensity),
        '-Pn',
        '-n',
        '-p',
        ports,
        '--script',
        NSE_SCRIPTS,
        '--host-timeout',
        '15m',
        '-oX',
        out,
        host,
    ];
    await (0,run_tool/* runTool */.q)(ctx, 'nmap', 'nmap', args, [0], ctx.outDir);
    const xml = await (0,promises_.readFile)(out, 'utf8').catch((e) => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `nmap wrote no report ${out}`, { cause: e });
    });
    return parseNmap(xml);
}

;// CONCATENATED MODULE: ./dist/steps/infra-scan/rules.js


const INFRA_DOC_URL = 'https://tollgate.dev/docs/steps/infra-scan.md';
const rule = (id, severity, title, help) => ({
    id,
    severity,
    title,
    help,
});
const INFRA_RULES = {
    undeclared: rule('TG-INFRA-001', 'high', 'Open port the deployment does not declare', 'Close the listener, or declare the port in the manifest (containerPort, Service port, published port) if it is meant to be reachable; an undeclared port is a debug endpoint, an admin interface or a sidecar nobody reviewed.'),
    declaredClosed: rule('TG-INFRA-002', 'low', 'Declared port not open', 'The manifest declares a port on which nothing answers: remove the declaration or fix the service, so that the declared surface is the real one.'),
    oldTls: rule('TG-INFRA-003', 'high', 'Deprecated TLS or SSL protocol offered', 'Offer TLS 1.2 and 1.3 only; SSLv3, TLS 1.0 and 1.1 have known attacks and are deprecated (RFC 8996).'),
    weakCiphers: rule('TG-INFRA-004', 'high', 'Weak TLS cipher suites (nmap grade C or worse)', "Remove the suites nmap's ssl-enum-ciphers grades C to F (RC4, 3DES, export, NULL, anonymous, small DH groups); keep ECDHE with AES-GCM or ChaCha20-Poly1305."),
    riskyService: rule('TG-INFRA-005', 'high', 'Risky service exposed', 'Do not expose cleartext or unauthenticated-by-default services (telnet, FTP, rsh, VNC, X11, SNMP, Redis, Memcached, MongoDB, the Docker API, etcd); bind them to localhost or a private network, or put them behind authentication and TLS.'),
    versionBanner: rule('TG-INFRA-006', 'low', 'Service announces its version', 'Hide product versions in banners and headers (e.g. `server_tokens off`); they tell attackers which known vulnerabilities to try.'),
};
const R = INFRA_RULES;
/** Service names of nmap -sV (and default ports) that should never face a network. */
const RISKY = new Set([
    'telnet',
    'ftp',
    'tftp',
    'rsh',
    'rlogin',
    'rexec',
    'exec',
    'login',
    'shell',
    'vnc',
    'x11',
    'snmp',
    'redis',
    'memcache',
    'memcached',
    'mongodb',
    'mongod',
    'docker',
    'etcd',
    'etcd-client',
]);
const DEPRECATED = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1'];
const WEAK_GRADES = new Set(['C', 'D', 'E', 'F']);
/** Findings for the scanned ports, compared with the declared ones. */
function judgePorts(host, scanned, declared) {
    const out = [];
    const where = (p) => `${p.protocol ?? 'tcp'}://${host}:${p.port}`;
    const open = scanned.filter((p) => p.state === 'open');
    for (const p of open) {
        const svc = [p.service?.tunnel, p.service?.name].filter(Boolean).join('/') || 'unknown service';
        const add = (r, detail) => out.push((0,rule_table/* ruleFinding */.Ex)(r, where(p), `${detail} (port ${p.port}/${p.protocol}, ${svc})`));
        if (!declared.includes(p.port))
            add(R.undeclared, `port ${p.port} is open but not declared (declared: ${declared.join(', ') || 'none'})`);
        if (p.service?.name && RISKY.has(p.service.name))
            add(R.riskyService, `${p.service.name}`);
        const tls = tlsOf(p);
        const old = tls?.protocols.filter((x) => DEPRECATED.includes(x)) ?? [];
        if (old.length)
            add(R.oldTls, `${old.join(', ')} offered`);
        if (tls?.leastStrength && WEAK_GRADES.has(tls.leastStrength))
            add(R.weakCiphers, `least strength ${tls.leastStrength}`);
        const banner = p.scripts['http-server-header']?.output.trim();
        if (p.service?.product && p.service.version)
            add(R.versionBanner, `${p.service.product} ${p.service.version}`);
        else if (banner && /\d+\.\d+/.test(banner))
            add(R.versionBanner, `Server: ${banner}`);
    }
    for (const port of declared)
        if (!open.some((p) => p.port === port) && scanned.some((p) => p.port === port))
            out.push((0,rule_table/* ruleFinding */.Ex)(R.declaredClosed, where({ port }), `port ${port} is declared but ${scanned.find((p) => p.port === port)?.state ?? 'not open'}`));
    return out;
}

// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
;// CONCATENATED MODULE: ./dist/steps/infra-scan/target.js


/** nmap -p syntax limited to numbers, ranges and commas: nothing an option could hide in. */
const PORT_SPEC = /^\d{1,5}(-\d{1,5})?(,\d{1,5}(-\d{1,5})?)*$/;
/** A host name or an IP address; no leading dash, so it can never read as an nmap option. */
const HOST = /^[A-Za-z0-9_.:[\]][A-Za-z0-9_.:%[\]-]*$/;
function numbers(raw, name) {
    const parts = raw.split(/[\s,]+/).filter(Boolean);
    const out = parts.map(Number);
    const bad = parts.find((p, i) => !Number.isInteger(out[i]) || out[i] < 1 || out[i] > 65535);
    if (bad !== undefined)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${name}: "${bad}" is not a port number (1-65535)`);
    return out;
}
/**
 * Host, ports and declared ports from the inputs, each falling back to deploy-test's
 * deployment.json. Without either, the error says which input to set.
 */
async function infraTarget(ctx) {
    const input = (k) => ctx.inputs[k]?.trim() ?? '';
    // The deployment is needed unless both host and declared ports are given: without the
    // declared ports there is nothing to compare the open ones with.
    const deployment = input('host') && input('declared-ports')
        ? undefined
        : await (0,handoff/* readDeployment */.iJ)(ctx).catch((e) => {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', (0,errors/* describeError */.Uc)(e), {
                cause: e,
                hint: 'run deploy-test first, or set the host, ports and declared-ports inputs',
            });
        });
    const host = input('host') || deployment.host;
    if (!HOST.test(host))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `host "${host}" is not a host name or address`);
    const declared = input('declared-ports')
        ? numbers(input('declared-ports'), 'declared-ports')
        : (deployment?.declaredPorts ?? []);
    let ports = input('ports').replace(/\s+/g, '');
    if (!ports) {
        const all = [...new Set([...(deployment?.ports ?? []), ...declared])].sort((a, b) => a - b);
        if (!all.length)
            throw new errors/* TollgateError */.xB('INPUT_INVALID', 'infra-scan has no ports to scan', {
                hint: 'set the ports input (e.g. 8080 or 1-1024), or run deploy-test first',
            });
        ports = all.join(',');
    }
    if (!PORT_SPEC.test(ports))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `ports "${ports}" is not a port list such as 8080,9000-9100`);
    const raw = input('version-intensity') || '2';
    const intensity = Number(raw);
    if (!Number.isInteger(intensity) || intensity < 0 || intensity > 9)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `version-intensity is "${raw}"; expected 0 to 9`);
    return { host, ports, declared, intensity };
}

;// CONCATENATED MODULE: ./dist/steps/infra-scan/index.js







/**
 * infra-scan: nmap service and version detection with TLS and HTTP NSE scripts against the
 * test environment's host, the open ports compared with those the manifest declares. One
 * SARIF run (tool nmap, our rules); nmap's XML is kept next to it. See docs/steps/infra-scan.md.
 */
const REPORT = 'infra-scan.sarif';
async function scan(ctx) {
    await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
    const target = await infraTarget(ctx);
    ctx.log(`infra-scan: nmap ${target.host} ports ${target.ports} (declared: ${target.declared.join(', ') || 'none'})`);
    const started = Date.now();
    const { version, ports } = await runNmap(ctx, target.host, target.ports, target.intensity);
    const open = ports.filter((p) => p.state === 'open').map((p) => `${p.port}/${p.protocol}`);
    ctx.log(`infra-scan: open: ${open.join(', ') || 'none'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const findings = judgePorts(target.host, ports, target.declared);
    // Identity across runs: rule and port, not the host, which differs between deployments.
    for (const f of findings)
        f.fingerprint = (0,fingerprint/* fingerprintOf */.a)({
            ...f,
            location: { path: f.location.path.replace(/\/\/[^/]*:/, '//:') },
        });
    const result = await (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'nmap',
                version,
                informationUri: 'https://nmap.org',
                rules: (0,rule_table/* sarifRulesOf */.C2)(Object.values(INFRA_RULES), INFRA_DOC_URL),
            },
            findings,
        },
    ], REPORT, [`- open ports: ${open.join(', ') || 'none'}; NSE scripts: ${NSE_SCRIPTS}`]);
    result.reports.push(NMAP_REPORT);
    return result;
}
const infraScan = {
    id: 'infra-scan',
    async run(ctx) {
        try {
            return await scan(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'nmap');
        }
    },
};


/***/ })

};
