export const id = 443;
export const ids = [443];
export const modules = {

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   EA: () => (/* binding */ quoteCount),
/* harmony export */   bv: () => (/* binding */ lineBatches),
/* harmony export */   lO: () => (/* binding */ CsvRecordSplitter)
/* harmony export */ });
// Cutting a CSV file into records line by line, so one unbalanced quote costs
// one record, not the rest of the file.
//
// Why by hand: csv-parse cannot recover from an unbalanced quote. Once a
// field opens a quote that never closes, every later line is read into that
// field — with `skip_records_with_error` too (after an invalid closing quote
// it stays inside the quotes) — and the parse ends in "Quote Not Closed".
// So we find where records start ourselves and hand each record to csv-parse.
// The rule: a record continues past a line end while it holds an odd number
// of quote characters (RFC 4180: a quoted field's own quotes are doubled).
// If, while a record is open, the next line is a whole, valid record by
// itself, the open record is the broken one: it is skipped (and reported)
// and reading goes on from that line.
function quoteCount(line) {
    let count = 0;
    for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1))
        count++;
    return count;
}
class CsvRecordSplitter {
    startsRecord;
    onRecord;
    onSkip;
    open = [];
    openFrom = 0;
    openQuotes = 0;
    lastLine = 0;
    constructor(
    /** True when a line is a complete, valid record by itself (only asked while a record is open). */
    startsRecord, onRecord, onSkip) {
        this.startsRecord = startsRecord;
        this.onRecord = onRecord;
        this.onSkip = onSkip;
    }
    /** True while a record is open: the lines so far end inside a quoted field. */
    get isOpen() {
        return this.open.length > 0;
    }
    /** Feed the next line of the file, without its line break. */
    push(line, lineNo) {
        this.lastLine = lineNo;
        const quotes = quoteCount(line);
        if (this.open.length > 0) {
            if (quotes % 2 === 0 && this.startsRecord(line)) {
                this.onSkip({ from: this.openFrom, to: lineNo - 1, atEnd: false });
                this.open = [];
            }
            else {
                this.open.push(line);
                this.openQuotes += quotes;
                if (this.openQuotes % 2 === 0) {
                    this.onRecord({ text: this.open.join('\n'), line: this.openFrom });
                    this.open = [];
                }
                return;
            }
        }
        if (line.trim() === '')
            return;
        if (quotes % 2 === 0) {
            this.onRecord({ text: line, line: lineNo });
            return;
        }
        this.open = [line];
        this.openFrom = lineNo;
        this.openQuotes = quotes;
    }
    /** The file ended: a record still open is skipped. */
    end() {
        if (this.open.length > 0)
            this.onSkip({ from: this.openFrom, to: this.lastLine, atEnd: true });
        this.open = [];
    }
}
/**
 * Lines of a text stream, without their '\n' or '\r\n' (a lone '\r' is
 * data, as in the writers), handed over a chunk at a time: the whole lines
 * each chunk completes. One await per chunk instead of one per line.
 */
async function* lineBatches(chunks) {
    let rest = '';
    for await (const chunk of chunks) {
        const text = rest === '' ? chunk : rest + chunk;
        const lines = [];
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
            lines.push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end));
            start = end + 1;
        }
        rest = text.slice(start);
        if (lines.length > 0)
            yield lines;
    }
    if (rest !== '')
        yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}
/** Lines of a text stream, one at a time (see lineBatches). */
async function* linesOf(chunks) {
    for await (const lines of lineBatches(chunks))
        for (const line of lines)
            yield line;
}


/***/ }),

/***/ 2728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// An exclusive cross-process lock on a file of the state folder.
//
// Why proper-lockfile rather than our own pid file: it takes the lock with
// mkdir (atomic on every local file system, no O_EXCL pitfalls), keeps it
// fresh by touching its mtime while held, and treats a lock whose mtime is
// older than `staleMs` as abandoned — so a holder killed with SIGKILL (no
// exit handler runs) blocks others only until the lock goes stale. A pid
// check would not work across containers or machines sharing a folder.
// We run the retry loop ourselves so the wait is bounded by time, not by a
// count of attempts.




