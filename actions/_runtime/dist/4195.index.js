export const id = 4195;
export const ids = [4195];
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

/***/ 23840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readSarifFile)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49788);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7677);



/** GitHub refuses SARIF over 10 MB compressed; 256 MiB of JSON is far beyond any real report. */
const MAX_SARIF_BYTES = 256 << 20;
/**
 * Reads a SARIF file a tool wrote. A missing file, bytes that are not JSON and JSON that is
 * not SARIF all become one typed error naming the tool and the file, so that a step fails
 * with a message instead of crashing on a half-written report.
 */
async function readSarifFile(file, tool) {
    let bytes;
    try {
        bytes = await (0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .readUntrusted */ .Pd)(file, `${tool}'s report`, { maxBytes: MAX_SARIF_BYTES });
    }
    catch (e) {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTollgateError */ .bK)(e) && e.code === 'INPUT_INVALID')
            throw e; // over the limit: says so
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${tool} wrote no readable report at ${file}`, {
            cause: e,
            hint: `run ${tool} by hand to see why it stopped`,
        });
    }
    let json;
    try {
        json = (0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonUntrusted */ .IN)(bytes, `${tool}'s report`, file);
    }
    catch (e) {
        // The parser's message names the place, never the content (which may be anything).
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `${tool} wrote ${file}, which is not valid SARIF 2.1.0: ${e.message.replace(/^.* is not valid JSON/, 'not JSON').replace(/^.* nests/, 'nests')}`, { hint: `check the ${tool} version and its output options` });
    }
    return { ...(0,_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .readSarif */ .qT)(json, { tool, file }), bytes };
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

/***/ 47668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_NAME: () => (/* binding */ REPORT_NAME),
  sast: () => (/* binding */ sast)
});

// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/steps/common/native-tools.js
var native_tools = __webpack_require__(923);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/steps/common/tool-bin.js
var tool_bin = __webpack_require__(35936);
// EXTERNAL MODULE: ./dist/tools/resolve.js
var resolve = __webpack_require__(82460);
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
/**
 * The npm package holding ast-grep's binary for this platform, as @ast-grep/cli's own install
 * script picks it (none for musl Linux).
 */
function astGrepPlatformPackage(platform = process.platform, arch = process.arch, glibc = platform === 'linux' && isGlibc()) {
    const suffix = {
        'darwin-arm64': 'darwin-arm64',
        'darwin-x64': 'darwin-x64',
        'linux-arm64': 'linux-arm64-gnu',
        'linux-x64': 'linux-x64-gnu',
        'win32-arm64': 'win32-arm64-msvc',
        'win32-ia32': 'win32-ia32-msvc',
        'win32-x64': 'win32-x64-msvc',
    };
    const name = suffix[`${platform}-${arch}`];
    if (!name || (platform === 'linux' && !glibc))
        return undefined;
    return `@ast-grep/cli-${name}`;
}
function isGlibc() {
    const report = process.report?.getReport();
    return !!report?.header?.glibcVersionRuntime;
}
/**
 * ast-grep's native binary, taken straight from its platform package: the step tools are
 * installed without install scripts, so @ast-grep/cli's own command is still the JavaScript
 * shim its script would have replaced (which needs a `node` on PATH and warns on every run).
 * That shim is the fallback where no platform package fits.
 */
async function astGrepBinary() {
    const platformPackage = astGrepPlatformPackage();
    if (platformPackage) {
        const exe = process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep';
        try {
            return (0,external_node_path_.join)((0,external_node_path_.dirname)(await (0,resolve/* resolveTool */.Hj)(`${platformPackage}/package.json`)), exe);
        }
        catch {
            // not installed for this platform: the package's own command below
        }
    }
    return (await (0,tool_bin/* packagedTool */.f)('@ast-grep/cli', 'ast-grep')).script;
}
/**
 * The findings (fingerprinted by the step, over all its tools), the column of each, and the
 * credential findings, whose line holds the credential: those are fingerprinted by rule,
 * file and line number only, never by the text around them.
 */
