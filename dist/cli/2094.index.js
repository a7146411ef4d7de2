export const id = 2094;
export const ids = [2094];
export const modules = {

/***/ 2094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localCommand: () => (/* binding */ localCommand),
/* harmony export */   releasedHeartbeat: () => (/* binding */ releasedHeartbeat),
/* harmony export */   runLocal: () => (/* binding */ runLocal)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8197);
/* harmony import */ var _executor__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7805);
/* harmony import */ var _heartbeat__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(841);
/* harmony import */ var _local_heartbeat__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6475);
// `autopilot local --mode review|publish [--release]`: the local runner.
// It writes the heartbeat before the executor starts and renews it while the
// executor runs — to a file (`<state>/local_heartbeat.json`; with
// LOCAL_HEARTBEAT_PUSH=true the checkout's `local_heartbeat.json`, committed
// and pushed) or to the LOCAL_HEARTBEAT repository variable — so the
// scheduled workflow skips its executor meanwhile. When the run ends (done,
// failed or cancelled) it releases the heartbeat, so a finished local run
// does not keep the workflow away for the rest of its lease. `--release`
// hands ownership back at once without running.





const DEFAULT_DEPS = {
    runExecutor: (ctx, signal) => (0,_executor__WEBPACK_IMPORTED_MODULE_1__.runExecutorFor)(ctx, ctx.config.mode, signal),
    every: (ms, renew) => {
        const timer = setInterval(() => void renew(), ms);
        return () => clearInterval(timer);
    },
};
async function runLocal(ctx, deps = DEFAULT_DEPS) {
    const writer = await (0,_local_heartbeat__WEBPACK_IMPORTED_MODULE_3__/* .heartbeatWriter */ .O)(ctx);
    // One write at a time: a renewal never overlaps another write (or its git commit and push).
    let last = Promise.resolve();
    const write = (heartbeat) => {
        last = last.catch(() => { }).then(() => writer.write(heartbeat));
        return last;
    };
    // The first write must land: most failures are setup (no upstream, no credentials), said plainly.
    const mustWrite = (heartbeat, what) => write(heartbeat).catch((error) => {
        throw new _autopilot_core__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`heartbeat not written to ${writer.target}, ${what}: ${(0,_autopilot_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    });
    if (ctx.args.flags.release) {
        await mustWrite(releasedHeartbeat(ctx), 'so ownership was not released');
        ctx.say(`released (${writer.target}): the scheduled workflow owns the pipeline again`);
        ctx.result({ released: true, target: writer.target });
        return 0;
    }
    // Before the executor starts: if the workflow cannot be told, do not race it.
    await mustWrite((0,_heartbeat__WEBPACK_IMPORTED_MODULE_2__.heartbeatNow)(ctx), 'so the executor did not start');
    ctx.log.info(`heartbeat written to ${writer.target}`);
    // Renew at a third of the max age, so a missed renewal still leaves the heartbeat healthy or warn.
    const every = Math.max(1000, (ctx.config.maxAgeMinutes * 60_000) / 3);
    const stop = deps.every(every, () => write((0,_heartbeat__WEBPACK_IMPORTED_MODULE_2__.heartbeatNow)(ctx)).catch((error) => ctx.log.warn(`heartbeat renewal failed: ${(0,_autopilot_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`)));
    // Ctrl-C: the executor finishes what is in flight and the final beat still goes out; a second one leaves at once.
    const cancel = (0,_autopilot_core__WEBPACK_IMPORTED_MODULE_5__/* .abortOnSignals */ .P)({
        log: ctx.log,
        source: deps.signals,
        onRepeat: (signal) => {
            ctx.io.stderr(`autopilot: ${signal} again: exiting now; rows in flight return to PENDING when their lease ends`);
            process.exit(128 + node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal]);
        },
    });
    try {
        const result = await deps.runExecutor(ctx, cancel.signal);
        ctx.say((0,_executor__WEBPACK_IMPORTED_MODULE_1__.describeRun)(result));
        ctx.result(result);
        const signal = cancel.received();
        if (result.conclusion === 'cancelled' && signal)
            return 128 + node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal];
        return result.conclusion === 'success' ? 0 : 1;
    }
    finally {
        cancel.dispose();
        stop();
        // The runner holds the pipeline only while it works: hand it back now, not when the lease runs out.
        await write(releasedHeartbeat(ctx)).then(() => ctx.log.info(`heartbeat released (${writer.target}): the scheduled workflow owns the pipeline again`), (error) => ctx.log.warn(`heartbeat not released (${(0,_autopilot_core__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}): the workflow stays away until it expires; run \`autopilot local --release\``));
    }
}
/** The heartbeat a finished run leaves: released and already expired, so every reader hands ownership back. */
function releasedHeartbeat(ctx) {
    const beat = (0,_heartbeat__WEBPACK_IMPORTED_MODULE_2__.heartbeatNow)(ctx, { released: true });
    return { ...beat, expires_at: beat.timestamp };
}
function localCommand(ctx) {
    return runLocal(ctx);
}


/***/ })

};
