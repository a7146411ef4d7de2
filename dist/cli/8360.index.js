export const id = 8360;
export const ids = [8360];
export const modules = {

/***/ 8360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_HEARTBEAT_PATH: () => (/* binding */ DEFAULT_HEARTBEAT_PATH),
/* harmony export */   GitHubHeartbeatFile: () => (/* binding */ GitHubHeartbeatFile),
/* harmony export */   GitHubVariableHeartbeat: () => (/* binding */ GitHubVariableHeartbeat),
/* harmony export */   HEARTBEAT_VARIABLE: () => (/* binding */ HEARTBEAT_VARIABLE)
/* harmony export */ });
/* harmony import */ var _domain_heartbeat__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5066);
/* harmony import */ var _local_heartbeat_file__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(253);
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1174);
/* harmony import */ var _state_branch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7050);
/* harmony import */ var _variables__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5509);
// The heartbeat on GitHub: as `local_heartbeat.json` on the state branch,
// written through the contents API (GitHubHeartbeatFile: heartbeat-source
// `branch`), or as the LOCAL_HEARTBEAT repository variable whose value is the
// heartbeat's JSON (GitHubVariableHeartbeat).





const DEFAULT_HEARTBEAT_PATH = 'local_heartbeat.json';
const HEARTBEAT_VARIABLE = 'LOCAL_HEARTBEAT';
/** A source failure that is not the heartbeat's fault (network, permissions) reads as unreachable. */
function unreachable(error, source) {
    return { ok: false, reason: 'unreachable', detail: error.message ?? String(error), source };
}
class GitHubHeartbeatFile {
    file;
    /** On the state branch (`branch`, default autopilot-state), created on the first write. */
    constructor(options) {
        this.file = (0,_state_branch__WEBPACK_IMPORTED_MODULE_0__/* .stateFile */ .Ed)(options, DEFAULT_HEARTBEAT_PATH);
    }
    get where() {
        return this.file.where;
    }
    async read() {
        const source = `repository file ${this.file.where}`;
        try {
            const current = await this.file.read();
            if (!current)
                return { ok: false, reason: 'missing', detail: 'the file does not exist on the branch', source };
            return (0,_domain_heartbeat__WEBPACK_IMPORTED_MODULE_1__/* .parseHeartbeat */ .CW)(current.text, source);
        }
        catch (error) {
            return unreachable(error, source);
        }
    }
    /** `[skip ci]`: a heartbeat commit every few minutes must not start push workflows. */
    async write(heartbeat) {
        // One writer (the local runner) renews it: try the write on the version we last wrote, one request.
        await this.file.transact(() => ({ text: (0,_local_heartbeat_file__WEBPACK_IMPORTED_MODULE_2__/* .formatHeartbeat */ .c)(heartbeat), result: undefined }), `chore(autopilot): heartbeat ${heartbeat.owner} ${heartbeat.iso} [skip ci]`, { optimistic: true });
    }
}
class GitHubVariableHeartbeat {
    ctx;
    variables;
    name;
    constructor(options) {
        this.ctx = (0,_client__WEBPACK_IMPORTED_MODULE_3__/* .gitHubContext */ .BQ)(options);
        this.variables = new _variables__WEBPACK_IMPORTED_MODULE_4__/* .GitHubVariableStore */ .H({ ...options, client: this.ctx.client });
        this.name = options.name ?? HEARTBEAT_VARIABLE;
    }
    async read() {
        const source = `repository variable ${this.name} of ${this.ctx.owner}/${this.ctx.repo}`;
        try {
            const value = await this.variables.get(this.name);
            if (value === undefined)
                return { ok: false, reason: 'missing', detail: 'the variable does not exist', source };
            return (0,_domain_heartbeat__WEBPACK_IMPORTED_MODULE_1__/* .parseHeartbeat */ .CW)(value, source);
        }
        catch (error) {
            return unreachable(error, source);
        }
    }
    async write(heartbeat) {
        // One line: variable values are shown in the settings UI and in `vars` as is.
        await this.variables.set(this.name, JSON.stringify(JSON.parse((0,_local_heartbeat_file__WEBPACK_IMPORTED_MODULE_2__/* .formatHeartbeat */ .c)(heartbeat))));
    }
}


/***/ })

};
