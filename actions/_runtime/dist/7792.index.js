export const id = 7792;
export const ids = [7792];
export const modules = {

/***/ 87792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_NAME: () => (/* binding */ REPORT_NAME),
  RESULT_FILE: () => (/* binding */ RESULT_FILE),
  TIMELINE_FILE: () => (/* binding */ TIMELINE_FILE),
  chaos: () => (/* binding */ chaos),
  findingsOf: () => (/* binding */ findingsOf)
});

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
// EXTERNAL MODULE: ./dist/steps/common/handoff.js
var handoff = __webpack_require__(30086);
// EXTERNAL MODULE: ./dist/steps/common/target-answers.js
var target_answers = __webpack_require__(11433);
// EXTERNAL MODULE: ./dist/steps/common/fingerprint.js
var fingerprint = __webpack_require__(36216);
// EXTERNAL MODULE: ./dist/steps/common/scan-step.js + 1 modules
var scan_step = __webpack_require__(62246);
;// CONCATENATED MODULE: ./dist/steps/chaos/analysis.js
/** Successes in a row that count as recovered (one lucky request does not). */
const RECOVERED_AFTER = 3;
const BUCKET_MS = 250;
function p95(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}
/** When the service answered again after `from`: the first of RECOVERED_AFTER successes in a row. */
function recoveredAt(samples, from) {
    let run = 0;
    for (let i = 0; i < samples.length; i++) {
        if (samples[i].t < from)
            continue;
        run = samples[i].ok ? run + 1 : 0;
        if (run === RECOVERED_AFTER)
            return samples[i - RECOVERED_AFTER + 1].t;
    }
    return null;
}
/**
 * A request is sent a moment before its connection reaches the proxy: one sent just before a
 * fault starts may meet it. Such requests belong to the fault, not to the steady state.
 */
