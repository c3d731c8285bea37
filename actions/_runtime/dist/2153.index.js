export const id = 2153;
export const ids = [2153];
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

/***/ 94091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iA: () => (/* binding */ materialsOf),
/* harmony export */   uy: () => (/* binding */ checkChain),
/* harmony export */   y0: () => (/* binding */ productsOf)
/* harmony export */ });
/* unused harmony export normaliseArtefactName */
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57430);
/* harmony import */ var _attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73283);


/**
 * One spelling per artefact, so that `./dist/app.js` cannot slip past a rule on `dist/**`:
 * POSIX separators, `.` segments and doubled slashes dropped. A name that is absolute, has a
 * `..` segment or a backslash means something only relative to a folder the gate cannot see,
 * so it gives undefined (cannot be matched). URIs (`pkg:`, `git+https:`) keep their form.
 */
function normaliseArtefactName(raw) {
    if (raw.includes('\\') || raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        return undefined;
    const segments = raw.split('/');
    if (segments.includes('..'))
        return undefined;
    if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(raw))
        return raw;
    const kept = segments.filter((s) => s !== '.' && s !== '');
    return kept.length ? kept.join('/') : undefined;
}
/** What a step produced: its subjects, except the commit it is about. */
function productsOf(statements) {
    return statements.flatMap((s) => s.subject
        .filter((x) => x.digest.sha256 && !x.digest.gitCommit)
        .flatMap((x) => {
        const name = normaliseArtefactName(x.name);
        return name === undefined ? [] : [{ name, sha256: x.digest.sha256 }];
    }));
}
/**
 * What a step consumed: SLSA resolvedDependencies plus Tollgate's own `materials`, every one
 * of them, including those without a name or a SHA-256 digest: dropping those here would let
 * them pass a chain rule unchecked.
 */
function materialsOf(statements) {
    const out = [];
    for (const s of statements) {
        const def = s.predicate
            .buildDefinition;
        const deps = Array.isArray(def?.resolvedDependencies) ? def.resolvedDependencies : [];
        const own = (0,_attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .stepMetaOf */ .j)(s.predicateType, s.predicate)?.materials;
        for (const m of [...deps, ...(Array.isArray(own) ? own : [])]) {
            const { name: n, uri, digest, } = (m ?? {});
            const declared = typeof n === 'string' && n !== ''
                ? n
                : typeof uri === 'string' && uri !== ''
                    ? uri
                    : undefined;
            const sha = digest?.sha256;
            out.push({
                name: declared === undefined ? undefined : normaliseArtefactName(declared),
                declared,
                ...(typeof sha === 'string' && sha !== '' ? { sha256: sha } : {}),
            });
        }
    }
    return out;
}
/**
 * in-toto layout style MATCH rule: every material of `rule.step` whose name matches
 * `rule.match` must be a product of `rule.materialsFrom` with the same sha256, and at least
 * one must match, so that an empty chain cannot pass for a proven one. A material the rule
 * cannot place (no name, or a name that cannot be matched safely) breaks the chain: it might
 * be one the rule is about.
 */
