export const id = 5752;
export const ids = [5752];
export const modules = {

/***/ 45964:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ listRepoFiles)
/* harmony export */ });
/* unused harmony export SKIPPED_DIRS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/** Directories that never hold the project's own sources: dependencies, VCS data, build output. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', '.tollgate']);
/**
 * Every regular file under `root`, as a POSIX path relative to it, sorted so that reports and
 * findings come out in the same order on every machine. Symbolic links are not followed: a
 * link out of the checkout must not pull foreign files into a scan.
 */
async function listRepoFiles(root, skip = SKIPPED_DIRS) {
    const out = [];
    const walk = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!skip.has(e.name))
                    await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
            }
            else if (e.isFile()) {
                out.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
            }
        }
    };
    await walk(root);
    return out.sort();
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

/***/ 35752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT: () => (/* binding */ REPORT),
  lintLanguage: () => (/* binding */ lintLanguage)
});

// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
// EXTERNAL MODULE: ./dist/steps/common/severity.js
var severity = __webpack_require__(67637);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./dist/steps/common/run-tool.js
var run_tool = __webpack_require__(33036);
// EXTERNAL MODULE: ./dist/steps/common/tool-bin.js
var tool_bin = __webpack_require__(35936);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
;// CONCATENATED MODULE: ./dist/steps/lint-language/eslint-config.js




/** Names ESLint 9 looks for; the first one present in the repository root is the project's. */
const PROJECT_CONFIGS = [
    'eslint.config.js',
    'eslint.config.mjs',
    'eslint.config.cjs',
    'eslint.config.ts',
    'eslint.config.mts',
    'eslint.config.cts',
];
function projectConfig(repoDir) {
    return PROJECT_CONFIGS.find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(repoDir, name)));
}
/**
 * The configuration used when the project has none: ESLint's recommended rules, the
 * recommended typescript-eslint rules (which also make .ts files lintable), and Node and
 * browser globals so that `console` or `window` are not reported as undefined; names starting
 * with `_` and rest siblings (`const { a: _a, ...rest } = x`) are the common ways to say "unused
 * on purpose" and are not reported. It is written
 * to the step's output folder with absolute imports, because the repository under test need
 * not have these packages installed.
 */
async function writeBuiltInConfig(outDir) {
    const path = (0,external_node_path_.join)(outDir, 'eslint.builtin.config.mjs');
    const text = [
        '// Generated by Tollgate lint-language: the built-in configuration for projects without one.',
        `import js from ${JSON.stringify(await (0,tool_bin/* packageUrl */.E)('@eslint/js'))};`,
        `import tseslint from ${JSON.stringify(await (0,tool_bin/* packageUrl */.E)('typescript-eslint'))};`,
        `import globals from ${JSON.stringify(await (0,tool_bin/* packageUrl */.E)('globals'))};`,
        'export default [',
        "  { ignores: ['**/node_modules/', '**/dist/', '**/.tollgate/'] },",
        '  js.configs.recommended,',
        '  ...tseslint.configs.recommended,',
        '  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },',
        '  {',
        '    rules: {',
        "      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],",
        '    },',
        '  },',
        '];',
        '',
    ].join('\n');
    await (0,fs/* writeFileAtomic */.Zf)(path, text);
    return path;
}

;// CONCATENATED MODULE: ./dist/steps/lint-language/eslint.js








/**
 * The project's own ESLint when it has one installed (its config imports plugins that only
 * its own node_modules hold, and it may pin another major version); else Tollgate's.
 */
async function eslintFor(repoDir) {
    const manifest = (0,external_node_path_.join)(repoDir, 'node_modules', 'eslint', 'package.json');
    if ((0,external_node_fs_.existsSync)(manifest)) {
        const m = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
        const script = (0,external_node_module_.createRequire)(manifest).resolve('eslint/package.json');
        return { script: (0,external_node_path_.join)((0,external_node_path_.dirname)(script), 'bin', 'eslint.js'), version: m.version, own: true };
    }
    return { ...(await (0,tool_bin/* packagedTool */.f)('eslint')), own: false };
}
/**
 * ESLint severity 2 ("error") is SARIF level error and Tollgate severity high; 1 ("warn")
 * is warning and medium. A fatal message is a file ESLint could not parse: that is no
 * finding but a failure of the step, naming the file.
 */
