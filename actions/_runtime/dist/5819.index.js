export const id = 5819;
export const ids = [5819];
export const modules = {

/***/ 71523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ send)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);


/** Enough of a body to validate; a response larger than this is cut off (and reported so). */
const MAX_BODY = 1024 * 1024;
function send(req, timeoutMs, signal) {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
        let done = false;
        const finish = (o) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(o);
        };
        const url = new URL(req.url);
        const make = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const headers = { ...req.headers, Connection: 'close' };
        if (req.body !== undefined)
            headers['Content-Length'] = Buffer.byteLength(req.body);
        const r = make({
            method: req.method,
            hostname: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port,
            // The raw path as built: no URL object re-encodes or folds it on the way.
            path: req.url.slice(req.url.indexOf('/', url.protocol.length + 2)) || '/',
            headers,
            agent: false,
            ...(signal ? { signal } : {}),
        }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size <= MAX_BODY)
                    chunks.push(c);
            });
            res.on('end', () => finish({
                kind: 'response',
                status: res.statusCode ?? 0,
                headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [
                    k,
                    Array.isArray(v) ? v.join(', ') : String(v),
                ])),
                body: Buffer.concat(chunks).toString('utf8'),
                ms: ms(),
            }));
            res.on('error', (e) => finish({ kind: 'error', code: e.code ?? 'ERROR', message: e.message, ms: ms() }));
        });
        const timer = setTimeout(() => {
            finish({ kind: 'timeout', ms: ms() });
            r.destroy();
        }, timeoutMs);
        r.on('error', (e) => finish({ kind: 'error', code: e.code ?? 'ERROR', message: e.message, ms: ms() }));
        r.end(req.body);
    });
}


/***/ }),

/***/ 35819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DETAILS: () => (/* binding */ DETAILS),
  REPORT: () => (/* binding */ REPORT),
  apiFuzz: () => (/* binding */ apiFuzz)
});

// EXTERNAL MODULE: ./node_modules/fast-check/lib/fast-check.js + 8 modules
var fast_check = __webpack_require__(78608);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./dist/core/digest.js
var digest = __webpack_require__(63704);
// EXTERNAL MODULE: ./dist/core/errors.js
var errors = __webpack_require__(43959);
// EXTERNAL MODULE: ./dist/core/fs.js
var fs = __webpack_require__(90275);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./dist/steps/api-fuzz/check.js


