export const id = 6662;
export const ids = [6662];
export const modules = {

/***/ 16662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NOTICES_NAME: () => (/* binding */ NOTICES_NAME),
  SARIF_NAME: () => (/* binding */ SARIF_NAME),
  SBOM_NAME: () => (/* binding */ SBOM_NAME),
  sca: () => (/* binding */ sca)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./dist/tools/resolve.js
var resolve = __webpack_require__(82460);
;// CONCATENATED MODULE: ./dist/sbom/cdx-tool.js




const PKG = '@cyclonedx/cyclonedx-npm';
/**
 * cyclonedx-npm's command line script and version, from the step tools (src/tools/resolve.ts).
 * Its `exports` hide package.json from `require.resolve` (so the shared packagedTool cannot
 * read it); its main module is resolvable, and package.json is found by walking up from there.
 */
async function cyclonedxNpm() {
    let dir = (0,external_node_path_.dirname)(await (0,resolve/* resolveTool */.Hj)(PKG));
    for (let i = 0; i < 4; i++, dir = (0,external_node_path_.dirname)(dir)) {
        let manifest;
        try {
            manifest = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8'));
        }
        catch {
            continue;
        }
        const bin = manifest.bin?.['cyclonedx-npm'];
        if (manifest.name === PKG && bin)
            return { script: (0,external_node_path_.join)(dir, bin), version: manifest.version ?? 'unknown' };
    }
    throw new errors/* TollgateError */.xB('INTERNAL', `${PKG} is installed without its cyclonedx-npm command`);
}

// EXTERNAL MODULE: ./dist/sbom/cyclonedx.js
var cyclonedx = __webpack_require__(19589);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
// EXTERNAL MODULE: ./dist/vuln/purl.js
var vuln_purl = __webpack_require__(77417);
;// CONCATENATED MODULE: ./dist/sbom/js/graph.js

/**
 * Development-only packages: reachable from a devDependency and not from a production one.
 * A package the walk reaches from neither side (the lockfile of a workspace, a package.json
 * that is gone) is kept as production: leaving a shipped package out of the SBOM would hide
 * its vulnerabilities, keeping a test-only one costs a finding at most.
 */
function devOnly(graph) {
    const byKey = new Map(graph.packages.map((p) => [p.key, p]));
    const reach = (roots) => {
        const seen = new Set();
        const stack = [...roots];
        while (stack.length) {
            const k = stack.pop();
            if (seen.has(k))
                continue;
            seen.add(k);
            for (const d of byKey.get(k)?.deps ?? [])
                stack.push(d);
        }
        return seen;
    };
    const prod = reach(graph.prodRoots);
    const dev = reach(graph.devRoots);
    return new Set(graph.packages
        .filter((p) => (p.dev !== undefined ? p.dev : dev.has(p.key) && !prod.has(p.key)))
        .map((p) => p.key));
}
/**
 * The npm components of a lockfile as the npm path lists them (`--omit dev`): one per name
 * and version, purl `pkg:npm/...`, scope `optional` where the lockfile marks the package
 * optional. Development-only packages are counted, not listed: the SBOM describes what ships,
 * and the gate judges every component of it.
 */
function npmComponents(graph, rel) {
    const dev = devOnly(graph);
    const out = new Map();
    const devPurls = new Set();
    for (const p of graph.packages) {
        const purl = (0,vuln_purl/* purlOf */.VA)('npm', p.name, p.version);
        if (dev.has(p.key)) {
            devPurls.add(purl);
            continue;
        }
        const had = out.get(purl);
        // One package pinned through several descriptors is one component; optional only when
        // every way to it is.
        if (had) {
            if (had.scope === 'optional' && !p.optional)
                delete had.scope;
            continue;
        }
        out.set(purl, {
            name: p.name,
            version: p.version,
            purl,
            ecosystem: 'npm',
            bomRef: purl,
            type: 'library',
            location: rel,
            ...(p.optional ? { scope: 'optional' } : {}),
        });
    }
    for (const purl of out.keys())
        devPurls.delete(purl);
    return { components: [...out.values()], devCount: devPurls.size };
}

;// CONCATENATED MODULE: ./dist/sbom/js/manifest.js


const entries = (v) => v && typeof v === 'object' && !Array.isArray(v)
    ? Object.entries(v).flatMap(([k, x]) => typeof x === 'string' ? [[k, x]] : [])
    : [];
/**
 * undefined when there is no readable package.json: then nothing is known to be dev-only.
 * A broken package.json is the package manager's error to report, not this one's.
 */
async function rootDeps(path) {
    try {
        const p = (0,untrusted/* parseJsonUntrusted */.IN)(await (0,fs/* readInput */.R5)(path, 'package.json', 16 << 20), 'package.json', path);
        return {
            prod: [...entries(p.dependencies), ...entries(p.optionalDependencies)],
            dev: entries(p.devDependencies),
        };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./dist/sbom/js/yaml-lock.js



function readYamlLock(text, file, kind) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,untrusted/* parseYamlDocumentUntrusted */.sF)(text, kind, file, {
        lineCounter: counter,
        prettyErrors: false,
        uniqueKeys: false,
    });
    const first = doc.errors[0];
    if (first) {
        const line = first.linePos?.[0]?.line ?? counter.linePos(first.pos[0]).line;
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file}${line ? `:${line}` : ''}: ${kind} is not valid YAML: ${first.message.split('\n')[0]}`, {
            hint: `check ${file} for an edit by hand or a merge conflict, or let the package manager rewrite it`,
        });
    }
    const value = (0,untrusted/* yamlToJsUntrusted */.q$)(doc, kind, file);
    const lineOf = (path) => keyLine(doc, counter, path);
    const error = (path, why) => {
        const line = lineOf(path);
        return new errors/* TollgateError */.xB('INPUT_INVALID', `${file}${line ? `:${line}` : ''}: ${why}`, {
            hint: `let the package manager rewrite ${file}, or fix the entry by hand`,
        });
    };
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw error([], `${kind} is not a map of entries`);
    return { value: value, lineOf, error };
}
function keyLine(doc, counter, path) {
    let node = doc.contents;
    let line;
    for (const k of path) {
        if (!(0,dist/* isMap */.jh)(node))
            break;
        const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === k);
        if (!pair)
            break;
        const at = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.range?.[0] : undefined;
        if (at !== undefined)
            line = counter.linePos(at).line;
        node = pair.value;
    }
    if (line === undefined && doc.contents?.range)
        line = counter.linePos(doc.contents.range[0]).line;
    return line;
}
const isObj = (v) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
/** `name: range` maps (dependencies blocks); anything else yields nothing. */
function stringMap(v) {
    if (!isObj(v))
        return [];
    return Object.entries(v).flatMap(([k, x]) => typeof x === 'string' ? [[k, x]] : []);
}

;// CONCATENATED MODULE: ./dist/sbom/js/pnpm.js

/**
 * `pnpm-lock.yaml`, without running pnpm, in the three shapes pnpm has written:
 * - 5.x: packages keyed `/name/1.2.3_peer`, dependencies as `name: 1.2.3`, `dev: true|false`;
 * - 6.x: packages keyed `/name@1.2.3(peer@2)`, importers as `name: {specifier, version}`,
 *   `dev: true|false`;
 * - 9.x: `packages` keyed `name@1.2.3` (metadata) and `snapshots` keyed `name@1.2.3(peer@2)`
 *   (the dependency graph), no `dev` field: the walk from the importers decides.
 */
function nameVersion(key, major) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    if (major < 6) {
        const slash = k.lastIndexOf('/');
        if (slash <= 0)
            return undefined;
        return [k.slice(0, slash), k.slice(slash + 1).replace(/_.*$/, '')];
    }
    const paren = k.indexOf('(');
    if (paren > 0)
        k = k.slice(0, paren);
    const at = k.lastIndexOf('@');
    return at > 0 ? [k.slice(0, at), k.slice(at + 1)] : undefined;
}
function pnpmGraph(text, file) {
    const lock = readYamlLock(text, file, 'pnpm lockfile');
    const v = lock.value;
    const major = Number.parseFloat(String(v.lockfileVersion ?? ''));
    if (!Number.isFinite(major) || major < 5)
        throw lock.error(['lockfileVersion'], `lockfileVersion ${JSON.stringify(v.lockfileVersion ?? null)} is not one Tollgate reads (5.x, 6.x, 9.x)`);
    const prefix = major >= 9 ? '' : '/';
    /** A dependency reference (`1.2.3`, `1.2.3(peer@2)`, `alias@1.2.3`, `link:../x`) → key. */
    const ref = (name, version) => {
        const ver = isObj(version) ? version.version : version;
        if (typeof ver !== 'string' || /^(link|file|workspace):/.test(ver))
            return undefined;
        if (ver.startsWith('/'))
            return major >= 9 ? ver.slice(1) : ver;
        if (!/^\d/.test(ver) && ver.indexOf('@', 1) > 0)
            return `${prefix}${ver}`;
        return major < 6 ? `/${name}/${ver}` : `${prefix}${name}@${ver}`;
    };
    const section = major >= 9 ? 'snapshots' : 'packages';
    const graph = v[section] ?? (major >= 9 ? v.packages : undefined) ?? {};
    if (!isObj(graph))
        throw lock.error([section], `${section} is not a map`);
    const meta = isObj(v.packages) ? v.packages : {};
    const packages = [];
    for (const [key, raw] of Object.entries(graph)) {
        const e = raw ?? {};
        if (!isObj(e))
            throw lock.error([section, key], `entry "${key}" is not a map`);
        const nv = nameVersion(key, major);
        const name = typeof e.name === 'string' ? e.name : nv?.[0];
        const version = typeof e.version === 'string' ? e.version : nv?.[1];
        if (!name || !version)
            throw lock.error([section, key], `entry "${key}" names no package and version`);
        const deps = [e.dependencies, e.optionalDependencies].flatMap((m) => isObj(m)
            ? Object.entries(m).flatMap(([n, r]) => {
                const d = ref(n, r);
                return d ? [d] : [];
            })
            : []);
        const metaOf = major >= 9 ? meta[`${name}@${version}`] : undefined;
        const optional = e.optional === true || (isObj(metaOf) && metaOf.optional === true);
        packages.push({
            key,
            name,
            version,
            deps,
            ...(typeof e.dev === 'boolean' ? { dev: e.dev } : {}),
            ...(optional ? { optional } : {}),
        });
    }
    // Importers: 6.x and 9.x list them under `importers` (workspaces) or, for a single
    // project in 5.x and 6.x, at the top level.
    const importers = isObj(v.importers) ? Object.values(v.importers).filter(isObj) : [v];
    const roots = (field) => importers.flatMap((imp) => isObj(imp[field])
        ? Object.entries(imp[field]).flatMap(([n, r]) => {
            const d = ref(n, r);
            return d ? [d] : [];
        })
        : []);
    return {
        packages,
        prodRoots: [...roots('dependencies'), ...roots('optionalDependencies')],
        devRoots: roots('devDependencies'),
    };
}

;// CONCATENATED MODULE: ./dist/sbom/js/yarn-v1.js

function malformed(file, line, why) {
    return new errors/* TollgateError */.xB('INPUT_INVALID', `${file}:${line}: not a yarn v1 lockfile: ${why}`, {
        hint: 'run yarn install to rewrite the lockfile, or fix the line by hand',
    });
}
/** A bare word or a JSON-quoted string; `rest` is what follows it. */
function token(text, file, line) {
    if (text.startsWith('"')) {
        let i = 1;
        while (i < text.length && text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        if (i >= text.length)
            throw malformed(file, line, 'a quoted string does not end');
        try {
            return { value: JSON.parse(text.slice(0, i + 1)), rest: text.slice(i + 1) };
        }
        catch {
            throw malformed(file, line, 'a quoted string has a bad escape');
        }
    }
    const m = /^[^\s,:"]+(?::(?=\S)[^\s,:"]*)*/.exec(text);
    if (!m)
        throw malformed(file, line, `unexpected "${text.slice(0, 20)}"`);
    return { value: m[0], rest: text.slice(m[0].length) };
}
function parseYarnV1(text, file) {
    const entries = [];
    let entry;
    let block;
    const lines = text.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        const line = n + 1;
        if (!raw.trim() || raw.trimStart().startsWith('#'))
            continue;
        if (/^\s*\t/.test(raw))
            throw malformed(file, line, 'indented with a tab');
        const indent = raw.length - raw.trimStart().length;
        const body = raw.trimEnd().slice(indent);
        if (indent === 0) {
            if (!body.endsWith(':'))
                throw malformed(file, line, 'an entry header must end with ":"');
            const descriptors = [];
            let rest = body.slice(0, -1);
            while (rest) {
                const t = token(rest, file, line);
                descriptors.push(t.value);
                rest = t.rest.replace(/^\s*,\s*/, '');
                if (rest === t.rest && rest)
                    throw malformed(file, line, 'descriptors must be separated by ", "');
            }
            if (!descriptors.length)
                throw malformed(file, line, 'an entry header names no package');
            entry = { descriptors, line, fields: {}, blocks: {} };
            entries.push(entry);
            block = undefined;
        }
        else if (indent === 2) {
            if (!entry)
                throw malformed(file, line, 'a field outside any entry');
            const key = token(body, file, line);
            if (key.rest === ':') {
                block = {};
                entry.blocks[key.value] = block;
                continue;
            }
            block = undefined;
            if (!/^\s+\S/.test(key.rest))
                throw malformed(file, line, `field "${key.value}" has no value`);
            const value = token(key.rest.trimStart(), file, line);
            if (value.rest.trim())
                throw malformed(file, line, `unexpected text after "${key.value}"`);
            entry.fields[key.value] = value.value;
        }
        else if (indent === 4) {
            if (!block)
                throw malformed(file, line, 'a nested line outside a dependencies block');
            const key = token(body, file, line);
            if (!/^\s+\S/.test(key.rest))
                throw malformed(file, line, `dependency "${key.value}" has no range`);
            const value = token(key.rest.trimStart(), file, line);
            block[key.value] = value.value;
        }
        else {
            throw malformed(file, line, `unexpected indentation of ${indent} spaces`);
        }
    }
    for (const e of entries)
        if (!e.fields.version)
            throw malformed(file, e.line, `entry ${e.descriptors[0]} has no version`);
    return entries;
}

;// CONCATENATED MODULE: ./dist/sbom/js/yarn.js


/**
 * `yarn.lock` in both of its formats, without running yarn: the classic v1 format
 * (./yarn-v1.ts) and Berry's (yarn 2 and later), which is YAML with a `__metadata` entry.
 * Entries are keyed by their descriptors (`name@range`); a dependency `name: range` resolves
 * to the entry that lists `name@range` (Berry also writes `name@npm:range`).
 */
/** `name@range` → [name, range]; the name of a scoped package starts with `@`. */
function splitDescriptor(d) {
    const at = d.indexOf('@', 1);
    return at < 0 ? [d, ''] : [d.slice(0, at), d.slice(at + 1)];
}
const isBerry = (text) => /^__metadata:/m.test(text);
function yarnGraph(text, file, roots) {
    return isBerry(text) ? berryGraph(text, file, roots) : v1Graph(text, file, roots);
}
function rootKeys(roots, resolve) {
    const keys = (list) => list.flatMap(([n, r]) => {
        const k = resolve(n, r);
        return k ? [k] : [];
    });
    return { prodRoots: keys(roots?.prod ?? []), devRoots: keys(roots?.dev ?? []) };
}
function v1Graph(text, file, roots) {
    const entries = parseYarnV1(text, file);
    const byDescriptor = new Map();
    for (const e of entries)
        for (const d of e.descriptors)
            byDescriptor.set(d, e.descriptors[0]);
    const resolve = (name, range) => byDescriptor.get(`${name}@${range}`);
    const packages = entries.map((e) => {
        const [alias, range] = splitDescriptor(e.descriptors[0]);
        // An alias (`alias@npm:real@^1`) installs the package `real`.
        const name = range.startsWith('npm:') && range.indexOf('@', 5) > 0
            ? splitDescriptor(range.slice(4))[0]
            : alias;
        const deps = Object.values(e.blocks).flatMap((b) => Object.entries(b).flatMap(([n, r]) => {
            const k = resolve(n, r);
            return k ? [k] : [];
        }));
        return { key: e.descriptors[0], name, version: e.fields.version, deps };
    });
    return { packages, ...rootKeys(roots, resolve) };
}
/** Protocols of packages that are not from a registry but the project's own folders. */
const OWN = /^(workspace|link|portal|file):/;
function berryGraph(text, file, roots) {
    const lock = readYamlLock(text, file, 'yarn lockfile');
    const byDescriptor = new Map();
    const keys = Object.keys(lock.value).filter((k) => k !== '__metadata');
    for (const k of keys)
        for (const d of k
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean))
            byDescriptor.set(d, k);
    const resolve = (name, range) => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
    const packages = [];
    for (const k of keys) {
        const e = lock.value[k];
        if (!isObj(e))
            throw lock.error([k], `entry "${k}" is not a map`);
        const { version, resolution } = e;
        if (typeof version !== 'string' || typeof resolution !== 'string')
            throw lock.error([k], `entry "${k}" has no version or resolution`);
        const [name, how] = splitDescriptor(resolution);
        if (OWN.test(how))
            continue;
        const deps = [...stringMap(e.dependencies), ...stringMap(e.optionalDependencies)].flatMap(([n, r]) => {
            const d = resolve(n, r);
            return d ? [d] : [];
        });
        packages.push({ key: k, name, version, deps });
    }
    return { packages, ...rootKeys(roots, resolve) };
}

;// CONCATENATED MODULE: ./dist/sbom/js/index.js








/**
 * npm packages of a yarn or pnpm project, read from `yarn.lock` (classic v1 and Berry) and
 * `pnpm-lock.yaml` alone: no package manager runs and nothing in the repository changes (an
 * `npm install` would rewrite the lockfile it is meant to describe). The components are those
 * the npm path gives; licences come from the installed `node_modules` when it is there.
 */
const JS_LOCKFILES = ['pnpm-lock.yaml', 'yarn.lock'];
/** Lockfiles are large but bounded: the biggest real ones are a few tens of MiB. */
const MAX_LOCK_BYTES = 64 << 20;
const exists = (p) => (0,promises_.access)(p).then(() => true, () => false);
async function installedLicense(repoDir, c) {
    const dir = (0,external_node_path_.join)(repoDir, 'node_modules', c.name);
    try {
        const file = (0,external_node_path_.join)(dir, 'package.json');
        const p = (0,untrusted/* parseJsonUntrusted */.IN)(await (0,fs/* readInput */.R5)(file, 'package.json', 1 << 20), 'package.json', file);
        // Only the copy the lockfile pins: a hoisted copy of another version says nothing of it.
        if (p.version !== c.version)
            return {};
        return {
            ...(typeof p.license === 'string' && p.license.trim() ? { license: p.license } : {}),
            licenseSource: dir,
        };
    }
    catch {
        return {};
    }
}
async function jsLockComponents(repoDir) {
    const found = (await Promise.all(JS_LOCKFILES.map(async (f) => ((await exists((0,external_node_path_.join)(repoDir, f))) ? f : '')))).filter(Boolean);
    if (!found.length)
        return undefined;
    const roots = await rootDeps((0,external_node_path_.join)(repoDir, 'package.json'));
    const byPurl = new Map();
    const notes = [];
    const read = [];
    for (const rel of found) {
        const file = (0,external_node_path_.join)(repoDir, rel);
        const text = (await (0,fs/* readInput */.R5)(file, 'lock file', MAX_LOCK_BYTES)).toString('utf8');
        let graph;
        if (rel === 'yarn.lock') {
            graph = yarnGraph(text, file, roots);
            read.push(`${rel} (${isBerry(text) ? 'Berry' : 'v1'})`);
        }
        else {
            graph = pnpmGraph(text, file);
            read.push(rel);
        }
        const { components, devCount } = npmComponents(graph, rel);
        for (const c of components)
            if (!byPurl.has(c.purl))
                byPurl.set(c.purl, c);
        if (devCount)
            notes.push(`${rel}: ${devCount} development-only package(s) left out, as the npm path's --omit dev does`);
        if (rel === 'yarn.lock' && !roots)
            notes.push('yarn.lock without a readable package.json: development dependencies cannot be told apart and are listed');
    }
    const components = await Promise.all([...byPurl.values()].map(async (c) => ({ ...c, ...(await installedLicense(repoDir, c)) })));
    return { components, notes, read };
}