const GUARD_MS = 250;
/** Faults the proxy injects into the network: the requests they refuse are its own doing. */
const NETWORK_FAULTS = new Set(['reset', 'drop']);
/** Samples are sorted by send time. */
function analyse(samples, faults, endMs) {
    const recoveries = faults.map((f) => {
        const at = recoveredAt(samples, f.end);
        return { ...f, recoveryMs: at === null ? null : Math.max(0, at - f.end) };
    });
    const disturbed = (t) => recoveries.some((r) => t >= r.start - GUARD_MS && t < (r.recoveryMs === null ? Infinity : r.end + r.recoveryMs));
    const steady = samples.filter((s) => !disturbed(s.t));
    const ok = samples.filter((s) => s.ok).length;
    const network = faults.filter((f) => NETWORK_FAULTS.has(f.kind));
    const counted = samples.filter((s) => !network.some((f) => s.t >= f.start - GUARD_MS && s.t < f.end));
    const countedOk = counted.filter((s) => s.ok).length;
    const steadyErrors = steady.filter((s) => !s.ok).length;
    const buckets = [];
    for (let t = 0; t < endMs; t += BUCKET_MS) {
        const inside = samples.filter((s) => s.t >= t && s.t < t + BUCKET_MS);
        buckets.push({
            t,
            ok: inside.filter((s) => s.ok).length,
            errors: inside.filter((s) => !s.ok).length,
            p95Ms: p95(inside.filter((s) => s.ok).map((s) => s.ms)),
        });
    }
    return {
        requests: samples.length,
        ok,
        availability: counted.length ? countedOk / counted.length : 0,
        injected: samples.length - counted.length,
        countedOk,
        steadyRequests: steady.length,
        steadyErrors,
        errorRate: steady.length ? steadyErrors / steady.length : 0,
        p95Ms: p95(samples.filter((s) => s.ok).map((s) => s.ms)),
        recoveries,
        buckets,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./dist/core/process.js
var process = __webpack_require__(79503);
// EXTERNAL MODULE: ./dist/steps/deploy-test/podman-cli.js
var podman_cli = __webpack_require__(93419);
// EXTERNAL MODULE: ./dist/steps/deploy-test/process-group.js
var process_group = __webpack_require__(15942);
// EXTERNAL MODULE: ./dist/steps/deploy-test/teardown-record.js
var teardown_record = __webpack_require__(80527);
;// CONCATENATED MODULE: ./dist/steps/deploy-test/restart.js






/**
 * The restart fault: kill the service hard (SIGKILL, no graceful shutdown), then start it
 * again the way deploy-test did. podman keeps the container (`kill` + `start`); the command
 * target's process group is started anew and teardown.json updated with its new PID, so the
 * run's teardown ends the new process and not the dead one. Returns what was restarted.
 */
async function restartDeployment(deployDir, exec = process/* nodeProcessRunner */.a) {
    const record = await (0,teardown_record/* readTeardown */.P$)(deployDir);
    if (!record) {
        throw new errors/* TollgateError */.xB('INPUT_UNREADABLE', `${deployDir}: no teardown.json, nothing to restart`, {
            hint: 'the restart fault needs deploy-test of the same run (podman or command target)',
        });
    }
    if (record.podman?.containers.length) {
        const names = record.podman.containers;
        await (0,podman_cli/* podman */.cj)(exec, record.podman, ['kill', ...names]);
        await (0,podman_cli/* podman */.cj)(exec, record.podman, ['start', ...names]);
        return `container ${names.join(', ')}`;
    }
    const [proc, ...rest] = record.processes ?? [];
    if (record.target === 'command' && proc) {
        await (0,process_group/* killGroup */.i)(proc.pid, 0);
        await (0,external_node_timers_promises_.setTimeout)(20);
        const { record: next } = (0,process_group/* startGroup */.O)({
            command: proc.command,
            cwd: proc.cwd,
            env: proc.env,
            log: proc.log,
        });
        await (0,teardown_record/* writeTeardown */.ML)(deployDir, { ...record, processes: [next, ...rest] });
        return `process group ${proc.pid} → ${next.pid}`;
    }
    throw new errors/* TollgateError */.xB('INPUT_INVALID', `the ${record.target} target cannot be restarted by chaos`, {
        hint: 'leave restart out of the faults input for this target',
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./dist/steps/chaos/proxy.js

const CALM = { latencyMs: 0, resetRate: 0, dropRate: 0 };
/**
 * A TCP fault proxy of our own on 127.0.0.1, in front of the deployment: the load goes
 * through it, and the schedule switches its mode to inject latency, connection resets and
 * dropped connections without touching the service or the host's network (no netem here).
 */
class FaultProxy {
    mode = { ...CALM };
    server;
    sockets = new Set();
    target;
    random;
    constructor(target, random = Math.random) {
        this.target = target;
        this.random = random;
    }
    async start() {
        const server = (0,external_node_net_.createServer)((client) => this.handle(client));
        this.server = server;
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', resolve);
        });
        const addr = server.address();
        return typeof addr === 'object' && addr ? addr.port : 0;
    }
    track(s) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
    }
    handle(client) {
        this.track(client);
        const { latencyMs, resetRate, dropRate } = this.mode;
        const roll = this.random();
        if (roll < resetRate) {
            client.resetAndDestroy();
            return;
        }
        if (roll < resetRate + dropRate) {
            client.resume(); // read and discard, never answer: the client times out
            return;
        }
        client.pause();
        const forward = () => {
            if (client.destroyed)
                return;
            const upstream = (0,external_node_net_.createConnection)(this.target);
            this.track(upstream);
            upstream.on('connect', () => {
                client.pipe(upstream);
                upstream.pipe(client);
                client.resume();
            });
            upstream.on('close', () => client.destroy());
            client.on('close', () => upstream.destroy());
        };
        if (latencyMs > 0)
            setTimeout(forward, latencyMs);
        else
            forward();
    }
    async stop() {
        for (const s of this.sockets)
            s.destroy();
        await new Promise((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
    }
}

;// CONCATENATED MODULE: ./dist/steps/chaos/faults.js




/** How hard the proxy faults hit while active (per new connection). */
const PROXY_FAULTS = {
    latency: { latencyMs: 300 },
    reset: { resetRate: 0.5 },
    drop: { dropRate: 0.3 },
};
/** Share of the run before the first fault (a baseline) and share of a slot a fault lasts. */
const WARM_UP = 0.15;
const ACTIVE = 0.4;
/** The faults one after another, each in its own slot with time to recover before the next. */
function schedule(o) {
    const slot = (o.durationMs * (1 - WARM_UP)) / Math.max(1, o.faults.length);
    return o.faults.map((kind, i) => ({
        kind,
        at: Math.round(o.durationMs * WARM_UP + i * slot),
        activeMs: Math.round(slot * ACTIVE),
    }));
}
/**
 * Injects the scheduled faults while the load runs. `restart` kills the service and starts
 * it again through deploy-test's teardown record (a fault of its own: it ends when the
 * restart command returns, and recovery is measured from there); `cpu` runs stress-ng on
 * every core of the machine the service shares; the others switch the proxy's mode.
 */
async function injectFaults(ctx, o, proxy, t0, deployDir) {
    const events = [];
    const now = () => Date.now() - t0;
    for (const s of schedule(o)) {
        await (0,external_node_timers_promises_.setTimeout)(Math.max(0, s.at - now()));
        if (ctx.signal.aborted)
            break;
        const start = now();
        let detail;
        if (s.kind === 'restart') {
            detail = `restarted ${await restartDeployment(deployDir, ctx.exec)}`;
        }
        else if (s.kind === 'cpu') {
            const cores = (0,external_node_os_.availableParallelism)();
            const seconds = Math.max(1, Math.round(s.activeMs / 1000));
            const res = await ctx.exec.run('stress-ng', ['--cpu', String(cores), '--timeout', `${seconds}s`, '--quiet'], {
                cwd: ctx.outDir,
                signal: ctx.signal,
            });
            if (res.code !== 0)
                throw new Error(`stress-ng exited with ${res.code}: ${res.stderr.trim()}`);
            detail = `stress-ng --cpu ${cores} for ${seconds} s`;
        }
        else {
            const mode = PROXY_FAULTS[s.kind];
            proxy.mode = { ...CALM, ...mode };
            await (0,external_node_timers_promises_.setTimeout)(s.activeMs);
            proxy.mode = { ...CALM };
            detail = Object.entries(mode)
                .map(([k, v]) => `${k} ${v}`)
                .join(', ');
        }
        events.push({ kind: s.kind, start, end: now(), detail });
        ctx.log(`chaos: ${s.kind} ${start}-${now()} ms: ${detail}`);
    }
    return events;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./dist/steps/chaos/load.js

const REQUEST_TIMEOUT_MS = 2000;
/**
 * One GET on a new connection (no keep-alive: every request meets the proxy's current mode,
 * as a new client would). A 2xx or 3xx answer is a success; anything else is an error.
 */
function probe(url, t0) {
    const t = Date.now() - t0;
    return new Promise((resolve) => {
        let done = false;
        const finish = (ok, outcome) => {
            if (done)
                return;
            done = true;
            resolve({ t, ms: Date.now() - t0 - t, ok, outcome });
        };
        const req = (0,external_node_http_.request)(url, { agent: false, timeout: REQUEST_TIMEOUT_MS }, (res) => {
            res.resume();
            res.on('end', () => {
                const s = res.statusCode ?? 0;
                finish(s >= 200 && s < 400, String(s));
            });
            res.on('error', (e) => finish(false, e.code ?? e.message));
        });
        req.on('timeout', () => {
            finish(false, 'timeout');
            req.destroy();
        });
        req.on('error', (e) => finish(false, e.code ?? e.message));
        req.end();
    });
}
/**
 * A steady open-loop load: a request every 1/rps seconds whether or not earlier ones have
 * answered, so a slow or dead service shows as errors and timeouts instead of fewer requests.
 * Runs until `until()` says stop; every sample is reported as it ends (the run watches
 * recovery live) and all of them, by send time, once every request has ended.
 */
async function steadyLoad(url, rps, t0, until, onSample = () => { }) {
    const pending = [];
    const interval = 1000 / rps;
    let next = Date.now();
    while (!until()) {
        pending.push(probe(url, t0).then((s) => (onSample(s), s)));
        next += interval;
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
    return (await Promise.all(pending)).sort((a, b) => a.t - b.t);
}

;// CONCATENATED MODULE: ./dist/steps/chaos/options.js

const FAULTS = ['restart', 'latency', 'reset', 'drop', 'cpu'];
const bad = (message) => new errors/* TollgateError */.xB('INPUT_INVALID', `chaos: ${message}`);
function num(ctx, name, def, min, max) {
    const raw = (ctx.inputs[name] ?? '').trim();
    if (raw === '')
        return def;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) {
        throw bad(`${name} is "${raw}"; expected a number from ${min} to ${max}`);
    }
    return n;
}
/**
 * The thresholds are the service's SLOs for this test: the policy's configuration of the
 * chaos step sets them (as step inputs), and a breach becomes a finding the gate judges.
 */
function chaosOptions(ctx) {
    const faults = (ctx.inputs.faults ?? 'restart,latency,reset,drop,cpu')
        .split(/[\s,]+/)
        .filter(Boolean);
    for (const f of faults) {
        if (!FAULTS.includes(f)) {
            throw bad(`fault "${f}" is unknown; expected some of ${FAULTS.join(', ')}`);
        }
    }
    const path = (ctx.inputs.path ?? '').trim() || '/healthz';
    if (!path.startsWith('/'))
        throw bad(`path "${path}" must start with /`);
    const baseUrl = (ctx.inputs['base-url'] ?? '').trim();
    return {
        durationMs: num(ctx, 'duration', 30, 1, 3600) * 1000,
        rps: num(ctx, 'rps', 20, 1, 1000),
        faults: faults,
        path,
        minAvailability: num(ctx, 'min-availability', 0.95, 0, 1),
        maxErrorRate: num(ctx, 'max-error-rate', 0.01, 0, 1),
        maxRecoveryMs: num(ctx, 'max-recovery-seconds', 10, 0, 3600) * 1000,
        ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
    };
}

;// CONCATENATED MODULE: ./dist/steps/chaos/svg.js

/**
 * The run as an SVG people can open in a browser or see in the HTML report: requests per
 * 250 ms as stacked bars (successes green, errors red), the p95 latency of successes as a
 * line, and each fault as a shaded band with its name, from its start until recovery.
 */
const W = 900;
const H = 340;
/** The fault lane sits between the title and the plot, so bars never hide it. */
const LANE = { top: 30, height: 16 };
const M = { left: 50, right: 60, top: 56, bottom: 40 };
const esc = (s) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
function timelineSvg(a, title) {
    const plotW = W - M.left - M.right;
    const plotH = H - M.top - M.bottom;
    const endMs = Math.max(BUCKET_MS, a.buckets.length * BUCKET_MS);
    const x = (t) => M.left + (t / endMs) * plotW;
    // Headroom above the tallest bar, so that the latency line stays readable.
    const maxCount = Math.max(1, ...a.buckets.map((b) => b.ok + b.errors)) * 1.2;
    const maxLat = Math.max(1, ...a.buckets.map((b) => b.p95Ms));
    const yCount = (n) => M.top + plotH - (n / maxCount) * plotH;
    const yLat = (ms) => M.top + plotH - (ms / maxLat) * plotH;
    const bw = Math.max(1, (BUCKET_MS / endMs) * plotW - 1);
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`, `<title>${esc(title)}</title>`, `<rect width="${W}" height="${H}" fill="#fff"/>`, `<text x="${M.left}" y="20" font-size="14" font-weight="bold">${esc(title)}</text>`);
    const markers = [];
    for (const r of a.recoveries) {
        const until = r.recoveryMs === null ? endMs : r.end + r.recoveryMs;
        const x0 = x(r.start);
        const x1 = Math.max(x0 + 2, x(r.end));
        const x2 = Math.max(x1, x(until));
        // Lane: the fault itself (dark), then the time until recovery (light; red if none).
        parts.push(`<rect class="fault" data-kind="${r.kind}" x="${x0.toFixed(1)}" y="${LANE.top}" width="${(x1 - x0).toFixed(1)}" height="${LANE.height}" fill="#8a5a00"/>`, `<rect class="recovery" x="${x1.toFixed(1)}" y="${LANE.top}" width="${(x2 - x1).toFixed(1)}" height="${LANE.height}" fill="${r.recoveryMs === null ? '#d64545' : '#f2c14e'}" opacity="0.7"/>`, `<text x="${(x0 + 2).toFixed(1)}" y="${LANE.top + 12}" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(r.kind)}${r.recoveryMs === null ? ' (no recovery)' : ''}</text>`);
        // Start and end of the fault across the plot, drawn over the bars.
        for (const t of [r.start, r.end]) {
            markers.push(`<line class="marker" x1="${x(t).toFixed(1)}" y1="${M.top}" x2="${x(t).toFixed(1)}" y2="${M.top + plotH}" stroke="#000" stroke-dasharray="3,3" opacity="0.6"/>`);
        }
    }
    for (const b of a.buckets) {
        const x0 = x(b.t).toFixed(1);
        if (b.ok) {
            parts.push(`<rect class="ok" x="${x0}" y="${yCount(b.ok).toFixed(1)}" width="${bw.toFixed(1)}" height="${(M.top + plotH - yCount(b.ok)).toFixed(1)}" fill="#3a9d5d"/>`);
        }
        if (b.errors) {
            const top = yCount(b.ok + b.errors);
            parts.push(`<rect class="error" x="${x0}" y="${top.toFixed(1)}" width="${bw.toFixed(1)}" height="${(yCount(b.ok) - top).toFixed(1)}" fill="#d64545"/>`);
        }
    }
    const line = a.buckets
        .filter((b) => b.ok)
        .map((b) => `${(x(b.t) + bw / 2).toFixed(1)},${yLat(b.p95Ms).toFixed(1)}`)
        .join(' ');
    parts.push(...markers);
    if (line)
        parts.push(`<polyline class="p95" points="${line}" fill="none" stroke="#2f5fb3" stroke-width="1.5"/>`);
    // Axes: time (s) below, requests per bucket left, p95 latency right.
    const axisY = M.top + plotH;
    parts.push(`<line x1="${M.left}" y1="${axisY}" x2="${M.left + plotW}" y2="${axisY}" stroke="#333"/>`, `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${axisY}" stroke="#333"/>`);
    const step = Math.max(1, Math.ceil(endMs / 1000 / 15));
    for (let s = 0; s * 1000 <= endMs; s += step) {
        parts.push(`<text x="${x(s * 1000).toFixed(1)}" y="${axisY + 14}" text-anchor="middle">${s}s</text>`);
    }
    parts.push(`<text x="${M.left - 6}" y="${M.top + 4}" text-anchor="end">${Math.round(maxCount)}</text>`, `<text x="${M.left - 6}" y="${axisY}" text-anchor="end">0</text>`, `<text x="${M.left + plotW + 6}" y="${M.top + 4}" fill="#2f5fb3">${maxLat} ms</text>`, `<text x="${M.left}" y="${H - 8}">requests per ${BUCKET_MS} ms: <tspan fill="#3a9d5d">ok</tspan> / <tspan fill="#d64545">error</tspan>; <tspan fill="#2f5fb3">p95 latency</tspan>; availability ${(a.availability * 100).toFixed(2)}%</text>`, '</svg>');
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./dist/steps/chaos/index.js















const REPORT_NAME = 'chaos.sarif';
const RESULT_FILE = 'chaos.json';
const TIMELINE_FILE = 'chaos-timeline.svg';
const TOOL = {
    name: 'tollgate-chaos',
    version: '1',
    informationUri: 'https://tollgate.dev/steps/chaos',
};
const pct = (x) => `${(x * 100).toFixed(2)}%`;
/** The SLOs as findings: each breach is one, with the figures that show it. */
function findingsOf(a, o) {
    const out = [];
    const faults = new Map();
    if (a.availability < o.minAvailability) {
        out.push({
            ruleId: 'chaos/availability',
            severity: 'high',
            message: `availability ${pct(a.availability)} (${a.countedOk} of ${a.requests - a.injected} requests${a.injected ? `; ${a.injected} sent into reset or drop faults not counted` : ''}) is below the minimum ${pct(o.minAvailability)}`,
        });
    }
    if (a.errorRate > o.maxErrorRate) {
        out.push({
            ruleId: 'chaos/error-rate',
            severity: 'high',
            message: `error rate outside faults ${pct(a.errorRate)} (${a.steadyErrors} of ${a.steadyRequests}) is above the maximum ${pct(o.maxErrorRate)}`,
        });
    }
    for (const r of a.recoveries) {
        if (r.recoveryMs !== null && r.recoveryMs <= o.maxRecoveryMs)
            continue;
        const f = {
            ruleId: 'chaos/recovery',
            severity: 'high',
            message: r.recoveryMs === null
                ? `the service did not recover after ${r.kind} (${r.detail}): no ${3} successful requests in a row in the ${((a.buckets.length * 250 - r.end) / 1000).toFixed(1)} s after it`
                : `recovery after ${r.kind} took ${(r.recoveryMs / 1000).toFixed(1)} s, above the maximum ${o.maxRecoveryMs / 1000} s`,
        };
        faults.set(f, r.kind);
        out.push(f);
    }
    // The rule, and the fault for a recovery (the same fault twice: the occurrence), not the
    // figures, which differ from run to run.
    return (0,fingerprint/* assignFingerprints */.Dz)(out, { anchor: (f) => ({ key: faults.get(f) ?? '' }) });
}
async function targetOf(ctx, o) {
    return new URL(o.baseUrl ?? (await (0,handoff/* readDeployment */.iJ)(ctx)).baseUrl);
}
/**
 * chaos: a steady load through a fault proxy in front of the deployment while faults are
 * injected one after another; availability, error rate and recovery time are measured and
 * held against the SLO inputs. Reports: chaos.json (every figure), chaos-timeline.svg, and the
 * SLO breaches as SARIF + scan-result, like every other checking step.
 */
const chaos = {
    id: 'chaos',
    async run(ctx) {
        await (0,promises_.mkdir)(ctx.outDir, { recursive: true });
        const o = chaosOptions(ctx);
        let target;
        try {
            target = await targetOf(ctx, o);
            await (0,target_answers/* requireHttpAnswer */.e9)(target.href, ctx.signal);
        }
        catch (e) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, e, TOOL.name);
        }
        const proxy = new FaultProxy({ host: target.hostname, port: Number(target.port) || 80 });
        const proxyPort = await proxy.start();
        const url = new URL(o.path, `http://127.0.0.1:${proxyPort}`);
        ctx.log(`chaos: ${o.rps} req/s on ${target.origin}${o.path} through 127.0.0.1:${proxyPort} for ${o.durationMs / 1000} s; faults ${o.faults.join(', ') || 'none'}`);
        const t0 = Date.now();
        const live = [];
        let faults = [];
        let faultsDone = false;
        let faultError;
        // After the planned duration the load goes on while the last fault has not recovered,
        // up to the recovery limit: a slow recovery is then measured, not cut off.
        const until = () => {
            const now = Date.now() - t0;
            if (ctx.signal.aborted || faultError !== undefined)
                return true;
            if (now < o.durationMs || !faultsDone)
                return false;
            const last = faults.at(-1);
            if (!last)
                return true;
            const sorted = [...live].sort((a, b) => a.t - b.t);
            return recoveredAt(sorted, last.end) !== null || now > last.end + o.maxRecoveryMs + 500;
        };
        const load = steadyLoad(url, o.rps, t0, until, (s) => live.push(s));
        try {
            faults = await injectFaults(ctx, o, proxy, t0, ctx.reportsOf('deploy-test'));
        }
        catch (e) {
            faultError = e;
        }
        finally {
            faultsDone = true;
        }
        const samples = await load;
        const endMs = Date.now() - t0;
        await proxy.stop();
        if (faultError !== undefined) {
            const e = faultError;
            return (0,scan_step/* toolFailure */.Lu)(ctx, (0,errors/* isTollgateError */.bK)(e)
                ? e
                : new errors/* TollgateError */.xB('INPUT_INVALID', `chaos: a fault could not be injected: ${e.message}`), TOOL.name);
        }
        if (samples.length === 0) {
            return (0,scan_step/* toolFailure */.Lu)(ctx, new errors/* TollgateError */.xB('INPUT_INVALID', 'chaos: no request was sent'), TOOL.name);
        }
        const a = analyse(samples, faults, endMs);
        const findings = findingsOf(a, o);
        const json = Buffer.from(`${JSON.stringify({ target: target.origin, path: o.path, options: o, ...a, faults }, null, 2)}\n`);
        const svg = timelineSvg(a, `chaos: ${target.origin}${o.path}, ${o.rps} req/s, ${o.faults.join(', ')}`);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, RESULT_FILE), json);
        await (0,fs/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ctx.outDir, TIMELINE_FILE), svg);
        const rec = a.recoveries
            .map((r) => `${r.kind} ${r.recoveryMs === null ? 'no recovery' : `${(r.recoveryMs / 1000).toFixed(2)} s`}`)
            .join(', ');
        const result = await (0,scan_step/* finishScan */.vi)(ctx, [{ tool: TOOL, findings }], REPORT_NAME, [
            '',
            `availability ${pct(a.availability)} (min ${pct(o.minAvailability)}), error rate outside faults ${pct(a.errorRate)} (max ${pct(o.maxErrorRate)}), p95 ${a.p95Ms} ms; recovery: ${rec || 'no faults'} (max ${o.maxRecoveryMs / 1000} s)`,
            `timeline: ${TIMELINE_FILE}`,
        ]);
        return {
            ...result,
            ...(findings.length ? { reason: findings.map((f) => f.message).join('; ') } : {}),
            products: [
                ...result.products,
                { name: RESULT_FILE, digest: { sha256: (0,digest/* sha256Hex */.fg)(json) } },
                { name: TIMELINE_FILE, digest: { sha256: (0,digest/* sha256Hex */.fg)(svg) } },
            ],
            reports: [...result.reports, RESULT_FILE, TIMELINE_FILE],
            metrics: {
                ...result.metrics,
                requests: a.requests,
                availability: a.availability,
                errorRate: a.errorRate,
                p95Ms: a.p95Ms,
                maxRecoveryMs: Math.max(0, ...a.recoveries.map((r) => r.recoveryMs ?? endMs)),
            },
        };
    },
};