function eslintFindings(report, repoDir, reportFile, 
/** Filled with the column of each finding, which orders equal findings on one line. */
columns) {
    if (!Array.isArray(report))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `eslint wrote ${reportFile}, which is not an array`);
    const findings = [];
    for (const file of report) {
        if (typeof file?.filePath !== 'string' || !Array.isArray(file.messages))
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `eslint wrote ${reportFile} with a malformed entry`);
        const path = (0,external_node_path_.relative)(repoDir, file.filePath).split(external_node_path_.sep).join('/');
        for (const m of file.messages) {
            if (m.fatal)
                throw new errors/* TollgateError */.xB('INPUT_INVALID', `eslint could not parse ${path}${m.line ? `:${m.line}` : ''}: ${m.message ?? ''}`);
            if (!m.ruleId)
                continue; // "file ignored" notices and similar carry no rule
            const f = {
                ruleId: m.ruleId,
                severity: m.severity === 2 ? 'high' : 'medium',
                message: m.message ?? m.ruleId,
                location: { path, ...(m.line ? { line: m.line } : {}) },
            };
            findings.push(f);
            if (typeof m.column === 'number')
                columns?.set(f, m.column);
        }
    }
    return findings;
}
async function runEslint(ctx) {
    const tool = await eslintFor(ctx.repoDir);
    const own = projectConfig(ctx.repoDir);
    const config = own ? (0,external_node_path_.join)(ctx.repoDir, own) : await writeBuiltInConfig(ctx.outDir);
    ctx.log(`eslint ${tool.version} with ${own ? `the project's ${own}` : 'the built-in config'}`);
    const out = (0,external_node_path_.join)(ctx.outDir, 'eslint.json');
    const args = [tool.script, '-c', config, '-f', 'json', '-o', out];
    await (0,run_tool/* runTool */.q)(ctx, 'eslint', process.execPath, [...args, '--no-error-on-unmatched-pattern', '.'], [0, 1]);
    const text = await (0,promises_.readFile)(out, 'utf8').catch(() => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `eslint wrote no report to ${out}`);
    });
    const columns = new Map();
    const findings = eslintFindings((0,run_tool/* parseToolJson */.I)(text, 'eslint', out), ctx.repoDir, out, columns);
    return {
        tool: { name: 'eslint', version: tool.version, informationUri: 'https://eslint.org' },
        findings,
        columns,
    };
}

;// CONCATENATED MODULE: ./dist/steps/lint-language/command-formats.js






const SEVERITY_WORDS = new Set(['critical', 'high', 'medium', 'low', 'info']);
function repoPath(repoDir, p) {
    const path = p.startsWith('file://') ? new URL(p).pathname : p;
    return ((0,external_node_path_.isAbsolute)(path) ? (0,external_node_path_.relative)(repoDir, path) : path).split(external_node_path_.sep).join('/');
}
function severityOf(value) {
    const word = String(value ?? '').toLowerCase();
    if (SEVERITY_WORDS.has(word))
        return word;
    if (word === 'info' || word === 'style' || word === 'convention')
        return 'low';
    return (0,severity/* severityFromLevel */.KK)(word === 'warn' ? 'warning' : word);
}
function checkstyle(text, repoDir, bad) {
    let doc;
    try {
        doc = new XMLParser/* default */.A({
            ignoreAttributes: false,
            attributeNamePrefix: '',
            isArray: (name) => name === 'file' || name === 'error',
        }).parse(text, true);
    }
    catch (e) {
        throw bad(`not well-formed XML (${e.message.split('\n')[0]})`);
    }
    const root = doc.checkstyle;
    if (!root || typeof root !== 'object')
        throw bad('no <checkstyle> root element');
    const findings = [];
    for (const file of root.file ?? []) {
        if (typeof file.name !== 'string')
            throw bad('a <file> without a name');
        for (const e of file.error ?? []) {
            const line = Number(e.line);
            findings.push({
                ruleId: e.source || 'checkstyle',
                severity: severityOf(e.severity),
                message: e.message ?? '',
                location: {
                    path: repoPath(repoDir, file.name),
                    ...(Number.isInteger(line) && line > 0 ? { line } : {}),
                },
            });
        }
    }
    return findings;
}
function plainJson(items, repoDir, bad) {
    return items.map((raw, i) => {
        const it = (raw ?? {});
        const ruleId = it.ruleId ?? it.rule ?? it.code ?? it.check;
        const path = it.path ?? it.file ?? it.filename;
        if (ruleId === undefined || ruleId === null)
            throw bad(`entry ${i} names no rule`);
        return {
            ruleId: String(ruleId),
            severity: severityOf(it.severity ?? it.level),
            message: String(it.message ?? ''),
            ...(typeof path === 'string'
                ? {
                    location: {
                        path: repoPath(repoDir, path),
                        ...(typeof it.line === 'number' && it.line > 0 ? { line: it.line } : {}),
                    },
                }
                : {}),
        };
    });
}
function parseCommandOutput(text, repoDir, source) {
    const bad = (why) => new errors/* TollgateError */.xB('INPUT_INVALID', `${source.tool} wrote ${source.file}: ${why}`, {
        hint: 'print SARIF 2.1.0, ESLint JSON, a JSON array of findings or Checkstyle XML',
    });
    const trimmed = text.trim();
    if (trimmed === '')
        return { format: 'json', findings: [] };
    if (trimmed.startsWith('<'))
        return { format: 'checkstyle', findings: checkstyle(trimmed, repoDir, bad) };
    let json;
    try {
        json = JSON.parse(trimmed);
    }
    catch {
        throw bad('neither JSON nor XML');
    }
    if (json && typeof json === 'object' && !Array.isArray(json)) {
        const findings = (0,sarif/* readSarif */.qT)(json, source).findings;
        for (const f of findings)
            if (f.location)
                f.location.path = repoPath(repoDir, f.location.path);
        return { format: 'sarif', findings };
    }
    if (!Array.isArray(json))
        throw bad('JSON that is neither a SARIF log nor an array');
    const eslintLike = json.length > 0 && json.every((x) => x && typeof x === 'object' && 'messages' in x);
    if (eslintLike)
        return { format: 'eslint-json', findings: eslintFindings(json, repoDir, source.file) };
    return { format: 'json', findings: plainJson(json, repoDir, bad) };
}

