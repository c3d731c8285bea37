export const id = 2246;
export const ids = [2246];
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

/***/ 62246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h_: () => (/* binding */ addFingerprints),
  TP: () => (/* binding */ failAtOf),
  vi: () => (/* binding */ finishScan),
  Us: () => (/* binding */ isBlocking),
  ke: () => (/* binding */ notApplicableScan),
  Lu: () => (/* binding */ toolFailure)
});

// UNUSED EXPORTS: DEFAULT_FAIL_AT

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./dist/steps/common/source-lines.js


/**
 * The lines of the files findings point at, read to fingerprint them by their context. The
 * path comes from a tool's report, so it is not trusted: only a regular file inside the
 * repository (after symbolic links are resolved), of at most MAX_SOURCE_BYTES, is read.
 * Anything else (a URL, a path outside, a folder, a missing or unreadable or huge file) gives
 * undefined, and the finding falls back to its line number; nothing here throws.
 */
/** Larger files are not read for context: a minified bundle or a data dump, not source. */
const MAX_SOURCE_BYTES = 8 * 1024 * 1024;
const inside = (root, path) => {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel);
};
async function readLines(repoRoot, path) {
    // A URL (`https://host/x`, `tcp://host:port`) or a path outside the repository: no file.
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    const candidate = (0,external_node_path_.resolve)(repoRoot, path);
    if (!inside(repoRoot, candidate))
        return undefined;
    const real = await (0,promises_.realpath)(candidate);
    if (!inside(repoRoot, real))
        return undefined;
    const handle = await (0,promises_.open)(real, 'r');
    try {
        const info = await handle.stat();
        if (!info.isFile() || info.size > MAX_SOURCE_BYTES)
            return undefined;
        return (await handle.readFile('utf8')).split(/\r?\n/);
    }
    finally {
        await handle.close();
    }
}
/** A reader of repository files by relative path, each file read once. */
function sourceLines(repoDir) {
    const cache = new Map();
    let root;
    return (path) => {
        let lines = cache.get(path);
        if (!lines) {
            root ??= (0,promises_.realpath)(repoDir).catch(() => undefined);
            lines = root.then((r) => (r ? readLines(r, path).catch(() => undefined) : undefined));
            cache.set(path, lines);
        }
        return lines;
    };
}

;// CONCATENATED MODULE: ./dist/steps/common/scan-step.js









/**
 * The step fails on findings at or above its `fail-on` input, by default `high`: the same
 * threshold as the default policy, so that a step does not stop the steps after it for
 * findings the gate would let pass. Every finding is attested either way, and the gate
 * applies the policy's own `failOn` and exceptions to them.
 */
const DEFAULT_FAIL_AT = 'high';
function failAtOf(ctx) {
    const value = ctx.inputs['fail-on'] || DEFAULT_FAIL_AT;
    if (!types/* SEVERITIES */.oC.includes(value)) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `fail-on is "${value}"; expected one of ${types/* SEVERITIES */.oC.join(', ')}`);
    }
    return value;
}
function isBlocking(f, failAt = DEFAULT_FAIL_AT) {
    return types/* SEVERITIES */.oC.indexOf(f.severity) <= types/* SEVERITIES */.oC.indexOf(failAt);
}
/**
 * Adds fingerprints to the findings that have none (fingerprint.ts): each finding in a file
 * of the repository is anchored by its context, read from that file; a finding whose file
 * cannot be read (outside the repository, missing, a URL) falls back to its line. The list
 * must be the whole step's, since occurrences are counted over it.
 */