async function runAstGrep(ctx) {
    const bin = await astGrepBinary();
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
    const columns = new Map();
    const byLineOnly = new Set();
    const findings = matches.map((m) => {
        const line = m.range.start.line + 1;
        const f = {
            ruleId: `ast-grep/${m.ruleId}`,
            severity: (0,severity/* severityFromLevel */.KK)(m.severity === 'hint' || m.severity === 'info' ? 'note' : m.severity),
            message: m.message,
            location: { path: m.file.split('\\').join('/'), line },
        };
        if (typeof m.range.start.column === 'number')
            columns.set(f, m.range.start.column + 1);
        if (m.metadata?.category === 'credentials')
            byLineOnly.add(f);
        return f;
    });
    return { findings, columns, byLineOnly, version: version.replace(/^ast-grep\s*/, '') };
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
/** The findings (fingerprinted by the step, over all its tools) and the column of each. */
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
    const columns = new Map();
    for (const r of results) {
        const rel = r.filePath
            .slice(repoDir.length + 1)
            .split('\\')
            .join('/');
        for (const m of r.messages) {
            if (!m.ruleId) {
                // A parse error: the file was not analysed. Said in the log, not hidden as a pass.
                log(`sast: eslint could not parse ${rel}:${m.line}: ${m.message}`);
                continue;
            }
            const f = {
                ruleId: m.ruleId.startsWith('security/') ? m.ruleId : `eslint/${m.ruleId}`,
                severity: ESLINT_SEVERITY[m.ruleId] ?? 'medium',
                message: m.message,
                location: { path: rel, line: m.line },
            };
            findings.push(f);
            columns.set(f, m.column);
        }
    }
    return { findings, columns, version: api.ESLint.version, files: results.length };
}

// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
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
            const { tools, findings } = await (0,sarif_file/* readSarifFile */.S)((0,confine/* resolveInside */.L)(repoDir, file, 'the sast input "sarif"'), 'sast input "sarif"');
            const tool = tools[0]?.name ?? 'sarif';
            out.push({
                file,
                tools,
                // The tool's own fingerprint is kept; the step gives one to results that came
                // without, from the context in the repository's file.
                findings: findings.map((f) => ({
                    ...f,
                    ruleId: f.ruleId.includes('/') ? f.ruleId : `${tool}/${f.ruleId}`,
                })),
            });
        }
        if (!matched)
            log(`sast: the sarif glob ${pattern} matched no file`);
    }
    return out;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
;// CONCATENATED MODULE: ./dist/steps/sast/njsscan.js






/**
 * njsscan (PyPI, installed by scripts/setup.sh): Node.js SAST with its own bundled semgrep
 * rules (XSS, SSRF, open redirects, JWT, templates, ...), next to the ESLint security rules
 * and ast-grep. It runs offline (its rules ship in the package; semgrep with metrics off).
 * Absent, the step says so and keeps ESLint and ast-grep.
 */
