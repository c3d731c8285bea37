export const id = 3224;
export const ids = [3224];
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

/***/ 11433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e9: () => (/* binding */ requireHttpAnswer),
/* harmony export */   nW: () => (/* binding */ requireOpenPort)
/* harmony export */ });
/* unused harmony export tcpRefusal */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);


/**
 * Before a step judges a deployment, it checks that something answers there. A target that
 * has gone (its job ended, it crashed, the URL is stale) would otherwise make a scan find
 * nothing and pass ("open ports: none"); here it is a failure that says so.
 */
const PROBE_MS = 5000;
const gone = (where, why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `nothing answers at ${where} (${why}): the deployment has gone or never came up, so there is nothing to test`, { hint: 'deploy the service first (deploy-test), or set the step inputs to where it runs' });
/** Why a TCP connection to host:port fails, or undefined when it is accepted. */
function tcpRefusal(host, port, timeoutMs = PROBE_MS) {
    return new Promise((resolve) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port });
        const done = (why) => {
            socket.destroy();
            resolve(why);
        };
        socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
        socket.once('connect', () => done(undefined));
        socket.once('error', (e) => done(e.code ?? e.message));
    });
}
/** Throws unless one of the ports of `host` accepts a connection (none given: nothing to check). */
async function requireOpenPort(host, ports) {
    const why = [];
    for (const port of ports) {
        const refused = await tcpRefusal(host, port);
        if (refused === undefined)
            return;
        why.push(`${port}: ${refused}`);
    }
    if (why.length)
        throw gone(`${host} port ${ports.join(', ')}`, why.join('; '));
}
/** Throws unless `url` gives an HTTP answer, whatever its status (an error page still answers). */
async function requireHttpAnswer(url, signal) {
    try {
        const res = await fetch(url, {
            redirect: 'manual',
            signal: signal
                ? AbortSignal.any([signal, AbortSignal.timeout(PROBE_MS)])
                : AbortSignal.timeout(PROBE_MS),
        });
        await res.body?.cancel();
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        const err = e;
        throw gone(url, err.cause?.code ?? err.cause?.message ?? err.message);
    }
}


/***/ }),

/***/ 3224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JUNIT_COPY: () => (/* binding */ JUNIT_COPY),
/* harmony export */   systemTests: () => (/* binding */ systemTests)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71262);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63704);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43959);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(30086);
/* harmony import */ var _common_junit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(92844);
/* harmony import */ var _common_npm_script_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27533);
/* harmony import */ var _common_shell_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(42490);
/* harmony import */ var _common_target_answers_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(11433);













const JUNIT_COPY = 'junit-system.xml';
const shown = (names) => names.slice(0, 5).join(', ') + (names.length > 5 ? ', ...' : '');
const failed = (reason) => ({
    status: 'failed',
    reason,
    attestations: [],
    products: [],
    reports: [],
    summary: `**System tests** failed: ${reason}`,
});
/** The deployment's URL: the base-url input, else what deploy-test wrote. */
async function baseUrlOf(ctx) {
    const input = (ctx.inputs['base-url'] ?? '').trim();
    if (input)
        return input.replace(/\/+$/, '');
    return (await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_8__/* .readDeployment */ .iJ)(ctx)).baseUrl;
}
/**
 * system-tests: the project's system test command against the deployed service (BASE_URL
 * set), its JUnit report read into an in-toto test-result whose configuration names the
 * report and the URL tested. No report, an unreadable one or an empty one fails: none of
 * them shows that the deployment works.
 */
