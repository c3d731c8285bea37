export const id = 6794;
export const ids = [6794];
export const modules = {

/***/ 28048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Recorded in attestations and verification summaries; kept in step with package.json (tested). */
const VERSION = '0.1.0';


/***/ }),

/***/ 19589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ newBom),
/* harmony export */   UE: () => (/* binding */ componentsOfBom),
/* harmony export */   np: () => (/* binding */ appendComponents)
/* harmony export */ });
/* unused harmony exports licenseOf, ecosystemOfPurl, toCdxComponent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28048);



/** The licence expression of a CycloneDX licence list; several entries all apply (AND). */
function licenseOf(choices) {
    const parts = (choices ?? [])
        .map((c) => c.expression ?? c.license?.id ?? c.license?.name)
        .filter((s) => Boolean(s && s.trim()));
    if (!parts.length)
        return undefined;
    return parts.length === 1
        ? parts[0]
        : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
}
/** OSV ecosystem of a purl type; undefined for types OSV does not know. */
function ecosystemOfPurl(purl) {
    const type = /^pkg:([^/]+)\//.exec(purl)?.[1]?.toLowerCase();
    const known = {
        npm: 'npm',
        pypi: 'PyPI',
        golang: 'Go',
        cargo: 'crates.io',
        maven: 'Maven',
        gem: 'RubyGems',
        nuget: 'NuGet',
    };
    return type ? known[type] : undefined;
}
/**
 * The components of a BOM, nested ones included. `cdx:npm:package:path` (cyclonedx-npm's
 * folder of each package) locates its licence text under `baseDir`.
 */
function componentsOfBom(bom, baseDir) {
    const out = [];
    const walk = (list) => {
        for (const c of list ?? []) {
            walk(c.components);
            if (!c.name || !c.version || !c.purl)
                continue;
            const ecosystem = ecosystemOfPurl(c.purl);
            if (!ecosystem)
                continue;
            const path = c.properties?.find((p) => p.name === 'cdx:npm:package:path')?.value;
            const name = c.group ? `${c.group}/${c.name}` : c.name;
            const license = licenseOf(c.licenses);
            out.push({
                name,
                version: c.version,
                purl: c.purl,
                ecosystem,
                bomRef: c['bom-ref'] ?? c.purl,
                type: 'library',
                ...(license ? { license } : {}),
                ...(path ? { location: path, licenseSource: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(baseDir, path) } : {}),
            });
        }
    };
    walk(bom.components);
    return out;
}
/** A CycloneDX component for one of Tollgate's own findings. */
function toCdxComponent(c) {
    return {
        type: c.type,
        name: c.name,
        version: c.version,
        'bom-ref': c.bomRef,
        purl: c.purl,
        ...(c.scope ? { scope: c.scope } : {}),
        ...(c.license ? { licenses: [licenseChoice(c.license)] } : {}),
        ...(c.location ? { properties: [{ name: 'tollgate:location', value: c.location }] } : {}),
    };
}
function licenseChoice(license) {
    // A single SPDX-looking id goes in license.id; anything else is an expression.
    return /^[A-Za-z0-9.+-]+$/.test(license) ? { license: { id: license } } : { expression: license };
}
/** A new CycloneDX 1.5 BOM about `subject` (the repository or the image). */
function newBom(subject, components, tools) {
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
        version: 1,
        metadata: {
            timestamp: new Date().toISOString(),
            tools: {
                components: [
                    { type: 'application', name: 'tollgate', version: _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x },
                    ...tools.map((t) => ({ type: 'application', name: t.name, version: t.version })),
                ],
            },
            component: {
                type: subject.type,
                name: subject.name,
                'bom-ref': subject.purl ?? subject.name,
                ...(subject.version ? { version: subject.version } : {}),
                ...(subject.purl ? { purl: subject.purl } : {}),
            },
        },
        components: components.map(toCdxComponent),
    };
}
/** Adds components to a BOM a tool wrote (other ecosystems of the same repository). */
function appendComponents(bom, extra) {
    const list = Array.isArray(bom.components) ? bom.components : [];
    bom.components = [...list, ...extra.map(toCdxComponent)];
}


/***/ }),