const NJSSCAN_URI = 'https://github.com/ajinabraham/njsscan';
const SEVERITY = { ERROR: 'high', WARNING: 'medium', INFO: 'low' };
const WEAK_HASH = [
    'ast-grep/js-weak-crypto',
    'ast-grep/ts-weak-crypto',
    'ast-grep/js-weak-password-hash',
    'ast-grep/ts-weak-password-hash',
];
/** njsscan rule → our ESLint and ast-grep rules that report the same problem at the same line. */
const NJSSCAN_EQUIVALENTS = {
    eval_nodejs: ['eslint/no-eval', 'security/detect-eval-with-expression'],
    generic_os_command_exec: [
        'security/detect-child-process',
        'ast-grep/js-shell-injection',
        'ast-grep/ts-shell-injection',
    ],
    join_resolve_path_traversal: [
        'ast-grep/js-path-traversal',
        'ast-grep/ts-path-traversal',
        'security/detect-non-literal-fs-filename',
    ],
    node_md5: WEAK_HASH,
    node_sha1: WEAK_HASH,
    regex_injection_dos: ['ast-grep/js-user-regexp', 'ast-grep/ts-user-regexp'],
    node_insecure_random_generator: ['security/detect-pseudoRandomBytes'],
    regex_dos: ['security/detect-unsafe-regex'],
    node_secret: ['ast-grep/js-hardcoded-credential'],
    node_password: ['ast-grep/js-hardcoded-credential'],
};
const njsscanRuleId = (id) => `njsscan/${id}`;
/** njsscan's JSON: `nodejs` and `templates` map rule ids to their matches. */
function parseNjsscan(json, source) {
    const doc = json;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc) || (!doc.nodejs && !doc.templates))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `njsscan wrote ${source} without its nodejs section`, {
            hint: 'check the njsscan version: --json writes {nodejs, templates, errors}',
        });
    if (Array.isArray(doc.errors) && doc.errors.length)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `njsscan reported errors: ${JSON.stringify(doc.errors).slice(0, 300)}`, {
            hint: 'njsscan runs semgrep from its own environment; reinstall it with scripts/setup.sh',
        });
    const findings = [];
    const spans = new Map();
    for (const section of [doc.nodejs ?? {}, doc.templates ?? {}])
        for (const [id, rule] of Object.entries(section))
            for (const file of rule.files ?? []) {
                const [start, end] = file.match_lines ?? [0, 0];
                const f = {
                    ruleId: njsscanRuleId(id),
                    severity: SEVERITY[rule.metadata?.severity ?? ''] ?? 'medium',
                    message: `${(rule.metadata?.description ?? id).trim()}${rule.metadata?.cwe ? ` (${rule.metadata.cwe.split(':')[0]})` : ''}`,
                    location: {
                        path: (file.file_path ?? '').replace(/^\.\//, ''),
                        ...(start > 0 ? { line: start } : {}),
                    },
                };
                spans.set(f, [start, Math.max(start, end)]);
                findings.push(f);
            }
    return { findings, spans };
}
/**
 * Drops njsscan's findings that ours report already: an equivalent rule whose finding sits
 * in the same file within njsscan's match lines; and a second njsscan finding with the same
 * fingerprint as one kept (the same rule at the same place, matched twice).
 */