;// CONCATENATED MODULE: ./dist/sbom/lockfiles.js

/**
 * Components of ecosystems that have no SBOM tool here, read from their lockfiles: pinned
 * `requirements.txt` lines (`name==version`) and `go.sum`. Unpinned requirements are named
 * in a note: their version is decided at install time, so no SBOM can state it.
 */
async function readText(path) {
    return (0,fs/* readInput */.R5)(path, 'lock file', 256 << 20).then((b) => b.toString('utf8'), () => undefined);
}
/** PEP 503 normalised name, as OSV and purl use it. */
function pypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
async function pythonComponents(file, rel) {
    const text = await readText(file);
    if (text === undefined)
        return undefined;
    const components = [];
    const unpinned = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#') || line.startsWith('-'))
            continue;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*([^\s;,]+)/.exec(line);
        if (!m) {
            unpinned.push(line.split(/[\s;<>=!~[]/)[0] ?? line);
            continue;
        }
        const name = pypiName(m[1]);
        const version = m[3];
        components.push({
            name,
            version,
            purl: `pkg:pypi/${name}@${version}`,
            ecosystem: 'PyPI',
            bomRef: `pkg:pypi/${name}@${version}`,
            type: 'library',
            location: rel,
        });
    }
    const notes = unpinned.length
        ? [
            `${rel}: ${unpinned.length} requirement(s) not pinned with == and left out: ${unpinned.slice(0, 10).join(', ')}`,
        ]
        : [];
    return { components, notes };
}
async function goComponents(file, rel) {
    const text = await readText(file);
    if (text === undefined)
        return undefined;
    const seen = new Set();
    const components = [];
    for (const line of text.split(/\r?\n/)) {
        const [module, version] = line.trim().split(/\s+/);
        // `<module> <version>/go.mod` lines only pin a go.mod file, not the module's code.
        if (!module || !version || version.endsWith('/go.mod'))
            continue;
        const key = `${module}@${version}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        components.push({
            name: module,
            version,
            purl: `pkg:golang/${module}@${version}`,
            ecosystem: 'Go',
            bomRef: `pkg:golang/${key}`,
            type: 'library',
            location: rel,
        });
    }
    return components;
}

;// CONCATENATED MODULE: ./dist/sbom/app.js








const app_exists = (p) => (0,promises_.access)(p).then(() => true, () => false);
/** npm reads only the local tree here: no update check, no registry request. */
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_offline: 'true' };
async function npmBom(o) {
    // Without node_modules the tree and the licence ids come from the lockfile alone (no texts).
    const lockOnly = !(await app_exists((0,external_node_path_.join)(o.repoDir, 'node_modules')));
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-sbom-'));
    const out = (0,external_node_path_.join)(scratch, 'bom.json');
    try {
        const cdx = await cyclonedxNpm();
        const args = [cdx.script, '--output-format', 'JSON', '--spec-version', '1.5', '--omit', 'dev'];
        args.push('--flatten-components', '--output-file', out);
        if (lockOnly)
            args.push('--package-lock-only');
        const r = await o.exec.run(process.execPath, args, { cwd: o.repoDir, env, signal: o.signal });
        if (r.code === 0) {
            return {
                bom: await readBom(out, 'cyclonedx-npm'),
                tool: { name: 'cyclonedx-npm', version: cdx.version },
            };
        }
        const why = r.stderr.trim().split('\n').slice(-3).join(' ');
        o.log(`sca: cyclonedx-npm failed (exit ${r.code}: ${why}); trying npm sbom`);
        const npmArgs = ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev'];
        if (lockOnly)
            npmArgs.push('--package-lock-only');
        const n = await o.exec.run('npm', npmArgs, { cwd: o.repoDir, env, signal: o.signal });
        if (n.code !== 0) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${(0,external_node_path_.join)(o.repoDir, 'package-lock.json')}: neither cyclonedx-npm nor npm sbom could read the dependency tree: ${why}`, { hint: 'run npm ci (or npm install) so that package-lock.json matches package.json' });
        }
        const v = await o.exec.run('npm', ['--version'], { cwd: o.repoDir });
        return { bom: parseBom(n.stdout, 'npm sbom'), tool: { name: 'npm', version: v.stdout.trim() } };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
