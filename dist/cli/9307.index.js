export const id = 9307;
export const ids = [9307];
export const modules = {

/***/ 9307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RECENTLY_RESOLVED_DAYS: () => (/* binding */ RECENTLY_RESOLVED_DAYS),
/* harmony export */   incidentCommand: () => (/* binding */ incidentCommand),
/* harmony export */   incidentsByKey: () => (/* binding */ incidentsByKey)
/* harmony export */ });
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8602);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4130);
/* harmony import */ var _autopilot_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1046);
/* harmony import */ var _autopilot_core_util_terminal__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3268);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7109);
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1206);
// `autopilot incident list [--since T]`: open incidents and those resolved
// lately, one line per key; `autopilot incident open|update|resolve --key K
// [--title T --body B --severity S]`. On the local incidents/ folder, or
// GitHub with --github-token and --repository.




/** How far back `incident list` shows resolved incidents without --since. */
const RECENTLY_RESOLVED_DAYS = 7;
/**
 * The newest incident of each key that is open, or was closed at or after
 * `since` (and not after `until`): open ones first, then by most recent activity.
 */
function incidentsByKey(incidents, since, until) {
    const newest = new Map();
    for (const incident of incidents) {
        const seen = newest.get(incident.key);
        if (!seen || Date.parse(incident.updated_at) > Date.parse(seen.updated_at))
            newest.set(incident.key, incident);
    }
    const closedIn = (at) => at >= since.getTime() && (!until || at <= until.getTime());
    const recent = (i) => i.state === 'open' || closedIn(Date.parse(i.closed_at ?? i.updated_at));
    return [...newest.values()]
        .filter(recent)
        .sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || Date.parse(b.updated_at) - Date.parse(a.updated_at));
}
function where(ctx) {
    return ctx.config.githubToken && ctx.config.repository ? 'github' : 'local';
}
async function list(ctx) {
    const place = where(ctx);
    if (place === 'local')
        (0,_context__WEBPACK_IMPORTED_MODULE_1__/* .requireStateFolder */ .FI)(ctx);
    const since = (0,_args__WEBPACK_IMPORTED_MODULE_0__/* .timeFlag */ .cS)('since', ctx.args.flags.since);
    const until = (0,_args__WEBPACK_IMPORTED_MODULE_0__/* .timeFlag */ .cS)('until', ctx.args.flags.until);
    const from = since ?? new Date(ctx.now().getTime() - RECENTLY_RESOLVED_DAYS * 86_400_000);
    const control = (0,_autopilot_core__WEBPACK_IMPORTED_MODULE_2__/* .buildControlPlane */ .UM)(ctx.config, ctx.wiring, place);
    const incidents = incidentsByKey(await control.incidents.list('all'), from, until);
    const safe = (text) => (0,_autopilot_core_util_terminal__WEBPACK_IMPORTED_MODULE_3__/* .escapeForTerminal */ .f)(text);
    ctx.say(incidents.length === 0
        ? `No incident open or resolved since ${from.toISOString()}.`
        : [
            `${'key'.padEnd(20)} ${'state'.padEnd(8)} ${'severity'.padEnd(9)} ${'updated'.padEnd(20)} title`,
            ...incidents.map((i) => [
                safe(i.key).padEnd(20),
                (i.state === 'open' ? 'open' : 'resolved').padEnd(8),
                safe(i.severity).padEnd(9),
                safe(i.updated_at).slice(0, 19).padEnd(20),
                `${safe(i.title)}${i.url ? `  ${safe(i.url)}` : ''}`,
            ].join(' ')),
        ].join('\n'));
    ctx.result(incidents);
    return 0;
}
async function incidentCommand(ctx, rest) {
    const [action] = rest;
    if (action === 'list')
        return list(ctx);
    if (action !== 'open' && action !== 'update' && action !== 'resolve') {
        throw new _autopilot_core__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`incident needs list, open, update or resolve (got "${action ?? ''}")`);
    }
    const control = (0,_autopilot_core__WEBPACK_IMPORTED_MODULE_2__/* .buildControlPlane */ .UM)(ctx.config, ctx.wiring, where(ctx));
    const request = (0,_autopilot_core__WEBPACK_IMPORTED_MODULE_5__/* .incidentRequestFrom */ .gt)({ ...ctx.config, incidentAction: action }, { now: ctx.now(), runId: ctx.runId, traceId: ctx.traceId });
    const outcome = await (0,_autopilot_core__WEBPACK_IMPORTED_MODULE_6__/* .runIncident */ .a)({ incidents: control.incidents, notifier: control.notifier, redact: ctx.redact, log: ctx.log }, request);
    ctx.say(`${request.key}: ${outcome.action}${outcome.incident ? ` (${outcome.incident.state}, ${outcome.incident.url ?? outcome.incident.id})` : ''}`);
    ctx.result(outcome);
    return 0;
}


/***/ })

};
