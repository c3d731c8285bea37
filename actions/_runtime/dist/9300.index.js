export const id = 9300;
export const ids = [9300];
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

/***/ 83664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ LOCKFILES),
/* harmony export */   hq: () => (/* binding */ LOCKFILE_PATTERN),
/* harmony export */   jY: () => (/* binding */ defaultBuildCommand),
/* harmony export */   od: () => (/* binding */ detectLanguage)
/* harmony export */ });
/* unused harmony export readPackageJson */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



/** Files whose presence says which toolchain builds the project; the first match wins. */
const MARKERS = [
    ['node', ['package.json']],
    ['go', ['go.mod']],
    ['python', ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt']],
];
function detectLanguage(repoDir) {
    for (const [lang, files] of MARKERS) {
        if (files.some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, f))))
            return lang;
    }
    return undefined;
}
/**
 * Lockfiles pin what the build resolved; they are materials of the build, so a gate can see
 * which dependency set an artefact came from. Listed by name at the project root.
 */
const LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'go.sum',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'Cargo.lock',
];
/** Python projects pin with any number of requirements files (requirements-dev.txt, ...). */
const LOCKFILE_PATTERN = /^requirements[\w.-]*\.txt$/;
async function readPackageJson(repoDir) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'package.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * The build command used when the input says `auto`. Node: install only when nothing is
 * installed and a lockfile pins the set (npm ci refuses otherwise), then the build script if
 * there is one. Undefined when the language is unknown: guessing a build would attest a
 * build that never happened.
 */
async function defaultBuildCommand(repoDir, lang, options = {}) {
    switch (lang) {
        case 'node': {
            const parts = [];
            const locked = ['package-lock.json', 'npm-shrinkwrap.json'].some((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, f)));
            if (locked && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, 'node_modules')))
                parts.push('npm ci');
            const pkg = await readPackageJson(repoDir);
            if (pkg?.scripts?.build)
                parts.push('npm run build');
            // A package without a build script has nothing to compile; `true` keeps the step honest
            // (the provenance then records the sources' state) rather than failing.
            return parts.length ? parts.join(' && ') : 'true';
        }
        case 'go':
            return options.goCover ? 'go build -cover ./...' : 'go build ./...';
        case 'python':
            return 'python -m compileall -q .';
        default:
            return undefined;
    }
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

/***/ 63545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ lockfileMaterials),
/* harmony export */   JZ: () => (/* binding */ buildOutputs),
/* harmony export */   NP: () => (/* binding */ filesMatching),
/* harmony export */   Z6: () => (/* binding */ subjectsOf),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export OUTPUT_DIRS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63704);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43959);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57430);
/* harmony import */ var _common_detect_language_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83664);







/** Build output folders, by convention of the common toolchains; the first that exists counts. */
const OUTPUT_DIRS = ['dist', 'build', 'out'];
/** Never walked for artefacts: dependencies and version control are not what the build made. */
const SKIP = new Set(['node_modules', '.git', '.tollgate']);
/** An upper bound so that a wrong glob (`**` over a monorepo) fails clearly instead of hashing for minutes. */
const MAX_ARTEFACTS = 10_000;
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
async function walk(root, dir, out) {
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        if (SKIP.has(e.name))
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
        // Symlinks are skipped: following them could leave the repository or loop.
        if (e.isDirectory())
            await walk(root, full, out);
        else if (e.isFile())
            out.push(toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, full)));
        if (out.length > MAX_ARTEFACTS) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TollgateError */ .xB('INPUT_INVALID', `more than ${MAX_ARTEFACTS} build artefacts under ${root}`, { hint: 'narrow the artifacts input' });
        }
    }
}
/** Repository-relative paths of the files a glob list (comma or newline separated) matches. */
async function filesMatching(repoDir, globs) {
    const all = [];
    await walk(repoDir, repoDir, all);
    return all.filter((f) => globs.some((g) => (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globMatch */ .e)(g, f))).sort();
}
function splitList(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
async function subjectsOf(repoDir, paths) {
    const out = [];
    for (const p of paths)
        out.push({ name: p, digest: { sha256: await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, p)) } });
    return out;
}
/**
 * What the build produced: the files the `artifacts` input names, else everything under the
 * first conventional output folder. Returns the folder or globs used, for the summary.
 */
async function buildOutputs(repoDir, artifactsInput) {
    const globs = splitList(artifactsInput);
    if (globs.length) {
        return {
            from: globs.join(', '),
            products: await subjectsOf(repoDir, await filesMatching(repoDir, globs)),
        };
    }
    for (const d of OUTPUT_DIRS) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoDir, d);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir)).isDirectory()) {
            const files = [];
            await walk(repoDir, dir, files);
            return { from: `${d}/`, products: await subjectsOf(repoDir, files.sort()) };
        }
    }
    return { from: 'no output folder', products: [] };
}
/** Lockfiles at the project root, with their digests: the dependency set the build resolved. */
async function lockfileMaterials(repoDir) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(repoDir)).filter((n) => _common_detect_language_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILES */ .JA.includes(n) || _common_detect_language_js__WEBPACK_IMPORTED_MODULE_6__/* .LOCKFILE_PATTERN */ .hq.test(n));
    return subjectsOf(repoDir, names.sort());
}


/***/ }),

/***/ 8558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ provenanceOf),
/* harmony export */   KC: () => (/* binding */ isBuildRun),
/* harmony export */   cM: () => (/* binding */ runBuild)
/* harmony export */ });
/* unused harmony export failed */
/* harmony import */ var _attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75895);
/* harmony import */ var _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71262);
/* harmony import */ var _attest_statement_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63037);
/* harmony import */ var _common_detect_language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83664);
/* harmony import */ var _common_shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42490);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63545);