const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withFileLock(target, options, critical) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const staleMs = Math.max(options.staleMs ?? 10_000, 2_000);
    const sleep = options.sleep ?? defaultSleep;
    const lockPath = `${target}.lock`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    let compromised;
    const deadline = Date.now() + timeoutMs;
    let release;
    while (!release) {
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().lock(target, {
                lockfilePath: lockPath,
                realpath: false,
                stale: staleMs,
                update: Math.max(1_000, Math.floor(staleMs / 2)),
                retries: 0,
                onCompromised: (error) => {
                    compromised = error;
                },
            });
        }
        catch (error) {
            if (error.code !== 'ELOCKED')
                throw error;
            if (Date.now() >= deadline) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7('state lock', `could not lock ${target} within ${Math.round(timeoutMs / 1000)} s: another autopilot process holds ${lockPath}. ` +
                    `If none is running, the lock is taken over once it is ${Math.round(staleMs / 1000)} s old.`, undefined, true);
            }
            // Jitter so waiting processes do not retry in lock-step.
            await sleep(20 + Math.floor(Math.random() * 80));
        }
    }
    const assertHeld = () => {
        if (compromised) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7('state lock', `lost the lock on ${target} (${compromised.message}); nothing written`);
        }
    };
    try {
        return await critical(assertHeld);
    }
    finally {
        await release().catch(() => {
            // Already released or taken over as stale: nothing left to undo.
        });
    }
}


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ isSince),
/* harmony export */   Aj: () => (/* binding */ runLogPositions),
/* harmony export */   R7: () => (/* binding */ runLogKey),
/* harmony export */   YM: () => (/* binding */ runLogRowOfCells),
/* harmony export */   j9: () => (/* binding */ runLogCells),
/* harmony export */   yA: () => (/* binding */ runLogRowFrom)
/* harmony export */ });
/* harmony import */ var _domain_content_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6549);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6388);
/* harmony import */ var _util_iso_time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3357);
// A run-log row as table cells and back, shared by the CSV file and the
// Sheets tab. Cells are matched by header name; numbers parse ('' is 0);
// error codes are joined by '|'. A row that does not parse is reported, not
// thrown: one bad line must not stop reconcile from reading a year of log.



const NUMERIC = ['attempts', 'duration_ms', 'tokens_in', 'tokens_out', 'cost_usd'];
const GATES = ['', 'PASS', 'RETRY', 'BLOCK'];
/**
 * The row's cells in RUN_LOG_COLUMNS order; numbers stay numbers (Sheets
 * stores them as such). Text cells lose control characters and line breaks,
 * so every record of the log is one line (an id with a newline cannot forge one).
 */
function runLogCells(row) {
    return _model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.map((column) => {
        const value = column === 'error_codes' ? row.error_codes.join('|') : row[column];
        return typeof value === 'string' ? (0,_domain_content_text__WEBPACK_IMPORTED_MODULE_1__/* .stripControlChars */ .BF)(value, { singleLine: true }) : value;
    });
}
/** Normalise a header cell for matching. */
function runLogKey(header) {
    return header.trim().toLowerCase();
}
const MODE_SET = new Set(_model__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN);
const OUTCOME_SET = new Set(_model__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im);
const GATE_SET = new Set(GATES);
const ABSENT = -1;
/**
 * Where each run-log column sits among a header's normalised cells (the
 * first one of that name; ABSENT when the header lacks it), in
 * RUN_LOG_COLUMNS order: computed once per file, then every row is read by
 * position instead of through an object keyed by name.
 */
function runLogPositions(keys) {
    return _model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.map((column) => keys.indexOf(column));
}
const IN_ORDER = runLogPositions(_model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt);
const at = (column) => _model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.indexOf(column);
const AT = at('at');
const RUN_ID = at('run_id');
const TRACE_ID = at('trace_id');
const MODE = at('mode');
const ITEM_ID = at('item_id');
const OUTCOME = at('outcome');
const GATE = at('gate');
const ERROR_CODES = at('error_codes');
const NUMERIC_AT = NUMERIC.map(at);
const ARTICLE_ID = at('article_id');
function cell(cells, positions, index) {
    const position = positions[index];
    if (position === ABSENT)
        return '';
    const value = cells[position];
    if (typeof value === 'string')
        return value.trim();
    return value === undefined || value === null ? '' : String(value).trim();
}
const NUMBERS = new Float64Array(NUMERIC.length);
const placeOf = (where) => (typeof where === 'string' ? where : where());
function errorCodes(text) {
    if (text === '')
        return [];
    if (!text.includes('|'))
        return [text];
    return text
        .split('|')
        .map((code) => code.trim())
        .filter((code) => code !== '');
}
/**
 * Build a row from a record's cells, `positions` saying where each run-log
 * column is (runLogPositions). `where` names the file and line in messages;
 * a function is only called for a row that does not parse (the reader of a
 * million-row log does not build a million messages).
 */