async function readBom(path, tool) {
    return parseBom(await (0,promises_.readFile)(path, 'utf8').catch(() => ''), tool);
}
function parseBom(text, tool) {
    try {
        const bom = JSON.parse(text);
        if (bom.bomFormat !== 'CycloneDX')
            throw new Error('bomFormat is not CycloneDX');
        return bom;
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INTERNAL', `${tool} wrote no CycloneDX JSON: ${e.message}`, {
            hint: `run ${tool} in the repository by hand to see its output`,
        });
    }
}
async function repoName(repoDir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(repoDir, 'package.json'), 'utf8').catch(() => undefined);
    if (text) {
        try {
            const p = JSON.parse(text);
            if (p.name)
                return { name: p.name, ...(p.version ? { version: p.version } : {}) };
        }
        catch {
            // a broken package.json is npm's error to report; the name is cosmetic here
        }
    }
    return { name: repoDir.split('/').filter(Boolean).pop() ?? 'application' };
}
async function appSbom(o) {
    const notes = [];
    const tools = [];
    const extra = [];
    let bom;
    let components = [];
    let ecosystems = 0;
    const npmLock = ['package-lock.json', 'npm-shrinkwrap.json'];
    if ((await Promise.all(npmLock.map((f) => app_exists((0,external_node_path_.join)(o.repoDir, f))))).some(Boolean)) {
        ecosystems++;
        const r = await npmBom(o);
        bom = r.bom;
        tools.push(r.tool);
        components = (0,cyclonedx/* componentsOfBom */.UE)(bom, o.repoDir);
        o.log(`sca: ${r.tool.name} ${r.tool.version}: ${components.length} npm package(s)`);
    }
    else {
        const js = await jsLockComponents(o.repoDir);
        if (js) {
            ecosystems++;
            extra.push(...js.components);
            notes.push(...js.notes);
            o.log(`sca: ${js.read.join(', ')}: ${js.components.length} npm package(s)`);
        }
        else if (await app_exists((0,external_node_path_.join)(o.repoDir, 'package.json'))) {
            notes.push('package.json without package-lock.json, yarn.lock or pnpm-lock.yaml: npm dependencies are not pinned, so they are not in the SBOM (commit a lockfile)');
        }
    }
    const py = await pythonComponents((0,external_node_path_.join)(o.repoDir, 'requirements.txt'), 'requirements.txt');
    if (py) {
        ecosystems++;
        extra.push(...py.components);
        notes.push(...py.notes);
    }
    const go = await goComponents((0,external_node_path_.join)(o.repoDir, 'go.sum'), 'go.sum');
    if (go) {
        ecosystems++;
        extra.push(...go);
    }
    if (ecosystems === 0) {
        notes.push('no lockfile of a known ecosystem (package-lock.json, yarn.lock, pnpm-lock.yaml, requirements.txt, go.sum): the SBOM lists no components');
    }
    if (!bom) {
        const name = await repoName(o.repoDir);
        bom = (0,cyclonedx/* newBom */.LJ)({ type: 'application', ...name }, extra, tools);
    }
    else if (extra.length) {
        (0,cyclonedx/* appendComponents */.np)(bom, extra);
    }
    return { bom, components: [...components, ...extra], tools, notes };
}

