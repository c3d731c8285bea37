export const id = 6538;
export const ids = [6538];
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

/***/ 57430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch)
/* harmony export */ });
/* unused harmony export globToRegExp */
/**
 * Minimal glob for identities and paths: `**` matches anything, `*` anything but `/`, `?`
 * one character other than `/`. Compiled patterns are cached; policies reuse a few.
 */
const cache = new Map();
function globToRegExp(glob) {
    let re = cache.get(glob);
    if (!re) {
        let src = '';
        for (let i = 0; i < glob.length; i++) {
            const c = glob[i];
            if (c === '*' && glob[i + 1] === '*') {
                src += '.*';
                i++;
            }
            else if (c === '*')
                src += '[^/]*';
            else if (c === '?')
                src += '[^/]';
            else
                src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
        re = new RegExp(`^${src}$`);
        cache.set(glob, re);
    }
    return re;
}
function globMatch(glob, value) {
    return globToRegExp(glob).test(value);
}


/***/ }),

/***/ 89965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ sniffFormat),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   cr: () => (/* binding */ countBranches),
/* harmony export */   lt: () => (/* binding */ countLines),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   s5: () => (/* binding */ addBranches),
/* harmony export */   sX: () => (/* binding */ emptyFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

function emptyFile(path) {
    return { path, lines: new Map(), branches: new Map() };
}
/** Report paths are absolute (Istanbul, V8) or relative to some root; the predicate wants repo paths. */
function repoPath(path, repoDir) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(repoDir, path) : path;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/').replace(/^\.\//, '');
}
/** Adds branch outcomes of one line in order, continuing the line's numbering. */
function addBranches(f, line, taken) {
    let n = 0;
    while (f.branches.has(`${line}:${n}`))
        n++;
    for (const t of taken)
        f.branches.set(`${line}:${n++}`, t);
}
function pct(c) {
    // Nothing to cover counts as fully covered: an empty project must not fail a 0 % minimum.
    return c.total === 0 ? 100 : Math.round((c.covered / c.total) * 10000) / 100;
}
function countLines(f) {
    if (f.summary && f.lines.size === 0)
        return f.summary.lines;
    let covered = 0;
    for (const h of f.lines.values())
        if (h > 0)
            covered++;
    return { covered, total: f.lines.size };
}
function countBranches(f) {
    if (f.summary && f.lines.size === 0)
        return f.summary.branches;
    let covered = 0;
    for (const h of f.branches.values())
        if (h > 0)
            covered++;
    return { covered, total: f.branches.size };
}
/** Tells the format from the content, so file names (which tools choose freely) do not matter. */
function sniffFormat(text) {
    const head = text.trimStart().slice(0, 512);
    if (/^(TN|SF):/m.test(head))
        return 'lcov';
    if (head.startsWith('<'))
        return /<coverage[\s>]/.test(text.slice(0, 4096)) ? 'cobertura' : undefined;
    if (head.startsWith('{')) {
        if (/"total"\s*:/.test(text))
            return 'istanbul-summary';
        if (/"statementMap"\s*:/.test(text))
            return 'istanbul-final';
    }
    return undefined;
}


/***/ }),

/***/ 92844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iM: () => (/* binding */ parseJUnit),
/* harmony export */   w_: () => (/* binding */ MAX_JUNIT_BYTES)
/* harmony export */ });
/* unused harmony export SEPARATOR */
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41143);
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75824);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);