/** Formats the fuzzer generates, checked the same way in answers; others are not checked. */
const FORMATS = {
    uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    email: /^[^\s@]+@[^\s@]+$/,
};
/** The documents' own URI in ajv: response schemas are compiled by pointer into it. */
const DOC_ID = 'https://tollgate.invalid/openapi.json';
class ResponseChecker {
    ajv;
    cache = new Map();
    constructor(doc) {
        this.ajv = new _2020.Ajv2020({
            strict: false,
            allErrors: false,
            validateSchema: false,
            logger: false,
            formats: FORMATS,
        });
        this.ajv.addSchema(doc, DOC_ID);
    }
    validator(pointer) {
        let v = this.cache.get(pointer);
        if (!v) {
            const fragment = pointer.slice(1).split('/').map(encodeURIComponent).join('/');
            try {
                v = this.ajv.compile({ $ref: `${DOC_ID}#${fragment}` });
            }
            catch (e) {
                throw new errors/* TollgateError */.xB('INPUT_INVALID', `the schema at ${pointer} cannot be compiled: ${e.message}`, {
                    cause: e,
                    hint: 'run lint-openapi on the spec; fix the schema it names',
                });
            }
            this.cache.set(pointer, v);
        }
        return v;
    }
    /** Compiles the operation's response schemas up front: a broken schema is the spec's fault, said once. */
    prepare(op) {
        for (const def of Object.values(op.responses))
            for (const pointer of Object.values(def.content))
                if (pointer)
                    this.validator(pointer);
    }
    check(op, outcome, timeoutMs) {
        if (outcome.kind === 'timeout')
            return { kind: 'timeout', detail: `no answer within ${timeoutMs} ms` };
        if (outcome.kind === 'error')
            return {
                kind: 'no-response',
                detail: `connection failed: ${outcome.code} ${outcome.message}`,
            };
        const { status } = outcome;
        if (status >= 500)
            return { kind: 'server-error', status, detail: `answered ${status}${snippet(outcome.body)}` };
        const def = declared(op, status);
        if (!def)
            return {
                kind: 'undeclared-status',
                status,
                detail: `answered ${status}, which the spec does not declare (declared: ${Object.keys(op.responses).join(', ')})`,
            };
        const types = Object.keys(def.content);
        if (!types.length || op.method === 'HEAD' || outcome.body.length === 0)
            return undefined;
        const got = (outcome.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        const media = types.find((t) => mediaMatches(t, got));
        if (!media)
            return {
                kind: 'content-type',
                status,
                detail: `answered ${status} with content type ${got || '(none)'}; the spec declares ${types.join(', ')}`,
            };
        const pointer = def.content[media];
        if (!pointer || !/json/.test(got))
            return undefined;
        let body;
        try {
            body = JSON.parse(outcome.body);
        }
        catch {
            return {
                kind: 'schema-violation',
                status,
                detail: `answered ${status} with ${got} that is not JSON${snippet(outcome.body)}`,
            };
        }
        const validate = this.validator(pointer);
        if (validate(body))
            return undefined;
        const e = validate.errors?.[0];
        return {
            kind: 'schema-violation',
            status,
            detail: `answered ${status} with a body that breaks the schema at ${pointer}: ${e?.instancePath || '(root)'} ${e?.message ?? ''}`.trim(),
        };
    }
}
/** The response the spec declares for a status: exact, then range (`4XX`), then `default`. */
function declared(op, status) {
    return (op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default);
}
function mediaMatches(declaredType, got) {
    if (declaredType === '*/*' || declaredType === got)
        return true;
    const [type, sub] = declaredType.split('/');
    return sub === '*' && got.startsWith(`${type}/`);
}
function snippet(body) {
    const s = body.replace(/\s+/g, ' ').trim().slice(0, 120);
    return s ? `: ${s}` : '';
}

// EXTERNAL MODULE: ./dist/steps/api-fuzz/http.js
var http = __webpack_require__(71523);
// EXTERNAL MODULE: ./node_modules/openapi-sampler/dist/openapi-sampler.js
var openapi_sampler = __webpack_require__(90551);
// EXTERNAL MODULE: ./dist/core/untrusted.js
var untrusted = __webpack_require__(49788);
;// CONCATENATED MODULE: ./dist/steps/api-fuzz/spec.js



const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const escapePointer = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
/** Follows `$ref` chains to the object they name; returns it with its own pointer. */
function resolve(doc, node, pointer, file) {
    let cur = node;
    let at = pointer;
    for (let hops = 0; isObj(cur) && typeof cur.$ref === 'string'; hops++) {
        const ref = cur.$ref;
        if (hops > 32)
            throw bad(file, `$ref loop at ${at}`);
        if (!ref.startsWith('#/'))
            throw bad(file, `${at} refers to ${ref}; only refs inside the document are followed`);
        at = ref;
        cur = ref
            .slice(2)
            .split('/')
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
            .reduce((o, k) => (isObj(o) || Array.isArray(o) ? o[k] : undefined), doc);
        if (cur === undefined)
            throw bad(file, `${pointer}: $ref ${ref} points at nothing`);
    }
    if (!isObj(cur))
        throw bad(file, `${at} is not an object`);
    return [cur, at];
}
function bad(file, why) {
    return new errors/* TollgateError */.xB('INPUT_INVALID', `${file}: ${why}`, {
        hint: 'fix the OpenAPI spec (bundle external refs into one file), or point openapi-path at the right one',
    });
}
/**
 * OpenAPI 3.0 schemas say `nullable: true` and boolean `exclusiveMinimum`; JSON Schema 2020-12
 * (what 3.1 uses and ajv checks) says `type: [..., "null"]` and numeric bounds. Rewritten in
 * place so that one validator and one generator serve both versions.
 */
function normalize30(node) {
    if (Array.isArray(node))
        return node.forEach(normalize30);
    if (!isObj(node))
        return;
    for (const v of Object.values(node))
        normalize30(v);
    if (node.nullable === true && typeof node.type === 'string')
        node.type = [node.type, 'null'];
    for (const [flag, bound] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum'],
    ]) {
        if (node[flag] === true && typeof node[bound] === 'number') {
            node[flag] = node[bound];
            delete node[bound];
        }
        else if (node[flag] === false)
            delete node[flag];
    }
}
function parameters(doc, list, at, file) {
    if (!Array.isArray(list))
        return [];
    return list.map((p, i) => {
        const [param, ptr] = resolve(doc, p, `${at}/parameters/${i}`, file);
        const where = param.in;
        if (typeof param.name !== 'string' ||
            !['path', 'query', 'header', 'cookie'].includes(String(where)))
            throw bad(file, `${ptr} needs a name and in: path, query, header or cookie`);
        const schema = isObj(param.schema)
            ? resolve(doc, param.schema, `${ptr}/schema`, file)[0]
            : isObj(param.content)
                ? (Object.values(param.content).find(isObj)?.schema ?? {})
                : {};
        return {
            name: param.name,
            in: where,
            required: where === 'path' || param.required === true,
            schema,
        };
    });
}
function responses(doc, node, at, file) {
    const out = {};
    if (!isObj(node))
        throw bad(file, `${at}/responses is missing`);
    for (const [status, value] of Object.entries(node)) {
        const [res, ptr] = resolve(doc, value, `${at}/responses/${escapePointer(status)}`, file);
        const content = {};
        if (isObj(res.content)) {
            for (const [type, media] of Object.entries(res.content)) {
                content[type.toLowerCase()] =
                    isObj(media) && isObj(media.schema)
                        ? `${ptr}/content/${escapePointer(type)}/schema`
                        : undefined;
            }
        }
        out[status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase()] = { content };
    }
    return out;
}
function operationsOf(doc, file) {
    if (!isObj(doc.paths))
        throw bad(file, 'no paths object');
    const ops = [];
    for (const [path, item] of Object.entries(doc.paths)) {
        const itemPtr = `#/paths/${escapePointer(path)}`;
        const [pathItem] = resolve(doc, item, itemPtr, file);
        const shared = parameters(doc, pathItem.parameters, itemPtr, file);
        for (const method of METHODS) {
            const op = pathItem[method];
            if (!isObj(op))
                continue;
            const at = `${itemPtr}/${method}`;
            const own = parameters(doc, op.parameters, at, file);
            // An operation's parameter replaces the path item's one of the same name and location.
            const merged = [
                ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)),
                ...own,
            ];
            let body;
            if (op.requestBody !== undefined) {
                const [rb] = resolve(doc, op.requestBody, `${at}/requestBody`, file);
                const entries = isObj(rb.content) ? Object.entries(rb.content) : [];
                const chosen = entries.find(([t]) => /json/i.test(t)) ?? entries[0];
                if (chosen) {
                    const media = chosen[1];
                    const schema = isObj(media) && isObj(media.schema) ? media.schema : {};
                    body = { required: rb.required === true, mediaType: chosen[0], schema };
                }
            }
            ops.push({
                method: method.toUpperCase(),
                path,
                name: `${method.toUpperCase()} ${path}`,
                pointer: at,
                parameters: merged,
                ...(body ? { body } : {}),
                responses: responses(doc, op.responses, at, file),
            });
        }
    }
    return ops;
}
async function loadSpec(file, display) {
    const text = (await (0,fs/* readInput */.R5)(file, 'the OpenAPI spec')).toString('utf8');
    let doc;
    try {
        doc = /\.ya?ml$/i.test(file)
            ? (0,untrusted/* parseYamlUntrusted */.j6)(text, 'OpenAPI spec', display)
            : (0,untrusted/* parseJsonUntrusted */.IN)(text, 'OpenAPI spec', display);
    }
    catch (e) {
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `${display}: not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}`, {
            cause: e,
            hint: 'run lint-openapi on the spec to see where',
        });
    }
    if (!isObj(doc) || typeof doc.openapi !== 'string' || !/^3\.[01]\./.test(doc.openapi))
        throw bad(display, 'not an OpenAPI 3.0 or 3.1 document (the "openapi" field says which)');
    if (doc.openapi.startsWith('3.0.'))
        normalize30(doc);
    return { file: display, doc, version: doc.openapi, operations: operationsOf(doc, display) };
}