// EXTERNAL MODULE: ./dist/sbom/notices.js
var sbom_notices = __webpack_require__(96001);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var common_sarif = __webpack_require__(7677);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
;// CONCATENATED MODULE: ./dist/sbom/license-policy.js

/** Comma or whitespace separated SPDX ids, compared case-insensitively. */
function parseLicenseList(value) {
    return new Set((value ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean));
}
function tokens(text) {
    return text.replace(/[()]/g, ' $& ').split(/\s+/).filter(Boolean);
}
/** Parses an SPDX expression; AND binds tighter than OR, as the SPDX specification says. */
function parseSpdx(text) {
    const t = tokens(text);
    let i = 0;
    const fail = (what) => {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `licence "${text}": ${what}`);
    };
    const primary = () => {
        const tok = t[i++];
        if (tok === undefined)
            return fail('ends too early');
        if (tok === '(') {
            const e = orExpr();
            if (t[i++] !== ')')
                fail('a bracket is not closed');
            return e;
        }
        if (/^(AND|OR|WITH|\))$/i.test(tok))
            fail(`unexpected "${tok}"`);
        // `GPL-2.0 WITH Classpath-exception-2.0`: the exception only widens the licence.
        if (t[i]?.toUpperCase() === 'WITH')
            i += 2;
        return { id: tok };
    };
    const andExpr = () => {
        let left = primary();
        while (t[i]?.toUpperCase() === 'AND') {
            i++;
            left = { op: 'AND', left, right: primary() };
        }
        return left;
    };
    const orExpr = () => {
        let left = andExpr();
        while (t[i]?.toUpperCase() === 'OR') {
            i++;
            left = { op: 'OR', left, right: andExpr() };
        }
        return left;
    };
    const e = orExpr();
    if (i < t.length)
        fail(`unexpected "${t[i]}"`);
    return e;
}
function idOk(id, p) {
    const key = id.toLowerCase().replace(/\+$/, '');
    if (p.denied.has(key) || p.denied.has(id.toLowerCase()))
        return false;
    return p.allowed.size === 0 || p.allowed.has(key) || p.allowed.has(id.toLowerCase());
}
function acceptable(e, p) {
    if ('id' in e)
        return idOk(e.id, p);
    return e.op === 'OR'
        ? acceptable(e.left, p) || acceptable(e.right, p)
        : acceptable(e.left, p) && acceptable(e.right, p);
}
function ids(e) {
    return 'id' in e ? [e.id] : [...ids(e.left), ...ids(e.right)];
}
/** Why a licence fails the policy, naming the denied or unlisted ids; undefined when it passes. */
function judgeLicense(license, p) {
    let expr;
    try {
        expr = parseSpdx(license);
    }
    catch {
        // Not an SPDX expression (free text such as "SEE LICENSE IN ..."): judged as one id.
        expr = { id: license };
    }
    if (acceptable(expr, p))
        return undefined;
    const all = ids(expr);
    const denied = all.filter((id) => p.denied.has(id.toLowerCase().replace(/\+$/, '')));
    if (denied.length)
        return `denied licence ${denied.join(', ')}`;
    return `licence ${all.join(', ')} is not in allowed-licenses`;
}
/**
 * Judges every component. A package without a declared licence passes a deny list but
 * fails an allow list: with an allow list, "unknown" is not something the user allowed.
 */