const parser = new fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Messages carry numeric character references (&#10; for new lines) that must read as text.
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
const list = (v) => (Array.isArray(v) ? v : []);
const SEPARATOR = ' › ';
function firstLine(n) {
    const text = typeof n === 'string' ? n : String(n?.message ?? n?.['#text'] ?? n?.type ?? '').trim();
    return text.split('\n')[0].trim().slice(0, 200);
}
/**
 * JUnit XML as the common runners write it (Node's test runner, Jest and Vitest reporters,
 * pytest, go-junit-report, Surefire): `testsuites` or a single `testsuite` root, suites
 * nested to any depth, `testcase` with `failure`, `error` or `skipped` children. A test is
 * named `classname › name`; without a classname the enclosing suite names stand in.
 */
/** JUnit reports are text; a larger file is not the report of a test run. */
const MAX_JUNIT_BYTES = 256 * 1024 * 1024;
function parseJUnit(xml, src) {
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${src.tool} wrote ${src.file}, which is not valid JUnit XML: ${why}`);
    if (xml.trim() === '')
        throw bad('the file is empty');
    const valid = fast_xml_parser__WEBPACK_IMPORTED_MODULE_2__/* .XMLValidator */ .iI.validate(xml);
    if (valid !== true)
        throw bad(`${valid.err.msg} (line ${valid.err.line})`);
    let doc;
    try {
        doc = parser.parse(xml);
    }
    catch (e) {
        // A hostile report can nest deeper than the parser allows (or than its stack): say so.
        throw bad(e instanceof RangeError ? 'it nests too deeply' : e.message);
    }
    const out = {
        passed: [],
        failed: [],
        errored: [],
        skipped: [],
        messages: new Map(),
    };
    const visitCase = (tc, suites) => {
        const name = String(tc.name ?? '').trim();
        if (!name)
            throw bad('a <testcase> has no name');
        const cls = String(tc.classname ?? '').trim() || suites.filter(Boolean).join(SEPARATOR);
        const id = cls ? `${cls}${SEPARATOR}${name}` : name;
        const failures = list(tc.failure);
        const errors = list(tc.error);
        if (failures.length || errors.length) {
            out.failed.push(id);
            if (!failures.length)
                out.errored.push(id);
            out.messages.set(id, firstLine(failures[0] ?? errors[0]));
        }
        else if ('skipped' in tc)
            out.skipped.push(id);
        else
            out.passed.push(id);
    };
    const visitSuite = (s, suites) => {
        const path = [...suites, String(s.name ?? '')];
        for (const tc of list(s.testcase))
            visitCase(tc, path);
        for (const inner of list(s.testsuite))
            visitSuite(inner, path);
    };
    const root = (doc.testsuites ?? undefined);
    if (root !== undefined) {
        // An empty <testsuites/> parses as '': a run with no tests, not a malformed file.
        if (typeof root === 'object')
            visitSuite({ ...root, name: '' }, []);
    }
    else if (Array.isArray(doc.testsuite)) {
        for (const s of list(doc.testsuite))
            visitSuite(s, []);
    }
    else {
        throw bad('the root element is neither <testsuites> nor <testsuite>');
    }
    return out;
}


/***/ }),

/***/ 67002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ parseLcov),
/* harmony export */   u: () => (/* binding */ writeLcov)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _coverage_data_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89965);


/**
 * lcov tracefiles (geninfo format): records from `SF:` to `end_of_record`, `DA:line,hits`
 * for lines and `BRDA:line,block,branch,taken` for branches (`-` = never evaluated). Other
 * records (functions, counts, checksums) are not needed: the totals are recomputed.
 */
function parseLcov(text, src) {
    const files = [];
    let cur;
    const bad = (n, why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${src.tool} report ${src.file} line ${n}: ${why}`);
    const int = (s, n) => {
        if (s === undefined || !/^\d+$/.test(s))
            throw bad(n, `expected a number, got "${s ?? ''}"`);
        return Number(s);
    };
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        const n = i + 1;
        if (raw === '' || raw.startsWith('TN:') || raw.startsWith('#'))
            continue;
        if (raw === 'end_of_record') {
            if (!cur)
                throw bad(n, 'end_of_record without SF');
            files.push(cur);
            cur = undefined;
            continue;
        }
        const colon = raw.indexOf(':');
        if (colon < 1)
            throw bad(n, `not an lcov record: "${raw.slice(0, 60)}"`);
        const tag = raw.slice(0, colon);
        const value = raw.slice(colon + 1);
        if (tag === 'SF') {
            if (cur)
                throw bad(n, 'SF inside a record (missing end_of_record)');
            cur = (0,_coverage_data_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyFile */ .sX)((0,_coverage_data_js__WEBPACK_IMPORTED_MODULE_1__/* .repoPath */ .qN)(value, src.repoDir));
            continue;
        }
        if (!cur)
            throw bad(n, `${tag} outside a record`);
        if (tag === 'DA') {
            // DA may carry a third field (a checksum); only line and hits matter.
            const [line, hits] = value.split(',');
            const l = int(line, n);
            cur.lines.set(l, Math.max(cur.lines.get(l) ?? 0, int(hits, n)));
        }
        else if (tag === 'BRDA') {
            const parts = value.split(',');
            if (parts.length !== 4)
                throw bad(n, 'BRDA needs line,block,branch,taken');
            (0,_coverage_data_js__WEBPACK_IMPORTED_MODULE_1__/* .addBranches */ .s5)(cur, int(parts[0], n), [parts[3] === '-' ? 0 : int(parts[3], n)]);
        }
    }
    if (cur)
        throw bad(lines.length, `record for ${cur.path} has no end_of_record`);
    return files;
}
/** Writes the merged coverage back as lcov, the format most viewers and services accept. */
function writeLcov(files, testName = 'tollgate') {
    const out = [];
    for (const f of files) {
        out.push(`TN:${testName}`, `SF:${f.path}`);
        const byLine = new Map();
        for (const [key, taken] of f.branches) {
            const line = Number(key.split(':')[0]);
            byLine.set(line, [...(byLine.get(line) ?? []), taken]);
        }
        let covered = 0;
        for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
            byLine.get(line).forEach((t, i) => {
                out.push(`BRDA:${line},0,${i},${t}`);
                if (t > 0)
                    covered++;
            });
        }
        out.push(`BRF:${f.branches.size}`, `BRH:${covered}`);
        let hit = 0;
        for (const line of [...f.lines.keys()].sort((a, b) => a - b)) {
            const h = f.lines.get(line);
            if (h > 0)
                hit++;
            out.push(`DA:${line},${h}`);
        }
        out.push(`LF:${f.lines.size}`, `LH:${hit}`, 'end_of_record');
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 27533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ scriptOf),
/* harmony export */   _Q: () => (/* binding */ missingScript),
/* harmony export */   aC: () => (/* binding */ notApplicableTests)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71262);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63704);