function checkChain(rule, consumer, producer) {
    const all = materialsOf(consumer);
    for (const m of all) {
        if (m.declared === undefined)
            return `a material of ${rule.step} has neither name nor uri, so it cannot be checked against ${rule.materialsFrom}`;
        if (m.name === undefined)
            return `material ${JSON.stringify(m.declared)} of ${rule.step} is absolute, has a ".." segment or a backslash, so it cannot be matched against "${rule.match}" safely`;
    }
    const materials = all.filter((m) => (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatch */ .e)(rule.match, m.name));
    if (materials.length === 0) {
        return `no material of ${rule.step} matches "${rule.match}", so nothing proves it came from ${rule.materialsFrom}`;
    }
    const products = productsOf(producer);
    for (const m of materials) {
        if (m.sha256 === undefined)
            return `material ${m.name} of ${rule.step} has no sha256 digest, so nothing proves it is what ${rule.materialsFrom} produced`;
        const same = products.filter((p) => p.name === m.name);
        if (same.length === 0)
            return `material ${m.name} of ${rule.step} is not a product of ${rule.materialsFrom}`;
        const other = same.find((p) => p.sha256 !== m.sha256);
        if (other) {
            return `material ${m.name} of ${rule.step} has sha256 ${m.sha256.slice(0, 12)}, but ${rule.materialsFrom} produced ${other.sha256.slice(0, 12)}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 35666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   kL: () => (/* binding */ formatImageRef)
/* harmony export */ });
/* unused harmony exports DIGEST_RE, DEFAULT_REGISTRY */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);

const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const REPO_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Docker Hub's name when a reference has no registry host. */
const DEFAULT_REGISTRY = 'docker.io';
function bad(ref, why) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('USAGE', `"${ref}" is not an image reference: ${why}`, {
        hint: 'write host[:port]/name[:tag][@sha256:<hex>], or oci:DIR[:tag|@sha256:<hex>] for a local OCI layout',
    });
}
/** Splits `…@sha256:<hex>` off the end. */
function splitDigest(ref, s) {
    const at = s.lastIndexOf('@');
    if (at < 0)
        return { rest: s };
    const digest = s.slice(at + 1);
    if (!DIGEST_RE.test(digest))
        throw bad(ref, `"${digest}" is not a sha256 digest`);
    return { rest: s.slice(0, at), digest };
}
function parseLayout(ref) {
    const { rest, digest } = splitDigest(ref, ref.slice('oci:'.length));
    // As skopeo does: the folder ends at the first colon, the rest is the reference name, which
    // may itself hold colons (the container step names images `name:tag` inside its layout).
    const colon = rest.indexOf(':');
    const dir = colon < 0 ? rest : rest.slice(0, colon);
    const name = colon < 0 ? undefined : rest.slice(colon + 1);
    if (!dir)
        throw bad(ref, 'the layout folder is missing');
    if (name !== undefined && DIGEST_RE.test(name)) {
        if (digest)
            throw bad(ref, 'two digests');
        return { kind: 'layout', dir, digest: name };
    }
    if (name === '')
        throw bad(ref, 'the reference name after the colon is empty');
    return { kind: 'layout', dir, ...(name ? { tag: name } : {}), ...(digest ? { digest } : {}) };
}
function parseImageRef(ref) {
    if (ref.startsWith('oci:'))
        return parseLayout(ref);
    const { rest, digest } = splitDigest(ref, ref);
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
    const registry = hasHost ? first : DEFAULT_REGISTRY;
    let path = hasHost ? rest.slice(slash + 1) : rest;
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG_RE.test(tag))
            throw bad(ref, `"${tag}" is not a valid tag`);
    }
    if (!REPO_RE.test(path))
        throw bad(ref, `"${path}" is not a valid repository name`);
    const repository = registry === DEFAULT_REGISTRY && !path.includes('/') ? `library/${path}` : path;
    return {
        kind: 'registry',
        registry,
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
    };
}
/** The reference back as text; `at` replaces the tag/digest part (e.g. to name a pushed digest). */
function formatImageRef(r, at) {
    const tag = at ? at.tag : r.tag;
    const digest = at ? at.digest : r.digest;
    const base = r.kind === 'layout' ? `oci:${r.dir}` : `${r.registry}/${r.repository}`;
    return `${base}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
/** Hosts that may be spoken to over plain http without `insecure`: only this machine. */
function isLoopbackHost(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}


/***/ }),

/***/ 15915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ bundleScope)
/* harmony export */ });
/* unused harmony export COMMIT_SCOPED_STEPS */
/* harmony import */ var _attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73283);
/* harmony import */ var _gate_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94091);


/**
 * Image steps whose results concern the commit's sources rather than the image (sca reads the
 * lockfiles), so their statements need not name the image digest: the gate binds them to the
 * image's commit. Every other image step's bundle must name the digest, as subject or material.
 */
const COMMIT_SCOPED_STEPS = new Set(['sca']);
/** Reads a bundle's DSSE payload without verifying it; unreadable bundles have an empty scope. */
function bundleScope(bytes, digest) {
    const hex = digest.replace(/^sha256:/, '');
    let statement;
    try {
        const b = JSON.parse(bytes.toString('utf8'));
        statement = JSON.parse(Buffer.from(b.dsseEnvelope?.payload ?? '', 'base64').toString('utf8'));
        if (!Array.isArray(statement.subject))
            throw new Error('no subject');
    }
    catch {
        return { predicateType: '', namesImage: false, commits: [], usable: false };
    }
    const step = (0,_attest_predicates_step_meta_js__WEBPACK_IMPORTED_MODULE_0__/* .stepMetaOf */ .j)(String(statement.predicateType), statement.predicate)?.step;
    const namesImage = [...(0,_gate_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .productsOf */ .y0)([statement]), ...(0,_gate_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .materialsOf */ .iA)([statement])].some((a) => a.sha256 === hex);
    const commits = statement.subject.flatMap((s) => s.digest?.gitCommit ? [s.digest.gitCommit] : []);
    return {
        ...(step ? { step } : {}),
        predicateType: String(statement.predicateType),
        namesImage,
        commits,
        usable: namesImage || (step !== undefined && COMMIT_SCOPED_STEPS.has(step)),
    };
}


/***/ }),

/***/ 90152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ RegistryRepository)
});

// UNUSED EXPORTS: CHUNK_BYTES

// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/oci/refs.js
var refs = __webpack_require__(35666);
;// CONCATENATED MODULE: ./dist/oci/registry/http.js


/** `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` → scheme and parameters. */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    const params = {};
    for (const p of (m?.[2] ?? '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[p[1].toLowerCase()] = p[2] ?? p[3] ?? '';
    }
    return { scheme: (m?.[1] ?? '').toLowerCase(), params };
}
/**
 * HTTP to one registry with the distribution spec's authentication: a request is sent, a 401
 * answers with a challenge, and the request is repeated with Basic credentials or with a
 * Bearer token fetched from the challenge's realm. Tokens are cached per scope, so a push of
 * many blobs asks for a token once.
 */