function checkLicenses(components, p) {
    const out = [];
    for (const c of components) {
        if (!c.license) {
            if (p.allowed.size)
                out.push({ component: c, license: 'none', why: 'no licence declared' });
            continue;
        }
        const why = judgeLicense(c.license, p);
        if (why)
            out.push({ component: c, license: c.license, why });
    }
    return out;
}

// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
;// CONCATENATED MODULE: ./dist/steps/sca/licenses.js


/**
 * The licence policy of `sca` as findings: one `license/denied` (or `license/not-allowed`)
 * finding per package, naming the package, its version and the licence. They fail the step
 * whatever its fail-on: a licence is not a matter of degree.
 */
function licensePolicyOf(ctx) {
    return {
        denied: parseLicenseList(ctx.inputs['denied-licenses']),
        allowed: parseLicenseList(ctx.inputs['allowed-licenses']),
    };
}
function licenseFindings(components, policy) {
    const purls = new Map();
    const findings = checkLicenses(components, policy).map((v) => {
        const denied = v.why.startsWith('denied');
        const f = {
            ruleId: denied ? 'license/denied' : 'license/not-allowed',
            severity: 'high',
            message: `${v.component.name}@${v.component.version}: ${v.why} (declared: ${v.license})`,
            location: { path: v.component.location ?? v.component.purl },
        };
        purls.set(f, v.component.purl);
        return f;
    });
    // The package (its purl) and where it was found, as before; the occurrence for the rest.
    return (0,fingerprint/* assignFingerprints */.Dz)(findings, {
        anchor: (f) => ({ key: `${f.location?.path ?? ''}\u0000${purls.get(f) ?? ''}` }),
    });
}