;// CONCATENATED MODULE: ./dist/steps/lint-language/command.js


/**
 * The `command` input: any linter for a language Tollgate has no built-in tool for. It runs
 * through `sh -c` in the repository (so pipes and options work as typed) and its standard
 * output is parsed. Its exit code alone does not decide: most linters exit non-zero when they
 * find something. Only a non-zero exit with nothing printed counts as the command failing.
 */
async function runCommand(ctx, command) {
    const name = command.trim().split(/\s+/)[0] ?? 'command';
    let res;
    try {
        res = await ctx.exec.run('sh', ['-c', command], { cwd: ctx.repoDir, signal: ctx.signal });
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `the lint command could not be started: ${command}`, { cause: e });
    }
    if (res.code !== 0 && res.stdout.trim() === '')
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `the lint command ${JSON.stringify(command)} exited with code ${res.code} and printed no report: ${res.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const { format, findings } = parseCommandOutput(res.stdout, ctx.repoDir, {
        tool: name,
        file: 'its standard output',
    });
    ctx.log(`${name}: ${findings.length} finding(s) read as ${format}`);
    return { tool: { name, version: 'unknown' }, findings };
}

// EXTERNAL MODULE: ./dist/steps/common/repo-files.js
var repo_files = __webpack_require__(45964);
;// CONCATENATED MODULE: ./dist/steps/lint-language/detect.js



/**
 * Which languages a repository holds, decided by file names (and, for extensionless scripts,
 * by the shebang). Languages with a built-in linter are `javascript`, `typescript` and
 * `shell`; the others are recognised so that the step can say they were not linted.
 */
const BY_EXTENSION = {
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'javascript',
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    tsx: 'typescript',
    sh: 'shell',
    bash: 'shell',
    ksh: 'shell',
    py: 'python',
    go: 'go',
    rb: 'ruby',
    java: 'java',
    kt: 'kotlin',
    rs: 'rust',
    c: 'c',
    h: 'c',
    cc: 'cpp',
    cpp: 'cpp',
    cs: 'csharp',
    php: 'php',
    swift: 'swift',
};
const BUILT_IN = ['javascript', 'typescript', 'shell'];
const SHELL_SHEBANG = /^#!\s*(\/usr)?\/bin\/(env\s+)?(sh|bash|dash|ksh)\b/;
async function shebang(path) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const buf = Buffer.alloc(64);
        const { bytesRead } = await fh.read(buf, 0, 64, 0);
        return buf.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
    }
    finally {
        await fh.close();
    }
}
/** Files per detected language (paths relative to the repository, POSIX separators). */
async function detectLanguages(repoDir) {
    const found = new Map();
    const add = (lang, file) => found.set(lang, [...(found.get(lang) ?? []), file]);
    for (const file of await (0,repo_files/* listRepoFiles */.c)(repoDir)) {
        const name = file.split('/').pop();
        const dot = name.lastIndexOf('.');
        if (dot > 0) {
            const lang = BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
            if (lang)
                add(lang, file);
        }
        else if (dot < 0 && SHELL_SHEBANG.test(await shebang((0,external_node_path_.join)(repoDir, file)))) {
            add('shell', file);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./dist/steps/lint-language/shellcheck.js


/**
 * ShellCheck's four levels onto Tollgate's severities, through the SARIF levels they stand
 * for: error → high, warning → medium, info (a note) → low, style → info.
 */
const LEVELS = {
    error: 'high',
    warning: 'medium',
    info: 'low',
    style: 'info',
};
function shellcheckFindings(report, 
/** Filled with the column of each finding, which orders equal findings on one line. */
columns) {
    const comments = report?.comments;
    if (!Array.isArray(comments))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', 'shellcheck wrote JSON without a "comments" array');
    return comments.map((c) => {
        if (typeof c.file !== 'string' || typeof c.code !== 'number' || typeof c.level !== 'string')
            throw new errors/* TollgateError */.xB('INPUT_INVALID', 'shellcheck wrote a malformed comment');
        const f = {
            ruleId: `SC${c.code}`,
            severity: LEVELS[c.level] ?? 'medium',
            message: String(c.message ?? ''),
            location: { path: c.file, ...(typeof c.line === 'number' ? { line: c.line } : {}) },
        };
        if (typeof c.column === 'number')
            columns?.set(f, c.column);
        return f;
    });
}
async function version(ctx) {
    const res = await (0,run_tool/* runTool */.q)(ctx, 'shellcheck', 'shellcheck', ['--version'], [0]);
    return /version:\s*(\S+)/.exec(res.stdout)?.[1] ?? 'unknown';
}
/** ShellCheck on the given files (relative paths, so the report names them as the repo does). */
async function runShellcheck(ctx, files) {
    const v = await version(ctx);
    // Exit 1 means "found something"; 2 and up are failures (unreadable file, bad option).
    const res = await (0,run_tool/* runTool */.q)(ctx, 'shellcheck', 'shellcheck', ['-f', 'json1', '--', ...files], [0, 1]);
    const columns = new Map();
    return {
        tool: { name: 'shellcheck', version: v, informationUri: 'https://www.shellcheck.net' },
        findings: shellcheckFindings((0,run_tool/* parseToolJson */.I)(res.stdout, 'shellcheck', 'its standard output'), columns),
        columns,
    };
}

;// CONCATENATED MODULE: ./dist/steps/lint-language/index.js






/**
 * lint-language: JavaScript and TypeScript through ESLint, shell through ShellCheck, anything
 * else through the `command` input. One SARIF run per tool in lint-language.sarif, one
 * scan-result over all findings. See docs/steps/lint-language.md.
 */
const REPORT = 'lint-language.sarif';
function requested(input) {
    const words = (input ?? 'auto')
        .split(/[\s,]+/)
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean);
    if (words.length === 0 || words.includes('auto'))
        return 'auto';
    return new Set(words.map((w) => w === 'js'
        ? 'javascript'
        : w === 'ts'
            ? 'typescript'
            : w === 'sh' || w === 'bash'
                ? 'shell'
                : w));
}
async function lint(ctx) {
    const detected = await detectLanguages(ctx.repoDir);
    const wanted = requested(ctx.inputs.language);
    const languages = wanted === 'auto' ? new Set(detected.keys()) : wanted;
    const command = ctx.inputs.command?.trim();
    ctx.log(`languages: ${[...languages].join(', ') || 'none'} (${wanted === 'auto' ? 'detected' : 'requested'})`);
    const runs = [];
    if (languages.has('javascript') || languages.has('typescript'))
        runs.push(await runEslint(ctx));
    const shellFiles = detected.get('shell') ?? [];
    if (languages.has('shell') && shellFiles.length)
        runs.push(await runShellcheck(ctx, shellFiles));
    if (command)
        runs.push(await runCommand(ctx, command));
    const others = [...languages].filter((l) => !BUILT_IN.includes(l));
    if (others.length && !command && wanted !== 'auto')
        throw new errors/* TollgateError */.xB('USAGE', `no linter for ${others.join(', ')}: Tollgate lints javascript, typescript and shell itself`, { hint: 'set the `command` input to a linter that prints SARIF, checkstyle XML or JSON' });
    if (runs.length === 0)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `nothing to lint in ${ctx.repoDir}: no JavaScript, TypeScript or shell files and no \`command\``);
    const notes = others.length && !command
        ? [
            ``,
            `Not linted (no \`command\` set): ${others.map((l) => `${l} (${detected.get(l)?.length ?? 0} files)`).join(', ')}`,
        ]
        : [];
    return (0,scan_step/* finishScan */.vi)(ctx, runs, REPORT, notes);
}
const lintLanguage = {
    id: 'lint-language',
    async run(ctx) {
        try {
            return await lint(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'lint-language');
        }
    },
};


/***/ })

};