class RegistryHttp {
    base;
    tokens = new Map();
    opts;
    constructor(opts) {
        this.opts = opts;
        // Plain http only to this machine (the test registry, a local mirror) or when asked for.
        const plain = (0,refs/* isLoopbackHost */.cW)(opts.registry) || opts.insecure === true;
        this.base = `${plain ? 'http' : 'https'}://${opts.registry}`;
    }
    get registry() {
        return this.opts.registry;
    }
    /** Sends a request; `scope` is the token scope (`repository:<name>:pull,push`). */
    async request(method, pathOrUrl, init) {
        const url = new URL(pathOrUrl, this.base).toString();
        const send = (auth) => this.fetch(url, {
            method,
            headers: { ...init.headers, ...(auth ? { authorization: auth } : {}) },
            ...(init.body ? { body: init.body } : {}),
        });
        // Credentials go to the registry only: an upload Location on another host (a storage
        // service) gets the request without them, as a signed URL expects.
        if (new URL(url).origin !== new URL(this.base).origin)
            return send(undefined);
        let res = await send(this.tokens.get(init.scope));
        if (res.status !== 401)
            return res;
        const challenge = res.headers.get('www-authenticate') ?? '';
        await res.body?.cancel();
        const auth = await this.answer(challenge, init.scope);
        res = await send(auth);
        if (res.status === 401) {
            await res.body?.cancel();
            throw this.refused();
        }
        this.tokens.set(init.scope, auth);
        return res;
    }
    async fetch(url, init) {
        try {
            return await fetch(url, { ...init, redirect: 'follow', signal: this.opts.signal ?? null });
        }
        catch (e) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${this.opts.registry}: ${init.method} ${url} failed`, {
                cause: e,
                hint: 'check that the registry is running and reachable (and https unless it is on this machine or `insecure` is set)',
            });
        }
    }
    refused() {
        const c = this.opts.credentials;
        return new errors/* TollgateError */.xB('INPUT_UNREADABLE', c
            ? `${this.opts.registry}: the registry refused the credentials of "${c.username}" (from ${c.source})`
            : `${this.opts.registry}: the registry requires authentication and no credentials were found`, {
            hint: c
                ? 'check the user name and password (or token) and that the user may push/pull this repository'
                : 'set TOLLGATE_REGISTRY_USERNAME and TOLLGATE_REGISTRY_PASSWORD, or log in (docker login / podman login)',
        });
    }
    async answer(header, scope) {
        const { scheme, params } = parseChallenge(header);
        const c = this.opts.credentials;
        const basic = c
            ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
            : undefined;
        if (scheme === 'basic') {
            if (!basic)
                throw this.refused();
            return basic;
        }
        if (scheme !== 'bearer' || !params.realm) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${this.opts.registry}: unsupported authentication challenge "${header}"`);
        }
        const realm = new URL(params.realm);
        if (realm.protocol !== 'https:' && !(0,refs/* isLoopbackHost */.cW)(realm.host) && !this.opts.insecure) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${this.opts.registry}: the token realm ${realm} is not https`, {
                hint: 'credentials are only sent over https (or to this machine); set insecure to override',
            });
        }
        if (params.service)
            realm.searchParams.set('service', params.service);
        // The challenge's scope, and ours when it differs: a HEAD is challenged for pull only, and a
        // token for pull alone would be challenged again at the first push.
        for (const sc of new Set([params.scope ?? scope, scope]))
            realm.searchParams.append('scope', sc);
        const res = await this.fetch(realm.toString(), {
            method: 'GET',
            headers: basic ? { authorization: basic } : {},
        });
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw this.refused();
        }
        if (!res.ok) {
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${this.opts.registry}: token endpoint ${realm.origin} answered ${res.status}`);
        }
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${this.opts.registry}: the token endpoint returned no token`);
        return `Bearer ${token}`;
    }
}

// EXTERNAL MODULE: ./dist/oci/registry/target.js
var target = __webpack_require__(39167);
;// CONCATENATED MODULE: ./dist/oci/registry/client.js



/** Blobs above this are uploaded in chunks (PATCH), so no single request carries a huge body. */
const CHUNK_BYTES = 16 * 1024 * 1024;
/**
 * One repository of an OCI distribution registry (distribution spec 1.1): manifests by tag or
 * digest, blob existence checks, cross-repository mounts, monolithic and chunked uploads and the
 * referrers API.
 */
class RegistryRepository {
    name;
    http;
    scope;
    repository;
    /** Blobs above this size are uploaded in chunks of this size. */
    chunkBytes;
    constructor(opts, repository, chunkBytes = CHUNK_BYTES) {
        this.repository = repository;
        this.chunkBytes = chunkBytes;
        this.http = new RegistryHttp(opts);
        this.name = `${opts.registry}/${repository}`;
        this.scope = `repository:${repository}:pull,push`;
    }
    req(method, path, headers, body) {
        return this.http.request(method, path, {
            scope: this.scope,
            ...(headers ? { headers } : {}),
            ...(body ? { body } : {}),
        });
    }
    async fail(res, what) {
        const text = (await res.text().catch(() => '')).slice(0, 300).trim();
        throw new errors/* TollgateError */.xB(res.status === 403 ? 'INPUT_UNREADABLE' : 'INPUT_INVALID', `${this.name}: ${what} failed: HTTP ${res.status}${text ? ` ${text}` : ''}`, res.status === 403
            ? { hint: 'the credentials may not push to or pull from this repository' }
            : {});
    }
    async hasBlob(digest) {
        const res = await this.req('HEAD', `/v2/${this.repository}/blobs/${digest}`);
        await res.body?.cancel();
        if (res.status === 404)
            return false;
        if (!res.ok)
            return this.fail(res, `HEAD blob ${digest}`);
        return true;
    }
    async getBlob(desc) {
        const res = await this.req('GET', `/v2/${this.repository}/blobs/${desc.digest}`);
        if (!res.ok)
            return this.fail(res, `GET blob ${desc.digest}`);
        return (0,target/* checkBlob */.UB)(this.name, Buffer.from(await res.arrayBuffer()), desc);
    }
    /** Tries a cross-repository mount from `from` (same registry); true when the blob is now here. */
    async mountBlob(digest, from) {
        const q = new URLSearchParams({ mount: digest, from });
        const res = await this.req('POST', `/v2/${this.repository}/blobs/uploads/?${q}`);
        await res.body?.cancel();
        if (res.status === 201)
            return true;
        if (res.status === 202)
            return false; // the registry opened an upload instead; it expires unused
        return this.fail(res, `mount ${digest} from ${from}`);
    }
    async putBlob(data, desc) {
        const start = await this.req('POST', `/v2/${this.repository}/blobs/uploads/`);
        await start.body?.cancel();
        if (start.status !== 202)
            return this.fail(start, `start upload of ${desc.digest}`);
        let location = this.location(start);
        if (data.length > this.chunkBytes) {
            for (let off = 0; off < data.length; off += this.chunkBytes) {
                const chunk = data.subarray(off, Math.min(off + this.chunkBytes, data.length));
                const res = await this.req('PATCH', location, {
                    'content-type': 'application/octet-stream',
                    'content-range': `${off}-${off + chunk.length - 1}`,
                    'content-length': String(chunk.length),
                }, chunk);
                await res.body?.cancel();
                if (res.status !== 202)
                    return this.fail(res, `upload chunk of ${desc.digest}`);
                location = this.location(res);
            }
            data = Buffer.alloc(0);
        }
        const url = new URL(location, this.http.base);
        url.searchParams.set('digest', desc.digest);
        const res = await this.req('PUT', url.toString(), { 'content-type': 'application/octet-stream', 'content-length': String(data.length) }, data);
        await res.body?.cancel();
        if (res.status !== 201)
            return this.fail(res, `upload of ${desc.digest}`);
    }
    location(res) {
        const loc = res.headers.get('location');
        if (!loc)
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${this.name}: upload answer has no Location`);
        return new URL(loc, this.http.base).toString();
    }
    async hasManifest(digest) {
        const res = await this.req('HEAD', `/v2/${this.repository}/manifests/${digest}`, {
            accept: target/* MANIFEST_ACCEPT */.dY,
        });
        await res.body?.cancel();
        if (res.status === 404)
            return false;
        if (!res.ok)
            return this.fail(res, `HEAD manifest ${digest}`);
        return true;
    }
    async getManifest(ref) {
        const res = await this.req('GET', `/v2/${this.repository}/manifests/${ref}`, {
            accept: target/* MANIFEST_ACCEPT */.dY,
        });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        if (!res.ok)
            return this.fail(res, `GET manifest ${ref}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        return (0,target/* checkedManifest */.ld)(`${this.name}:${ref}`, bytes, (0,target/* isDigest */.Bc)(ref) ? ref : undefined, res.headers.get('content-type'));
    }
    async putManifest(m, tag) {
        const res = await this.req('PUT', `/v2/${this.repository}/manifests/${tag ?? m.digest}`, { 'content-type': m.mediaType }, m.bytes);
        await res.body?.cancel();
        if (res.status !== 201)
            return this.fail(res, `PUT manifest ${tag ?? m.digest}`);
        const echoed = res.headers.get('docker-content-digest');
        if (echoed && echoed !== m.digest) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', `${this.name}: stored manifest as ${echoed}, not ${m.digest}`);
        }
        return { subjectIndexed: res.headers.has('oci-subject') };
    }
    async referrersApi(digest) {
        const res = await this.req('GET', `/v2/${this.repository}/referrers/${digest}`, {
            accept: 'application/vnd.oci.image.index.v1+json',
        });
        // 404 (or 405 on some proxies) means no referrers API: the spec's signal to use the tag schema.
        if (res.status === 404 || res.status === 405) {
            await res.body?.cancel();
            return undefined;
        }
        if (!res.ok)
            return this.fail(res, `GET referrers of ${digest}`);
        const index = (await res.json());
        return Array.isArray(index.manifests) ? index.manifests : [];
    }
}


/***/ }),

/***/ 27867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ copyImage)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24667);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90152);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95644);




/** Referrers of referrers (a signature on an SBOM) are followed this deep, no further. */
const MAX_REFERRER_DEPTH = 3;
/**
 * Copies an image by digest from one store to another (layout → registry, registry →
 * registry, registry → layout), with its referrers: what publishing and later promotion to
 * staging and production do. Every manifest and blob is checked against its digest on the way,
 * so the copy is the same image or the copy fails.
 */
async function copyImage(src, dst, digest, options = {}) {
    const stats = { blobsCopied: 0, referrersCopied: 0 };
    const top = await copyManifest(src, dst, digest, stats, options.tag);
    if (options.referrers !== false)
        await copyReferrers(src, dst, digest, stats, 1, options);
    options.log?.(`copied ${src.name}@${digest} to ${dst.name} (${stats.blobsCopied} blob(s), ${stats.referrersCopied} referrer(s))`);
    return { digest, mediaType: top.mediaType, size: top.bytes.length, ...stats };
}
async function fetchManifest(src, digest) {
    const m = await src.getManifest(digest);
    if (!m) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_UNREADABLE', `${src.name}: no manifest ${digest}`, {
            hint: 'check the reference; images are copied by digest',
        });
    }
    return m;
}
async function copyBlob(src, dst, d, stats) {
    if (await dst.hasBlob(d.digest))
        return;
    // Within one registry a mount saves the transfer.
    if (src instanceof _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryRepository */ .S &&
        dst instanceof _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryRepository */ .S &&
        src.name.split('/')[0] === dst.name.split('/')[0] &&
        (await dst.mountBlob(d.digest, src.repository))) {
        return;
    }
    await dst.putBlob(await src.getBlob(d), d);
    stats.blobsCopied++;
}
async function copyManifest(src, dst, digest, stats, tag) {
    const m = await fetchManifest(src, digest);
    const parsed = JSON.parse(m.bytes.toString('utf8'));
    // Already there (a second publish, a promotion repeated): a registry only stores a manifest
    // whose blobs it has, so only the tag may be missing.
    if (!parsed.subject && (await dst.hasManifest(digest))) {
        if (tag)
            await dst.putManifest(m, tag);
        return m;
    }
    if (m.mediaType === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .R.index || m.mediaType === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MEDIA */ .R.dockerManifestList) {
        for (const child of parsed.manifests ?? [])
            await copyManifest(src, dst, child.digest, stats);
    }
    else {
        for (const d of [parsed.config, ...(parsed.layers ?? [])]) {
            if (d)
                await copyBlob(src, dst, d, stats);
        }
    }
    if (parsed.subject)
        await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .pushReferrer */ .eX)(dst, parsed.subject.digest, m);
    else
        await dst.putManifest(m, tag);
    return m;
}
async function copyReferrers(src, dst, digest, stats, depth, options) {
    if (depth > MAX_REFERRER_DEPTH)
        return;
    const have = new Set((await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .listReferrers */ .xt)(dst, digest)).map((d) => d.digest));
    for (const r of await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .listReferrers */ .xt)(src, digest)) {
        if (!have.has(r.digest)) {
            await copyManifest(src, dst, r.digest, stats);
            stats.referrersCopied++;
        }
        await copyReferrers(src, dst, r.digest, stats, depth + 1, options);
    }
}


/***/ }),

/***/ 58683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ BUNDLE_ARTIFACT_TYPE),
/* harmony export */   b: () => (/* binding */ imageSteps)
/* harmony export */ });
/* harmony import */ var _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22007);

/** The step whose bundle is signed only after it pushed, so it cannot travel with the image. */
const PUBLISHER = 'publish-image';
/**
 * The steps whose attestations are about the image and are attached to it: `container` and
 * every step of its stage that builds on it (sca, container-scan, sign-image), except
 * publish-image itself, whose bundle is signed after the push. Taken from the pipeline graph,
 * so a new image step travels with the image without a second list to update.
 */
function imageSteps() {
    const container = _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .STEPS */ .UT.find((s) => s.id === 'container');
    if (!container)
        return [];
    const found = new Set([container.id]);
    let grew = true;
    while (grew) {
        grew = false;
        for (const s of _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .STEPS */ .UT) {
            if (s.stage !== container.stage || found.has(s.id) || s.id === PUBLISHER)
                continue;
            if (s.needs.some((n) => found.has(n))) {
                found.add(s.id);
                grew = true;
            }
        }
    }
    return _pipeline_graph_js__WEBPACK_IMPORTED_MODULE_0__/* .STEPS */ .UT.map((s) => s.id).filter((id) => found.has(id));
}
const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';


/***/ }),

/***/ 34769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ openTarget)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/oci/registry/client.js + 1 modules
var client = __webpack_require__(90152);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
;// CONCATENATED MODULE: ./dist/oci/registry/credentials.js




/** Environment variables that carry registry credentials (CI secrets map onto them). */
const ENV_USERNAME = 'TOLLGATE_REGISTRY_USERNAME';
const ENV_PASSWORD = 'TOLLGATE_REGISTRY_PASSWORD';
/**
 * The auth files tried in order: `REGISTRY_AUTH_FILE` (podman, skopeo, buildah), then
 * `$DOCKER_CONFIG/config.json` or `~/.docker/config.json` (docker login).
 */
function authFiles(env) {
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    files.push((0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker'), 'config.json'));
    return files;
}
function fromAuthFile(file, registry) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined; // no such file: the next source is tried
    }
    let auths;
    try {
        auths = JSON.parse(text).auths ?? {};
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file}: not JSON`, {
            cause: e,
            hint: 'fix or remove the auth file, or log in again (docker login / podman login)',
        });
    }
    // docker writes `host`, older clients `https://host/v1/` or `http://host`.
    const entry = Object.entries(auths).find(([key]) => key.replace(/^https?:\/\//, '').replace(/\/.*$/, '') === registry)?.[1];
    if (!entry)
        return undefined;
    if (entry.username && entry.password) {
        return { username: entry.username, password: entry.password, source: file };
    }
    if (entry.auth) {
        const plain = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = plain.indexOf(':');
        if (colon > 0) {
            return { username: plain.slice(0, colon), password: plain.slice(colon + 1), source: file };
        }
    }
    throw new errors/* TollgateError */.xB('INPUT_INVALID', `${file}: the entry for ${registry} has no usable auth`, {
        hint: 'credential helpers are not supported; log in with a stored password or set TOLLGATE_REGISTRY_USERNAME/TOLLGATE_REGISTRY_PASSWORD',
    });
}
/**
 * Credentials for a registry: given ones (step inputs, CLI flags) first, then the
 * environment, then an auth file. Undefined means anonymous access.
 */
function credentialsFor(registry, env, given) {
    if (given?.username && given.password) {
        return { username: given.username, password: given.password, source: 'the given credentials' };
    }
    const user = env[ENV_USERNAME];
    const pass = env[ENV_PASSWORD];
    if (user && pass)
        return { username: user, password: pass, source: `${ENV_USERNAME}/${ENV_PASSWORD}` };
    for (const file of authFiles(env)) {
        const found = fromAuthFile(file, registry);
        if (found)
            return found;
    }
    return undefined;
}

// EXTERNAL MODULE: ./dist/oci/registry/layout-target.js
var layout_target = __webpack_require__(38156);
;// CONCATENATED MODULE: ./dist/oci/registry/open.js




/** The store an image reference names: a registry repository or a local OCI layout. */
function openTarget(ref, o) {
    if (ref.kind === 'layout') {
        return new layout_target/* LayoutTarget */.e(o.cwd ? (0,external_node_path_.resolve)(o.cwd, ref.dir) : ref.dir);
    }
    return new client/* RegistryRepository */.S({
        registry: ref.registry,
        credentials: credentialsFor(ref.registry, o.env, o.credentials),
        ...(o.insecure ? { insecure: true } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
    }, ref.repository);
}


/***/ }),