;// CONCATENATED MODULE: ./dist/steps/api-fuzz/schema-util.js

/** What the schema arbitraries share: refs followed, allOf merged, types and numeric bounds. */
const schema_util_isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function deref(ctx, s) {
    if (!schema_util_isObj(s))
        return {};
    if (typeof s.$ref !== 'string')
        return s;
    return resolve(ctx.doc, s, '(schema)', ctx.file)[0];
}
/** allOf merged into one schema: properties and required united, other keys last wins. */
function flatten(ctx, raw) {
    const s = deref(ctx, raw);
    if (!Array.isArray(s.allOf))
        return s;
    const out = { ...s };
    delete out.allOf;
    for (const part of s.allOf.map((p) => flatten(ctx, p))) {
        const props = { ...out.properties, ...part.properties };
        const required = [
            ...(out.required ?? []),
            ...(part.required ?? []),
        ];
        Object.assign(out, part, { properties: props, required });
    }
    return out;
}
function typesOf(s) {
    if (Array.isArray(s.type))
        return s.type.map(String);
    if (typeof s.type === 'string')
        return [s.type];
    if (schema_util_isObj(s.properties))
        return ['object'];
    if (s.items !== undefined)
        return ['array'];
    return [];
}
function bounds(s, integer) {
    const step = integer ? 1 : Number.EPSILON;
    const min = typeof s.exclusiveMinimum === 'number'
        ? s.exclusiveMinimum + step
        : typeof s.minimum === 'number'
            ? s.minimum
            : undefined;
    const max = typeof s.exclusiveMaximum === 'number'
        ? s.exclusiveMaximum - step
        : typeof s.maximum === 'number'
            ? s.maximum
            : undefined;
    return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

;// CONCATENATED MODULE: ./dist/steps/api-fuzz/schema-edges.js

/** Bodies of a few KB: long enough to hit limits, short enough to keep runs fast. */
const LONG = 'A'.repeat(4096);
/** Valid values at the edges of what the schema allows. */
function boundaryValues(ctx, raw) {
    const s = flatten(ctx, raw);
    if (Array.isArray(s.enum) && s.enum.length)
        return [s.enum[0], s.enum[s.enum.length - 1]];
    const out = [];
    for (const type of typesOf(s)) {
        if (type === 'integer' || type === 'number') {
            const { min, max } = bounds(s, type === 'integer');
            const big = s.format === 'int32' ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
            out.push(min ?? -big, max ?? big);
            if ((min ?? -1) <= 0 && (max ?? 1) >= 0)
                out.push(0);
        }
        else if (type === 'string' && s.pattern === undefined && s.format === undefined) {
            const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
            out.push('a'.repeat(minLength));
            if (typeof s.maxLength === 'number')
                out.push('a'.repeat(s.maxLength));
        }
        else if (type === 'array') {
            if (typeof s.minItems !== 'number' || s.minItems === 0)
                out.push([]);
        }
    }
    return out;
}
/** Values the schema forbids: the inputs a service must refuse with a 4xx, not crash on. */
function invalidValues(ctx, raw) {
    const s = flatten(ctx, raw);
    const types = typesOf(s);
    const out = [];
    if (!types.includes('null'))
        out.push(null);
    if (!types.includes('string'))
        out.push('not-a-number');
    if (!types.includes('integer') && !types.includes('number'))
        out.push(12345);
    if (!types.includes('object'))
        out.push({ unexpected: true });
    if (Array.isArray(s.enum))
        out.push('__not_in_enum__');
    for (const type of types) {
        if (type === 'integer' || type === 'number') {
            const { min, max } = bounds(s, true);
            if (min !== undefined)
                out.push(min - 1);
            if (max !== undefined)
                out.push(max + 1);
            out.push(-1, 2 ** 53, 1e308);
            if (type === 'integer')
                out.push(1.5);
        }
        else if (type === 'string') {
            if (typeof s.maxLength === 'number')
                out.push('a'.repeat(s.maxLength + 1));
            if (typeof s.minLength === 'number' && s.minLength > 0)
                out.push('a'.repeat(s.minLength - 1));
            if (s.pattern !== undefined || s.format !== undefined)
                out.push('!not valid!');
            out.push(LONG, "' OR '1'='1", '<script>alert(1)</script>', '%00');
        }
        else if (type === 'object' && schema_util_isObj(s.properties)) {
            out.push({});
            if (s.additionalProperties === false)
                out.push({ __unexpected__: 1 });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./dist/steps/api-fuzz/schema-arb.js




/**
 * JSON Schema → fast-check arbitraries, in three families mixed at every leaf:
 * - valid values (types, enum/const, bounds, lengths, patterns, formats uuid, date-time,
 *   date, email, uri), with openapi-sampler's example as the simplest one;
 * - boundary values that are still valid (minimum, maximum, shortest and longest strings);
 * - invalid values (wrong type, out of range, too long, not in the enum, missing required).
 * `fc.oneof` shrinks towards its first member, so a failing request shrinks towards valid
 * values everywhere except where the failure needs something else: the minimal request.
 */
const MAX_DEPTH = 5;
/** Lets a failing value shrink into an earlier member of a oneof (invalid → valid, present → absent). */
const CROSS = { withCrossShrink: true };
/** A string arbitrary that meets pattern and lengths; undefined when none could be found. */
function stringArb(s) {
    const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
    const maxLength = typeof s.maxLength === 'number' ? s.maxLength : Math.max(minLength, 64);
    const fits = (v) => v.length >= minLength && v.length <= maxLength;
    let pattern;
    try {
        pattern = typeof s.pattern === 'string' ? new RegExp(s.pattern, 'u') : undefined;
    }
    catch {
        pattern = undefined; // not an ECMAScript regex: generate by lengths only
    }
    const matches = (v) => fits(v) && (!pattern || pattern.test(v));
    const byFormat = {
        uuid: fast_check/* default.uuid */.Ay.uuid({ version: [4] }),
        'date-time': fast_check/* default.date */.Ay.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })
            .map((d) => d.toISOString()),
        date: fast_check/* default.date */.Ay.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        email: fast_check/* default.emailAddress */.Ay.emailAddress(),
        uri: fast_check/* default.webUrl */.Ay.webUrl(),
        ipv4: fast_check/* default.ipV4 */.Ay.ipV4(),
    };
    let base = typeof s.format === 'string' ? byFormat[s.format] : undefined;
    if (!base && pattern) {
        try {
            base = fast_check/* default.stringMatching */.Ay.stringMatching(pattern, { size: 'small' });
        }
        catch {
            base = undefined;
        }
    }
    base ??= fast_check/* default.string */.Ay.string({ minLength, maxLength, unit: 'grapheme-ascii' });
    // Probe first: a filter that never passes would loop forever inside fast-check.
    const probe = fast_check/* default.sample */.Ay.sample(base, { numRuns: 30, seed: 1 });
    return probe.some(matches) ? base.filter(matches) : undefined;
}
function scalarValid(ctx, s, type) {
    switch (type) {
        case 'integer': {
            const { min, max } = bounds(s, true);
            const lo = Math.ceil(min ?? -(2 ** 31));
            const hi = Math.floor(max ?? 2 ** 31 - 1);
            const m = typeof s.multipleOf === 'number' && s.multipleOf > 0 ? s.multipleOf : 1;
            return fast_check/* default.integer */.Ay.integer({ min: Math.ceil(lo / m), max: Math.floor(hi / m) }).map((k) => k * m);
        }
        case 'number': {
            const { min, max } = bounds(s, false);
            return fast_check/* default.double */.Ay.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
        }
        case 'boolean':
            return fast_check/* default.boolean */.Ay.boolean();
        case 'null':
            return fast_check/* default.constant */.Ay.constant(null);
        case 'string':
            return stringArb(s) ?? fast_check/* default.constant */.Ay.constant(exampleOf(ctx, s) ?? '');
        default:
            return fast_check/* default.oneof */.Ay.oneof(fast_check/* default.string */.Ay.string(), fast_check/* default.integer */.Ay.integer(), fast_check/* default.boolean */.Ay.boolean());
    }
}
/** openapi-sampler's example for the schema (its own defaults, examples and formats). */
function exampleOf(ctx, s) {
    try {
        return (0,openapi_sampler.sample)(s, { skipReadOnly: true, quiet: true, enablePatterns: true }, ctx.doc);
    }
    catch {
        return undefined;
    }
}
function validArb(ctx, raw, depth = 0) {
    const s = flatten(ctx, raw);
    if ('const' in s)
        return fast_check/* default.constant */.Ay.constant(s.const);
    if (Array.isArray(s.enum) && s.enum.length)
        return fast_check/* default.constantFrom */.Ay.constantFrom(...s.enum);
    const branches = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []);
    if (branches.length)
        return fast_check/* default.oneof */.Ay.oneof(...branches.map((b) => validArb(ctx, b, depth + 1)));
    const types = typesOf(s);
    if (!types.length)
        return scalarValid(ctx, s, '');
    return fast_check/* default.oneof */.Ay.oneof(...types.map((type) => {
        if (type === 'array') {
            if (depth > MAX_DEPTH)
                return fast_check/* default.constant */.Ay.constant([]);
            const minLength = typeof s.minItems === 'number' ? s.minItems : 0;
            const maxLength = Math.min(typeof s.maxItems === 'number' ? s.maxItems : 4, minLength + 4);
            const item = validArb(ctx, s.items, depth + 1);
            return s.uniqueItems === true
                ? fast_check/* default.uniqueArray */.Ay.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
                : fast_check/* default.array */.Ay.array(item, { minLength, maxLength });
        }
        if (type === 'object')
            return objectArb(ctx, s, depth, (p) => validArb(ctx, p, depth + 1));
        return scalarValid(ctx, s, type);
    }));
}
function objectArb(ctx, s, depth, member) {
    const required = Array.isArray(s.required) ? s.required.map(String) : [];
    if (depth > MAX_DEPTH)
        return fast_check/* default.constant */.Ay.constant({});
    const props = Object.entries(schema_util_isObj(s.properties) ? s.properties : {}).filter(([, p]) => deref(ctx, p).readOnly !== true);
    const record = {};
    for (const [k, p] of props)
        record[k] = member(p);
    return fast_check/* default.record */.Ay.record(record, {
        requiredKeys: props.map(([k]) => k).filter((k) => required.includes(k)),
    });
}
/** valid (most often), boundary or invalid, at every level of the value. */
function fuzzArb(ctx, raw, depth = 0) {
    const s = flatten(ctx, raw);
    const example = exampleOf(ctx, s);
    const required = Array.isArray(s.required) ? s.required.map(String) : [];
    const valid = typesOf(s).includes('object') && !s.oneOf && !s.anyOf && depth <= MAX_DEPTH
        ? fast_check/* default.tuple */.Ay.tuple(objectArb(ctx, s, depth, (p) => fuzzArb(ctx, p, depth + 1)), 
        // Now and then one required member is left out (shrinks to "none left out").
        required.length
            ? fast_check/* default.oneof */.Ay.oneof(CROSS, { arbitrary: fast_check/* default.constant */.Ay.constant(undefined), weight: 8 }, { arbitrary: fast_check/* default.constantFrom */.Ay.constantFrom(...required), weight: 1 })
            : fast_check/* default.constant */.Ay.constant(undefined))
            .map(([o, drop]) => {
            if (drop === undefined || !schema_util_isObj(o))
                return o;
            const rest = { ...o };
            delete rest[drop];
            return rest;
        })
        : validArb(ctx, s, depth);
    const edge = boundaryValues(ctx, s);
    const bad = invalidValues(ctx, s);
    return fast_check/* default.oneof */.Ay.oneof(CROSS, ...(example !== undefined ? [{ arbitrary: fast_check/* default.constant */.Ay.constant(example), weight: 1 }] : []), { arbitrary: valid, weight: 6 }, ...(edge.length ? [{ arbitrary: fast_check/* default.constantFrom */.Ay.constantFrom(...edge), weight: 1 }] : []), { arbitrary: fast_check/* default.constantFrom */.Ay.constantFrom(...bad), weight: 2 });
}

;// CONCATENATED MODULE: ./dist/steps/api-fuzz/request.js


/** Headers OpenAPI says are not parameters (RFC 9110 semantics decide them). */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const ABSENT = Symbol('absent');
const keyOf = (p) => `${p.in}:${p.name}`;
function paramArb(ctx, p) {
    const value = fuzzArb(ctx, p.schema);
    if (p.in === 'path')
        return value; // a path without the segment is another route
    return p.required
        ? fast_check/* default.oneof */.Ay.oneof(CROSS, { arbitrary: value, weight: 8 }, { arbitrary: fast_check/* default.constant */.Ay.constant(ABSENT), weight: 1 })
        : fast_check/* default.oneof */.Ay.oneof(CROSS, { arbitrary: fast_check/* default.constant */.Ay.constant(ABSENT), weight: 2 }, { arbitrary: value, weight: 6 });
}
function operationArb(ctx, op) {
    const params = {};
    for (const p of op.parameters) {
        if (p.in === 'header' && RESERVED_HEADERS.has(p.name.toLowerCase()))
            continue;
        params[keyOf(p)] = paramArb(ctx, p);
    }
    const body = op.body
        ? op.body.required
            ? fast_check/* default.oneof */.Ay.oneof(CROSS, { arbitrary: fuzzArb(ctx, op.body.schema), weight: 8 }, { arbitrary: fast_check/* default.constant */.Ay.constant(ABSENT), weight: 1 })
            : fast_check/* default.oneof */.Ay.oneof(CROSS, { arbitrary: fast_check/* default.constant */.Ay.constant(ABSENT), weight: 1 }, { arbitrary: fuzzArb(ctx, op.body.schema), weight: 4 })
        : fast_check/* default.constant */.Ay.constant(ABSENT);
    return fast_check/* default.record */.Ay.record({ params: fast_check/* default.record */.Ay.record(params), body }).map(({ params: values, body: b }) => {
        const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ABSENT));
        return b === ABSENT ? { params: kept } : { params: kept, body: b };
    });
}
function request_text(v) {
    if (typeof v === 'string')
        return v;
    if (Array.isArray(v))
        return v.map(request_text).join(',');
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
/** Node refuses control characters in header values; they are dropped, not sent. */
const headerSafe = (s) => s.replace(/[^\t\x20-\x7e]/g, '');
/** `.` and `..` would be folded away by any URL parser: the request would hit another path. */
function pathSegment(v) {
    const s = request_text(v);
    return s === '' || s === '.' || s === '..' ? '_' : encodeURIComponent(s);
}
function buildRequest(baseUrl, op, input, extraHeaders = {}) {
    let path = op.path;
    const query = new URLSearchParams();
    const headers = { ...extraHeaders };
    const cookies = [];
    for (const p of op.parameters) {
        const key = keyOf(p);
        if (!(key in input.params)) {
            if (p.in === 'path')
                path = path.replace(`{${p.name}}`, '_');
            continue;
        }
        const v = input.params[key];
        if (p.in === 'path')
            path = path.split(`{${p.name}}`).join(pathSegment(v));
        else if (p.in === 'query') {
            // form style, exploded: the OpenAPI default for query parameters
            if (Array.isArray(v))
                for (const item of v)
                    query.append(p.name, request_text(item));
            else
                query.append(p.name, request_text(v));
        }
        else if (p.in === 'header')
            headers[p.name] = headerSafe(request_text(v));
        else
            cookies.push(`${p.name}=${encodeURIComponent(request_text(v))}`);
    }
    if (cookies.length)
        headers.Cookie = cookies.join('; ');
    const qs = query.toString();
    const url = `${baseUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
    if (!op.body || input.body === undefined)
        return { method: op.method, url, headers };
    const type = op.body.mediaType;
    const body = /json/i.test(type)
        ? JSON.stringify(input.body)
        : /x-www-form-urlencoded/i.test(type) && input.body && typeof input.body === 'object'
            ? new URLSearchParams(Object.entries(input.body).map(([k, v]) => [
                k,
                request_text(v),
            ])).toString()
            : request_text(input.body);
    return { method: op.method, url, headers: { ...headers, 'Content-Type': type }, body };
}
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/**
 * A curl command line that sends the same request. Headers of the `headers` input (API keys,
 * tokens) are written as `$TOLLGATE_HEADER_<n>`: a report must not carry the secret.
 */
function curlOf(req, secret = new Set()) {
    const parts = ['curl', '-sS', '-i', '-X', req.method, shellQuote(req.url)];
    let n = 0;
    for (const [k, v] of Object.entries(req.headers)) {
        if (secret.has(k.toLowerCase()))
            parts.push('-H', `"${k}: $TOLLGATE_HEADER_${++n}"`);
        else
            parts.push('-H', shellQuote(`${k}: ${v}`));
    }
    if (req.body !== undefined)
        parts.push('--data-raw', shellQuote(req.body));
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./dist/steps/api-fuzz/fuzz.js




/**
 * Property-based fuzzing of one operation: "every answer is one the spec allows". fast-check
 * generates inputs from the seed, and on the first failure shrinks it to the smallest input
 * that still fails. Each kind of problem is reported once per operation: after a failure
 * the property is run again from the same seed, now ignoring the kinds already found, until
 * it holds or every kind is found.
 */
const SEVERITY = {
    'server-error': 'high',
    timeout: 'high',
    'no-response': 'high',
    'undeclared-status': 'medium',
    'schema-violation': 'medium',
    'content-type': 'low',
};
async function fuzzOperation(schemas, checker, op, o) {
    checker.prepare(op);
    const arb = operationArb(schemas, op);
    const found = new Map();
    const statuses = {};
    let requests = 0;
    for (let round = 0; round < Object.keys(SEVERITY).length; round++) {
        let lastFailure;
        const details = await fast_check/* default.check */.Ay.check(fast_check/* default.asyncProperty */.Ay.asyncProperty(arb, async (input) => {
            if (o.signal.aborted)
                return true;
            const request = buildRequest(o.baseUrl, op, input, o.headers);
            const outcome = await (0,http/* send */.t)(request, o.timeoutMs, o.signal);
            requests++;
            const key = outcome.kind === 'response' ? String(outcome.status) : outcome.kind;
            statuses[key] = (statuses[key] ?? 0) + 1;
            const problem = checker.check(op, outcome, o.timeoutMs);
            if (!problem || found.has(problem.kind))
                return true;
            lastFailure = { problem, request };
            return false;
        }), {
            seed: o.seed,
            numRuns: o.runs,
            plugins: [fast_check/* default.interruptAfterTimeLimit */.Ay.interruptAfterTimeLimit(o.timeLimitMs)],
        });
        // The last failing evaluation is the shrunk counterexample fast-check reports.
        if (details.failed && !lastFailure)
            // The property threw instead of judging an answer: never count that as a pass.
            throw new errors/* TollgateError */.xB('INTERNAL', `fuzzing ${op.name} stopped: ${(0,errors/* describeError */.Uc)(details.errorInstance ?? 'unknown error')}`);
        if (!details.failed || !lastFailure)
            break;
        const { problem, request } = lastFailure;
        const secret = new Set(Object.keys(o.headers).map((h) => h.toLowerCase()));
        const shown = Object.entries(request.headers).map(([k, v]) => [
            k,
            secret.has(k.toLowerCase()) ? '***' : v,
        ]);
        found.set(problem.kind, {
            operation: op.name,
            problem,
            request: { ...request, headers: Object.fromEntries(shown) },
            curl: curlOf(request, secret),
            path: details.counterexamplePath ?? '',
            shrinks: details.numShrinks,
        });
        // A service that hangs on this operation would cost a timeout per further request.
        if (problem.kind === 'timeout' || problem.kind === 'no-response' || o.signal.aborted)
            break;
    }
    return { operation: op.name, requests, failures: [...found.values()], statuses };
}

// EXTERNAL MODULE: ./dist/steps/api-fuzz/target.js
var target = __webpack_require__(80358);
;// CONCATENATED MODULE: ./dist/steps/api-fuzz/index.js













/**
 * api-fuzz: property-based requests from the OpenAPI spec against the deployed service.
 * Findings go to api-fuzz.sarif and one scan-result predicate; api-fuzz.json keeps the seed,
 * the counts per operation and each failure with its curl line. See docs/steps/api-fuzz.md.
 */
const REPORT = 'api-fuzz.sarif';
const DETAILS = 'api-fuzz.json';
const RULES = {
    'server-error': 'The service answered 5xx: it failed on this input instead of refusing it.',
    'undeclared-status': 'The service answered a status the operation does not declare.',
    'schema-violation': 'The body of the answer does not match the schema the spec declares.',
    'content-type': 'The answer has a content type the spec does not declare for its status.',
    timeout: 'The service did not answer within timeout-ms.',
    'no-response': 'The service closed or reset the connection without answering.',
};
function seedOf(ctx) {
    const raw = ctx.inputs.seed?.trim();
    if (!raw)
        return Math.floor(Math.random() * 2 ** 31); // printed, so the run can be replayed
    const n = Number(raw);
    if (!Number.isInteger(n) || Math.abs(n) > 2 ** 31)
        throw new errors/* TollgateError */.xB('INPUT_INVALID', `seed is "${raw}"; expected a whole number`);
    return n;
}
/** `Name: value` per line: credentials the service needs (an API key from a secret). */
function headersOf(ctx) {
    const out = {};
    for (const line of (ctx.inputs.headers ?? '').split(/\r?\n/)) {
        if (!line.trim())
            continue;
        const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
        if (!m) {
            throw new errors/* TollgateError */.xB('INPUT_INVALID', 'headers has a line that is not "Name: value"', {
                hint: 'write one header per line, e.g. X-API-Key: ${{ secrets.API_KEY }}',
            });
        }
        out[m[1]] = m[2];
    }
    return out;
}
/** The line of the path's key in the spec text, so that SARIF points at the operation. */
function lineOfPath(text, path) {
    const i = text.findIndex((l) => l.includes(`"${path}"`) || l.trim().startsWith(`${path}:`) || l.includes(`'${path}'`));
    return i >= 0 ? i + 1 : undefined;
}
function findingOf(f, spec, lines, seed) {
    const path = f.operation.slice(f.operation.indexOf(' ') + 1);
    const line = lineOfPath(lines, path);
    return {
        ruleId: `api-fuzz/${f.problem.kind}`,
        severity: SEVERITY[f.problem.kind],
        message: `${f.operation} ${f.problem.detail}. Reproduce: ${f.curl} (seed ${seed}, path ${f.path})`,
        location: { path: spec, ...(line ? { line } : {}) },
    };
}
async function fuzz(ctx) {
    const baseUrl = await (0,target/* baseUrlOf */.ik)(ctx);
    const found = await (0,target/* specOf */.rI)(ctx);
    const spec = await loadSpec(found.file, found.display);
    const seed = seedOf(ctx);
    const runs = (0,target/* intInput */.O1)(ctx, 'runs', 50, 1, 100_000);
    const timeoutMs = (0,target/* intInput */.O1)(ctx, 'timeout-ms', 5000, 10, 600_000);
    const headers = headersOf(ctx);
    ctx.log(`api-fuzz: ${spec.operations.length} operation(s) of ${found.display} against ${baseUrl}; seed ${seed}, ${runs} run(s) each`);
    const probe = await (0,http/* send */.t)({ method: 'GET', url: `${baseUrl}/`, headers }, timeoutMs, ctx.signal);
    if (probe.kind === 'error')
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `nothing answers at ${baseUrl} (${probe.code})`, {
            hint: 'start the service (deploy-test) or set base-url to where it runs',
        });
    const checker = new ResponseChecker(spec.doc);
    const schemas = { doc: spec.doc, file: found.display };
    const started = performance.now();
    const results = [];
    for (const op of spec.operations) {
        const r = await fuzzOperation(schemas, checker, op, {
            baseUrl,
            seed,
            runs,
            timeoutMs,
            timeLimitMs: Math.max(30_000, timeoutMs * 6),
            signal: ctx.signal,
            headers,
        });
        ctx.log(`api-fuzz: ${op.name}: ${r.requests} request(s), ${r.failures.length} problem(s)`);
        for (const f of r.failures)
            ctx.log(`  ${f.problem.kind}: ${f.problem.detail}\n    ${f.curl}`);
        results.push(r);
    }
    const seconds = Math.max((performance.now() - started) / 1000, 0.001);
    const requests = results.reduce((n, r) => n + r.requests, 0) + 1;
    const rps = Math.round((requests / seconds) * 10) / 10;
    const failures = results.flatMap((r) => r.failures);
    ctx.log(`api-fuzz: ${requests} request(s) in ${seconds.toFixed(1)} s (${rps} requests/s); replay with seed ${seed}`);
    const details = {
        baseUrl,
        spec: found.display,
        seed,
        runs,
        timeoutMs,
        requests,
        seconds: Math.round(seconds * 1000) / 1000,
        requestsPerSecond: rps,
        operations: results.map((r) => ({
            operation: r.operation,
            requests: r.requests,
            statuses: r.statuses,
        })),
        failures: failures.map((f) => ({
            operation: f.operation,
            kind: f.problem.kind,
            severity: SEVERITY[f.problem.kind],
            status: f.problem.status,
            detail: f.problem.detail,
            curl: f.curl,
            request: f.request,
            replay: { seed, path: f.path },
            shrinks: f.shrinks,
        })),
    };
    const detailBytes = Buffer.from(`${JSON.stringify(details, null, 2)}\n`);
    await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, DETAILS), detailBytes);
    const lines = (await (0,promises_.readFile)(found.file, 'utf8')).split(/\r?\n/);
    const findings = failures.map((f) => findingOf(f, found.display, lines, seed));
    // Rule, operation and status: the same fault found again with other bytes is the same finding.
    const keys = new Map(findings.map((f, i) => [f, failures[i]]));
    (0,fingerprint/* assignFingerprints */.Dz)(findings, {
        anchor: (f) => {
            const failure = keys.get(f);
            return { key: `${failure.operation}\u0000${failure.problem.status ?? ''}` };
        },
    });
    const result = await (0,scan_step/* finishScan */.vi)(ctx, [
        {
            tool: {
                name: 'tollgate-api-fuzz',
                version: `fast-check ${fast_check/* default.__version */.Ay.__version}`,
                informationUri: 'https://fast-check.dev',
                rules: Object.entries(RULES).map(([id, help]) => ({
                    id: `api-fuzz/${id}`,
                    shortDescription: help,
                    help,
                })),
            },
            findings,
        },
    ], REPORT, [
        '',
        `Seed **${seed}** (replay: input \`seed: ${seed}\`), ${runs} run(s) per operation, ${spec.operations.length} operation(s) of ${found.display}, ${requests} request(s) at **${rps} requests/s**.`,
        ...(failures.length
            ? ['', '| severity | operation | problem | reproduce |', '|---|---|---|---|']
            : []),
        ...failures.map((f) => `| ${SEVERITY[f.problem.kind]} | ${f.operation} | ${f.problem.kind}: ${f.problem.detail.replace(/\|/g, '\\|').slice(0, 160)} | \`${f.curl.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`),
    ]);
    return {
        ...result,
        reports: [...result.reports, DETAILS],
        products: [...result.products, { name: DETAILS, digest: { sha256: (0,digest/* sha256Hex */.fg)(detailBytes) } }],
        metrics: {
            ...result.metrics,
            requests,
            requestsPerSecond: rps,
            operations: spec.operations.length,
            seed,
        },
    };
}
const apiFuzz = {
    id: 'api-fuzz',
    async run(ctx) {
        try {
            return await fuzz(ctx);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, 'tollgate-api-fuzz');
        }
    },
};