/**
 * `npm test`, `npm run test:integration`, `yarn test:system`, `pnpm run x`: the package
 * script a test command runs, when the command is nothing but that.
 */
function scriptOf(command) {
    const c = command.trim();
    if (/^(?:npm\s+(?:test|t)|pnpm\s+test|yarn\s+test)$/.test(c))
        return 'test';
    const run = /^(?:npm|pnpm|yarn)\s+run(?:-script)?\s+([\w:.@/-]+)$/.exec(c);
    // yarn also runs a script named right after it (`yarn test:integration`).
    return (run ?? /^yarn\s+([\w:.@/-]+)$/.exec(c))?.[1];
}
/**
 * Why the test command cannot apply to this repository: it runs a package script that the
 * repository's package.json does not define (or there is no package.json). Undefined when the
 * command is something else, or the script exists: then it runs, and its result counts.
 */
async function missingScript(repoDir, command) {
    const script = scriptOf(command);
    if (!script)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'package.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return `no package.json, so no "${script}" script for \`${command}\``;
    let scripts;
    try {
        scripts = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8')).scripts;
    }
    catch {
        return undefined; // an unreadable package.json is for the command to report
    }
    const has = typeof scripts === 'object' &&
        scripts !== null &&
        Object.prototype.hasOwnProperty.call(scripts, script);
    return has ? undefined : `package.json has no "${script}" script (the command is \`${command}\`)`;
}
/**
 * The attested result of a test step that does not apply: a test-result listing no test
 * (`WARNED`, not `PASSED`: nothing ran), whose configuration names the package.json that
 * lacks the script, so the claim is tied to the file it was judged on.
 */
async function notApplicableTests(ctx, reason) {
    const pkg = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.repoDir, 'package.json');
    const configuration = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkg)
        ? [{ name: 'package.json', digest: { sha256: await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(pkg) } }]
        : [];
    ctx.log(`not applicable: ${reason}`);
    return {
        status: 'not-applicable',
        reason,
        attestations: [
            {
                predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_4__/* .PREDICATE */ .W3.testResult,
                predicate: {
                    ...(0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_3__/* .makeTestResult */ .az)({ passed: [], failed: [], configuration }),
                    result: 'WARNED',
                },
            },
        ],
        products: [],
        reports: [],
        summary: `**${ctx.step.id}** not applicable: ${reason}`,
        metrics: { passed: 0, failed: 0, skipped: 0 },
    };
}


/***/ }),

/***/ 42490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runShell),
/* harmony export */   v: () => (/* binding */ tailReason)
/* harmony export */ });
/* harmony import */ var _step_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96098);

/** Lines of output kept for a failure reason: enough to show a compiler error, short enough for one line. */
const TAIL_LINES = 15;
const ERROR_LINE = /\b\w*error\b|\bfailed\b|\bcannot\b/i;
/**
 * Runs a user-supplied command string (a build or test command from the inputs) with bash
 * in the repository, in the step's environment (without the signing variables: the command
 * is the repository's code). Output is streamed to the step log line by line as it arrives, so a
 * long build shows progress, and the tail is kept for the failure reason.
 */