/***/ 96001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ buildNotices)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * The NOTICES file: for every package, its declared licence and the licence text it ships
 * (LICENSE*, LICENCE*, COPYING*, NOTICE* in its folder; Debian's copyright file). A package
 * that ships no text is listed with that said, so the gap is visible rather than silent.
 */
const TEXT_FILE = /^(licen[cs]e|copying|notice)(\b|[._-])/i;
/** Some packages ship a whole licence collection; the first 64 KiB make the notice. */
const MAX_TEXT = 64 * 1024;
async function textsOf(source) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(source).catch(() => undefined);
    if (!info)
        return [];
    const files = info.isFile()
        ? [source]
        : (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(source).catch(() => []))
            .filter((n) => TEXT_FILE.test(n))
            .sort()
            .map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(source, n));
    const out = [];
    for (const f of files) {
        const buf = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(f).catch(() => undefined);
        if (!buf)
            continue;
        const cut = buf.length > MAX_TEXT;
        const text = buf.subarray(0, MAX_TEXT).toString('utf8');
        out.push({
            name: f.slice(f.lastIndexOf('/') + 1),
            text: cut ? `${text}\n[… cut at 64 KiB]` : text,
        });
    }
    return out;
}
async function buildNotices(title, components) {
    const seen = new Set();
    const parts = [
        `NOTICES for ${title}`,
        '',
        'Third-party software in this product, with the licence each declares and the licence',
        'text it ships.',
        '',
    ];
    const missing = [];
    const sorted = [...components].sort((a, b) => a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name));
    for (const c of sorted) {
        const key = `${c.purl}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const texts = c.licenseSource ? await textsOf(c.licenseSource) : [];
        parts.push('='.repeat(78), `${c.name} ${c.version}`, `Package: ${c.purl}`);
        parts.push(`Licence: ${c.license ?? 'none declared'}`);
        if (c.location)
            parts.push(`Location: ${c.location}`);
        parts.push('');
        if (!texts.length) {
            missing.push(c);
            parts.push(`Licence text: not found (the package ships no LICENSE, LICENCE, COPYING or NOTICE file${c.location ? ` in ${c.location}` : ''}).`, '');
            continue;
        }
        for (const t of texts)
            parts.push(`--- ${t.name} ---`, t.text.trimEnd(), '');
    }
    if (seen.size === 0)
        parts.push('No third-party packages were found.');
    return { text: `${parts.join('\n')}\n`, missing };
}


/***/ }),

/***/ 18598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ww: () => (/* binding */ scanVulns),
  zM: () => (/* binding */ vulnInputs),
  zI: () => (/* binding */ vulnRows)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
// EXTERNAL MODULE: ./dist/vuln/purl.js
var purl = __webpack_require__(77417);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./dist/vuln/version/apk.js
/**
 * Alpine (apk) version ordering, after apk-tools' version.c: dot-separated numbers, an
 * optional letter, suffixes (`_alpha` < `_beta` < `_pre` < `_rc` < none < `_cvs` < `_svn` <
 * `_git` < `_hg` < `_p`, each with an optional number), an optional `~hash`, then `-rN`.
 * 1.2.4_rc1 < 1.2.4 < 1.2.4_p1, 1.2.4 < 1.2.4a, 1.2.4-r1 < 1.2.4-r2 (the revision counts last).
 * The basics only: a letter is compared before suffixes, and numbers after the first are not
 * compared as fractions the way Gentoo-style tools do for leading zeros.
 */
const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const RE = /^(\d+(?:\.\d+)*)([a-z]?)((?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)\d*)*)(?:~[0-9a-f]+)?(?:-r(\d+))?$/;
function parse(v) {
    const m = RE.exec(v.trim());
    if (!m)
        return undefined;
    const suffixes = [...(m[3] ?? '').matchAll(/_([a-z]+)(\d*)/g)].map((s) => [
        SUFFIXES.indexOf(s[1]),
        Number(s[2] || 0),
    ]);
    return {
        numbers: m[1].split('.').map(Number),
        letter: m[2] ?? '',
        suffixes,
        revision: Number(m[4] ?? 0),
    };
}
function compareApk(a, b) {
    const x = parse(a);
    const y = parse(b);
    if (!x || !y)
        return undefined;
    for (let i = 0; i < Math.min(x.numbers.length, y.numbers.length); i++) {
        const d = x.numbers[i] - y.numbers[i];
        if (d)
            return d;
    }
    if (x.numbers.length !== y.numbers.length)
        return x.numbers.length - y.numbers.length;
    if (x.letter !== y.letter)
        return x.letter < y.letter ? -1 : 1;
    const none = [SUFFIXES.indexOf(''), 0];
    for (let i = 0; i < Math.max(x.suffixes.length, y.suffixes.length); i++) {
        const [ra, na] = x.suffixes[i] ?? none;
        const [rb, nb] = y.suffixes[i] ?? none;
        if (ra !== rb)
            return ra - rb;
        if (na !== nb)
            return na - nb;
    }
    return x.revision - y.revision;
}

;// CONCATENATED MODULE: ./dist/vuln/version/dpkg.js
function parseDpkg(v) {
    const s = v.trim();
    if (!s || /\s/.test(s))
        return undefined;
    let epoch = 0;
    let rest = s;
    const colon = s.indexOf(':');
    if (colon >= 0) {
        const e = s.slice(0, colon);
        if (!/^\d+$/.test(e))
            return undefined;
        epoch = Number(e);
        rest = s.slice(colon + 1);
    }
    const dash = rest.lastIndexOf('-');
    const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
    const revision = dash >= 0 ? rest.slice(dash + 1) : '';
    if (!upstream || (dash >= 0 && !revision))
        return undefined;
    if (!/^[A-Za-z0-9.+~:-]+$/.test(upstream) || !/^[A-Za-z0-9.+~]*$/.test(revision))
        return undefined;
    return { epoch, upstream, revision };
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
/** Weight of one character in a non-digit run; `undefined` is the end of the string. */
function order(c) {
    if (c === undefined || isDigit(c))
        return 0;
    if (isAlpha(c))
        return c.charCodeAt(0);
    if (c === '~')
        return -1;
    return c.charCodeAt(0) + 256;
}
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
            const ac = order(a[i]);
            const bc = order(b[j]);
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (a[i] === '0')
            i++;
        while (b[j] === '0')
            j++;
        while (isDigit(a[i]) && isDigit(b[j])) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (isDigit(a[i]))
            return 1;
        if (isDigit(b[j]))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/** Negative, zero or positive like dpkg --compare-versions; undefined when either is malformed. */
function compareDpkg(a, b) {
    const x = parseDpkg(a);
    const y = parseDpkg(b);
    if (!x || !y)
        return undefined;
    if (x.epoch !== y.epoch)
        return x.epoch - y.epoch;
    return verrevcmp(x.upstream, y.upstream) || verrevcmp(x.revision, y.revision);
}

;// CONCATENATED MODULE: ./dist/vuln/version/maven.js
const ALIASES = { a: 'alpha', b: 'beta', m: 'milestone', cr: 'rc' };
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const RELEASE = ['', 'ga', 'final', 'release'];
function items(v) {
    const out = [];
    for (const m of v.toLowerCase().matchAll(/\d+|[a-z]+/g)) {
        const t = m[0];
        out.push(/^\d/.test(t) ? Number(t) : RELEASE.includes(t) ? '' : (ALIASES[t] ?? t));
    }
    // Trailing "nothing" items (0, release) do not make a version newer.
    while (out.length && (out[out.length - 1] === 0 || out[out.length - 1] === ''))
        out.pop();
    return out;
}
function qualifierRank(q) {
    const i = QUALIFIERS.indexOf(q);
    return i >= 0 ? [i, ''] : [QUALIFIERS.length, q];
}
function cmpItem(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'number')
        return b === undefined && a === 0 ? 0 : 1;
    if (typeof b === 'number')
        return a === undefined && b === 0 ? 0 : -1;
    const [ra, sa] = qualifierRank(a ?? '');
    const [rb, sb] = qualifierRank(b ?? '');
    return ra - rb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}
function compareMaven(a, b) {
    if (!a.trim() || !b.trim())
        return undefined;
    const x = items(a);
    const y = items(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = cmpItem(x[i], y[i]);
        if (d)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./dist/vuln/version/pep440.js
const pep440_RE = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;
function parsePep440(v) {
    const m = pep440_RE.exec(v.trim().toLowerCase());
    if (!m)
        return undefined;
    const preKind = m[3];
    const pre = preKind
        ? [preKind.startsWith('a') ? 0 : preKind.startsWith('b') ? 1 : 2, Number(m[4] ?? 0)]
        : undefined;
    const post = m[5] !== undefined ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : undefined;
    const release = (m[2] ?? '0').split('.').map(Number);
    while (release.length > 1 && release[release.length - 1] === 0)
        release.pop();
    return {
        epoch: Number(m[1] ?? 0),
        release,
        ...(pre ? { pre } : {}),
        ...(post !== undefined ? { post } : {}),
        ...(m[8] ? { dev: Number(m[9] ?? 0) } : {}),
        local: m[10] ? m[10].split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [],
    };
}
const cmpNum = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function cmpList(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = cmpNum(a[i] ?? 0, b[i] ?? 0);
        if (d)
            return d;
    }
    return 0;
}
/** Sort keys as in `packaging.version`: ±Infinity stand for "absent" where PEP 440 needs it. */
function keys(v) {
    const pre = v.pre
        ? v.pre
        : v.post === undefined && v.dev !== undefined
            ? [-Infinity, 0]
            : [Infinity, 0];
    return [pre[0] ?? 0, pre[1] ?? 0, v.post ?? -Infinity, v.dev ?? Infinity];
}
function cmpLocal(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x !== typeof y)
            return typeof x === 'number' ? 1 : -1; // numbers sort after strings
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
function comparePep440(a, b) {
    const x = parsePep440(a);
    const y = parsePep440(b);
    if (!x || !y)
        return undefined;
    return (cmpNum(x.epoch, y.epoch) ||
        cmpList(x.release, y.release) ||
        cmpList(keys(x), keys(y)) ||
        cmpLocal(x.local, y.local));
}

;// CONCATENATED MODULE: ./dist/vuln/version/compare.js






/** SemVer 2.0 precedence; a leading `v` (Go) is allowed, build metadata is ignored. */
const compareSemver = (a, b) => {
    const x = semver.parse(a.trim().replace(/^v/, ''), { loose: true });
    const y = semver.parse(b.trim().replace(/^v/, ''), { loose: true });
    return x && y ? semver.compare(x, y) : undefined;
};
/**
 * The ordering of an OSV ecosystem, for ECOSYSTEM ranges; undefined when Tollgate does not
 * know it (then only explicit `versions` lists can match, see docs/vulnerabilities.md).
 */
function ecosystemOrder(ecosystem) {
    switch ((0,purl/* splitEcosystem */.Dx)(ecosystem)[0]) {
        case 'npm':
        case 'Go':
        case 'crates.io':
        case 'Hex':
        case 'Pub':
            return compareSemver;
        case 'Debian':
        case 'Ubuntu':
            return compareDpkg;
        case 'PyPI':
            return comparePep440;
        case 'Maven':
            return compareMaven;
        case 'Alpine':
            return compareApk;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./dist/vuln/affected.js


/** PyPI names compare after PEP 503 normalisation; others exactly. */
function packageKey(ecosystem, name) {
    const n = (0,purl/* splitEcosystem */.Dx)(ecosystem)[0] === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
    return `${ecosystem}\u0000${n}`;
}
function matchRecord(record, c) {
    if (record.withdrawn)
        return undefined;
    const key = packageKey(c.ecosystem, c.name);
    let hit = false;
    const fixed = new Set();
    const notes = new Set();
    for (const a of record.affected ?? []) {
        if (!a.package || packageKey(a.package.ecosystem, a.package.name) !== key)
            continue;
        const r = matchAffected(a, c, notes);
        if (!r)
            continue;
        hit = true;
        for (const f of r)
            fixed.add(f);
    }
    return hit ? { fixed: [...fixed], notes: [...notes] } : undefined;
}
/** Fix versions (possibly none) when the entry affects the version, else undefined. */
function matchAffected(a, c, notes) {
    const ranges = a.ranges ?? [];
    let hit = (a.versions ?? []).includes(c.version);
    const fixed = [];
    let usable = 0;
    for (const range of ranges) {
        if (range.type === 'GIT')
            continue; // commits, not versions; the SEMVER/ECOSYSTEM ranges speak for releases
        const cmp = range.type === 'SEMVER' ? compareSemver : ecosystemOrder(c.ecosystem);
        usable++;
        const r = cmp ? inRange(c.version, range, cmp) : 'unknown';
        if (r === 'unknown') {
            notes.add(cmp
                ? `version ${c.version} or a range bound could not be read as a ${c.ecosystem} version; reported as affected`
                : `versions of ecosystem ${c.ecosystem} cannot be ordered here; a range of this advisory is reported as affecting every version`);
            hit = true;
            continue;
        }
        if (r.affected) {
            hit = true;
            if (r.fixed)
                fixed.push(r.fixed);
        }
    }
    if (!a.versions?.length && usable === 0) {
        if (ranges.some((r) => r.type === 'GIT'))
            notes.add('only GIT (commit) ranges given; they are not evaluated, so this entry is ignored');
        else {
            notes.add('the advisory lists no versions or ranges: every version is affected');
            return [];
        }
    }
    return hit ? fixed : undefined;
}
const boundOf = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '';
function inRange(version, range, cmp) {
    const events = range.events ?? [];
    // "0" means "before every version": it needs no ordering.
    const lowest = (e) => e.introduced === '0';
    let failed = false;
    const vs = (a, b) => {
        const d = cmp(a, b);
        if (d === undefined)
            failed = true;
        return d ?? 0;
    };
    const sorted = [...events].sort((x, y) => lowest(x) ? (lowest(y) ? 0 : -1) : lowest(y) ? 1 : vs(boundOf(x), boundOf(y)));
    let affected = false;
    let fix;
    const limits = [];
    for (const e of sorted) {
        if (e.introduced !== undefined) {
            if (lowest(e) || vs(version, e.introduced) >= 0)
                [affected, fix] = [true, undefined];
        }
        else if (e.fixed !== undefined) {
            if (vs(version, e.fixed) >= 0)
                affected = false;
            else if (affected && fix === undefined)
                fix = e.fixed;
        }
        else if (e.last_affected !== undefined) {
            if (vs(version, e.last_affected) > 0)
                affected = false;
        }
        else if (e.limit !== undefined)
            limits.push(e.limit);
    }
    if (limits.length && !limits.some((l) => l === '*' || vs(version, l) < 0))
        affected = false;
    if (failed)
        return 'unknown';
    return { affected, ...(affected && fix ? { fixed: fix } : {}) };
}

;// CONCATENATED MODULE: ./dist/vuln/sources/record.js
/** Enough of the OSV schema to trust the fields the matcher reads. */
function isOsvRecord(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return false;
    const r = v;
    return (typeof r.id === 'string' &&
        r.id !== '' &&
        typeof r.modified === 'string' &&
        (r.affected === undefined || Array.isArray(r.affected)) &&
        (r.aliases === undefined || Array.isArray(r.aliases)) &&
        (r.severity === undefined || Array.isArray(r.severity)));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./dist/vuln/sources/zip.js

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** What one entry may inflate to: a zip bomb stops at this many bytes, while inflating. */
const DEFAULT_MAX_ENTRY_BYTES = 16 * 1024 * 1024;
function zipEntries(zip, maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES) {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new Error('no end of central directory record (not a ZIP file)');
    let count = zip.readUInt16LE(eocd + 10);
    let offset = zip.readUInt32LE(eocd + 16);
    if ((count === 0xffff || offset === 0xffffffff) &&
        eocd >= 20 &&
        zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
        const at = Number(zip.readBigUInt64LE(eocd - 20 + 8));
        if (zip.readUInt32LE(at) !== ZIP64_EOCD)
            throw new Error('broken ZIP64 end of central directory');
        count = Number(zip.readBigUInt64LE(at + 32));
        offset = Number(zip.readBigUInt64LE(at + 48));
    }
    // Every central directory entry takes at least 46 bytes: a larger count is a lie.
    if (count > zip.length / 46)
        throw new Error(`it claims ${count} entries, more than it can hold`);
    const entries = [];
    let p = offset;
    for (let n = 0; n < count; n++) {
        if (zip.readUInt32LE(p) !== CENTRAL)
            throw new Error(`central directory entry ${n} is broken`);
        const method = zip.readUInt16LE(p + 10);
        let compressed = zip.readUInt32LE(p + 20);
        let size = zip.readUInt32LE(p + 24);
        const nameLen = zip.readUInt16LE(p + 28);
        const extraLen = zip.readUInt16LE(p + 30);
        const commentLen = zip.readUInt16LE(p + 32);
        let local = zip.readUInt32LE(p + 42);
        const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
        // ZIP64 extra field: the 8-byte values replace those set to 0xffffffff, in this order.
        for (let e = p + 46 + nameLen; e < p + 46 + nameLen + extraLen;) {
            const id = zip.readUInt16LE(e);
            const len = zip.readUInt16LE(e + 2);
            if (id === 0x0001) {
                let q = e + 4;
                const next = () => {
                    const v = Number(zip.readBigUInt64LE(q));
                    q += 8;
                    return v;
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressed === 0xffffffff)
                    compressed = next();
                if (local === 0xffffffff)
                    local = next();
            }
            e += 4 + len;
        }
        p += 46 + nameLen + extraLen + commentLen;
        const at = local;
        entries.push({
            name,
            data: () => {
                if (size > maxEntryBytes)
                    throw new Error(`${name} is ${size} bytes, over the limit of ${maxEntryBytes} bytes per entry`);
                if (zip.readUInt32LE(at) !== LOCAL)
                    throw new Error(`local header of ${name} is broken`);
                const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
                const raw = zip.subarray(start, start + compressed);
                if (method === 0)
                    return Buffer.from(raw);
                if (method === 8) {
                    try {
                        // The declared size may lie: maxOutputLength stops the inflation itself.
                        return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: maxEntryBytes });
                    }
                    catch (e) {
                        if (e.code === 'ERR_BUFFER_TOO_LARGE')
                            throw new Error(`${name} inflates to more than ${maxEntryBytes} bytes per entry`);
                        throw new Error(`${name} does not inflate (${e.message})`);
                    }
                }
                throw new Error(`${name} uses compression method ${method}; only stored and deflate are read`);
            },
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./dist/vuln/sources/folder.js








const DEFAULT_OSV_LIMITS = {
    maxRecordBytes: 16 * 1024 * 1024,
    maxZipBytes: 1024 * 1024 * 1024,
    maxTotalBytes: 4 * 1024 * 1024 * 1024,
};
class OsvFolderSource {
    describe;
    dir;
    limits;
    index;
    constructor(dir, limits = {}) {
        this.dir = dir;
        this.limits = { ...DEFAULT_OSV_LIMITS, ...limits };
        this.describe = `OSV records in ${dir}`;
    }
    async query(components) {
        this.index ??= this.load();
        const index = await this.index;
        return new Map(components.map((c) => [c.purl, index.get(packageKey(c.ecosystem, c.name)) ?? []]));
    }
    async load() {
        let isZip = false;
        try {
            const st = await (0,promises_.stat)(this.dir);
            isZip = st.isFile() && this.dir.toLowerCase().endsWith('.zip');
            if (!st.isDirectory() && !isZip)
                throw new Error('not a directory');
        }
        catch (e) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `vulnerability source ${this.dir} is not a readable folder (or .zip export) of OSV records`, {
                cause: e,
                hint: 'give an http(s) URL of an OSV API, leave it empty for https://api.osv.dev, or a folder or all.zip of OSV JSON records',
            });
        }
        const index = new Map();
        let total = 0;
        for await (const [file, text] of isZip ? this.zipFiles() : this.folderFiles()) {
            total += text.length;
            if (total > this.limits.maxTotalBytes)
                throw new errors/* TollgateError */.xB('INPUT_INVALID', `vulnerability source ${this.dir} holds more than ${this.limits.maxTotalBytes} bytes of records`, { hint: 'keep only the ecosystems the project uses (one all.zip per ecosystem)' });
            const parsed = (0,untrusted/* parseJsonUntrusted */.IN)(text, 'OSV record', file, { maxDepth: 64 });
            for (const record of Array.isArray(parsed) ? parsed : [parsed]) {
                if (!isOsvRecord(record))
                    throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file} is not an OSV record (needs "id" and "modified")`, {
                        hint: 'keep only OSV JSON records (https://ossf.github.io/osv-schema/) in the folder',
                    });
                const keys = new Set((record.affected ?? [])
                    .filter((a) => a.package?.ecosystem && a.package.name)
                    .map((a) => packageKey(a.package.ecosystem, a.package.name)));
                for (const k of keys)
                    index.set(k, [...(index.get(k) ?? []), record]);
            }
        }
        return index;
    }
    async *folderFiles() {
        const files = (await (0,promises_.readdir)(this.dir, { recursive: true, withFileTypes: true }))
            .filter((d) => d.isFile() && d.name.endsWith('.json'))
            .map((d) => (0,external_node_path_.join)(d.parentPath, d.name))
            .sort();
        for (const file of files)
            yield [
                file,
                (await (0,fs/* readInput */.R5)(file, 'OSV record', this.limits.maxRecordBytes)).toString('utf8'),
            ];
    }
    async *zipFiles() {
        const zip = await (0,fs/* readInput */.R5)(this.dir, 'OSV export', this.limits.maxZipBytes);
        let entries;
        try {
            entries = zipEntries(zip, this.limits.maxRecordBytes);
        }
        catch (e) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `OSV export ${this.dir}: ${e.message}`);
        }
        for (const entry of entries.filter((x) => x.name.endsWith('.json'))) {
            const where = `${this.dir}!${entry.name}`;
            let data;
            try {
                data = entry.data();
            }
            catch (e) {
                throw new errors/* TollgateError */.xB('INPUT_INVALID', `OSV export ${where}: ${e.message}`);
            }
            yield [where, data.toString('utf8')];
        }
    }
}