// EXTERNAL MODULE: ./dist/steps/sca/vulns.js + 20 modules
var sca_vulns = __webpack_require__(18598);
;// CONCATENATED MODULE: ./dist/steps/sca/index.js












const SBOM_NAME = 'sbom.cdx.json';
const NOTICES_NAME = 'NOTICES.txt';
const SARIF_NAME = 'sca.sarif';
/**
 * A lockfile that cannot be read (malformed, over its limit) is a failed step that names the
 * file and the line, not a crash: no SBOM was made, so nothing is attested.
 */
function unreadable(e) {
    const reason = `the dependencies cannot be read: ${e.message}`;
    return {
        status: 'failed',
        failure: 'tool',
        reason,
        attestations: [],
        products: [],
        reports: [],
        summary: `### SCA\n\n${reason}.${e.hint ? `\n\n${e.hint}.` : ''}`,
    };
}
/**
 * sca: the application's SBOM (CycloneDX, from the repository's lockfiles), its NOTICES
 * file, the licence policy, and the OSV matcher over its packages. It attests the SBOM
 * (predicate = the BOM) and the vulnerabilities (vulns v0.2). The image's packages, OS and
 * application alike, are container-scan's: each package is judged once (docs/steps/sca.md).
 */
const sca = {
    id: 'sca',
    async run(ctx) {
        const failAt = (0,scan_step/* failAtOf */.TP)(ctx); // a bad fail-on is a usage error before any work
        const inputs = await (0,sca_vulns/* vulnInputs */.zM)(ctx);
        const policy = licensePolicyOf(ctx);
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        let sbom;
        try {
            sbom = await appSbom({
                repoDir: ctx.repoDir,
                exec: ctx.exec,
                signal: ctx.signal,
                log: ctx.log,
            });
        }
        catch (e) {
            if ((0,errors/* isTollgateError */.bK)(e) && e.code.startsWith('INPUT_'))
                return unreadable(e);
            throw e;
        }
        for (const n of sbom.notes)
            ctx.log(`sca: ${n}`);
        const bomBytes = Buffer.from(`${JSON.stringify(sbom.bom, null, 2)}\n`);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, SBOM_NAME), bomBytes);
        const notices = await (0,sbom_notices/* buildNotices */.u)(String(sbom.bom.metadata?.component?.name ?? ctx.repository), sbom.components);
        const noticesBytes = Buffer.from(notices.text);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, NOTICES_NAME), noticesBytes);
        const licenses = licenseFindings(sbom.components, policy);
        const vulns = await (0,sca_vulns/* scanVulns */.Ww)(ctx, sbom.components, 'sca', new Date(), inputs);
        const licenseRun = (0,common_sarif/* writeSarif */.lg)({ name: 'tollgate-licenses', version: '1' }, licenses).runs[0];
        const sarif = { ...vulns.sarif, runs: [...vulns.sarif.runs, licenseRun] };
        const sarifBytes = Buffer.from(`${JSON.stringify(sarif, null, 2)}\n`);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, SARIF_NAME), sarifBytes);
        const problems = [
            ...(licenses.length
                ? [
                    `${licenses.length} licence violation(s): ${licenses
                        .slice(0, 3)
                        .map((f) => f.message)
                        .join('; ')}`,
                ]
                : []),
            ...(vulns.blocking.length
                ? [
                    `${vulns.blocking.length} vulnerabilit${vulns.blocking.length === 1 ? 'y' : 'ies'} at or above ${failAt}: ${vulns.blocking
                        .slice(0, 3)
                        .map((f) => f.message)
                        .join('; ')}`,
                ]
                : []),
        ];
        const suppressed = vulns.findings.filter((f) => f.suppressed).length;
        const reason = problems.length
            ? problems.join('; ')
            : `${sbom.components.length} package(s), ${vulns.open.length} open vulnerabilit${vulns.open.length === 1 ? 'y' : 'ies'} (none at or above ${failAt}), no licence violation`;
        const rows = (0,sca_vulns/* vulnRows */.zI)(vulns.findings);
        return {
            status: problems.length ? 'failed' : 'passed',
            ...(problems.length ? { failure: 'findings' } : {}),
            reason,
            attestations: [
                { predicateType: types/* PREDICATE */.W3.cyclonedx, predicate: sbom.bom },
                { predicateType: types/* PREDICATE */.W3.vulns, predicate: vulns.predicate },
            ],
            products: [
                { name: SBOM_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(bomBytes) } },
                { name: NOTICES_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(noticesBytes) } },
                { name: SARIF_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(sarifBytes) } },
            ],
            reports: [SBOM_NAME, NOTICES_NAME, SARIF_NAME],
            summary: [
                `### SCA\n\n${reason}.`,
                '',
                `SBOM: ${sbom.components.length} package(s) by ${sbom.tools.map((t) => `${t.name} ${t.version}`).join(', ') || 'lockfiles'}; vulnerabilities from ${vulns.source}${suppressed ? `; ${suppressed} suppressed by VEX or exceptions` : ''}; ${notices.missing.length} package(s) without licence text in ${NOTICES_NAME}.`,
                ...sbom.notes.map((n) => `- ${n}`),
                ...(rows.length
                    ? ['', '| severity | id | package | fixed in |', '|---|---|---|---|', ...rows]
                    : []),
                ...(licenses.length ? ['', ...licenses.slice(0, 30).map((f) => `- ${f.message}`)] : []),
            ].join('\n'),
            metrics: {
                packages: sbom.components.length,
                vulnerabilities: vulns.open.length,
                blocking: vulns.blocking.length,
                suppressed,
                licenseViolations: licenses.length,
                missingLicenseTexts: notices.missing.length,
            },
        };
    },
};


/***/ })

};