async function runShell(ctx, command, extraEnv = {}) {
    const tail = [];
    let firstError;
    const partial = { stdout: '', stderr: '' };
    const emit = (line) => {
        ctx.log(line);
        if (firstError === undefined && ERROR_LINE.test(line))
            firstError = line.trim();
        tail.push(line);
        if (tail.length > TAIL_LINES)
            tail.shift();
    };
    ctx.log(`$ ${command}`);
    const res = await ctx.exec.run('bash', ['-c', command], {
        cwd: ctx.repoDir,
        env: { ...(0,_step_env_js__WEBPACK_IMPORTED_MODULE_0__/* .stepEnv */ .W)(ctx), ...extraEnv },
        signal: ctx.signal,
        onOutput: (chunk, stream) => {
            const lines = (partial[stream] + chunk).split(/\r?\n/);
            partial[stream] = lines.pop() ?? '';
            for (const l of lines)
                emit(l);
        },
    });
    for (const rest of [partial.stdout, partial.stderr])
        if (rest)
            emit(rest);
    return {
        code: res.code,
        tail: tail.filter((l) => l.trim() !== ''),
        ...(firstError ? { firstError } : {}),
    };
}
/** The first error line (when the tail lacks it) and the tail, as one line for a reason. */
function tailReason(prefix, res) {
    const lines = [...res.tail];
    if (res.firstError && !lines.some((l) => l.trim() === res.firstError)) {
        lines.unshift(res.firstError, '...');
    }
    return lines.length ? `${prefix}: ${lines.join(' | ')}` : prefix;
}


/***/ }),

/***/ 96098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ stepEnv)
/* harmony export */ });
/* harmony import */ var _core_child_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95022);

/**
 * The environment a step's processes start from: the context's (set by executeStep), or,
 * for a step called on its own, the process's, filtered the same way.
 */
function stepEnv(ctx) {
    return (0,_core_child_env_js__WEBPACK_IMPORTED_MODULE_0__/* .forRepositoryCode */ .ff)(ctx.env ?? process.env);
}


/***/ }),

/***/ 1193:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ coverageEnv),
/* harmony export */   J8: () => (/* binding */ METHODS),
/* harmony export */   Pq: () => (/* binding */ COVERAGE_DIR),
/* harmony export */   r4: () => (/* binding */ V8_DIR)
/* harmony export */ });
/* unused harmony export GO_DIR */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/**
 * Where a test step's coverage goes. The test steps set these variables for the test
 * command; `instrument` attests the convention so that the record says how coverage was
 * collected. Every path is inside the test step's own reports folder, so the unit and
 * integration runs never overwrite each other's data.
 *
 * - NODE_V8_COVERAGE: Node writes raw V8 coverage of every process it starts there;
 *   the test step converts it to line coverage (src/steps/coverage/v8.ts).
 * - GOCOVERDIR: binaries built with `go build -cover` write their counters there.
 * - TOLLGATE_COVERAGE_DIR: for a test command that writes lcov, Cobertura or Istanbul
 *   reports itself and can be told where (e.g. `--test-reporter-destination`).
 */
const COVERAGE_DIR = 'coverage';
const V8_DIR = 'v8-coverage';
const GO_DIR = 'go-coverage';
function coverageEnv(outDir) {
    return {
        NODE_V8_COVERAGE: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, V8_DIR),
        GOCOVERDIR: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, GO_DIR),
        TOLLGATE_COVERAGE_DIR: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, COVERAGE_DIR),
    };
}
/** What `instrument` records per language: how the instrumented build differs from the plain one. */
const METHODS = {
    node: 'V8 coverage at run time: the instrumented build is the normal build; the test steps set NODE_V8_COVERAGE',
    go: 'go build -cover: binaries carry counters written to GOCOVERDIR when tests run them',
    python: 'coverage.py at run time: the build is byte-compilation; the test command runs under coverage and writes Cobertura or lcov',
};


/***/ }),

/***/ 96538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runTests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
// EXTERNAL MODULE: ./dist/steps/common/coverage-data.js
var coverage_data = __webpack_require__(89965);
// EXTERNAL MODULE: ./dist/steps/common/junit.js
var common_junit = __webpack_require__(92844);
// EXTERNAL MODULE: ./dist/steps/common/lcov.js
var lcov = __webpack_require__(67002);
// EXTERNAL MODULE: ./dist/steps/common/npm-script.js
var npm_script = __webpack_require__(27533);
// EXTERNAL MODULE: ./dist/steps/common/shell.js
var shell = __webpack_require__(42490);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./dist/core/glob.js
var glob = __webpack_require__(57430);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
;// CONCATENATED MODULE: ./dist/steps/coverage/v8.js







/** Not the code under test: dependencies and the tests themselves (as c8 and Node exclude them). */
const EXCLUDE = [
    'node_modules/**',
    '**/node_modules/**',
    'test/**',
    'tests/**',
    '**/__tests__/**',
    '**/*.test.*',
    '**/*.spec.*',
];
/** Lines with nothing executable on them: blank, lone brackets, comments. */
const NOT_CODE = /^\s*(?:[{}()[\];,]*\s*|\/\/.*|\/?\*.*)$/;
/**
 * Raw V8 coverage (the files NODE_V8_COVERAGE collects, one per process) to line and branch
 * coverage of the repository's own files. A line's count is that of the innermost range
 * containing its first non-blank character; V8 block ranges after a function's first range
 * are the arms of its branches. Processes are merged by taking the highest count.
 */