function dropNjsscanDuplicates(native, spans, ours) {
    const prints = new Set();
    const kept = native.filter((n) => {
        const equivalents = NJSSCAN_EQUIVALENTS[n.ruleId.replace(/^njsscan\//, '')] ?? [];
        const [start, end] = spans.get(n) ?? [n.location?.line ?? 0, n.location?.line ?? 0];
        const covered = ours.some((o) => equivalents.includes(o.ruleId) &&
            o.location?.path === n.location?.path &&
            (o.location?.line ?? -1) >= start &&
            (o.location?.line ?? -1) <= end);
        if (covered)
            return false;
        if (n.fingerprint && prints.has(n.fingerprint))
            return false;
        if (n.fingerprint)
            prints.add(n.fingerprint);
        return true;
    });
    return { kept, dropped: native.length - kept.length };
}
/** Folders njsscan leaves out, as ESLint's built-in configuration does. */
const IGNORED = ['node_modules', 'dist', 'build', 'coverage'];
/** njsscan over the repository (its relative paths, so its own ignore list reads them). */
async function runNjsscan(ctx) {
    const path = await ctx.tools?.find('njsscan');
    const tool = path && (await (0,native_tools/* identifyTool */.Jp)(ctx.exec, 'njsscan', path, ['-v'], ctx.repoDir));
    if (!tool) {
        ctx.log('sast: njsscan is not installed (scripts/setup.sh installs it): ESLint and ast-grep only');
        return { findings: [], spans: new Map() };
    }
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-njsscan-'));
    try {
        const report = (0,external_node_path_.join)(scratch, 'njsscan.json');
        // The same folders ESLint leaves out (eslint.ts): build output is not the source under
        // review, and a finding in compiled code names a line nobody wrote.
        const config = (0,external_node_path_.join)(scratch, 'njsscan.yml');
        await (0,promises_.writeFile)(config, `---\n- ignore-paths:\n${IGNORED.map((p) => `  - ${p}\n`).join('')}`);
        // Exit 1 means findings; anything else, or no report, is a failure of the tool.
        await (0,run_tool/* runTool */.q)(ctx, 'njsscan', tool.path, ['--json', '-o', report, '--config', config, '.'], [0, 1]);
        const text = await (0,promises_.readFile)(report, 'utf8').catch((e) => {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', 'njsscan wrote no report', { cause: e });
        });
        return { tool, ...parseNjsscan((0,run_tool/* parseToolJson */.I)(text, 'njsscan', 'its report'), 'its report') };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./dist/steps/sast/index.js













const REPORT_NAME = 'sast.sarif';
/** Same rule, same place: two rules of one file may match one call. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.location?.path}:${f.location?.line}`;
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
        const njsscan = await runNjsscan(ctx);
        const astFindings = dedupe(astgrep.findings);
        const ours = [...eslint.findings, ...astFindings, ...ingested.flatMap((i) => i.findings)];
        // Over all findings at once, since occurrences are counted over the step's whole list.
        await (0,scan_step/* addFingerprints */.h_)(ctx.repoDir, [...ours, ...njsscan.findings], {
            anchor: (f) => (astgrep.byLineOnly.has(f) ? { line: f.location?.line ?? 0 } : undefined),
            column: (f) => eslint.columns.get(f) ?? astgrep.columns.get(f),
        });
        const njs = dropNjsscanDuplicates(njsscan.findings, njsscan.spans, ours);
        if (njsscan.tool)
            ctx.log(`sast: ${(0,native_tools/* describeTool */.WH)(njsscan.tool)}: ${njs.kept.length} finding(s), ${njs.dropped} already reported by ESLint or ast-grep`);
        const findings = [...ours, ...njs.kept];
        const runs = [
            (0,sarif/* writeSarif */.lg)({ name: 'eslint', version: eslint.version, informationUri: 'https://eslint.org' }, eslint.findings),
            (0,sarif/* writeSarif */.lg)({
                name: 'ast-grep',
                version: astgrep.version,
                informationUri: 'https://ast-grep.github.io',
            }, astFindings),
            ...(0,native_tools/* nativeRun */.r4)({ ...njsscan, findings: njs.kept }, NJSSCAN_URI).map((r) => (0,sarif/* writeSarif */.lg)(r.tool, r.findings)),
            ...ingested.map((i) => (0,sarif/* writeSarif */.lg)(i.tools[0] ?? { name: 'sarif' }, i.findings)),
        ];
        const log = { ...runs[0], runs: runs.flatMap((r) => r.runs) };
        const bytes = Buffer.from(JSON.stringify(log, null, 2) + '\n');
        const reportPath = (0,external_node_path_.join)(ctx.outDir, REPORT_NAME);
        await (0,fs/* writeFileAtomic */.Zf)(reportPath, bytes);
        const failAt = (0,scan_step/* failAtOf */.TP)(ctx);
        const blocking = findings.filter((f) => (0,scan_step/* isBlocking */.Us)(f, failAt));
        const predicate = (0,builders/* makeScanResult */.jE)({
            scanner: {
                name: 'tollgate-sast',
                version: `eslint ${eslint.version}; ast-grep ${astgrep.version}${njsscan.tool ? `; ${(0,native_tools/* describeTool */.WH)(njsscan.tool)}` : ''}${ingested.length ? `; ${ingested.map((i) => i.tools[0]?.name ?? 'sarif').join(', ')}` : ''}`,
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
            ...(njsscan.tool ? { tools: { njsscan: (0,native_tools/* describeTool */.WH)(njsscan.tool) } } : {}),
        };
    },
};


/***/ })

};
