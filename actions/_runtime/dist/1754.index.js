export const id = 1754;
export const ids = [1754];
export const modules = {

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

/***/ 71754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  lintOpenapi: () => (/* binding */ lintOpenapi)
});

// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./dist/steps/lint-openapi/find-spec.js
var find_spec = __webpack_require__(61056);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
// EXTERNAL MODULE: ./dist/steps/common/tool-bin.js
var tool_bin = __webpack_require__(35936);
// EXTERNAL MODULE: ./dist/tools/resolve.js
var resolve = __webpack_require__(82460);
;// CONCATENATED MODULE: ./dist/steps/lint-openapi/spectral.js







/**
 * Spectral's CLI with `spectral:oas` (recommended) and the OWASP API Security Top 10 ruleset.
 * Its own `--format sarif` aborts on the OWASP rules ("SARIF log is invalid"), so the step
 * reads `--format json` and writes SARIF with the shared writer. Spectral severities 0–3
 * (error, warn, info, hint) map like SARIF levels: high, medium, low, info.
 */
const SEVERITY = ['high', 'medium', 'low', 'info'];
/**
 * The ruleset names the OWASP ruleset by absolute path: a package name would make Spectral
 * resolve it next to the ruleset file (the output folder, with no node_modules) or fetch it.
 */
async function writeRuleset(outDir) {
    const owasp = await (0,resolve/* resolveTool */.Hj)('@stoplight/spectral-owasp-ruleset');
    const path = (0,external_node_path_.join)(outDir, 'spectral-ruleset.yaml');
    await (0,fs/* writeFileAtomic */.Zf)(path, `extends:\n  - [spectral:oas, recommended]\n  - ${JSON.stringify(owasp)}\n`);
    return path;
}
/** The findings, and the column of each (it orders equal findings on one line). */
function spectralFindings(report, repoDir, spec, file) {
    if (!Array.isArray(report))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `spectral wrote ${file}, which is not a JSON array`);
    const columns = new Map();
    const findings = report.map((d) => {
        if (typeof d?.code !== 'string' && typeof d?.code !== 'number')
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `spectral wrote ${file} with a diagnostic that names no rule`);
        const line = typeof d.range?.start?.line === 'number' ? d.range.start.line + 1 : undefined;
        if (d.code === 'parser' || d.code === 'unrecognized-format')
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `spectral could not parse ${spec.display}${line ? `:${line}` : ''} as OpenAPI: ${String(d.message)}`);
        const source = typeof d.source === 'string' ? d.source : spec.file;
        const path = ((0,external_node_path_.isAbsolute)(source) ? (0,external_node_path_.relative)(repoDir, source) : source).split(external_node_path_.sep).join('/');
        const f = {
            ruleId: String(d.code),
            severity: SEVERITY[Number(d.severity)] ?? 'medium',
            message: String(d.message ?? d.code),
            location: { path: path.startsWith('..') ? spec.display : path, ...(line ? { line } : {}) },
        };
        if (typeof d.range?.start?.character === 'number')
            columns.set(f, d.range.start.character + 1);
        return f;
    });
    return { findings, columns };
}
async function runSpectral(ctx, spec) {
    const tool = await (0,tool_bin/* packagedTool */.f)('@stoplight/spectral-cli', 'spectral');
    const ruleset = await writeRuleset(ctx.outDir);
    const out = (0,external_node_path_.join)(ctx.outDir, 'spectral.json');
    // Exit 1 means "errors found"; 2 is a failure of Spectral itself (bad ruleset, crash).
    await (0,run_tool/* runTool */.q)(ctx, 'spectral', process.execPath, [tool.script, 'lint', spec.file, '--ruleset', ruleset, '-f', 'json', '-o', out, '--quiet'], [0, 1]);
    const text = await (0,promises_.readFile)(out, 'utf8').catch(() => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `spectral wrote no report to ${out}`);
    });
    return {
        tool: {
            name: 'spectral',
            version: tool.version,
            informationUri: 'https://github.com/stoplightio/spectral',
        },
        ...spectralFindings((0,run_tool/* parseToolJson */.I)(text, 'spectral', out), ctx.repoDir, spec, out),
    };
}

;// CONCATENATED MODULE: ./dist/steps/lint-openapi/index.js



/**
 * lint-openapi: the OpenAPI spec compile produced, linted by Spectral with the OpenAPI and
 * OWASP rulesets. SARIF in lint-openapi.sarif, one scan-result; the compiled spec is a
 * material, so the gate can chain this step to compile. See docs/steps/lint-openapi.md.
 */
const REPORT = 'lint-openapi.sarif';
async function lint(ctx) {
    const spec = await (0,find_spec/* findSpec */.vt)(ctx);
    ctx.log(`linting ${spec.display} (from ${spec.origin})`);
    const result = await (0,scan_step/* finishScan */.vi)(ctx, [await runSpectral(ctx, spec)], REPORT, [
        '',
        `Spec: ${spec.display} (${spec.origin === 'compile' ? 'produced by compile' : spec.origin === 'input' ? 'openapi-path input' : 'found by name'})`,
    ]);
    return spec.material ? { ...result, materials: [spec.material] } : result;
}
const lintOpenapi = {
    id: 'lint-openapi',
    async run(ctx) {
        try {
            return await lint(ctx);
        }
        catch (e) {
            if (e instanceof find_spec/* NoSpec */.JU)
                return (0,scan_step/* notApplicableScan */.ke)(ctx, e.message, 'spectral');
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'spectral');
        }
    },
};


/***/ })

};