function runLogRowOfCells(cells, positions, where) {
    const at = cell(cells, positions, AT);
    if (at === '' || Number.isNaN((0,_util_iso_time__WEBPACK_IMPORTED_MODULE_2__/* .parseIsoTime */ .s)(at))) {
        return { ok: false, problem: `${placeOf(where)}: 'at' is '${at}', expected an ISO 8601 time; row skipped` };
    }
    const mode = cell(cells, positions, MODE);
    if (!MODE_SET.has(mode)) {
        return { ok: false, problem: `${placeOf(where)}: mode '${mode}' is not one of ${_model__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.join(', ')}; row skipped` };
    }
    const outcome = cell(cells, positions, OUTCOME);
    if (!OUTCOME_SET.has(outcome)) {
        return {
            ok: false,
            problem: `${placeOf(where)}: outcome '${outcome}' is not one of ${_model__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im.join(', ')}; row skipped`,
        };
    }
    const rawGate = cell(cells, positions, GATE);
    const gate = GATE_SET.has(rawGate) ? rawGate : rawGate.toUpperCase();
    if (!GATE_SET.has(gate)) {
        return { ok: false, problem: `${placeOf(where)}: gate '${gate}' is not PASS, RETRY, BLOCK or empty; row skipped` };
    }
    // Reused (the function runs to its end without yielding): no array per row.
    const numbers = NUMBERS;
    for (let n = 0; n < NUMERIC.length; n++) {
        const raw = cell(cells, positions, NUMERIC_AT[n]);
        const value = raw === '' ? 0 : Number(raw);
        if (!Number.isFinite(value)) {
            return { ok: false, problem: `${placeOf(where)}: ${NUMERIC[n]} '${raw}' is not a number; row skipped` };
        }
        numbers[n] = value;
    }
    return {
        ok: true,
        row: {
            at,
            run_id: cell(cells, positions, RUN_ID),
            trace_id: cell(cells, positions, TRACE_ID),
            mode: mode,
            item_id: cell(cells, positions, ITEM_ID),
            outcome: outcome,
            gate: gate,
            error_codes: errorCodes(cell(cells, positions, ERROR_CODES)),
            attempts: numbers[0],
            duration_ms: numbers[1],
            tokens_in: numbers[2],
            tokens_out: numbers[3],
            cost_usd: numbers[4],
            article_id: cell(cells, positions, ARTICLE_ID),
        },
    };
}
/** Build a row from cells keyed by normalised header name; `where` names the file and line in messages. */
function runLogRowFrom(record, where) {
    return runLogRowOfCells(_model__WEBPACK_IMPORTED_MODULE_0__/* .RUN_LOG_COLUMNS */ .pt.map((column) => record[column]), IN_ORDER, where);
}
/** True when the row is at or after `since` (always when `since` is omitted). */
function isSince(row, since) {
    return since === undefined || (0,_util_iso_time__WEBPACK_IMPORTED_MODULE_2__/* .parseIsoTime */ .s)(row.at) >= since.getTime();
}


/***/ }),

/***/ 6443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CsvRunLog: () => (/* binding */ CsvRunLog),
  RUN_LOG_CSV_FILE: () => (/* binding */ RUN_LOG_CSV_FILE),
  endsInsideQuote: () => (/* binding */ endsInsideQuote),
  runLogRowsOfLines: () => (/* binding */ runLogRowsOfLines)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var lib_sync = __webpack_require__(6789);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