/***/ 95644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ attachArtifact),
/* harmony export */   eX: () => (/* binding */ pushReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports fallbackTag, referrerDescriptor */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80518);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24667);



/**
 * OCI referrers (distribution spec 1.1): artifacts whose manifest names an image as `subject`.
 * A store with the referrers API indexes them itself; for one without (distribution 2.8, a
 * local layout) the client keeps an image index under the tag `sha256-<hex>` of the subject
 * and adds each referrer to it, which is what every 1.1 client reads as the fallback.
 */
/** The fallback tag of a subject digest: `sha256:<hex>` → `sha256-<hex>`. */
function fallbackTag(digest) {
    return digest.replace(':', '-');
}
/** Referrers of `digest`, from the API when the store has one, else from the fallback tag. */
async function listReferrers(target, digest) {
    const api = await target.referrersApi(digest);
    if (api)
        return api;
    const index = await target.getManifest(fallbackTag(digest));
    if (!index)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(index.bytes.toString('utf8'));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('VERIFICATION_FAILED', `${target.name}:${fallbackTag(digest)} is not an image index`, { cause: e });
    }
    return Array.isArray(parsed.manifests) ? parsed.manifests : [];
}
/** The descriptor a referrers list holds for an artifact manifest. */
function referrerDescriptor(m) {
    const parsed = JSON.parse(m.bytes.toString('utf8'));
    const artifactType = parsed.artifactType ?? parsed.config.mediaType;
    return {
        mediaType: m.mediaType,
        digest: m.digest,
        size: m.bytes.length,
        ...(artifactType ? { artifactType } : {}),
        ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
    };
}
/**
 * Stores a referrer manifest (its blobs must be there already) and, when the store did not
 * index its subject itself, adds it to the subject's fallback tag index.
 */
