export const id = 635;
export const ids = [635];
export const modules = {

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

/***/ 70635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGED_LCOV: () => (/* binding */ MERGED_LCOV),
  coverageStep: () => (/* binding */ coverageStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
// EXTERNAL MODULE: ./dist/steps/common/lcov.js
var lcov = __webpack_require__(67002);
// EXTERNAL MODULE: ./dist/steps/compile/artifacts.js
var artifacts = __webpack_require__(63545);
;// CONCATENATED MODULE: ./dist/steps/coverage/changed-lines.js

/** Added or modified line numbers per file (repository-relative), from a zero-context diff. */
function parseUnifiedDiff(diff) {
    const out = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).trim();
            // A deleted file has no new lines; `b/` is git's prefix for the new side.
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = target.replace(/^b\//, '');
                current = out.get(path) ?? new Set();
                out.set(path, current);
            }
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let l = start; l < start + count; l++)
                current.add(l);
        }
    }
    return out;
}
/** The base of a pull request: the `base` input, else the target branch GitHub names. */
function baseOf(ctx, env = process.env) {
    const input = (ctx.inputs.base ?? '').trim();
    if (input)
        return input;
    if (env.TOLLGATE_BASE)
        return env.TOLLGATE_BASE;
    return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
}
/** `git diff --unified=0 BASE...HEAD`, restricted to and relative to the project folder. */
async function changedLines(ctx, base) {
    if (base.startsWith('-'))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `base "${base}" is not a commit`);
    const res = await ctx.exec.run('git', ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', `${base}...HEAD`, '--'], { cwd: ctx.repoDir, signal: ctx.signal });
    if (res.code !== 0) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `git diff against base ${base} failed: ${res.stderr.trim().split('\n')[0] ?? ''}`, {
            hint: 'fetch the base commit (actions/checkout with fetch-depth: 0) or set the base input',
        });
    }
    return parseUnifiedDiff(res.stdout);
}
/** Covered and total executable lines among the changed ones; lines no report lists are not code. */
function changedCoverage(files, changed) {
    const result = { covered: 0, total: 0, files: 0 };
    for (const f of files) {
        const lines = changed.get(f.path);
        if (!lines)
            continue;
        let touched = false;
        for (const l of lines) {
            const hits = f.lines.get(l);
            if (hits === undefined)
                continue;
            touched = true;
            result.total++;
            if (hits > 0)
                result.covered++;
        }
        if (touched)
            result.files++;
    }
    return result;
}

;// CONCATENATED MODULE: ./dist/steps/coverage/merge.js

/**
 * Merges the coverage of several runs. Per file, a line's hits (and a branch's) are the
 * highest any run reports: a line covered by the unit tests or the integration tests is
 * covered. Summary-only files (no line detail) cannot be merged line by line, so they count
 * only where no run gave detail, and then the best summary is taken.
 */
function mergeCoverage(runs) {
    const byPath = new Map();
    for (const files of runs) {
        for (const f of files) {
            const m = byPath.get(f.path) ?? (0,coverage_data/* emptyFile */.sX)(f.path);
            byPath.set(f.path, m);
            for (const [l, h] of f.lines)
                m.lines.set(l, Math.max(m.lines.get(l) ?? 0, h));
            for (const [k, h] of f.branches)
                m.branches.set(k, Math.max(m.branches.get(k) ?? 0, h));
            if (f.summary && (!m.summary || f.summary.lines.covered > m.summary.lines.covered)) {
                m.summary = f.summary;
            }
        }
    }
    return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
const withPct = (c) => ({ covered: c.covered, total: c.total, pct: (0,coverage_data/* pct */.Oe)(c) });
function totalsOf(files) {
    const lines = { covered: 0, total: 0 };
    const branches = { covered: 0, total: 0 };
    const perFile = [];
    for (const f of files) {
        const l = (0,coverage_data/* countLines */.lt)(f);
        const b = (0,coverage_data/* countBranches */.cr)(f);
        lines.covered += l.covered;
        lines.total += l.total;
        if (b) {
            branches.covered += b.covered;
            branches.total += b.total;
        }
        perFile.push({ path: f.path, lines: withPct(l), ...(b ? { branches: withPct(b) } : {}) });
    }
    return { lines: withPct(lines), branches: withPct(branches), files: perFile };
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./dist/steps/common/cobertura.js




const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Elements that may repeat are always arrays, so one class and many classes read alike.
    isArray: (name) => ['source', 'package', 'class', 'line'].includes(name),
});
const list = (v) => (Array.isArray(v) ? v : []);
const child = (n, k) => n && typeof n[k] === 'object' && n[k] !== null ? n[k] : undefined;
/**
 * Cobertura XML (coverage.py, JaCoCo converters, gcovr, Istanbul's cobertura reporter).
 * Lines come from `class/lines/line`; the per-method copies of the same lines are ignored.
 * A branch line says only how many of its conditions were taken (`condition-coverage="50%
 * (1/2)"`), not which, so the first ones are counted as taken.
 */