// EXTERNAL MODULE: ./packages/core/src/util/iso-time.ts
var iso_time = __webpack_require__(3357);
;// CONCATENATED MODULE: ./packages/core/src/util/row-batches.ts
// A stream of rows that can also be read a batch at a time. An async
// iterator costs a promise and a turn of the microtask queue per value —
// most of the time of a million-row report once parsing is fast — so a
// reader that has rows in hand a chunk at a time (the run-log CSV) offers
// them as batches too, and a consumer that knows (the report, the export)
// takes the batches. Everyone else iterates rows as before.
const BATCHES = Symbol('row batches');
/** Rows read in batches, iterable row by row as well. */
function batchedRows(batches) {
    const rows = {
        [BATCHES]: batches,
        async *[Symbol.asyncIterator]() {
            for await (const batch of batches())
                for (const row of batch)
                    yield row;
        },
    };
    return rows;
}
/** The rows as batches: the source's own when it has them, else grouped `size` at a time. */
async function* batchesOf(rows, size = 1024) {
    if (BATCHES in rows) {
        yield* rows[BATCHES]();
        return;
    }
    let batch = [];
    for await (const row of rows) {
        batch.push(row);
        if (batch.length >= size) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}

// EXTERNAL MODULE: ./packages/core/src/adapters/local/csv-records.ts
var csv_records = __webpack_require__(2645);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/file-lock.ts
var file_lock = __webpack_require__(2728);
// EXTERNAL MODULE: ./packages/core/src/adapters/local/run-log-csv-row.ts
var run_log_csv_row = __webpack_require__(5716);
;// CONCATENATED MODULE: ./packages/core/src/adapters/local/run-log-csv.ts
// RunLog on <stateDir>/run_log.csv: append-only. Appends take the state lock
// (two processes appending at once must not interleave lines), write the
// header only into an empty file, and never start inside an open quote (see
// tailRepair). Reads stream record by record (csv-records.ts), so a file of
// millions of rows is never held in memory and one bad record — an
// unbalanced quote included — is reported with its line and skipped, never
// the rows after it.












const RUN_LOG_CSV_FILE = 'run_log.csv';
class CsvRunLog {
    options;
    path;
    constructor(options) {
        this.options = options;
        this.path = (0,external_node_path_.join)(options.stateDir, RUN_LOG_CSV_FILE);
    }
    async append(rows) {
        if (rows.length === 0)
            return;
        await (0,file_lock/* withFileLock */.U)(this.path, this.options.lock ?? {}, async (assertHeld) => {
            const size = await (0,promises_.stat)(this.path).then((s) => s.size, () => 0);
            const handle = await (0,promises_.open)(this.path, 'a+');
            try {
                let prefix = '';
                let positions;
                if (size === 0)
                    prefix = (0,lib_sync/* stringify */.A)([[...model/* RUN_LOG_COLUMNS */.pt]], { record_delimiter: 'unix' });
                else {
                    const keys = await this.headerKeys(handle);
                    positions = this.positionsOf(keys);
                    prefix = await tailRepair(handle, size, keys);
                    if (prefix.includes('"')) {
                        this.options.logger?.warn(`${this.path}: the last record left a quote open (a torn write or a hand edit); ` +
                            'closed it on a line of its own before appending, so the new rows are not read into it');
                    }
                }
                const cells = rows.map(run_log_csv_row/* runLogCells */.j9).map((row) => (positions ? layOut(row, positions) : row));
                const body = (0,lib_sync/* stringify */.A)(cells, { record_delimiter: 'unix', quoted_match: /[\r\n]/ });
                assertHeld();
                await handle.write(prefix + body);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        });
    }
    /** The file's header cells, normalised. */
    async headerKeys(handle) {
        const head = Buffer.alloc(4096);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const firstLine = head.toString('utf8', 0, bytesRead).split(/\r?\n/)[0] ?? '';
        const [header = []] = (0,sync/* parse */.qg)(firstLine, { bom: true, relax_quotes: true });
        return header.map(run_log_csv_row/* runLogKey */.R7);
    }
    /** Where each run-log column sits in the file's header; undefined when it is the standard one. */
    positionsOf(keys) {
        if (keys.join(',') === model/* RUN_LOG_COLUMNS */.pt.join(','))
            return undefined;
        const missing = model/* RUN_LOG_COLUMNS */.pt.filter((column) => !keys.includes(column));
        if (missing.length > 0) {
            throw new errors/* UserError */.yo(`${this.path}: the header lacks ${missing.join(', ')}; expected the run-log columns ${model/* RUN_LOG_COLUMNS */.pt.join(',')} (any order).`);
        }
        return model/* RUN_LOG_COLUMNS */.pt.map((column) => keys.indexOf(column));
    }
    read(since) {
        // Batched (util/row-batches): the report and the export take a chunk's rows at once.
        return batchedRows(() => this.readBatches(since));
    }
    async *readBatches(since) {
        const exists = await (0,promises_.stat)(this.path).then(() => true, () => false);
        if (!exists)
            return;
        const rows = new RunLogCsvRows(this.path, (problem) => this.options.logger?.warn(problem), since);
        // Large reads: a million-row log is ~110 MB, read in a few hundred chunks.
        for await (const lines of (0,csv_records/* lineBatches */.bv)((0,external_node_fs_.createReadStream)(this.path, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES }))) {
            for (const line of lines)
                rows.push(line);
            const batch = rows.take();
            if (batch.length > 0)
                yield batch;
        }
        rows.end();
        const last = rows.take();
        if (last.length > 0)
            yield last;
    }
}
const READ_CHUNK_BYTES = 32 * 1024;
/**
 * The rows of a run-log CSV given line by line (without line breaks), record
 * by record: a record that does not parse, or opens a quote it never closes,
 * is reported through `warn` with `where` and its line, and skipped.
 */
async function* runLogRowsOfLines(lines, where, warn, since) {
    const rows = new RunLogCsvRows(where, warn, since);
    for await (const line of lines) {
        rows.push(line);
        for (const row of rows.take())
            yield row;
    }
    rows.end();
    for (const row of rows.take())
        yield row;
}
/**
 * The reader's state, fed a line at a time (synchronously, so a caller can
 * take a chunk's rows at once). The common line — no quote, while no record
 * is open — is split at commas and read by column position right here; a
 * line with quotes goes through the record splitter (csv-records.ts) and
 * csv-parse, which is what recovers from an unbalanced quote.
 */
class RunLogCsvRows {
    source;
    warn;
    positions;
    lineNo = 0;
    recordLine = 0;
    ready = [];
    splitter;
    since;
    /** The current record's place, for messages (built only for a row that does not parse). */
    where = () => `${this.source} line ${this.recordLine}`;
    constructor(source, warn, since) {
        this.source = source;
        this.warn = warn;
        this.since = since?.getTime();
        this.splitter = new csv_records/* CsvRecordSplitter */.lO((line) => this.positions !== undefined && rowOfLine(line, this.positions) !== undefined, (record) => this.record(record.text, record.line), ({ from, to, atEnd }) => warn(`${source} line ${from}: a quote opened on this line is never closed` +
            `${to > from ? ` (lines ${from}–${to} read as one field)` : ''}; skipped` +
            (atEnd ? '' : `, reading on from line ${to + 1}`)));
    }
    push(text) {
        const lineNo = ++this.lineNo;
        if (this.positions !== undefined && !this.splitter.isOpen && text.indexOf('"') === -1) {
            // The fast path: what the splitter and cellsOf would do with this line, without them.
            if (text.trim() === '')
                return;
            this.recordLine = lineNo;
            this.row(text.split(','));
            return;
        }
        this.splitter.push(lineNo === 1 ? text.replace(/^\ufeff/, '') : text, lineNo);
    }
    end() {
        this.splitter.end();
    }
    /** The rows read since the last take. */
    take() {
        const rows = this.ready;
        if (rows.length > 0)
            this.ready = [];
        return rows;
    }
    record(text, line) {
        const cells = cellsOf(text);
        if (this.positions === undefined) {
            this.positions = (0,run_log_csv_row/* runLogPositions */.Aj)((cells ?? text.split(',')).map(run_log_csv_row/* runLogKey */.R7));
            return;
        }
        this.recordLine = line;
        if (cells)
            this.row(cells);
        else
            this.warn(`${this.where()}: not valid CSV (a stray or unbalanced quote); row skipped`);
    }
    row(cells) {
        const parsed = (0,run_log_csv_row/* runLogRowOfCells */.YM)(cells, this.positions, this.where);
        if (!parsed.ok)
            this.warn(parsed.problem);
        else if (this.since === undefined || (0,iso_time/* parseIsoTime */.s)(parsed.row.at) >= this.since)
            this.ready.push(parsed.row);
    }
}
/**
 * A record's cells. A line without a quote is its cells split at commas (the
 * same as any CSV parser, and a hundred times faster than a parser per
 * record, which counts on a log of a million rows); a record with quotes goes
 * through csv-parse. Undefined when it is not one valid CSV record.
 */
function cellsOf(text) {
    if (!text.includes('"'))
        return text.split(',');
    try {
        const records = (0,sync/* parse */.qg)(text, { relax_column_count: true, record_delimiter: ['\r\n', '\n'] });
        return records.length === 1 ? records[0] : undefined;
    }
    catch {
        return undefined;
    }
}
/** The row a single line holds, if it is a whole valid run-log record by itself. */
function rowOfLine(line, positions) {
    if ((0,csv_records/* quoteCount */.EA)(line) % 2 !== 0)
        return undefined;
    const cells = cellsOf(line);
    if (!cells)
        return undefined;
    const parsed = (0,run_log_csv_row/* runLogRowOfCells */.YM)(cells, positions, '');
    return parsed.ok ? parsed.row : undefined;
}
function layOut(cells, positions) {
    const out = Array.from({ length: Math.max(...positions) + 1 }, () => '');
    cells.forEach((cell, index) => {
        out[positions[index]] = cell;
    });
    return out;
}
/**
 * What to write before new rows so they start a record of their own (the
 * caller holds the lock): a line break after a torn last line, and — when the
 * last record left a quote open — a closing quote on a line of its own, so
 * the new rows are not read into that field.
 */
async function tailRepair(handle, size, columns) {
    const lastByte = Buffer.alloc(1);
    await handle.read(lastByte, 0, 1, size - 1);
    const newline = lastByte.toString() === '\n' ? '' : '\n';
    for (let chunk = 64 * 1024;; chunk *= 4) {
        const from = Math.max(0, size - chunk);
        const buffer = Buffer.alloc(size - from);
        await handle.read(buffer, 0, buffer.length, from);
        // A chunk that starts mid-file starts mid-line: its first line is partial.
        const lines = buffer.toString('utf8').split('\n');
        if (from > 0)
            lines.shift();
        const open = endsInsideQuote(lines, columns, from === 0);
        if (open !== undefined)
            return open ? `${newline}"\n` : newline;
    }
}
/**
 * Whether the text whose last lines are `lines` ends inside a quoted field,
 * decided as the reader decides it: from the last line that is a whole
 * valid record by itself (the reader is in step there, whatever came before).
 * Undefined when no such line is among `lines` and they do not reach back to
 * the file's start (`fromStart`): the caller looks further back.
 */
function endsInsideQuote(lines, columns, fromStart) {
    const clean = lines.map((line, index) => {
        const text = line.endsWith('\r') ? line.slice(0, -1) : line;
        return fromStart && index === 0 ? text.replace(/^\ufeff/, '') : text;
    });
    const positions = (0,run_log_csv_row/* runLogPositions */.Aj)(columns);
    let anchor = clean.length - 1;
    while (anchor >= 0 && rowOfLine(clean[anchor], positions) === undefined)
        anchor--;
    if (anchor < 0 && !fromStart)
        return undefined;
    const splitter = new csv_records/* CsvRecordSplitter */.lO((line) => rowOfLine(line, positions) !== undefined, () => { }, () => { });
    clean.slice(anchor + 1).forEach((line, index) => {
        splitter.push(line, index + 1);
    });
    return splitter.isOpen;
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ stripControlChars),
/* harmony export */   TN: () => (/* binding */ cleanDraft),
/* harmony export */   vh: () => (/* binding */ containsPhrase)
/* harmony export */ });
/* unused harmony export escapeRegExp */
// Text helpers for counting, comparing and cleaning. Plain text of markdown
// (rendered by marked, stripped by sanitize-html) is in plain-text.ts,
// re-exported here: a module that only cleans or compares text does not load
// the renderer (start-up, issue 12).