async function pushReferrer(target, subject, m) {
    const { subjectIndexed } = await target.putManifest(m);
    if (subjectIndexed)
        return;
    const tag = fallbackTag(subject);
    const current = await target.getManifest(tag);
    const index = current
        ? JSON.parse(current.bytes.toString('utf8'))
        : { schemaVersion: 2, mediaType: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .R.index, manifests: [] };
    if (index.manifests.some((d) => d.digest === m.digest))
        return;
    index.manifests = [...index.manifests, referrerDescriptor(m)];
    const bytes = Buffer.from(JSON.stringify(index));
    await target.putManifest({ bytes, mediaType: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .R.index, digest: (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) }, tag);
}
/**
 * Attaches an artifact to an image the OCI 1.1 way (as cosign and `gh attestation` store
 * Sigstore bundles): a manifest with the empty config, `artifactType`, one layer of that media
 * type, and the image as `subject`. Returns the artifact manifest's descriptor.
 */
async function attachArtifact(target, a) {
    const layer = {
        mediaType: a.artifactType,
        digest: (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(a.content),
        size: a.content.length,
    };
    if (!(await target.hasBlob(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$.digest))) {
        await target.putBlob(Buffer.from('{}'), { ..._types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$ });
    }
    if (!(await target.hasBlob(layer.digest)))
        await target.putBlob(a.content, layer);
    const manifest = {
        schemaVersion: 2,
        mediaType: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .R.manifest,
        artifactType: a.artifactType,
        config: { ..._types_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$ },
        layers: [layer],
        subject: { mediaType: a.subject.mediaType, digest: a.subject.digest, size: a.subject.size },
        ...(a.annotations ? { annotations: a.annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const stored = { bytes, mediaType: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .R.manifest, digest: (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes) };
    await pushReferrer(target, a.subject.digest, stored);
    return referrerDescriptor(stored);
}


/***/ }),

/***/ 83436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ destinationOf),
/* harmony export */   c: () => (/* binding */ tagOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43959);
/* harmony import */ var _oci_refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35666);