const systemTests = {
    id: 'system-tests',
    async run(ctx) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(ctx.outDir, { recursive: true });
        const command = (ctx.inputs['test-command'] ?? '').trim() || 'npm run test:system';
        const junitInput = (ctx.inputs['junit-path'] ?? '').trim() || 'junit-system.xml';
        const junit = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(junitInput) ? junitInput : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(ctx.repoDir, junitInput);
        const missing = await (0,_common_npm_script_js__WEBPACK_IMPORTED_MODULE_10__/* .missingScript */ ._Q)(ctx.repoDir, command);
        if (missing)
            return (0,_common_npm_script_js__WEBPACK_IMPORTED_MODULE_10__/* .notApplicableTests */ .aC)(ctx, missing);
        let baseUrl;
        try {
            baseUrl = await baseUrlOf(ctx);
            // Tests of a service that has gone would fail for the wrong reason, or pass vacuously.
            await (0,_common_target_answers_js__WEBPACK_IMPORTED_MODULE_12__/* .requireHttpAnswer */ .e9)(baseUrl, ctx.signal);
        }
        catch (e) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .isTollgateError */ .bK)(e))
                throw e;
            return failed(`${e.message}${e.hint ? ` (${e.hint})` : ''}`);
        }
        // Whole seconds: coarse mtimes must not make this run's report look stale.
        const since = Math.floor(Date.now() / 1000) * 1000;
        const res = await (0,_common_shell_js__WEBPACK_IMPORTED_MODULE_11__/* .runShell */ .E)(ctx, command, { BASE_URL: baseUrl, TOLLGATE_JUNIT_PATH: junit });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(junit) || (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(junit)).mtimeMs < since) {
            return failed((0,_common_shell_js__WEBPACK_IMPORTED_MODULE_11__/* .tailReason */ .v)(`the system test command exited with code ${res.code} and wrote no JUnit report at ${junitInput}`, res));
        }
        let result;
        try {
            result = (0,_common_junit_js__WEBPACK_IMPORTED_MODULE_9__/* .parseJUnit */ .iM)((await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInput */ .R5)(junit, 'JUnit report', _common_junit_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JUNIT_BYTES */ .w_)).toString('utf8'), {
                tool: `"${command.slice(0, 60)}"`,
                file: junitInput,
            });
        }
        catch (e) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .isTollgateError */ .bK)(e))
                throw e;
            return failed(e.message);
        }
        const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(ctx.outDir, JUNIT_COPY);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(junit, copy);
        const subject = {
            name: `${ctx.step.id}/${JUNIT_COPY}`,
            digest: { sha256: await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256File */ .Q3)(copy) },
        };
        const total = result.passed.length + result.failed.length;
        let status = result.failed.length || total === 0 ? 'failed' : 'passed';
        let reason = result.failed.length
            ? `${result.failed.length} of ${total} system tests failed against ${baseUrl}: ${shown(result.failed)}`
            : `${result.passed.length} system tests passed against ${baseUrl}${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`;
        if (total === 0)
            reason = `the JUnit report ${junitInput} lists no tests`;
        if (res.code !== 0 && status === 'passed') {
            // A crash after the report was written (teardown of the tests, a hook) is still a failure.
            status = 'failed';
            reason = (0,_common_shell_js__WEBPACK_IMPORTED_MODULE_11__/* .tailReason */ .v)(`${reason}, but the command exited with code ${res.code}`, res);
        }
        for (const name of result.failed)
            ctx.log(`FAILED ${name}: ${result.messages.get(name) ?? ''}`);
        return {
            status,
            reason,
            attestations: [
                {
                    predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_5__/* .PREDICATE */ .W3.testResult,
                    predicate: (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_4__/* .makeTestResult */ .az)({
                        passed: result.passed,
                        failed: result.failed,
                        configuration: [
                            { name: subject.name, digest: subject.digest },
                            { name: 'deployment', uri: baseUrl },
                        ],
                    }),
                },
            ],
            products: [subject],
            materials: ctx.upstream['deploy-test'] ?? [],
            reports: [JUNIT_COPY],
            summary: `**System tests** \`${command}\`: ${reason}`,
            metrics: {
                passed: result.passed.length,
                failed: result.failed.length,
                skipped: result.skipped.length,
            },
        };
    },
};


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