/***/ }),

/***/ 11433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e9: () => (/* binding */ requireHttpAnswer),
/* harmony export */   nW: () => (/* binding */ requireOpenPort)
/* harmony export */ });
/* unused harmony export tcpRefusal */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43959);


/**
 * Before a step judges a deployment, it checks that something answers there. A target that
 * has gone (its job ended, it crashed, the URL is stale) would otherwise make a scan find
 * nothing and pass ("open ports: none"); here it is a failure that says so.
 */
const PROBE_MS = 5000;
const gone = (where, why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TollgateError */ .xB('INPUT_UNREADABLE', `nothing answers at ${where} (${why}): the deployment has gone or never came up, so there is nothing to test`, { hint: 'deploy the service first (deploy-test), or set the step inputs to where it runs' });
/** Why a TCP connection to host:port fails, or undefined when it is accepted. */
function tcpRefusal(host, port, timeoutMs = PROBE_MS) {
    return new Promise((resolve) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port });
        const done = (why) => {
            socket.destroy();
            resolve(why);
        };
        socket.setTimeout(timeoutMs, () => done(`no answer in ${timeoutMs / 1000} s`));
        socket.once('connect', () => done(undefined));
        socket.once('error', (e) => done(e.code ?? e.message));
    });
}
/** Throws unless one of the ports of `host` accepts a connection (none given: nothing to check). */
async function requireOpenPort(host, ports) {
    const why = [];
    for (const port of ports) {
        const refused = await tcpRefusal(host, port);
        if (refused === undefined)
            return;
        why.push(`${port}: ${refused}`);
    }
    if (why.length)
        throw gone(`${host} port ${ports.join(', ')}`, why.join('; '));
}
/** Throws unless `url` gives an HTTP answer, whatever its status (an error page still answers). */
async function requireHttpAnswer(url, signal) {
    try {
        const res = await fetch(url, {
            redirect: 'manual',
            signal: signal
                ? AbortSignal.any([signal, AbortSignal.timeout(PROBE_MS)])
                : AbortSignal.timeout(PROBE_MS),
        });
        await res.body?.cancel();
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        const err = e;
        throw gone(url, err.cause?.code ?? err.cause?.message ?? err.message);
    }
}


/***/ })

};