/**
 * Where `publish-image` pushes: `registry` is `host[:port][/namespace]`, the image name's own
 * host (if any) is replaced by it, and the namespace is put in front unless the name already
 * starts with it. `127.0.0.1:5000` + `sample-service` → `127.0.0.1:5000/sample-service`;
 * `ghcr.io/acme` + `ghcr.io/acme/app` → `ghcr.io/acme/app`.
 */
function destinationOf(registry, imageName) {
    const trimmed = registry
        .trim()
        .replace(/^(https?|docker):\/\//, '')
        .replace(/\/+$/, '');
    const slash = trimmed.indexOf('/');
    const host = slash < 0 ? trimmed : trimmed.slice(0, slash);
    const prefix = slash < 0 ? '' : trimmed.slice(slash + 1);
    const parts = imageName.split('/');
    const first = parts[0] ?? '';
    const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const path = (hasHost ? parts.slice(1) : parts).join('/');
    const repository = prefix && !path.startsWith(`${prefix}/`) ? `${prefix}/${path}` : path;
    const ref = (0,_oci_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRef */ .Q)(`${host}/${repository}`);
    if (ref.kind !== 'registry' || ref.registry !== host) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TollgateError */ .xB('INPUT_INVALID', `registry "${registry}" has no host name`, {
            hint: 'set the publish-image input registry to host[:port][/namespace], e.g. ghcr.io/acme',
        });
    }
    return ref;
}
/** The tag part of `name:tag` (a colon after the last slash), if any. */
function tagOf(ref) {
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
}