function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A whole word or phrase, case-insensitive, any spacing between its words. */
function containsPhrase(text, phrase) {
    const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    if (!words)
        return true;
    return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS_AND_TABS = /\r\n|[\t\n\r]/g;
/**
 * Text without C0/C1 control characters (NUL, ESC, BEL, DEL, …): they have no
 * place in a page, a cell or the store, and some (NUL) break what reads them.
 * Tab and line breaks stay as they are (a queue cell round-trips them);
 * with `singleLine` (titles, ids, log cells) each becomes one space.
 */
function stripControlChars(text, options = {}) {
    const cleaned = text.replace(CONTROL, '');
    return options.singleLine ? cleaned.replace(LINE_BREAKS_AND_TABS, ' ') : cleaned;
}
/** The draft's one-line optional fields (meta title, image, author, …). */
const LINE_FIELDS = ['meta_title', 'meta_description', 'image_url', 'image_alt', 'author', 'language'];
/** A draft fit for a page or the store: one-line title, tags and fields, control characters gone. */
function cleanDraft(draft) {
    const fields = {};
    for (const key of LINE_FIELDS) {
        const value = draft[key];
        if (typeof value === 'string')
            fields[key] = stripControlChars(value, { singleLine: true });
    }
    return {
        ...draft,
        ...fields,
        title: stripControlChars(draft.title, { singleLine: true }),
        summary: stripControlChars(draft.summary),
        body_markdown: stripControlChars(draft.body_markdown),
        tags: draft.tags.map((tag) => stripControlChars(tag, { singleLine: true })),
    };
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseIsoTime)
/* harmony export */ });
// Date.parse for run-log times, fast. Date.parse costs about half a
// microsecond — a second per million rows, read twice (the reader checks
// `at`, the report buckets it) — while nearly every `at` we read is the
// canonical form our writers produce, YYYY-MM-DDTHH:MM:SS.sssZ. That form is
// taken apart by hand; anything else goes to Date.parse. Same answers.
/** The two-digit number at `at`, or -1 when either character is not an ASCII digit. */
function two(text, at) {
    const high = text.charCodeAt(at) - 48;
    const low = text.charCodeAt(at + 1) - 48;
    return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}