function parseCobertura(xml, src) {
    const bad = (why) => new errors/* TollgateError */.xB('INPUT_INVALID', `${src.tool} report ${src.file} is not valid Cobertura XML: ${why}`);
    const valid = fxp/* XMLValidator */.iI.validate(xml);
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
    const root = child(doc, 'coverage');
    if (!root)
        throw bad('no <coverage> root element');
    // Filenames are relative to a <source> folder; the first one inside the repository is used.
    const sources = list(child(root, 'sources')?.source).map((s) => String(s).trim());
    const base = sources.map((s) => (0,coverage_data/* repoPath */.qN)(s, src.repoDir)).find((s) => !s.startsWith('..')) ?? '';
    const byPath = new Map();
    for (const pkg of list(child(root, 'packages')?.package)) {
        for (const cls of list(child(pkg, 'classes')?.class)) {
            if (typeof cls.filename !== 'string')
                throw bad('a <class> has no filename');
            const path = (0,external_node_path_.isAbsolute)(cls.filename)
                ? (0,coverage_data/* repoPath */.qN)(cls.filename, src.repoDir)
                : external_node_path_.posix.normalize(external_node_path_.posix.join(base || '.', cls.filename));
            const f = byPath.get(path) ?? (0,coverage_data/* emptyFile */.sX)(path);
            byPath.set(path, f);
            for (const line of list(child(cls, 'lines')?.line)) {
                const number = Number(line.number);
                const hits = Number(line.hits);
                if (!Number.isInteger(number) || !Number.isFinite(hits)) {
                    throw bad(`a <line> in ${cls.filename} has no numeric number and hits`);
                }
                f.lines.set(number, Math.max(f.lines.get(number) ?? 0, hits));
                if (String(line.branch) === 'true') {
                    const m = /\((\d+)\/(\d+)\)/.exec(String(line['condition-coverage'] ?? ''));
                    if (m && !f.branches.has(`${number}:0`)) {
                        const [taken, total] = [Number(m[1]), Number(m[2])];
                        (0,coverage_data/* addBranches */.s5)(f, number, Array.from({ length: total }, (_, i) => (i < taken ? 1 : 0)));
                    }
                }
            }
        }
    }
    return [...byPath.values()];
}

;// CONCATENATED MODULE: ./dist/steps/common/istanbul.js


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const lineOf = (l) => {
    const n = l?.start?.line;
    return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
};
function parseJson(text, src, what) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${src.tool} report ${src.file} is not JSON: ${e.message}`);
    }
    if (!isObj(doc))
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${src.tool} report ${src.file} is not an Istanbul ${what}`);
    return doc;
}
/**
 * Istanbul `coverage-final.json` (nyc, c8, Jest, Vitest): per file a statement map with hit
 * counts and a branch map with counts per branch arm. A line's hits are those of the
 * busiest statement starting on it, which is how Istanbul's own reports count lines.
 */