/***/ }),

/***/ 2153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCAL_REGISTRY_DIR: () => (/* binding */ LOCAL_REGISTRY_DIR),
  PUBLISH_FILE: () => (/* binding */ PUBLISH_FILE),
  REGISTRY_ENV: () => (/* binding */ REGISTRY_ENV),
  publishImage: () => (/* binding */ publishImage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/attest/predicates/builders.js
var builders = __webpack_require__(75895);
// EXTERNAL MODULE: ./dist/attest/predicates/types.js
var types = __webpack_require__(71262);
// EXTERNAL MODULE: ./dist/oci/refs.js
var refs = __webpack_require__(35666);
// EXTERNAL MODULE: ./dist/oci/registry/image-steps.js
var image_steps = __webpack_require__(58683);
// EXTERNAL MODULE: ./dist/oci/registry/copy.js
var copy = __webpack_require__(27867);
// EXTERNAL MODULE: ./dist/oci/registry/layout-target.js
var layout_target = __webpack_require__(38156);
// EXTERNAL MODULE: ./dist/oci/registry/open.js + 1 modules
var registry_open = __webpack_require__(34769);
// EXTERNAL MODULE: ./dist/oci/registry/referrers.js
var referrers = __webpack_require__(95644);
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/sign-image/image.js
var sign_image_image = __webpack_require__(7713);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/oci/registry/bundle-scope.js
var bundle_scope = __webpack_require__(15915);
// EXTERNAL MODULE: ./dist/steps/execute-sign.js
var execute_sign = __webpack_require__(88985);
;// CONCATENATED MODULE: ./dist/steps/publish-image/bundles.js





/** A Sigstore bundle is a few KiB; a larger file is not one of ours. */
const MAX_BUNDLE_BYTES = 16 << 20;
/** A step attests at most this many statements (sca has two); more files are not looked for. */
const MAX_PER_STEP = 8;
/**
 * Where a step's bundles are: on GitHub next to its folder (the downloaded artifact's root);
 * locally in the run's `attestations/` beside `reports/` (see src/runner/run-folder.ts), for
 * the earlier run as well when this run reused a step's output.
 */
function bundleDirs(ctx, step) {
    const reports = (0,external_node_path_.dirname)(ctx.reportsOf(step));
    return [reports, (0,external_node_path_.join)((0,external_node_path_.dirname)(reports), 'attestations')];
}
/**
 * Every bundle of the image steps that may vouch for the image: its statement names the
 * digest as subject or material, or it is a commit-scoped step's (sca; see bundle-scope.ts). They are
 * read without verifying: the registry copy is verified by whoever pulls it (verify-image), so
 * a bad bundle attached here is caught there, never trusted.
 */
async function imageBundles(ctx, digest) {
    const found = [];
    for (const step of (0,image_steps/* imageSteps */.b)()) {
        for (const dir of bundleDirs(ctx, step)) {
            const before = found.length;
            for (let i = 0; i < MAX_PER_STEP; i++) {
                const file = (0,external_node_path_.join)(dir, (0,execute_sign/* bundleFileName */.M)(step, i));
                const bytes = await (0,fs/* readInput */.R5)(file, 'bundle', MAX_BUNDLE_BYTES).catch(() => undefined);
                if (!bytes)
                    break;
                const scope = (0,bundle_scope/* bundleScope */.R)(bytes, digest);
                // A commit-scoped bundle from an earlier run's folder may be about another commit.
                if (!scope.usable || (!scope.namesImage && !scope.commits.includes(ctx.commit))) {
                    ctx.log(`${file}: names neither the image ${digest} nor this commit; not attached`);
                    continue;
                }
                found.push({ step, file, bytes, predicateType: scope.predicateType });
            }
            if (found.length > before)
                break;
        }
    }
    return found;
}

// EXTERNAL MODULE: ./dist/steps/publish-image/destination.js
var destination = __webpack_require__(83436);
;// CONCATENATED MODULE: ./dist/steps/publish-image/index.js













const PUBLISH_FILE = 'publish.json';
/** The registry when the `registry` input is empty (how a local run is pointed at one). */
const REGISTRY_ENV = 'TOLLGATE_REGISTRY';
/** The embedded default: the OCI layout inside the step's folder that stands in for a registry. */
const LOCAL_REGISTRY_DIR = 'registry';
/**
 * Publishes the signed image by digest, with its attestations attached as OCI referrers: to
 * the configured registry, or without one into a local OCI layout in the step's folder. The
 * attestations are the signed bundles of container, sca, container-scan and sign-image that
 * name the image digest; an image without a sign-image bundle is not published.
 */
const publishImage = {
    id: 'publish-image',
    async run(ctx) {
        const startedOn = new Date();
        const image = await (0,sign_image_image/* checkedBuiltImage */.V)(ctx);
        const bundles = await imageBundles(ctx, image.digest);
        if (!bundles.some((b) => b.step === 'sign-image')) {
            const reason = `no sign-image attestation names ${image.digest}: the image is not signed, so it is not published`;
            ctx.log(reason);
            return { status: 'failed', reason, attestations: [], products: [], reports: [] };
        }
        const name = ctx.inputs.image || image.name;
        // The environment can point a run at a registry without editing the inputs file.
        const registry = (ctx.inputs.registry || process.env[REGISTRY_ENV] || '').trim();
        const dest = registry
            ? (0,destination/* destinationOf */.M)(registry, name)
            : { kind: 'layout', dir: (0,external_node_path_.join)(ctx.outDir, LOCAL_REGISTRY_DIR) };
        const target = (0,registry_open/* openTarget */.A)(dest, {
            env: process.env,
            insecure: ctx.inputs.insecure === 'true',
            signal: ctx.signal,
        });
        const tag = ctx.inputs.tag || (0,destination/* tagOf */.c)(image.ref);
        const copied = await (0,copy/* copyImage */.L)(new layout_target/* LayoutTarget */.e(image.layoutDir), target, image.digest, {
            ...(tag ? { tag } : {}),
            log: ctx.log,
        });
        const subject = { mediaType: copied.mediaType, digest: image.digest, size: copied.size };
        const attached = [];
        for (const b of bundles) {
            const d = await (0,referrers/* attachArtifact */.Kb)(target, {
                subject,
                artifactType: image_steps/* BUNDLE_ARTIFACT_TYPE */.Z,
                content: b.bytes,
                annotations: {
                    'dev.sigstore.bundle.content': 'dsse-envelope',
                    'dev.sigstore.bundle.predicateType': b.predicateType,
                    'dev.tollgate.step': b.step,
                },
            });
            attached.push({ step: b.step, predicateType: b.predicateType, digest: d.digest });
            ctx.log(`attached ${b.file} as ${d.digest}`);
        }
        const reference = (0,refs/* formatImageRef */.kL)(dest, { digest: image.digest });
        const published = dest.kind === 'registry' ? `${dest.registry}/${dest.repository}` : name;
        await (0,handoff/* writeHandoff */.K7)(ctx.outDir, PUBLISH_FILE, {
            reference,
            ...(tag ? { tagged: (0,refs/* formatImageRef */.kL)(dest, { tag }) } : {}),
            digest: image.digest,
            destination: dest.kind === 'registry' ? 'registry' : 'local-layout',
            referrers: attached,
        });
        const pushed = (0,sign_image_image/* imageSubject */.m)(published, image.digest);
        return {
            status: 'passed',
            attestations: [
                {
                    predicateType: types/* PREDICATE */.W3.slsaProvenance,
                    predicate: (0,builders/* makeProvenance */.wL)({
                        builderId: `https://tollgate.dev/steps/${ctx.step.id}`,
                        externalParameters: { repository: ctx.repository, reference, ...(tag ? { tag } : {}) },
                        materials: [(0,sign_image_image/* imageSubject */.m)(image.name, image.digest)],
                        startedOn,
                        finishedOn: new Date(),
                    }),
                },
            ],
            products: [pushed],
            materials: [(0,sign_image_image/* imageSubject */.m)(image.name, image.digest)],
            reports: [PUBLISH_FILE],
            summary: `Published \`${reference}\` with ${attached.length} attestation(s) attached.`,
            metrics: { blobsUploaded: copied.blobsCopied, attestationsAttached: attached.length },
        };
    },
};


/***/ })

};