/** The last day the fast path computed ("YYYY-MM-DDT" and its first millisecond): rows come in time order. */
let lastDay = '';
let lastDayMs = 0;
/** Milliseconds since the epoch, NaN when `text` is not a time: Date.parse(text), with a fast path. */
function parseIsoTime(text) {
    if (text.length === 24 &&
        text.charCodeAt(23) === 90 && // Z
        text.charCodeAt(13) === 58 && // :
        text.charCodeAt(16) === 58 &&
        text.charCodeAt(19) === 46 // .
    ) {
        const hour = two(text, 11);
        const minute = two(text, 14);
        const second = two(text, 17);
        const msHigh = two(text, 20);
        const msLow = text.charCodeAt(22) - 48;
        // Within these ranges Date.parse and Date.UTC agree; outside them (hour 24, second 60, …) Date.parse decides.
        if (hour >= 0 &&
            hour <= 23 &&
            minute >= 0 &&
            minute <= 59 &&
            second >= 0 &&
            second <= 59 &&
            msHigh >= 0 &&
            msLow >= 0 &&
            msLow <= 9) {
            const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + msHigh * 10 + msLow;
            if (lastDay !== '' && text.startsWith(lastDay))
                return lastDayMs + timeOfDay;
            const dayMs = dayStart(text);
            if (!Number.isNaN(dayMs)) {
                lastDay = text.slice(0, 11);
                lastDayMs = dayMs;
                return dayMs + timeOfDay;
            }
        }
    }
    return Date.parse(text);
}
/** The first millisecond of the day "YYYY-MM-DDT…" names, NaN when it is not one the fast path takes. */
function dayStart(text) {
    if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84)
        return Number.NaN; // - - T
    const century = two(text, 0);
    const yy = two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    // Within these ranges Date.parse and Date.UTC agree (a 30 February rolls over in both);
    // outside them (month 13, a year below 100, …) Date.parse decides.
    if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return Number.NaN;
    return Date.UTC(century * 100 + yy, month - 1, day);
}


/***/ })

};