function parseIstanbulFinal(text, src) {
    const doc = parseJson(text, src, 'coverage-final.json');
    const files = [];
    for (const [key, value] of Object.entries(doc)) {
        if (!isObj(value) || !isObj(value.statementMap) || !isObj(value.s)) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${src.tool} report ${src.file}: entry ${key} has no statementMap and s`);
        }
        const f = (0,coverage_data/* emptyFile */.sX)((0,coverage_data/* repoPath */.qN)(typeof value.path === 'string' ? value.path : key, src.repoDir));
        for (const [id, count] of Object.entries(value.s)) {
            const line = lineOf(value.statementMap[id]);
            if (line === undefined || typeof count !== 'number')
                continue;
            f.lines.set(line, Math.max(f.lines.get(line) ?? 0, count));
        }
        const branchMap = isObj(value.branchMap) ? value.branchMap : {};
        const b = isObj(value.b) ? value.b : {};
        // Branches in source order, so that `line:n` numbering is stable across runs.
        const ids = Object.keys(branchMap).sort((x, y) => Number(x) - Number(y));
        for (const id of ids) {
            const m = branchMap[id];
            const line = lineOf(m.loc) ?? (typeof m.line === 'number' ? m.line : lineOf(m.locations?.[0]));
            const counts = b[id];
            if (line === undefined || !Array.isArray(counts))
                continue;
            (0,coverage_data/* addBranches */.s5)(f, line, counts.map((c) => (typeof c === 'number' ? c : 0)));
        }
        files.push(f);
    }
    return files;
}
function counter(v) {
    if (!isObj(v) || typeof v.covered !== 'number' || typeof v.total !== 'number')
        return undefined;
    return { covered: v.covered, total: v.total };
}
/**
 * Istanbul `coverage-summary.json`: totals per file, no line detail. Kept as per-file
 * summaries; they are used as they are when no run gives line detail for the file.
 */
function parseIstanbulSummary(text, src) {
    const doc = parseJson(text, src, 'coverage-summary.json');
    if (!isObj(doc.total)) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${src.tool} report ${src.file} has no "total" entry`);
    }
    const files = [];
    for (const [key, value] of Object.entries(doc)) {
        if (key === 'total')
            continue;
        const lines = isObj(value) ? counter(value.lines) : undefined;
        if (!lines) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${src.tool} report ${src.file}: entry ${key} has no lines.covered/total`);
        }
        const branches = counter(value.branches);
        const f = (0,coverage_data/* emptyFile */.sX)((0,coverage_data/* repoPath */.qN)(key, src.repoDir));
        f.summary = branches ? { lines, branches } : { lines };
        files.push(f);
    }
    return files;
}

;// CONCATENATED MODULE: ./dist/steps/coverage/read.js






/** Coverage reports are text; anything larger than this is not a report of a sane project. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
const TOOL = {
    lcov: 'lcov',
    cobertura: 'Cobertura',
    'istanbul-final': 'Istanbul coverage-final.json',
    'istanbul-summary': 'Istanbul coverage-summary.json',
};
/** Reads one coverage report of any supported format, told apart by its content. */
async function readCoverageReport(absPath, displayName, repoDir) {
    const text = (await (0,fs/* readInput */.R5)(absPath, 'coverage report', MAX_REPORT_BYTES)).toString('utf8');
    const format = (0,coverage_data/* sniffFormat */.OG)(text);
    if (!format) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `coverage report ${displayName} is not lcov, Cobertura XML or Istanbul JSON`);
    }
    const src = { tool: TOOL[format], file: displayName, repoDir };
    const files = format === 'lcov'
        ? (0,lcov/* parseLcov */.g)(text, src)
        : format === 'cobertura'
            ? parseCobertura(text, src)
            : format === 'istanbul-final'
                ? parseIstanbulFinal(text, src)
                : parseIstanbulSummary(text, src);
    return { format, files };
}

;// CONCATENATED MODULE: ./dist/steps/coverage/index.js












/** The test steps whose coverage is merged (the `needs` of coverage in the graph). */
const TEST_STEPS = ['unit-tests', 'integration-tests'];
/** The per-file list is for people; past this it only bloats the attestation. */
const MAX_FILES = 1000;
const MERGED_LCOV = 'lcov.info';
class CoverageInputError extends Error {
}
/**
 * Coverage reports the test steps attested. They are looked up next to this step's reports
 * folder (the runner and the actions keep every step's folder side by side), then in the
 * repository, and must still have the digest that was attested.
 */
async function upstreamReports(ctx) {
    const out = [];
    for (const step of TEST_STEPS) {
        for (const s of ctx.upstream[step] ?? []) {
            if (!s.name.startsWith(`${step}/coverage/`))
                continue;
            const abs = [(0,external_node_path_.join)(ctx.outDir, '..', s.name), (0,external_node_path_.join)(ctx.repoDir, s.name)].find((p) => (0,external_node_fs_.existsSync)(p));
            if (!abs)
                throw new CoverageInputError(`coverage report ${s.name} of ${step} is not here; download that step's reports first`);
            const sha = await (0,digest/* sha256File */.Q3)(abs);
            if (sha !== s.digest.sha256) {
                throw new CoverageInputError(`coverage report ${s.name} changed since ${step} attested it`);
            }
            out.push({ abs, subject: s });
        }
    }
    return out;
}
/** Files the `coverage-paths` globs match; with globs, files in no coverage format are skipped. */
async function inputReports(ctx) {
    const globs = (0,artifacts/* splitList */.ry)(ctx.inputs['coverage-paths']);
    const files = globs.length ? await (0,artifacts/* filesMatching */.NP)(ctx.repoDir, globs) : [];
    const out = [];
    for (const f of files) {
        const abs = (0,external_node_path_.join)(ctx.repoDir, f);
        out.push({
            abs,
            subject: { name: f, digest: { sha256: await (0,digest/* sha256File */.Q3)(abs) } },
            explicit: globs.includes(f),
        });
    }
    return out;
}
const fail = (reason) => ({
    status: 'failed',
    reason,
    attestations: [],
    products: [],
    reports: [],
});
/**
 * `coverage`: merges the test runs' coverage, attests the totals (Tollgate coverage v1) and
 * checks the minimum line coverage; on a pull request also the coverage of the changed lines.
 */