async function addFingerprints(repoDir, findings, options = {}) {
    const read = sourceLines(repoDir);
    const anchors = new Map();
    for (const f of findings) {
        if ((0,fingerprint/* hasFingerprint */.VW)(f))
            continue;
        const own = options.anchor?.(f);
        if (own) {
            anchors.set(f, own);
            continue;
        }
        if (!f.location || f.location.line === undefined)
            continue;
        const lines = await read(f.location.path);
        const context = lines && (0,fingerprint/* lineContext */.Cn)(lines, f.location.line);
        if (context !== undefined)
            anchors.set(f, { context });
    }
    (0,fingerprint/* assignFingerprints */.Dz)(findings, { ...options, anchor: (f) => anchors.get(f) });
}
function where(f) {
    if (!f.location)
        return '';
    return ` in ${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`;
}
/** Writes the SARIF log and assembles the step result from the runs of its tools. */
async function finishScan(ctx, runs, reportName, extraSummary = []) {
    const findings = runs.flatMap((r) => r.findings);
    await addFingerprints(ctx.repoDir, findings, {
        column: (f) => runs.find((r) => r.columns?.has(f))?.columns?.get(f),
    });
    const log = {
        ...(0,sarif/* writeSarif */.lg)(runs[0]?.tool ?? { name: 'tollgate' }, []),
        runs: runs.map((r) => (0,sarif/* writeSarif */.lg)(r.tool, r.findings).runs[0]),
    };
    const bytes = Buffer.from(`${JSON.stringify(log, null, 2)}\n`);
    await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, reportName), bytes);
    const predicate = (0,builders/* makeScanResult */.jE)({
        scanner: {
            name: runs.map((r) => r.tool.name).join(', ') || 'none',
            version: runs.map((r) => `${r.tool.name} ${r.tool.version}`).join('; ') || 'none',
        },
        findings,
        report: { name: reportName, bytes, format: 'sarif-2.1.0' },
    });
    const failAt = failAtOf(ctx);
    const blocking = findings.filter((f) => isBlocking(f, failAt));
    const worst = [...blocking].sort((a, b) => types/* SEVERITIES */.oC.indexOf(a.severity) - types/* SEVERITIES */.oC.indexOf(b.severity));
    const reason = blocking.length
        ? `${blocking.length} finding${blocking.length === 1 ? '' : 's'} at or above ${failAt}; first: ${worst
            .slice(0, 3)
            .map((f) => `${f.ruleId} (${f.severity})${where(f)}`)
            .join(', ')}`
        : `${findings.length} finding${findings.length === 1 ? '' : 's'}, none at or above ${failAt}`;
    const counts = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, findings.filter((f) => f.severity === s).length]));
    return {
        status: blocking.length ? 'failed' : 'passed',
        ...(blocking.length ? { failure: 'findings' } : {}),
        reason,
        attestations: [{ predicateType: types/* PREDICATE */.W3.scanResult, predicate }],
        products: [{ name: reportName, digest: { sha256: (0,digest/* sha256Hex */.fg)(bytes) } }],
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
    if (!(0,errors/* isTollgateError */.bK)(e))
        throw e; // a bug, not a tool problem: let the runner report a crash
    const reason = (0,errors/* describeError */.Uc)(e);
    ctx.log(`${reason}${e.hint ? ` (${e.hint})` : ''}`);
    return {
        status: 'failed',
        reason,
        attestations: [
            {
                predicateType: types/* PREDICATE */.W3.scanResult,
                predicate: (0,builders/* makeScanResult */.jE)({ scanner: { name: scanner, version: 'unknown' }, findings: [] }),
            },
        ],
        products: [],
        reports: [],
        summary: `**${ctx.step.title}** failed: ${reason}`,
    };
}
/**
 * A scanning step with nothing to scan in this repository (no OpenAPI spec, say): attested as
 * `not-applicable` with the reason and an empty scan-result; the policy decides whether that
 * is acceptable for the step.
 */
function notApplicableScan(ctx, reason, scanner) {
    ctx.log(`not applicable: ${reason}`);
    return {
        status: 'not-applicable',
        reason,
        attestations: [
            {
                predicateType: types/* PREDICATE */.W3.scanResult,
                predicate: (0,builders/* makeScanResult */.jE)({ scanner: { name: scanner, version: 'unknown' }, findings: [] }),
            },
        ],
        products: [],
        reports: [],
        summary: `**${ctx.step.title}** not applicable: ${reason}`,
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


/***/ })

};