/**
 * Runs the build command of `compile` and `instrument` and collects what it produced. A
 * failed or impossible build comes back as a failed StepResult (the caller returns it as is).
 */
async function runBuild(ctx, options = {}) {
    const language = (0,_common_detect_language_js__WEBPACK_IMPORTED_MODULE_2__/* .detectLanguage */ .od)(ctx.repoDir);
    const input = (ctx.inputs['build-command'] ?? 'auto').trim() || 'auto';
    const command = input === 'auto' ? await (0,_common_detect_language_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultBuildCommand */ .jY)(ctx.repoDir, language, options) : input;
    if (!command) {
        return failed('cannot tell how to build this project (no package.json, go.mod or Python project file); set the build-command input');
    }
    ctx.log(`language: ${language ?? 'unknown'}; build command: ${command}`);
    const startedOn = new Date();
    const res = await (0,_common_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .runShell */ .E)(ctx, command);
    const finishedOn = new Date();
    if (res.code !== 0) {
        return failed((0,_common_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .tailReason */ .v)(`build command exited with code ${res.code}`, res));
    }
    const { from, products } = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .buildOutputs */ .JZ)(ctx.repoDir, ctx.inputs.artifacts);
    const materials = [
        (0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_5__/* .commitSubject */ .sF)(ctx.repository, ctx.commit),
        ...(await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .lockfileMaterials */ .G9)(ctx.repoDir)),
    ];
    return { language, command, from, products, materials, startedOn, finishedOn };
}
function isBuildRun(r) {
    return 'command' in r;
}
function failed(reason) {
    return { status: 'failed', reason, attestations: [], products: [], reports: [] };
}
/** SLSA provenance v1 of a build step; the materials become resolvedDependencies. */
function provenanceOf(ctx, run, extra = {}, materials = run.materials) {
    return {
        predicateType: _attest_predicates_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PREDICATE */ .W3.slsaProvenance,
        predicate: (0,_attest_predicates_builders_js__WEBPACK_IMPORTED_MODULE_0__/* .makeProvenance */ .wL)({
            builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
            externalParameters: {
                repository: ctx.repository,
                command: run.command,
                language: run.language ?? 'unknown',
                artefacts: run.from,
                ...extra,
            },
            materials: materials.map((m) => ({ name: m.name, digest: m.digest })),
            startedOn: run.startedOn,
            finishedOn: run.finishedOn,
        }),
    };
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

/***/ 9300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MANIFEST: () => (/* binding */ MANIFEST),
/* harmony export */   instrumentStep: () => (/* binding */ instrumentStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63704);
/* harmony import */ var _core_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90275);
/* harmony import */ var _compile_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8558);
/* harmony import */ var _convention_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1193);





const MANIFEST = 'instrumentation.json';
/** How many of compile's products came out byte for byte the same: a free reproducibility check. */
function compareWith(compile, ours) {
    if (!compile?.length)
        return 'no compile products to compare with';
    const theirs = new Map(compile.map((s) => [s.name, s.digest.sha256]));
    const same = ours.filter((s) => theirs.get(s.name) === s.digest.sha256).length;
    return `${same} of ${ours.length} artefact(s) identical to compile's`;
}
/**
 * `instrument`: the build the tests run against, with coverage collection. For Node, Go
 * with -cover aside, no toolchain needs a separately instrumented artefact: V8 counts
 * coverage at run time. So the step rebuilds (in CI it runs in its own job, on a fresh
 * checkout), attests the build with compile's products among the materials, and writes a
 * manifest of the coverage convention the test steps apply (see convention.ts).
 */
const instrumentStep = {
    id: 'instrument',
    async run(ctx) {
        const run = await (0,_compile_build_js__WEBPACK_IMPORTED_MODULE_3__/* .runBuild */ .cM)(ctx, { goCover: true });
        if (!(0,_compile_build_js__WEBPACK_IMPORTED_MODULE_3__/* .isBuildRun */ .KC)(run))
            return run;
        const method = _convention_js__WEBPACK_IMPORTED_MODULE_4__/* .METHODS */ .J8[run.language ?? ''] ??
            'none known for this project: coverage comes only from reports the test commands write';
        const manifest = {
            language: run.language ?? 'unknown',
            method,
            // Relative to each test step's reports folder.
            environment: (0,_convention_js__WEBPACK_IMPORTED_MODULE_4__/* .coverageEnv */ .GV)('.'),
        };
        const text = JSON.stringify(manifest, null, 2) + '\n';
        await (0,_core_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.outDir, MANIFEST), text);
        const manifestSubject = {
            name: `${ctx.step.id}/${MANIFEST}`,
            digest: { sha256: (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(text) },
        };
        const compiled = ctx.upstream.compile;
        const materials = [...run.materials, ...(compiled ?? [])];
        const comparison = compareWith(compiled, run.products);
        ctx.log(comparison);
        const reason = `instrumented build: ${run.products.length} artefact(s) from ${run.from}; ${comparison}`;
        return {
            status: 'passed',
            reason,
            attestations: [(0,_compile_build_js__WEBPACK_IMPORTED_MODULE_3__/* .provenanceOf */ .Jj)(ctx, run, { instrumentation: method }, materials)],
            products: [...run.products, manifestSubject],
            materials,
            reports: [MANIFEST],
            summary: `**instrument** \`${run.command}\`: ${reason}. Coverage method: ${method}.`,
            metrics: { artefacts: run.products.length },
        };
    },
};


/***/ })

};