const coverageStep = {
    id: 'coverage',
    async run(ctx) {
        let reports;
        try {
            reports = [...(await upstreamReports(ctx)), ...(await inputReports(ctx))];
        }
        catch (e) {
            if (e instanceof CoverageInputError)
                return fail(e.message);
            throw e;
        }
        const runs = [];
        const used = [];
        for (const r of reports) {
            try {
                runs.push((await readCoverageReport(r.abs, r.subject.name, ctx.repoDir)).files);
                used.push(r.subject);
            }
            catch (e) {
                // A glob sweeps up HTML and other files of a coverage folder; only a named file must parse.
                if (r.explicit === false &&
                    /is not lcov, Cobertura XML or Istanbul JSON/.test((0,errors/* describeError */.Uc)(e))) {
                    ctx.log(`skipped ${r.subject.name}: not a coverage report`);
                    continue;
                }
                return fail((0,errors/* describeError */.Uc)(e));
            }
        }
        if (used.length === 0) {
            return fail('no coverage report found: the test steps wrote none and coverage-paths matched none');
        }
        const merged = mergeCoverage(runs);
        const totals = totalsOf(merged);
        if (totals.lines.total === 0) {
            // 100 % of nothing is not coverage: the tests ran without loading the code, or the
            // reports cover files outside the repository.
            return fail(`the coverage report(s) (${used.map((u) => u.name).join(', ')}) measure no line of the repository's code: nothing shows what the tests ran; check that the tests load the built code (the instrument step's NODE_V8_COVERAGE) or that coverage-paths names the right files`);
        }
        const lcovText = (0,lcov/* writeLcov */.u)(merged.filter((f) => f.lines.size), 'merged');
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, MERGED_LCOV), lcovText);
        const product = {
            name: `${ctx.step.id}/${MERGED_LCOV}`,
            digest: { sha256: await (0,digest/* sha256File */.Q3)((0,external_node_path_.join)(ctx.outDir, MERGED_LCOV)) },
        };
        const min = Number(ctx.inputs['min-line-coverage'] || 0);
        if (!Number.isFinite(min) || min < 0 || min > 100)
            return fail(`min-line-coverage "${ctx.inputs['min-line-coverage']}" is not a percentage`);
        const parts = [
            `line coverage ${totals.lines.pct} % (${totals.lines.covered}/${totals.lines.total})`,
        ];
        if (totals.branches.total)
            parts.push(`branch ${totals.branches.pct} % (${totals.branches.covered}/${totals.branches.total})`);
        const metrics = {
            linePct: totals.lines.pct,
            branchPct: totals.branches.pct,
            reports: used.length,
        };
        const reportFiles = [MERGED_LCOV];
        const base = baseOf(ctx);
        if (base) {
            try {
                const changed = changedCoverage(merged, await changedLines(ctx, base));
                const changedPct = (0,coverage_data/* pct */.Oe)(changed);
                parts.push(`changed lines ${changedPct} % (${changed.covered}/${changed.total} in ${changed.files} file(s) since ${base})`);
                metrics.changedLinePct = changedPct;
                await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, 'changed-lines.json'), JSON.stringify({ base, ...changed, pct: changedPct }, null, 2) + '\n');
                reportFiles.push('changed-lines.json');
            }
            catch (e) {
                return fail((0,errors/* describeError */.Uc)(e));
            }
        }
        const below = totals.lines.pct < min;
        const reason = below
            ? `line coverage ${totals.lines.pct} % is below the required ${min} %`
            : parts.join(', ');
        return {
            status: below ? 'failed' : 'passed',
            reason,
            attestations: [
                {
                    predicateType: types/* PREDICATE */.W3.coverage,
                    predicate: {
                        lines: totals.lines,
                        ...(totals.branches.total ? { branches: totals.branches } : {}),
                        files: totals.files.slice(0, MAX_FILES),
                    },
                },
            ],
            products: [product],
            materials: used,
            reports: reportFiles,
            summary: `**coverage** of ${used.length} report(s): ${parts.join(', ')}${below ? ` — below the required ${min} %` : ''}`,
            metrics,
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