;// CONCATENATED MODULE: ./dist/vuln/sources/multi.js
/**
 * Several sources queried together (an OSV API and an offline folder of the project's own
 * records, say): every source is asked about every component, and a record that two sources
 * hold is one record, the newest `modified` winning. A source that fails fails the scan: a
 * source that could not be read must never pass as "no vulnerabilities".
 */
class MultiSource {
    describe;
    sources;
    constructor(sources) {
        this.sources = sources;
        this.describe = sources.map((s) => s.describe).join(' + ');
    }
    async query(components, signal) {
        const answers = await Promise.all(this.sources.map((s) => s.query(components, signal)));
        const out = new Map();
        for (const c of components) {
            const byId = new Map();
            for (const answer of answers)
                for (const r of answer.get(c.purl) ?? []) {
                    const had = byId.get(r.id);
                    if (!had || r.modified > had.modified)
                        byId.set(r.id, r);
                }
            out.set(c.purl, [...byId.values()]);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./dist/vuln/sources/osv-api.js


const OSV_API = 'https://api.osv.dev';
const BATCH = 1000;
class OsvApiSource {
    describe;
    base;
    fetch;
    records = new Map();
    opts;
    constructor(base, opts = {}) {
        this.opts = opts;
        this.base = base.replace(/\/+$/, '');
        this.describe = `OSV API ${this.base}`;
        this.fetch = opts.fetch ?? globalThis.fetch;
    }
    async query(components, signal) {
        const queryable = components.filter((c) => c.name && c.version && c.ecosystem);
        const ids = new Map(queryable.map((c) => [c.purl, new Set()]));
        let pending = queryable.map((c) => ({ c }));
        while (pending.length) {
            const next = [];
            for (let i = 0; i < pending.length; i += BATCH) {
                const chunk = pending.slice(i, i + BATCH);
                const answer = (await this.request('POST', '/v1/querybatch', signal, {
                    queries: chunk.map(({ c, token }) => ({
                        package: { name: c.name, ecosystem: c.ecosystem },
                        version: c.version,
                        ...(token ? { page_token: token } : {}),
                    })),
                }));
                const results = answer?.results;
                if (!Array.isArray(results) || results.length !== chunk.length)
                    throw this.error('/v1/querybatch', `answered ${Array.isArray(results) ? results.length : 'no'} results for ${chunk.length} queries`);
                results.forEach((r, j) => {
                    const { c } = chunk[j];
                    for (const v of r?.vulns ?? [])
                        if (typeof v.id === 'string')
                            ids.get(c.purl).add(v.id);
                    if (typeof r?.next_page_token === 'string' && r.next_page_token)
                        next.push({ c, token: r.next_page_token });
                });
            }
            pending = next;
        }
        const unique = [...new Set([...ids.values()].flatMap((s) => [...s]))];
        await this.fetchAll(unique, signal);
        const out = new Map();
        for (const [purl, set] of ids)
            out.set(purl, await Promise.all([...set].map((id) => this.records.get(id))));
        return out;
    }
    async fetchAll(ids, signal) {
        let next = 0;
        const worker = async () => {
            while (next < ids.length) {
                const id = ids[next++];
                if (!this.records.has(id)) {
                    // A failed fetch is not cached: the next scan asks again.
                    const pending = this.record(id, signal);
                    pending.catch(() => this.records.delete(id));
                    this.records.set(id, pending);
                }
                await this.records.get(id);
            }
        };
        await Promise.all(Array.from({ length: this.opts.concurrency ?? 8 }, worker));
    }
    async record(id, signal) {
        const path = `/v1/vulns/${encodeURIComponent(id)}`;
        const r = await this.request('GET', path, signal);
        if (!isOsvRecord(r))
            throw this.error(path, 'answered something that is not an OSV record');
        return r;
    }
    error(path, why, cause) {
        return new errors/* TollgateError */.xB('INPUT_UNREADABLE', `OSV API ${this.base}${path} ${why}`, {
            ...(cause ? { cause } : {}),
            hint: `check that ${this.base} is reachable from here, or point the vulnerability source at a folder of OSV records (an export of https://osv-vulnerabilities.storage.googleapis.com)`,
        });
    }
    async request(method, path, signal, body) {
        const retries = this.opts.retries ?? 3;
        const backoff = this.opts.backoffMs ?? 500;
        let last = '';
        for (let attempt = 0;; attempt++) {
            let res;
            try {
                res = await this.fetch(`${this.base}${path}`, {
                    method,
                    headers: {
                        accept: 'application/json',
                        ...(body ? { 'content-type': 'application/json' } : {}),
                    },
                    ...(body ? { body: JSON.stringify(body) } : {}),
                    ...(signal ? { signal } : {}),
                });
            }
            catch (e) {
                if (signal?.aborted)
                    throw e;
                last = `could not be reached (${e.message})`;
            }
            if (res) {
                const text = await res.text();
                if (res.ok) {
                    try {
                        return JSON.parse(text);
                    }
                    catch (e) {
                        throw this.error(path, `answered ${res.status} with a body that is not JSON`, e);
                    }
                }
                const message = messageOf(text);
                last = `answered ${res.status}${message ? `: ${message}` : ''}`;
                if (res.status < 500 && res.status !== 429)
                    throw this.error(path, last);
            }
            if (attempt >= retries)
                throw this.error(path, `${last} (gave up after ${attempt + 1} attempts)`);
            await sleep(backoff * 2 ** attempt, signal);
        }
    }
}
/** OSV errors are `{code, message}` (gRPC gateway); other bodies are cut short. */
function messageOf(text) {
    try {
        const m = JSON.parse(text).message;
        if (typeof m === 'string')
            return m;
    }
    catch {
        // not JSON: fall through
    }
    return text.trim().slice(0, 200);
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./dist/vuln/sources/open.js



/**
 * The sources a `vuln-source` input names, separated by commas or new lines: empty → the
 * public OSV API; an http(s) URL → an OSV API at that base URL (a mirror, or the test
 * double); anything else → a folder of OSV records, or an OSV export's all.zip. Several are
 * queried together (./multi.ts).
 */
function splitVulnSources(spec) {
    return [
        ...new Set(spec
            .split(/[,\r\n]+/)
            .map((s) => s.trim())
            .filter(Boolean)),
    ];
}
function openOne(s, deps) {
    if (/^https?:\/\//i.test(s))
        return new OsvApiSource(s, deps);
    return new OsvFolderSource(s);
}
function openVulnSource(spec, deps = {}) {
    const all = splitVulnSources(spec);
    if (all.length === 0)
        return new OsvApiSource(OSV_API, deps);
    if (all.length === 1)
        return openOne(all[0], deps);
    return new MultiSource(all.map((s) => openOne(s, deps)));
}

// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
;// CONCATENATED MODULE: ./dist/vuln/suppress.js

/**
 * Marks findings that a VEX statement says do not affect the component (`not_affected`, the
 * newest applicable statement wins) or that a live exception waives. An exception that has
 * expired suppresses nothing; the finding gets a note instead.
 */
function applySuppressions(findings, vex, exceptions, now) {
    const today = now.toISOString().slice(0, 10);
    for (const f of findings) {
        const ids = new Set([f.id, ...f.aliases]);
        const statement = newest(vex.filter((s) => (ids.has(s.vulnerability) || s.aliases.some((a) => ids.has(a))) &&
            appliesTo(s.products, f.component)));
        if (statement?.status === 'not_affected') {
            const why = [statement.justification, statement.statement].filter(Boolean).join(': ');
            f.suppressed = {
                by: 'vex',
                reason: `${statement.source}: not_affected${why ? ` (${why})` : ''}`,
            };
            continue;
        }
        const covering = exceptions.filter((e) => ids.has(e.id) && packageMatches(e.package, f.component));
        const live = covering.find((e) => e.expires >= today);
        if (live)
            f.suppressed = { by: 'exception', reason: live.reason, until: live.expires };
        else if (covering.length) {
            const last = covering
                .map((e) => e.expires)
                .sort()
                .at(-1);
            f.notes = [...(f.notes ?? []), `an exception for ${f.id} expired on ${last}; not applied`];
        }
    }
}
/** The latest statement by timestamp; without timestamps, the later one in the documents. */
function newest(statements) {
    let best;
    for (const s of statements)
        if (!best || !best.timestamp || !s.timestamp || s.timestamp >= best.timestamp)
            best = s;
    return best;
}
const ARTEFACT_TYPES = new Set(['oci', 'docker']);
/**
 * A statement applies to a component when it names no products, names the component (its
 * bom-ref, or its purl — a purl without version names every version), or names only the
 * scanned artefact itself (pkg:oci / pkg:docker), i.e. "this image is not affected".
 */
function appliesTo(products, c) {
    if (products.length === 0)
        return true;
    let onlyArtefacts = true;
    for (const p of products) {
        if (c.bomRef !== undefined && p === c.bomRef)
            return true;
        if (!p.startsWith('pkg:')) {
            onlyArtefacts = false;
            continue;
        }
        let parsed;
        try {
            parsed = (0,purl/* parsePurl */.$l)(p);
        }
        catch {
            onlyArtefacts = false;
            continue;
        }
        if (ARTEFACT_TYPES.has(parsed.type))
            continue;
        onlyArtefacts = false;
        if ((0,purl/* purlBase */.Bc)(p) === (0,purl/* purlBase */.Bc)(c.purl) && (!parsed.version || parsed.version === c.version))
            return true;
    }
    return onlyArtefacts;
}
function packageMatches(pkg, c) {
    if (!pkg)
        return true;
    if (!pkg.startsWith('pkg:'))
        return pkg === c.name;
    const v = (() => {
        try {
            return (0,purl/* parsePurl */.$l)(pkg).version;
        }
        catch {
            return undefined;
        }
    })();
    return (0,purl/* purlBase */.Bc)(pkg) === (0,purl/* purlBase */.Bc)(c.purl) && (!v || v === c.version);
}

// EXTERNAL MODULE: ./dist/vuln/cvss.js
var cvss = __webpack_require__(41208);
;// CONCATENATED MODULE: ./dist/vuln/severity.js


const WORDS = {
    critical: 'critical',
    high: 'high',
    important: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low',
    negligible: 'info',
    unimportant: 'info',
};
function severityOfRecord(r) {
    const entries = Array.isArray(r.severity) ? r.severity : [];
    let best;
    for (const e of entries) {
        if (e.type !== 'CVSS_V3')
            continue;
        const s = (0,cvss/* cvss3 */.p)(String(e.score));
        if (s && (!best || s.score > best.score))
            best = s;
    }
    if (best)
        return { severity: (0,types/* severityFromScore */.qI)(best.score), cvss: best };
    const words = [
        r.database_specific?.severity,
        ...entries.filter((e) => e.type === 'Ubuntu').map((e) => e.score),
    ];
    for (const w of words) {
        const sev = typeof w === 'string' ? WORDS[w.trim().toLowerCase()] : undefined;
        if (sev) {
            const v4 = entries.some((e) => e.type === 'CVSS_V4')
                ? ' (its CVSS v4 vector is not scored)'
                : '';
            return {
                severity: sev,
                note: `severity ${String(w)} as given by the advisory database${v4}`,
            };
        }
    }
    for (const e of entries) {
        if (e.type !== 'CVSS_V2')
            continue;
        const s = (0,cvss/* cvss2 */.i)(String(e.score));
        if (s) {
            const severity = s.score >= 7 ? 'high' : s.score >= 4 ? 'medium' : s.score > 0 ? 'low' : 'info';
            return { severity, cvss: s };
        }
    }
    return {
        severity: 'medium',
        note: 'the advisory gives no usable severity (no CVSS v3 vector, no severity word); rated medium',
    };
}

;// CONCATENATED MODULE: ./dist/vuln/scan.js





/**
 * Matches components against a source's records: one finding per component and vulnerability,
 * where records that alias each other (a GHSA and its CVE, a distribution's advisory naming
 * the CVE) merge into one. Suppressed findings (VEX not_affected, a live exception) are kept,
 * marked, so that reports can show them; the predicate and SARIF writers leave them out of
 * what fails a gate.
 */
async function scanComponents(components, source, opts) {
    const unique = [...new Map(components.map((c) => [c.purl, c])).values()];
    const candidates = await source.query(unique, opts.signal);
    const findings = [];
    for (const c of unique) {
        const matched = [];
        const seen = new Set();
        for (const record of candidates.get(c.purl) ?? []) {
            if (seen.has(record.id))
                continue;
            seen.add(record.id);
            const m = matchRecord(record, c);
            if (m)
                matched.push({ record, ...m });
        }
        for (const group of groupByAlias(matched))
            findings.push(toFinding(c, group));
    }
    applySuppressions(findings, opts.vex ?? [], opts.exceptions ?? [], opts.now);
    return findings.sort((a, b) => (0,types/* severityRank */.qs)(b.severity) - (0,types/* severityRank */.qs)(a.severity) ||
        a.id.localeCompare(b.id) ||
        a.component.purl.localeCompare(b.component.purl));
}
/** Union of records that share any id (own id or alias), transitively. */
function groupByAlias(matched) {
    const parent = matched.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const owner = new Map();
    matched.forEach((m, i) => {
        for (const id of [m.record.id, ...(m.record.aliases ?? [])]) {
            const j = owner.get(id);
            if (j === undefined)
                owner.set(id, i);
            else
                parent[find(i)] = find(j);
        }
    });
    const groups = new Map();
    matched.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
    return [...groups.values()];
}
/** GHSA first (the reviewed, package-level advisory), then CVE, then the first record id. */
function preferredId(recordIds, allIds) {
    const sorted = [...allIds].sort();
    return (sorted.find((i) => i.startsWith('GHSA-')) ??
        sorted.find((i) => i.startsWith('CVE-')) ??
        [...recordIds].sort()[0]);
}
function toFinding(c, group) {
    const records = group.map((g) => g.record);
    const all = new Set(records.flatMap((r) => [r.id, ...(r.aliases ?? [])]));
    const id = preferredId(records.map((r) => r.id), [...all]);
    const rated = records.map((r) => ({ r, s: severityOfRecord(r) }));
    rated.sort((a, b) => types/* SEVERITIES */.oC.indexOf(a.s.severity) - types/* SEVERITIES */.oC.indexOf(b.s.severity) ||
        (b.s.cvss?.score ?? -1) - (a.s.cvss?.score ?? -1));
    const worst = rated[0].s;
    const main = records.find((r) => r.id === id) ?? rated[0].r;
    const summary = main.summary ??
        records.find((r) => r.summary)?.summary ??
        (main.details ?? '').split('\n')[0]?.slice(0, 200) ??
        id;
    const order = ecosystemOrder(c.ecosystem);
    const fixed = [...new Set(group.flatMap((g) => g.fixed))].sort((a, b) => order?.(a, b) ?? 0);
    const references = [
        ...new Set([
            ...records.map((r) => `https://osv.dev/vulnerability/${r.id}`),
            ...records.flatMap((r) => (r.references ?? []).map((x) => x.url)),
        ]),
    ];
    const notes = [
        ...new Set([...(worst.note ? [worst.note] : []), ...group.flatMap((g) => g.notes)]),
    ];
    return {
        id,
        aliases: [...all].filter((x) => x !== id).sort(),
        summary: summary || id,
        severity: worst.severity,
        ...(worst.cvss ? { cvss: worst.cvss } : {}),
        component: c,
        fixed,
        references,
        ...(notes.length ? { notes } : {}),
    };
}

;// CONCATENATED MODULE: ./dist/vuln/vex.js


const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
const OPENVEX_STATUS = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const CDX_STATE = {
    not_affected: 'not_affected',
    false_positive: 'not_affected',
    exploitable: 'affected',
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    in_triage: 'under_investigation',
};
async function readVex(path) {
    const text = (await (0,fs/* readInput */.R5)(path, 'VEX document', 64 * 1024 * 1024)).toString('utf8');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `VEX document ${path} is not JSON: ${e.message}`, {
            hint: 'give an OpenVEX (.openvex.json) or CycloneDX VEX (.cdx.json) file',
        });
    }
    const root = obj(doc);
    const bad = (why) => new errors/* TollgateError */.xB('INPUT_INVALID', `VEX document ${path}: ${why}`, {
        hint: 'see https://github.com/openvex/spec or the CycloneDX vulnerabilities schema',
    });
    if (root && Array.isArray(root.statements))
        return openVex(root, path, bad);
    if (root && (root.bomFormat === 'CycloneDX' || Array.isArray(root.vulnerabilities)))
        return cycloneDxVex(root, path, bad);
    throw bad('neither OpenVEX (no "statements") nor CycloneDX (no "vulnerabilities")');
}
function openVex(root, path, bad) {
    const docTime = str(root.timestamp);
    return arr(root.statements).map((raw, i) => {
        const s = obj(raw);
        if (!s)
            throw bad(`statements[${i}] is not an object`);
        const v = s.vulnerability;
        const vuln = obj(v);
        const name = str(v) ?? str(vuln?.name) ?? str(vuln?.['@id']);
        if (!name)
            throw bad(`statements[${i}] names no vulnerability`);
        const status = str(s.status);
        if (!status || !OPENVEX_STATUS.includes(status))
            throw bad(`statements[${i}].status is ${JSON.stringify(s.status)}, expected one of ${OPENVEX_STATUS.join(', ')}`);
        const products = [];
        for (const p of arr(s.products)) {
            const po = obj(p);
            const subs = arr(po?.subcomponents).flatMap(identifiers);
            // With subcomponents, the statement is about those packages inside the product.
            products.push(...(subs.length ? subs : identifiers(p)));
        }
        const justification = str(s.justification);
        const statement = str(s.impact_statement) ?? str(s.status_notes) ?? str(s.action_statement);
        const timestamp = str(s.last_updated) ?? str(s.timestamp) ?? docTime;
        return {
            vulnerability: name,
            aliases: arr(vuln?.aliases).filter((a) => typeof a === 'string'),
            status,
            products,
            ...(justification ? { justification } : {}),
            ...(statement ? { statement } : {}),
            ...(timestamp ? { timestamp } : {}),
            source: path,
        };
    });
}
/** An OpenVEX product: a plain string (v0.0.x) or {@id, identifiers: {purl, ...}}. */
function identifiers(p) {
    if (typeof p === 'string')
        return [p];
    const o = obj(p);
    if (!o)
        return [];
    const ids = obj(o.identifiers);
    return [str(o['@id']), str(ids?.purl)].filter((x) => !!x);
}
function cycloneDxVex(root, path, bad) {
    const out = [];
    arr(root.vulnerabilities).forEach((raw, i) => {
        const v = obj(raw);
        if (!v)
            throw bad(`vulnerabilities[${i}] is not an object`);
        const analysis = obj(v.analysis);
        if (!analysis)
            return; // a plain vulnerability listing, not a VEX statement
        const id = str(v.id);
        if (!id)
            throw bad(`vulnerabilities[${i}] has no id`);
        const state = str(analysis.state);
        const status = state ? CDX_STATE[state] : undefined;
        if (!status)
            throw bad(`vulnerabilities[${i}].analysis.state is ${JSON.stringify(analysis.state)}, expected one of ${Object.keys(CDX_STATE).join(', ')}`);
        // bom-link refs (urn:cdx:serial/version#bom-ref) point into another BOM: keep the bom-ref.
        const products = arr(v.affects)
            .map((a) => str(obj(a)?.ref))
            .filter((r) => !!r)
            .map((r) => (r.startsWith('urn:cdx:') && r.includes('#') ? r.slice(r.indexOf('#') + 1) : r));
        const justification = str(analysis.justification);
        const statement = str(analysis.detail);
        const timestamp = str(analysis.lastUpdated) ?? str(v.updated);
        out.push({
            vulnerability: id,
            aliases: arr(v.references)
                .map((r) => str(obj(r)?.id))
                .filter((r) => !!r),
            status,
            products,
            ...(justification ? { justification } : {}),
            ...(statement ? { statement } : {}),
            ...(timestamp ? { timestamp } : {}),
            source: path,
        });
    });
    return out;
}

// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var sarif = __webpack_require__(7677);
;// CONCATENATED MODULE: ./dist/vuln/report.js


/**
 * The reports of a vulnerability scan: the in-toto vulns v0.2 predicate the gate evaluates
 * (src/gate/evaluators/vulns.ts reads `scanner.result[]`), and SARIF 2.1.0 through the
 * project's one SARIF writer. Suppressed findings stay out of `scanner.result` (the gate would
 * count them) and are listed under `suppressed`; in SARIF they carry `suppressions`.
 */
const where = (f) => `${f.component.name}@${f.component.version}`;
/**
 * Stable across runs: the vulnerability and the package, not the file it was found in, plus
 * the occurrence when one package is found twice (two lock files). Counted over the open
 * findings first, then the suppressed, so the open ones have the same fingerprints as the
 * report gives the vulns predicate's entries (id and package, src/report/report-from-bundles.ts).
 */
function fingerprints(findings) {
    const ordered = [
        ...findings.filter((f) => !f.suppressed),
        ...findings.filter((f) => f.suppressed),
    ];
    const keyed = ordered.map((f) => ({
        ruleId: f.id,
        severity: f.severity,
        location: { path: f.component.purl },
    }));
    (0,fingerprint/* assignFingerprints */.Dz)(keyed);
    return new Map(ordered.map((f, i) => [f, keyed[i].fingerprint]));
}
function message(f) {
    const fix = f.fixed.length ? `; fixed in ${f.fixed.join(', ')}` : '; no fixed version known';
    return `${where(f)} (${f.component.ecosystem}): ${f.id} ${f.summary}${fix}`;
}
/** Findings in the shape of the scan-result predicate and step results; suppressed ones left out. */
function vulnFindingsToFindings(findings) {
    const prints = fingerprints(findings);
    return findings
        .filter((f) => !f.suppressed)
        .map((f) => ({
        ruleId: f.id,
        severity: f.severity,
        message: message(f),
        location: { path: f.component.location ?? f.component.purl },
        fingerprint: prints.get(f),
    }));
}
function vulnsPredicate(findings, scanner, scannedOn) {
    const annotations = (f) => [
        { package: f.component.purl },
        { name: f.component.name, version: f.component.version, ecosystem: f.component.ecosystem },
        { fixed: f.fixed },
        { summary: f.summary },
        ...(f.cvss ? [{ cvss: f.cvss }] : []),
        ...(f.component.location ? [{ location: f.component.location }] : []),
        ...(f.notes?.length ? [{ notes: f.notes }] : []),
    ];
    const severity = (f) => [
        // The project's own word first; a CVSS v3 score maps to the same word (docs/severity.md).
        { method: 'tollgate', score: f.severity },
        ...(f.cvss && f.cvss.version.startsWith('3')
            ? [{ method: `CVSSv${f.cvss.version}`, score: f.cvss.score.toFixed(1) }]
            : []),
    ];
    const time = scannedOn.toISOString();
    return {
        scanner: {
            uri: scanner.name,
            version: scanner.version,
            db: { uri: scanner.db },
            result: findings
                .filter((f) => !f.suppressed)
                .map((f) => ({
                id: f.id,
                aliases: f.aliases.filter((a) => a !== ''),
                severity: severity(f),
                annotations: annotations(f),
            })),
        },
        metadata: { scanStartedOn: time, scanFinishedOn: time },
        suppressed: findings
            .filter((f) => f.suppressed)
            .map((f) => ({ id: f.id, aliases: f.aliases, package: f.component.purl, ...f.suppressed })),
    };
}
function vulnSarif(findings, tool) {
    const rules = new Map();
    for (const f of findings) {
        if (rules.has(f.id))
            continue;
        rules.set(f.id, {
            id: f.id,
            shortDescription: f.summary,
            help: [
                f.summary,
                f.aliases.length ? `Also known as ${f.aliases.join(', ')}.` : '',
                f.cvss ? `CVSS ${f.cvss.version} ${f.cvss.score.toFixed(1)} (${f.cvss.vector}).` : '',
                ...f.references.slice(0, 10),
            ]
                .filter(Boolean)
                .join('\n'),
            helpUri: f.references[0] ?? `https://osv.dev/vulnerability/${f.id}`,
        });
    }
    const prints = fingerprints(findings);
    const all = findings.map((f) => ({
        ruleId: f.id,
        severity: f.severity,
        message: message(f),
        location: { path: f.component.location ?? f.component.purl },
        fingerprint: prints.get(f),
    }));
    const log = (0,sarif/* writeSarif */.lg)({ ...tool, rules: [...rules.values()] }, all);
    const run = log.runs[0];
    run.results.forEach((r, i) => {
        const f = findings[i];
        r.properties = { ...r.properties, purl: f.component.purl, fixed: f.fixed };
        if (f.suppressed)
            r.suppressions = [
                {
                    kind: 'external',
                    status: 'accepted',
                    justification: `${f.suppressed.by}: ${f.suppressed.reason}${f.suppressed.until ? ` (until ${f.suppressed.until})` : ''}`,
                },
            ];
    });
    return log;
}

;// CONCATENATED MODULE: ./dist/vuln/component.js

/**
 * A component from a purl as SBOM tools write them (CycloneDX `components[].purl`): the OSV
 * ecosystem and package name the advisories use, or undefined for a purl without version or
 * of a type OSV does not cover. For Debian, Ubuntu and Alpine the release comes from the
 * `distro` qualifier, and the source package from `upstream` (advisories name source
 * packages: `libc6` is `glibc`).
 */
const CODENAMES = {
    buster: '10',
    bullseye: '11',
    bookworm: '12',
    trixie: '13',
};
const TYPES = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    maven: 'Maven',
    cargo: 'crates.io',
    gem: 'RubyGems',
    nuget: 'NuGet',
    composer: 'Packagist',
    hex: 'Hex',
    pub: 'Pub',
};
function distroEcosystem(type, ns, distro) {
    const d = (distro ?? '').toLowerCase();
    if (type === 'deb') {
        const family = (ns ?? d.split('-')[0] ?? '').toLowerCase();
        const release = d.replace(/^(debian|ubuntu)-/, '');
        if (family === 'debian') {
            const major = CODENAMES[release] ?? /^\d+/.exec(release)?.[0];
            return major ? `Debian:${major}` : undefined;
        }
        if (family === 'ubuntu')
            return /^\d+\.\d+/.test(release) ? `Ubuntu:${/^\d+\.\d+/.exec(release)[0]}` : undefined;
        return undefined;
    }
    if (type === 'apk') {
        const m = /^(?:alpine-)?v?(\d+\.\d+)/.exec(d);
        return m ? `Alpine:v${m[1]}` : undefined;
    }
    return undefined;
}
function componentFromPurl(purl, extra = {}) {
    let p;
    try {
        p = parsePurl(purl);
    }
    catch {
        return undefined;
    }
    if (!p.version)
        return undefined;
    let ecosystem = TYPES[p.type];
    let name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
    if (p.type === 'maven' && p.namespace)
        name = `${p.namespace}:${p.name}`;
    if (p.type === 'deb' || p.type === 'apk') {
        ecosystem = distroEcosystem(p.type, p.namespace, p.qualifiers.distro);
        // syft writes upstream=glibc or upstream=glibc@2.36-9; trivy-style "glibc (2.36-9)" too
        const upstream = p.qualifiers.upstream?.split(/[@\s(]/)[0];
        name = upstream || p.name;
    }
    if (!ecosystem)
        return undefined;
    return { purl, name, version: p.version, ecosystem, ...extra };
}

;// CONCATENATED MODULE: ./dist/vuln/index.js


















// EXTERNAL MODULE: ./dist/core/version.js
var version = __webpack_require__(28048);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./dist/core/confine.js
var confine = __webpack_require__(98402);
;// CONCATENATED MODULE: ./dist/steps/sca/exceptions.js




/**
 * The `exceptions` input: a YAML or JSON file of accepted vulnerabilities, each
 * `{id, until, reason}` (optionally `package`, a name or purl). `until` is a date
 * (YYYY-MM-DD, inclusive, UTC); an expired exception no longer suppresses anything, so an
 * accepted risk comes back on its own. `expires` is read as a synonym of `until`, the word
 * the policy file uses.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A file named by a step input: inside the repository, or refused. */
function inputPath(repoDir, value, what = 'the input') {
    return (0,confine/* resolveInside */.L)(repoDir, value, what);
}
async function loadExceptions(repoDir, value) {
    if (!value?.trim())
        return [];
    const path = inputPath(repoDir, value.trim(), 'the sca input "exceptions"');
    const text = (await (0,fs/* readInput */.R5)(path, 'the exceptions file')).toString('utf8');
    let doc;
    try {
        doc = (0,untrusted/* parseYamlUntrusted */.j6)(text, 'exceptions file', path);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: not YAML or JSON (${e.message})`, {
            hint: 'write a list of {id, until, reason} entries',
        });
    }
    const list = Array.isArray(doc) ? doc : doc?.exceptions;
    if (!Array.isArray(list)) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: expected a list of exceptions (or a map with an "exceptions" list)`, {
            hint: 'example: - {id: GHSA-jf85-cpcp-j695, until: 2027-01-31, reason: "not reachable"}',
        });
    }
    return list.map((raw, i) => {
        const e = (raw ?? {});
        // YAML reads an unquoted date as a Date.
        const untilRaw = e.until ?? e.expires;
        const until = untilRaw instanceof Date ? untilRaw.toISOString().slice(0, 10) : String(untilRaw ?? '');
        const bad = (what) => new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: exception ${i + 1}: ${what}`, {
            hint: 'each exception needs id (a vulnerability id or alias), until (YYYY-MM-DD) and reason',
        });
        if (typeof e.id !== 'string' || !e.id.trim())
            throw bad('id is missing');
        if (!DATE.test(until))
            throw bad(`until is "${until}", not a date YYYY-MM-DD`);
        if (typeof e.reason !== 'string' || !e.reason.trim())
            throw bad('reason is missing');
        return {
            id: e.id.trim(),
            reason: e.reason.trim(),
            expires: until,
            ...(typeof e.package === 'string' && e.package.trim() ? { package: e.package.trim() } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./dist/steps/sca/vulns.js





async function vexOf(ctx) {
    const files = (ctx.inputs.vex ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const all = [];
    for (const f of files)
        all.push(...(await readVex(inputPath(ctx.repoDir, f, 'the sca input "vex"'))));
    return all;
}
/**
 * The step's vulnerability inputs, read and checked before any slow work, so that a bad VEX
 * or exceptions file stops the step at once with the file named.
 */
async function vulnInputs(ctx) {
    (0,scan_step/* failAtOf */.TP)(ctx);
    // Several sources, comma or newline separated, are queried together; folders are
    // relative to the repository.
    const specs = splitVulnSources(ctx.inputs['osv-url'] ?? '').map((s) => /^https?:/i.test(s) ? s : (0,external_node_path_.resolve)(ctx.repoDir, s));
    return {
        // The vulnerability database is the operator's choice (an offline mirror may live
        // anywhere), not a file of the repository; what is read from it is bounded (folder.ts).
        source: openVulnSource(specs.join('\n')),
        vex: await vexOf(ctx),
        exceptions: await loadExceptions(ctx.repoDir, ctx.inputs.exceptions),
    };
}
async function scanVulns(ctx, components, scanner, now = new Date(), inputs) {
    const failAt = (0,scan_step/* failAtOf */.TP)(ctx);
    const { source, vex, exceptions } = inputs ?? (await vulnInputs(ctx));
    ctx.log(`${ctx.step.id}: matching ${components.length} package(s) against ${source.describe}`);
    const findings = await scanComponents(components, source, {
        vex,
        exceptions,
        now,
        signal: ctx.signal,
    });
    const open = vulnFindingsToFindings(findings);
    const tool = { name: `tollgate-${scanner}`, version: version/* VERSION */.x };
    return {
        findings,
        open,
        blocking: open.filter((f) => (0,scan_step/* isBlocking */.Us)(f, failAt)),
        predicate: vulnsPredicate(findings, { ...tool, db: source.describe }, now),
        sarif: vulnSarif(findings, tool),
        source: source.describe,
    };
}
/** One line per vulnerability for the job summary, worst first. */
function vulnRows(findings, max = 30) {
    return findings.slice(0, max).map((f) => {
        const state = f.suppressed ? `suppressed (${f.suppressed.by})` : f.severity;
        const fix = f.fixed.length ? f.fixed.join(', ') : '—';
        return `| ${state} | ${f.id} | ${f.component.name}@${f.component.version} | ${fix} |`;
    });
}


/***/ }),

/***/ 41208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ cvss2),
/* harmony export */   p: () => (/* binding */ cvss3)
/* harmony export */ });
const V3 = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 },
};
function metrics(parts) {
    const m = new Map();
    for (const p of parts) {
        const [k, v, extra] = p.split(':');
        if (!k || !v || extra !== undefined || m.has(k))
            return undefined;
        m.set(k, v);
    }
    return m;
}
/** CVSS v3.1 Roundup: the smallest one-decimal number ≥ x, immune to float noise. */
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/** Base score of a CVSS:3.0 or CVSS:3.1 vector; undefined when a base metric is missing or bad. */
function cvss3(vector) {
    const [head, ...parts] = vector.trim().split('/');
    const version = /^CVSS:(3\.[01])$/.exec(head ?? '')?.[1];
    const m = metrics(parts);
    if (!version || !m)
        return undefined;
    const scope = m.get('S');
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[m.get('PR') ?? ''];
    const w = (k) => V3[k]?.[m.get(k) ?? ''];
    const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
    if ([pr, av, ac, ui, c, i, a].some((x) => x === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * pr * ui;
    const score = impact <= 0 ? 0 : roundUp(Math.min((scope === 'U' ? 1 : 1.08) * (impact + exploitability), 10));
    return { version, vector: vector.trim(), score };
}
const V2 = {
    AV: { L: 0.395, A: 0.646, N: 1 },
    AC: { H: 0.35, M: 0.61, L: 0.71 },
    Au: { M: 0.45, S: 0.56, N: 0.704 },
    C: { N: 0, P: 0.275, C: 0.66 },
    I: { N: 0, P: 0.275, C: 0.66 },
    A: { N: 0, P: 0.275, C: 0.66 },
};
/** Base score of a CVSS v2 vector (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses). */
function cvss2(vector) {
    const m = metrics(vector
        .trim()
        .replace(/^\(|\)$/g, '')
        .split('/'));
    if (!m)
        return undefined;
    const [av, ac, au, c, i, a] = ['AV', 'AC', 'Au', 'C', 'I', 'A'].map((k) => V2[k]?.[m.get(k) ?? '']);
    if ([av, ac, au, c, i, a].some((x) => x === undefined))
        return undefined;
    const impact = 10.41 * (1 - (1 - c) * (1 - i) * (1 - a));
    const exploitability = 20 * av * ac * au;
    const f = impact === 0 ? 0 : 1.176;
    const score = Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
    return { version: '2.0', vector: vector.trim(), score: Math.max(0, score) };
}


/***/ }),

/***/ 77417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   Bc: () => (/* binding */ purlBase),
/* harmony export */   Dx: () => (/* binding */ splitEcosystem),
/* harmony export */   VA: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);

/** Percent-encodes like the purl spec: `:` may stay literal (Debian epochs read better). */
const enc = (s) => encodeURIComponent(s).replace(/%3A/gi, ':');
function build(p) {
    const ns = p.namespace ? `${p.namespace.split('/').map(enc).join('/')}/` : '';
    const ver = p.version !== undefined && p.version !== '' ? `@${enc(p.version)}` : '';
    const q = Object.keys(p.qualifiers)
        .filter((k) => p.qualifiers[k])
        .sort()
        .map((k) => `${k}=${enc(p.qualifiers[k] ?? '')}`)
        .join('&');
    return `pkg:${p.type}/${ns}${enc(p.name)}${ver}${q ? `?${q}` : ''}${p.subpath ? `#${p.subpath}` : ''}`;
}
/** The purl of a package as OSV names it (ecosystem, name) at a version. */
function purlOf(ecosystem, name, version) {
    const [eco = '', release = ''] = splitEcosystem(ecosystem);
    const slash = (n) => {
        const i = n.lastIndexOf('/');
        return i < 0 ? [undefined, n] : [n.slice(0, i), n.slice(i + 1)];
    };
    const p = (type, full, qualifiers = {}) => {
        const [namespace, last] = slash(full);
        return { type, ...(namespace ? { namespace } : {}), name: last, version, qualifiers };
    };
    switch (eco) {
        case 'npm':
            return build(p('npm', name));
        case 'PyPI':
            return build(p('pypi', name.toLowerCase().replace(/[-_.]+/g, '-')));
        case 'Go':
            return build(p('golang', name));
        case 'Maven':
            return build(p('maven', name.replace(':', '/')));
        case 'crates.io':
            return build(p('cargo', name));
        case 'RubyGems':
            return build(p('gem', name));
        case 'NuGet':
            return build(p('nuget', name));
        case 'Packagist':
            return build(p('composer', name));
        case 'Debian':
        case 'Ubuntu': {
            const distro = eco.toLowerCase();
            return build(p('deb', `${distro}/${name}`, release ? { distro: `${distro}-${release}` } : {}));
        }
        case 'Alpine':
            return build(p('apk', `alpine/${name}`, release ? { distro: `alpine-${release.replace(/^v/, '')}` } : {}));
        default:
            return build({ type: 'generic', name, version, qualifiers: { ecosystem } });
    }
}
/** 'Debian:12' → ['Debian', '12']; 'npm' → ['npm', '']. */
function splitEcosystem(ecosystem) {
    const i = ecosystem.indexOf(':');
    return i < 0 ? [ecosystem, ''] : [ecosystem.slice(0, i), ecosystem.slice(i + 1)];
}
function parsePurl(purl) {
    const bad = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `"${purl}" is not a package URL: ${why}`, {
        hint: 'a purl looks like pkg:npm/lodash@4.17.21 (https://github.com/package-url/purl-spec)',
    });
    if (!purl.startsWith('pkg:'))
        throw bad('it does not start with "pkg:"');
    let rest = purl.slice(4).replace(/^\/+/, '');
    let subpath;
    const hash = rest.indexOf('#');
    if (hash >= 0)
        [rest, subpath] = [rest.slice(0, hash), rest.slice(hash + 1)];
    const qualifiers = {};
    const qm = rest.indexOf('?');
    if (qm >= 0) {
        for (const pair of rest.slice(qm + 1).split('&')) {
            const eq = pair.indexOf('=');
            if (eq > 0)
                qualifiers[pair.slice(0, eq).toLowerCase()] = decode(pair.slice(eq + 1));
        }
        rest = rest.slice(0, qm);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        throw bad('no type');
    const type = rest.slice(0, slash).toLowerCase();
    let path = rest.slice(slash + 1);
    let version;
    const at = path.lastIndexOf('@');
    // An npm scope is written %40scope; a literal leading '@' is a scope, not a version.
    if (at > 0)
        [path, version] = [path.slice(0, at), decode(path.slice(at + 1))];
    const segs = path.split('/').filter(Boolean).map(decode);
    const name = segs.pop();
    if (!name)
        throw bad('no name');
    return {
        type,
        ...(segs.length ? { namespace: segs.join('/') } : {}),
        name,
        ...(version !== undefined ? { version } : {}),
        qualifiers,
        ...(subpath ? { subpath } : {}),
    };
}
function decode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** The purl without version, qualifiers and subpath: "the package", for VEX and exceptions. */
function purlBase(purl) {
    try {
        const p = parsePurl(purl);
        return build({
            type: p.type,
            ...(p.namespace ? { namespace: p.namespace } : {}),
            name: p.name,
            qualifiers: {},
        });
    }
    catch {
        return purl;
    }
}


/***/ })

};