async function readV8Coverage(dir, repoDir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const byPath = new Map();
    for (const name of (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json')).sort()) {
        let doc;
        try {
            doc = (await (0,untrusted/* readJsonUntrusted */.Lm)((0,external_node_path_.join)(dir, name), 'V8 coverage', { maxBytes: 1 << 30 }));
        }
        catch {
            // A process killed while writing leaves a truncated file; the other processes still count.
            continue;
        }
        for (const script of doc.result ?? []) {
            if (!script.url?.startsWith('file:'))
                continue;
            const abs = (0,external_node_url_.fileURLToPath)(script.url);
            const path = (0,coverage_data/* repoPath */.qN)(abs, repoDir);
            if (path.startsWith('..') || EXCLUDE.some((g) => (0,glob/* globMatch */.e)(g, path)) || !(0,external_node_fs_.existsSync)(abs))
                continue;
            const f = byPath.get(path) ?? (0,coverage_data/* emptyFile */.sX)(path);
            byPath.set(path, f);
            addScript(f, await (0,promises_.readFile)(abs, 'utf8'), script);
        }
    }
    return [...byPath.values()];
}
function addScript(f, source, script) {
    const ranges = [];
    const blocks = [];
    for (const fn of script.functions ?? []) {
        const rs = fn.ranges ?? [];
        ranges.push(...rs);
        if (fn.isBlockCoverage)
            blocks.push(...rs.slice(1));
    }
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++)
        if (source[i] === '\n')
            lineStarts.push(i + 1);
    const lineOf = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    source.split('\n').forEach((text, i) => {
        if (NOT_CODE.test(text) || (i === 0 && text.startsWith('#!')))
            return;
        const at = lineStarts[i] + text.search(/\S/);
        let best;
        for (const r of ranges) {
            if (r.startOffset <= at && at < r.endOffset) {
                if (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset)
                    best = r;
            }
        }
        if (best)
            f.lines.set(i + 1, Math.max(f.lines.get(i + 1) ?? 0, best.count));
    });
    // Per line, the n-th block starting there; a second process adds counts to the same keys.
    const seen = new Map();
    for (const b of [...blocks].sort((x, y) => x.startOffset - y.startOffset)) {
        const line = lineOf(b.startOffset);
        const n = seen.get(line) ?? 0;
        seen.set(line, n + 1);
        const key = `${line}:${n}`;
        f.branches.set(key, Math.max(f.branches.get(key) ?? 0, b.count));
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./dist/steps/unit-tests/reporter-sources.js
/**
 * The JUnit reporters Tollgate gives Jest and Mocha, as CommonJS module sources (both load a
 * reporter by path with require). They are written into a folder of Tollgate's own for the
 * run, never into the repository, and need nothing but Node: the repository's test framework
 * loads them as they are. Each writes to TOLLGATE_JUNIT_OUT, atomically.
 */
const WRITER = String.raw `
const fs = require('node:fs');
const path = require('node:path');
const esc = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const rel = (f) => (f ? path.relative(process.cwd(), f).split(path.sep).join('/') : 'tests');
function writeJUnit(cases, tool) {
  const out = process.env.TOLLGATE_JUNIT_OUT;
  if (!out) return;
  const failures = cases.filter((c) => c.status === 'failed').length;
  const skipped = cases.filter((c) => c.status === 'skipped').length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="' + tool + '">',
    '  <testsuite name="' + tool + '" tests="' + cases.length + '" failures="' + failures + '" skipped="' + skipped + '">'];
  for (const c of cases) {
    const open = '    <testcase classname="' + esc(c.classname) + '" name="' + esc(c.name) + '" time="' + (c.time || 0) + '"';
    if (c.status === 'failed') lines.push(open + '>', '      <failure message="' + esc(String(c.failure || 'failed').split('\n')[0]) + '">' + esc(c.failure || '') + '</failure>', '    </testcase>');
    else if (c.status === 'skipped') lines.push(open + '>', '      <skipped/>', '    </testcase>');
    else lines.push(open + '/>');
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = out + '.' + process.pid + '.tmp';
  fs.writeFileSync(tmp, lines.join('\n'));
  fs.renameSync(tmp, out);
}
`;
/** A Jest reporter (`--reporters=<file>`): onRunComplete has every file's results. */
const JEST_REPORTER = `'use strict';
${WRITER}
class TollgateJUnitReporter {
  onRunComplete(_contexts, results) {
    const cases = [];
    for (const file of results.testResults || []) {
      if (file.testExecError) {
        cases.push({ classname: rel(file.testFilePath), name: 'loading ' + rel(file.testFilePath), status: 'failed', failure: file.testExecError.message || String(file.testExecError) });
      }
      for (const t of file.testResults || []) {
        const status = t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped';
        cases.push({ classname: rel(file.testFilePath), name: t.fullName || t.title, time: (t.duration || 0) / 1000, status, failure: (t.failureMessages || []).join('\\n') });
      }
    }
    writeJUnit(cases, 'jest');
  }
}
module.exports = TollgateJUnitReporter;
`;
/** A Mocha reporter (`--reporter <file>`): one line per test on stdout, and the JUnit file. */
const MOCHA_REPORTER = `'use strict';
${WRITER}
function TollgateJUnitReporter(runner) {
  const cases = [];
  const add = (t, status, err) => {
    cases.push({ classname: rel(t.file), name: t.fullTitle(), time: (t.duration || 0) / 1000, status, failure: err ? (err.stack || err.message || String(err)) : '' });
    process.stdout.write((status === 'passed' ? '  ok ' : status === 'failed' ? '  FAILED ' : '  skipped ') + t.fullTitle() + '\\n');
  };
  runner.on('pass', (t) => add(t, 'passed'));
  runner.on('fail', (t, err) => add(t, 'failed', err));
  runner.on('pending', (t) => add(t, 'skipped'));
  runner.once('end', () => writeJUnit(cases, 'mocha'));
}
module.exports = TollgateJUnitReporter;
`;

;// CONCATENATED MODULE: ./dist/steps/unit-tests/reporters.js






const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Which framework a command line runs, by its words (`npx jest --ci`, `vitest run`). */
function frameworkOf(commandLine) {
    if (/(^|[\s/])vitest(\s|$)/.test(commandLine))
        return 'vitest';
    if (/(^|[\s/])jest(\s|$)/.test(commandLine))
        return 'jest';
    if (/(^|[\s/])mocha(\s|$)/.test(commandLine))
        return 'mocha';
    if (/(^|[\s/])node\s+(?:\S+\s+)*--test(\s|$)/.test(commandLine))
        return 'node-test';
    return undefined;
}
/** One simple command: arguments appended to it reach the test runner, not a later command. */
const simple = (line) => !/[;&|<>()`$]|\n/.test(line);
/**
 * Options that make the repository's own test command also write a JUnit report to `out`,
 * without touching the repository: node:test gets its junit reporter through NODE_OPTIONS
 * (every `node --test` below the command sees it; other processes ignore it); Vitest its
 * built-in junit reporter, Jest and Mocha a reporter module of Tollgate's, through options
 * appended to the command (after `--` for an npm or pnpm script), when the command, or the
 * package script it runs, is one plain call of the runner. The runner's usual output is kept.
 */
async function autoJUnit(repoDir, command, out) {
    const nodeOptions = [
        process.env.NODE_OPTIONS ?? '',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=junit',
        `--test-reporter-destination=${JSON.stringify(out)}`,
    ]
        .filter(Boolean)
        .join(' ');
    const env = { NODE_OPTIONS: nodeOptions };
    const none = { command, env, out, cleanup: () => Promise.resolve() };
    const script = (0,npm_script/* scriptOf */.Fl)(command);
    let line = command;
    if (script) {
        const pkg = (0,external_node_path_.join)(repoDir, 'package.json');
        if (!(0,external_node_fs_.existsSync)(pkg))
            return none;
        try {
            const scripts = JSON.parse(await (0,promises_.readFile)(pkg, 'utf8')).scripts;
            const body = scripts?.[script];
            if (typeof body !== 'string')
                return none;
            line = body;
        }
        catch {
            return none;
        }
    }
    const framework = frameworkOf(line);
    if (!framework || framework === 'node-test' || !simple(line) || !simple(command))
        return { ...none, ...(framework ? { framework } : {}) };
    let args;
    let dir;
    if (framework === 'vitest') {
        args = ['--reporter=default', '--reporter=junit', `--outputFile.junit=${out}`];
    }
    else {
        dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-reporters-'));
        const file = (0,external_node_path_.join)(dir, `${framework}-junit.cjs`);
        await (0,promises_.writeFile)(file, framework === 'jest' ? JEST_REPORTER : MOCHA_REPORTER);
        args =
            framework === 'jest'
                ? ['--reporters=default', `--reporters=${file}`]
                : [`--reporter=${file}`];
    }
    await (0,promises_.mkdir)((0,external_node_path_.join)(out, '..'), { recursive: true });
    // npm and pnpm pass what follows `--` to the script; yarn passes its arguments as they are.
    const separator = script && !command.trim().startsWith('yarn') ? ' --' : '';
    return {
        command: `${command.trim()}${separator} ${args.map(quote).join(' ')}`,
        env: { ...env, TOLLGATE_JUNIT_OUT: out },
        out,
        framework,
        cleanup: () => (dir ? (0,promises_.rm)(dir, { recursive: true, force: true }) : Promise.resolve()),
    };
}

// EXTERNAL MODULE: ./dist/steps/instrument/convention.js
var convention = __webpack_require__(1193);
;// CONCATENATED MODULE: ./dist/steps/unit-tests/run-tests.js
















/** Where Tollgate's own reporter writes, in the step's folder (copied to junit.xml after). */
const AUTO_JUNIT = 'reporter-junit.xml';
/** Where test commands conventionally leave coverage in the repository (read only if written by this run). */
const REPO_COVERAGE_DIRS = ['coverage', '.'];
const shown = (names) => names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');
/**
 * Product names of files in a step's reports folder are relative to the folder holding all
 * steps' reports (`unit-tests/coverage/lcov.info`): unique per step, and `coverage` finds
 * them next to its own folder.
 */
const productName = (ctx, abs) => (0,external_node_path_.relative)((0,external_node_path_.join)(ctx.outDir, '..'), abs).split('\\').join('/');
async function freshFiles(dir, since) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = (0,external_node_path_.join)(dir, e.name);
        if (e.isFile() && (await (0,promises_.stat)(p)).mtimeMs >= since)
            out.push(p);
    }
    return out.sort();
}
/**
 * Finds the coverage reports this run wrote and copies them into the reports folder (so the
 * other test step cannot overwrite them before `coverage` reads them). Raw V8 data is
 * converted only when the command wrote no report itself: two views of one run would
 * double-count branches that the formats number differently.
 */
async function collectCoverage(ctx, since) {
    const own = (0,external_node_path_.join)(ctx.outDir, convention/* COVERAGE_DIR */.Pq);
    const candidates = [
        ...(await freshFiles(own, since)),
        ...(await Promise.all(REPO_COVERAGE_DIRS.map((d) => freshFiles((0,external_node_path_.join)(ctx.repoDir, d), since)))).flat(),
    ];
    const reports = [];
    for (const file of candidates) {
        if ((0,coverage_data/* sniffFormat */.OG)((await (0,promises_.readFile)(file, 'utf8')).slice(0, 8192)))
            reports.push(file);
    }
    await (0,promises_.mkdir)(own, { recursive: true });
    const copied = [];
    for (const [i, file] of reports.entries()) {
        if (file.startsWith(own))
            copied.push(file);
        else {
            const dest = (0,external_node_path_.join)(own, `${i}-${(0,external_node_path_.basename)(file)}`);
            await (0,promises_.copyFile)(file, dest);
            copied.push(dest);
        }
    }
    if (copied.length === 0) {
        const v8 = await readV8Coverage((0,external_node_path_.join)(ctx.outDir, convention/* V8_DIR */.r4), ctx.repoDir);
        if (v8.length) {
            const dest = (0,external_node_path_.join)(own, 'v8.lcov.info');
            await (0,fs/* writeFileAtomic */.Zf)(dest, (0,lcov/* writeLcov */.u)(v8, ctx.step.id));
            copied.push(dest);
            ctx.log(`converted V8 coverage of ${v8.length} file(s) to ${productName(ctx, dest)}`);
        }
    }
    const subjects = [];
    for (const c of copied)
        subjects.push({ name: productName(ctx, c), digest: { sha256: await (0,digest/* sha256File */.Q3)(c) } });
    return subjects;
}
/**
 * `unit-tests` and `integration-tests`: run the test command, read its JUnit report into
 * an in-toto test-result, and hand the run's coverage reports on to `coverage`.
 */
async function runTests(ctx) {
    const command = (ctx.inputs['test-command'] ?? '').trim();
    let junitInput = (ctx.inputs['junit-path'] ?? '').trim() || 'junit.xml';
    const fail = (reason) => ({
        status: 'failed',
        reason,
        attestations: [],
        products: [],
        reports: [],
    });
    if (!command)
        return fail('no test command; set the test-command input');
    const missing = await (0,npm_script/* missingScript */._Q)(ctx.repoDir, command);
    if (missing)
        return (0,npm_script/* notApplicableTests */.aC)(ctx, missing);
    let junit = (0,external_node_path_.isAbsolute)(junitInput) ? junitInput : (0,external_node_path_.join)(ctx.repoDir, junitInput);
    // Whole seconds: some file systems store coarse mtimes, and a report from this run must count.
    const since = Math.floor(Date.now() / 1000) * 1000;
    await (0,promises_.mkdir)((0,external_node_path_.join)(ctx.outDir, convention/* COVERAGE_DIR */.Pq), { recursive: true });
    // The repository's own JUnit report (junit-path) counts when the command wrote one; else
    // the one Tollgate's reporter wrote into this step's folder.
    const auto = await autoJUnit(ctx.repoDir, command, (0,external_node_path_.join)(ctx.outDir, AUTO_JUNIT));
    if (auto.framework)
        ctx.log(`${auto.framework} detected: its JUnit report goes to ${AUTO_JUNIT}`);
    let res;
    try {
        res = await (0,shell/* runShell */.E)(ctx, auto.command, {
            ...(0,convention/* coverageEnv */.GV)(ctx.outDir),
            ...auto.env,
            TOLLGATE_JUNIT_PATH: junit,
        });
    }
    finally {
        await auto.cleanup();
    }
    const isFresh = async (f) => (0,external_node_fs_.existsSync)(f) && (await (0,promises_.stat)(f)).mtimeMs >= since;
    if (!(await isFresh(junit))) {
        if (await isFresh(auto.out)) {
            junit = auto.out;
            junitInput = `${ctx.step.id}/${AUTO_JUNIT}`;
        }
        else {
            return fail(res.code !== 0
                ? (0,shell/* tailReason */.v)(`test command exited with code ${res.code} and wrote no JUnit report at ${junitInput}`, res)
                : `test command passed but wrote no JUnit report at ${junitInput}, and its test runner is none Tollgate gives a JUnit reporter to (node:test, Jest, Vitest, Mocha); point junit-path at the report it writes`);
        }
    }
    const tool = command.length > 60 ? `${command.slice(0, 57)}...` : command;
    let result;
    try {
        result = (0,common_junit/* parseJUnit */.iM)((await (0,fs/* readInput */.R5)(junit, 'JUnit report', common_junit/* MAX_JUNIT_BYTES */.w_)).toString('utf8'), {
            tool: `test command "${tool}"`,
            file: junitInput,
        });
    }
    catch (e) {
        // A report that cannot be read proves nothing about the tests: fail, naming file and tool.
        if (e instanceof errors/* TollgateError */.xB)
            return fail(e.message);
        throw e;
    }
    const junitCopy = (0,external_node_path_.join)(ctx.outDir, 'junit.xml');
    await (0,promises_.copyFile)(junit, junitCopy);
    if (junit === auto.out)
        await (0,promises_.rm)(auto.out, { force: true });
    const junitSubject = {
        name: productName(ctx, junitCopy),
        digest: { sha256: await (0,digest/* sha256File */.Q3)(junitCopy) },
    };
    const coverage = await collectCoverage(ctx, since);
    const total = result.passed.length + result.failed.length;
    let status = result.failed.length ? 'failed' : 'passed';
    let reason = result.failed.length
        ? `${result.failed.length} of ${total} tests failed: ${shown(result.failed)}`
        : `${result.passed.length} tests passed${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`;
    if (total === 0) {
        // An empty report proves nothing was tested; passing on it would be a silent hole.
        status = 'failed';
        reason = `the JUnit report ${junitInput} lists no tests`;
    }
    if (res.code !== 0 && status === 'passed') {
        ctx.log(`warning: the test command exited with ${res.code} although its JUnit report has no failure`);
        reason += ` (the command exited with code ${res.code})`;
    }
    for (const name of result.failed)
        ctx.log(`FAILED ${name}: ${result.messages.get(name) ?? ''}`);
    return {
        status,
        reason,
        attestations: [
            {
                predicateType: types/* PREDICATE */.W3.testResult,
                predicate: (0,builders/* makeTestResult */.az)({
                    passed: result.passed,
                    failed: result.failed,
                    configuration: [{ name: junitSubject.name, digest: junitSubject.digest }],
                }),
            },
        ],
        products: [junitSubject, ...coverage],
        materials: ctx.upstream.instrument ?? [],
        reports: ['junit.xml', ...coverage.map((c) => (0,external_node_path_.relative)(ctx.step.id, c.name))],
        summary: `**${ctx.step.id}** \`${command}\`: ${reason}; ${coverage.length} coverage report(s)`,
        metrics: {
            passed: result.passed.length,
            failed: result.failed.length,
            skipped: result.skipped.length,
        },
    };
}


/***/ }),

/***/ 75824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iI: () => (/* binding */ XMLValidator)
/* harmony export */ });
/* harmony import */ var _validator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61176);






const XMLValidator = {
  validate: _validator_js__WEBPACK_IMPORTED_MODULE_0__/* .validate */ .t
}


/***/ })

};