/***/ }),

/***/ 80358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O1: () => (/* binding */ intInput),
/* harmony export */   ik: () => (/* binding */ baseUrlOf),
/* harmony export */   rI: () => (/* binding */ specOf)
/* harmony export */ });
/* harmony import */ var _core_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98402);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43959);
/* harmony import */ var _common_handoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30086);
/* harmony import */ var _lint_openapi_find_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61056);





/**
 * What the per-PR steps that send traffic aim at: the `base-url` input, else the URL that
 * deploy-test recorded. Only http(s) URLs are accepted, so that a typo fails with exit code 2
 * instead of sending requests somewhere unexpected.
 */
async function baseUrlOf(ctx) {
    const input = ctx.inputs['base-url']?.trim();
    const url = input || (await (0,_common_handoff_js__WEBPACK_IMPORTED_MODULE_3__/* .readDeployment */ .iJ)(ctx)).baseUrl;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `base-url "${url}" is not a URL`, {
            cause: e,
            hint: 'set base-url to the service, e.g. http://127.0.0.1:8080',
        });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `base-url "${url}" is not an http(s) URL`, {
            hint: 'set base-url to the service, e.g. http://127.0.0.1:8080',
        });
    return url.replace(/\/+$/, '');
}
/** The `openapi-path` input first, else the spec compile produced, else the usual names. */
async function specOf(ctx) {
    const input = ctx.inputs['openapi-path']?.trim();
    if (input) {
        const file = (0,_core_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInside */ .L)(ctx.repoDir, input, 'the api-fuzz input "openapi-path"');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_UNREADABLE', `openapi-path ${input}: no such file`, {
                hint: 'point openapi-path at the spec, relative to the repository',
            });
        return { file, display: input, origin: 'input' };
    }
    return (0,_lint_openapi_find_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .findSpec */ .vt)(ctx);
}
/** A whole number input within bounds, or its default; anything else is a usage error. */
function intInput(ctx, name, def, min, max) {
    const raw = ctx.inputs[name]?.trim();
    if (!raw)
        return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TollgateError */ .xB('INPUT_INVALID', `${name} is "${raw}"; expected a whole number from ${min} to ${max}`);
    return n;
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


/***/ })

};
