export const id = 7805;
export const ids = [7805];
export const modules = {

/***/ 7805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeRun: () => (/* binding */ describeRun),
  executorCommand: () => (/* binding */ executorCommand),
  runExecutorFor: () => (/* binding */ runExecutorFor)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/wiring/content-reader.ts
// Reads a row's content_path, confined to the allowed roots: a queue row
// must not read files outside the repository or the state folder. The check
// is made twice: on the path as written (no `..` out of a root), then on the
// file's real path, so a symbolic link inside a root that points outside it
// (`notes.md -> /etc/passwd`) is refused too.



function isInside(base, full) {
    const rel = (0,external_node_path_.relative)(base, full);
    return !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
async function realOrSelf(path) {
    return (0,promises_.realpath)(path).catch(() => path);
}
function createContentReader(roots) {
    const bases = roots.map((r) => (0,external_node_path_.resolve)(r));
    // The roots themselves may be links (macOS /tmp); compare real with real.
    // Resolved on the first read: a run with no content_path never asks.
    let realBases;
    return async (contentPath) => {
        realBases ??= Promise.all(bases.map(realOrSelf));
        const tried = [];
        let linkedOutside = false;
        for (const base of bases) {
            const full = (0,external_node_path_.resolve)(base, contentPath);
            if (!isInside(base, full))
                continue;
            tried.push(full);
            let real;
            try {
                real = await (0,promises_.realpath)(full);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    continue;
                throw error;
            }
            if (!(await realBases).some((root) => isInside(root, real))) {
                linkedOutside = true;
                continue;
            }
            try {
                return await (0,promises_.readFile)(real, 'utf8');
            }
            catch (error) {
                if (error.code !== 'ENOENT')
                    throw error;
            }
        }
        if (tried.length === 0 || linkedOutside) {
            throw new src_errors/* ItemError */.ie('CONTENT_PATH_OUTSIDE', `content_path "${contentPath}" ${linkedOutside ? 'is a link to a file ' : 'points '}outside ${bases.join(' and ')}`, false);
        }
        throw new src_errors/* ItemError */.ie('CONTENT_NOT_FOUND', `content_path "${contentPath}" not found (looked in ${tried.join(', ')})`, false);
    };
}

// EXTERNAL MODULE: ./packages/core/src/wiring/data-plane.ts + 1 modules
var data_plane = __webpack_require__(8687);
// EXTERNAL MODULE: ./packages/core/src/wiring/versions.ts
var versions = __webpack_require__(355);
;// CONCATENATED MODULE: ./packages/core/src/wiring/backends.ts




/** The kill-switch as the workflow passes it: `WF_ENABLED: ${{ vars.WF_ENABLED }}`. Read-only. */
function envVariableStore(env) {
    return {
        get: async (name) => (env[name]?.trim() ? env[name] : undefined),
        set: async (name) => {
            throw new src_errors/* UserError */.yo(`cannot set ${name} from the executor: repository variables are changed by a human or the supervisor`);
        },
    };
}
/** GitHub records workflow runs itself. */
const hostRecordedRuns = { recent: async () => [], record: async () => { } };
async function buildBackends(config, ctx) {
    const data = await (0,data_plane/* buildDataPlane */.lf)(config, ctx);
    const local = ctx.controlPlane === 'local';
    const roots = [config.contentRoot ?? process.cwd(), ctx.paths.root];
    // The state folder's run journal and switches, loaded only for a local run:
    // an action's bundle keeps them (and their file schemas) off its start path.
    const [runs, vars] = local
        ? await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 213)).then(({ JsonlRunHistory }) => new JsonlRunHistory({ stateDir: ctx.paths.root, log: ctx.log })),
            Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(1526)]).then(__webpack_require__.bind(__webpack_require__, 1526)).then(({ JsonVariableStore }) => new JsonVariableStore({ stateDir: ctx.paths.root })),
        ])
        : [hostRecordedRuns, envVariableStore(ctx.env)];
    return {
        ...data,
        executorDeps: {
            queue: data.queue,
            runLog: data.runLog,
            publisher: data.publisher,
            generator: data.generator,
            catalog: data.catalog,
            runs,
            vars,
            readContent: createContentReader(roots),
            versions: (0,versions/* buildVersionStore */.s)(config, ctx),
        },
    };
}

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./packages/core/src/domain/content/title.ts
var content_title = __webpack_require__(5514);
;// CONCATENATED MODULE: ./packages/core/src/domain/publish-guard.ts
function effectiveMode(requested, switches) {
    if (requested === 'review')
        return { mode: 'review' };
    const reasons = [];
    if (switches.WF_ENABLED?.trim().toLowerCase() !== 'true') {
        reasons.push(`WF_ENABLED is "${switches.WF_ENABLED ?? ''}" (needs "true")`);
    }
    if (switches.ALLOW_PUBLISH?.trim() !== 'human_enabled') {
        reasons.push(`ALLOW_PUBLISH is "${switches.ALLOW_PUBLISH ?? ''}" (needs "human_enabled")`);
    }
    if (reasons.length === 0)
        return { mode: 'publish' };
    return { mode: 'review', downgraded: `publish refused, running as review: ${reasons.join('; ')}` };
}

// EXTERNAL MODULE: ./packages/core/src/domain/queue/eligibility.ts
var eligibility = __webpack_require__(1795);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/lease.ts
var lease = __webpack_require__(8556);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/parse-row.ts
var parse_row = __webpack_require__(3828);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/shard.ts
var shard = __webpack_require__(2254);
// EXTERNAL MODULE: ./packages/core/src/domain/queue/transitions.ts
var transitions = __webpack_require__(7798);
;// CONCATENATED MODULE: ./packages/core/src/domain/queue/claim.ts





function planClaim(allRows, args) {
    // Rows sharing an id share a shard, so duplicates are still found within it.
    const rows = args.shard ? allRows.filter((row) => (0,shard/* inShard */.Iw)(row.id, args.shard)) : allRows;
    const stamp = { now: args.now, runId: args.runId };
    const duplicates = (0,parse_row/* findDuplicateIds */.FT)(rows);
    const duplicateRows = new Set(duplicates.map((p) => p.row));
    const flagged = duplicates.flatMap((p) => {
        const row = rows.find((r) => r.row === p.row);
        return row ? [flagDuplicate(row, (0,parse_row/* duplicateIdNote */.Nx)(p))] : [];
    });
    const problems = [...duplicates];
    const valid = [];
    for (const row of rows) {
        if (duplicateRows.has(row.row))
            continue;
        const parsed = (0,parse_row/* parseQueueRow */.T1)(row, args);
        if (parsed.ok)
            valid.push(row);
        else
            problems.push(...parsed.problems);
    }
    // Only valid rows are recovered: a row with a problem waits for a human even if its lease ran out.
    const recovered = (0,lease/* recoverExpiredLeases */.Zl)(valid, args.now, args.runId, args.leaseSeconds);
    // A lease further ahead than the configured one (a runner's fast clock): shortened and written back.
    const shortened = (0,lease/* shortenSkewedLeases */.gK)(valid, args.now, args.leaseSeconds);
    const recoveredByRow = new Map(recovered.map((r) => [r.row, r]));
    // Recovery only sets the claimed-from state and clears the lease, so a valid row stays valid.
    const items = valid.flatMap((row) => {
        const parsed = (0,parse_row/* parseQueueRow */.T1)(recoveredByRow.get(row.row) ?? row, args);
        return parsed.ok ? [parsed.item] : [];
    });
    const rejected = (0,eligibility/* rejectedItems */.NE)(items).map((item) => {
        // A reviewer often says why in notes: keep their words after ours, never overwrite them.
        const said = item.row.notes.trim();
        return (0,transitions/* toBlocked */.o1)(item.row, {
            ...stamp,
            reason: `rejected by ${item.row.approver.trim() || 'a reviewer'}${said ? ` — notes before: ${said}` : ''}`,
            codes: ['REJECTED'],
        });
    });
    const leaseUntil = new Date(args.now.getTime() + args.leaseSeconds * 1000);
    // Every claim counts an attempt, whatever state it came from: drafting and
    // publishing each start from 0 (toAwaitingApproval resets the count), so a
    // publish that keeps failing also ends in FAILED after maxAttempts.
    const claimed = (0,eligibility/* eligibleItems */.qs)(items, args.mode, args.now, { requireApproval: args.requireApproval })
        .slice(0, Math.max(0, args.maxItems))
        .map((item) => ({
        // The claimed-from state goes into the lease, so a crash cannot lose it (claimed-from.ts).
        row: (0,transitions/* toClaimed */.X$)(item.row, {
            ...stamp,
            owner: args.owner,
            leaseUntil,
            attempts: item.attempts + 1,
            from: item.status,
        }),
        from: item.status,
    }));
    const update = new Map();
    for (const r of flagged)
        if (r.changed)
            update.set(r.row.row, r.row);
    for (const r of [...shortened.map((s) => s.row), ...recovered, ...rejected, ...claimed.map((c) => c.row)]) {
        update.set(r.row, r);
    }
    const skewed = shortened.map((s) => s.warning);
    return {
        claimed,
        rejected,
        recovered,
        problems,
        duplicates: flagged.map((f) => f.row),
        skewed,
        update: [...update.values()],
    };
}
/** The row with the note added to its notes, unless a duplicate-id note is there already (a human may have edited it). */
function flagDuplicate(row, note) {
    if (row.notes.includes('DUPLICATE_ID'))
        return { row, changed: false };
    const notes = row.notes.trim() ? `${row.notes.trim()} | ${note}` : note;
    return { row: { ...row, notes }, changed: true };
}
/** Rows sharing an id end the run as a failure (exit code 1): a human has to give one a new id. */
function hasDuplicateIds(problems) {
    return problems.some((p) => p.code === parse_row/* DUPLICATE_ID */.Gd);
}

// EXTERNAL MODULE: ./packages/core/src/util/abort.ts
var abort = __webpack_require__(2332);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/item-records.ts
const QUEUE_WRITE_FAILED = 'QUEUE_WRITE_FAILED';
function toRunLogRow(result, options, mode, at) {
    return {
        at: at.toISOString(),
        run_id: options.runId,
        trace_id: options.traceId,
        mode,
        item_id: result.item_id,
        outcome: result.outcome,
        gate: result.gate,
        error_codes: result.codes,
        attempts: result.attempts,
        duration_ms: result.duration_ms,
        tokens_in: result.usage.tokens_in,
        tokens_out: result.usage.tokens_out,
        cost_usd: Number(result.usage.cost_usd.toFixed(6)),
        article_id: result.article_id,
    };
}
/** A row the claim parked as BLOCKED because a human set approval=rejected: a blocked outcome like any other. */
function rejectedResult(row) {
    return {
        item_id: row.id,
        row: row.row,
        title: row.title,
        outcome: 'blocked',
        gate: '',
        codes: ['REJECTED'],
        message: `rejected by ${row.approver.trim() || 'a reviewer'}: parked as BLOCKED, never published`,
        attempts: Number.parseInt(row.attempts, 10) || 0,
        duration_ms: 0,
        usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
        article_id: row.article_id,
        article_url: row.article_url,
    };
}
/**
 * The item's work is done (an article may be live) but its row could not be
 * written: the row keeps its lease and returns to the state it was claimed from when the lease ends,
 * and the next run redoes it idempotently. The run counts it as failed.
 */
function unwrittenResult(result, error, leaseSeconds) {
    return {
        ...result,
        outcome: 'failed',
        codes: [...result.codes, QUEUE_WRITE_FAILED],
        message: `${result.outcome} (${result.message}), but its queue row could not be written: ${error}. ` +
            `The row stays IN_PROGRESS until its ${leaseSeconds} s lease ends; the next run then redoes it without a second article`,
    };
}

// EXTERNAL MODULE: ./packages/core/src/domain/queue/claimed-from.ts
var claimed_from = __webpack_require__(3332);
;// CONCATENATED MODULE: ./packages/core/src/services/executor/recover-item.ts
// A row recovered from an expired lease may have been finished by the run
// that held it: the article went live, then the process died before its
// buffered outcome was written (write-buffer.ts). The publisher knows — the
// article carries the item id — so the row is written PUBLISHED from what is
// live, without drafting or publishing anything again. Anything else (no
// article, or only a draft) is worked as usual, idempotently: publishing finds
// the item's article by its id and updates it rather than adding a second.
//
// Only for a row claimed for its first publication (claimed-from.ts): a row
// claimed from UPDATE had a live article before its claim, so finding it live
// says nothing about whether the update was applied. Such a row was recovered
// as UPDATE, and is worked as an UPDATE: the update is applied (or found
// already there: "unchanged"), never skipped.

async function recoverLiveArticle(item, deps, runId) {
    // The claimed row's lease names the state it was claimed from (the recovered one).
    if (!(0,claimed_from/* claimedForFirstPublication */.fH)(item.row))
        return undefined;
    const found = await deps.publisher.find({
        article_id: item.row.article_id || undefined,
        item_id: item.id,
        handle: item.row.handle || undefined,
    });
    if (found?.status !== 'published')
        return undefined;
    const now = deps.now();
    const result = {
        item_id: item.id,
        row: item.row.row,
        title: found.title || item.row.title,
        outcome: 'published',
        gate: 'PASS',
        codes: [],
        message: `published: its article ${found.handle} is live (the run that published it stopped before writing this row)`,
        attempts: item.attempts,
        duration_ms: 0,
        usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
        article_id: found.id,
        article_url: found.url,
    };
    return { result, transition: (fresh) => (0,transitions/* toPublished */.ad)(fresh, { article: found, now, runId }) };
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/store-retry.ts
// Writes to the queue and the run log are retried a few times with backoff
// before the executor gives up on them: a Sheets queue refuses a write when
// a human inserted or deleted rows meanwhile ("nothing was written; try
// again"), and a 429 may outlast the client's own retries. A UserError (a
// revoked credential, a missing tab) is a configuration problem: never retried.
// Fixed steps by hand rather than p-retry: the waits must go through the
// executor's injected sleep, so tests run them without waiting.

/** Waits between attempts, in ms: 4 attempts in all, about 13 s of patience. */
const STORE_RETRY_DELAYS_MS = [1_000, 3_000, 9_000];
async function withStoreRetry(write, retry) {
    const delays = retry.delaysMs ?? STORE_RETRY_DELAYS_MS;
    for (let attempt = 0;; attempt++) {
        try {
            return await write();
        }
        catch (error) {
            const wait = delays[attempt];
            if (error instanceof src_errors/* UserError */.yo || wait === undefined)
                throw error;
            retry.onRetry?.(error, attempt + 1, wait);
            await retry.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/write-buffer.ts
// Outcome writes wait here and go out together: one queue transaction and one
// run-log append for many items, instead of one of each per item (a Sheets
// queue pays about four requests for a transaction however many rows it
// writes). Flushed `intervalMs` after the oldest waiting entry arrived, when
// asked (at the end of the run), and when `maxEntries` wait; the executor
// also takes the waiting entries to write them with its next claim. One
// flush at a time, in order; what arrives during a flush goes with the next.
//
// What a killed process loses is only the waiting entries' *writes*: their
// rows keep their leases, and the next run recovers them (the article carries
// the item id; see recover-item.ts).
function createWriteBuffer(options) {
    let waiting = [];
    let chain = Promise.resolve();
    /** Due when the oldest waiting entry has waited `intervalMs`. */
    let timer;
    let closed = false;
    const stopTimer = () => {
        if (timer)
            clearTimeout(timer);
        timer = undefined;
    };
    const startTimer = () => {
        if (timer || closed || waiting.length === 0)
            return;
        timer = setTimeout(() => {
            timer = undefined;
            void flush();
        }, Math.max(1, options.intervalMs));
        timer.unref?.();
    };
    const flush = () => {
        stopTimer();
        // The batch is what waits now; anything added later goes with the next flush.
        const batch = waiting;
        waiting = [];
        chain = chain.then(async () => {
            if (batch.length === 0)
                return;
            try {
                await options.write(batch);
            }
            catch (error) {
                options.onError?.(error);
            }
        });
        return chain;
    };
    return {
        add(entry) {
            waiting.push(entry);
            if (options.maxEntries !== undefined && waiting.length >= options.maxEntries)
                void flush();
            else
                startTimer();
        },
        flush,
        async close() {
            closed = true;
            await flush();
        },
        take() {
            const taken = waiting;
            waiting = [];
            stopTimer();
            return taken;
        },
        putBack(entries) {
            waiting = [...entries, ...waiting];
            startTimer();
        },
        get size() {
            return waiting.length;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/run.ts
// The executor run: pick the mode (kill-switch), get the publisher ready,
// claim rows in batches while the time budget lasts (one transaction per
// claim; one re-read to confirm it where the store has no compare-and-set),
// process them with bounded concurrency (p-limit), write the rows'
// transitions and run-log rows together (write-buffer.ts: with the next
// claim, a short while after an item finishes, at the end), and record the
// run. A claim takes several rows per worker (one, the first time, for a run
// of one worker: it stops at its first item's trouble holding nothing else).
//
// What stops a run early, and how it ends (runs.jsonl always gets its
// completed line):
// - cancellation (options.signal): no new claims, in-flight items finish → `cancelled`;
// - the time budget: one AbortSignal (the run's deadline) bounds the items'
//   work — every request an item makes carries it (util/abort.ts). When it
//   fires nothing new is claimed, requests in flight are cancelled, and each
//   item cut short is released: its row goes back to the state it was claimed
//   from (outcome `skipped`), written like any outcome → `failure`, naming them;
// - a store error on a claim, or on a run-log append after retries: no new
//   claims, in-flight items finish → `failure`, the message in `errors`;
// - a queue write of an item's outcome that still fails after retries: that
//   item counts as failed, its row waits for its lease to end; the run goes on;
// - a UserError (configuration: a refused token, a missing blog): no new
//   claims, in-flight items finish, then it is rethrown (hosts exit 2).
//
// While rows are held (claimed, or finished with the outcome not written yet)
// their leases are renewed together every third of the lease (one queue write
// that only extends lease_until of rows still ours), so a slow item — a storm
// of throttling — is never taken by another worker. A run killed before its
// outcomes are written leaves the rows to their leases; the next run finds a
// live article by the item id and writes PUBLISHED (recover-item.ts).










/**
 * The longest a finished item's outcome waits before it is written (it also
 * goes with the next claim, and at the end of the run). Each write costs a
 * Sheets queue about four requests (one service account has 60 a minute), so
 * not much shorter; a killed run's waiting outcomes are recovered (recover-item.ts).
 */
const FLUSH_INTERVAL_MS = 15_000;
/** Rows a claim after the first takes per worker (at least MIN_CLAIM_BATCH): fewer, larger claims. */
const CLAIM_ROWS_PER_WORKER = 5;
const MIN_CLAIM_BATCH = 10;
const hasTransition = (p) => p.outcome !== undefined;
// The item pipeline (markdown rendering, sanitize-html, YAML front matter)
// loads with the first claimed item: a run with nothing to do starts without it.
let itemPipeline;
const loadItemPipeline = () => {
    itemPipeline ??= Promise.all(/* import() */[__webpack_require__.e(9980), __webpack_require__.e(8815), __webpack_require__.e(4133), __webpack_require__.e(945)]).then(__webpack_require__.bind(__webpack_require__, 945));
    return itemPipeline;
};
const HAS_ARTICLE = new Set(['AWAITING_APPROVAL', 'APPROVED', 'PUBLISHED']);
// Every claim reads the titles of the whole queue, which change little between claims:
// each title is normalised (Unicode NFKC) once. Bounded by clearing when full.
const normalized = new Map();
const NORMALIZED_KEPT = 50_000;
function normalizedTitle(title) {
    let key = normalized.get(title);
    if (key === undefined) {
        key = (0,content_title/* normalizeTitle */.s)(title);
        if (normalized.size >= NORMALIZED_KEPT)
            normalized.clear();
        normalized.set(title, key);
    }
    return key;
}
/** Titles of the articles other items already have: the DUPLICATE_TITLE rule's memory. */
function articleTitles(rows) {
    const titles = new Map();
    for (const row of rows) {
        if (row.title.trim() && (HAS_ARTICLE.has(row.status.trim().toUpperCase()) || row.article_id)) {
            titles.set(normalizedTitle(row.title), row.id);
        }
    }
    return titles;
}
/**
 * The titles an item's draft must not take, as of now: this run's passed drafts
 * first, then the claim's articles less the row's own (its title is not a
 * duplicate of itself). A view, O(1) a look-up: the same answers as a merged
 * copy of the two maps without the row's entries, which cost the whole queue per item.
 */
function titleLookup(claimTitles, runTitles, ownId) {
    return {
        get(key) {
            const run = runTitles.get(key);
            if (run !== undefined)
                return run;
            const owner = claimTitles.get(key);
            return owner === ownId ? undefined : owner;
        },
    };
}
function emptyCounts() {
    return { processed: 0, published: 0, scheduled: 0, drafted: 0, blocked: 0, failed: 0, retry: 0, skipped: 0 };
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function runExecutor(deps, options) {
    const startedAt = deps.now();
    const log = deps.log.child({ run_id: options.runId, trace_id: options.traceId });
    const switches = {
        WF_ENABLED: await deps.vars.get('WF_ENABLED'),
        ALLOW_PUBLISH: await deps.vars.get('ALLOW_PUBLISH'),
    };
    const { mode, downgraded } = effectiveMode(options.mode, switches);
    if (downgraded)
        log.warn(downgraded);
    // The setting and the REQUIRE_APPROVAL variable together: the stricter wins (approvalRequired).
    const requireApproval = (0,eligibility/* approvalRequired */.V9)(options.requireApproval, await deps.vars.get('REQUIRE_APPROVAL'));
    if (mode === 'publish' && !requireApproval)
        log.warn('require-approval is off: drafts that pass the gate go live without a human approving them');
    await deps.runs.record({ run_id: options.runId, mode, status: 'in_progress', started_at: startedAt.toISOString() });
    if (options.shard && options.shard.count > 1)
        log.info(`shard ${options.shard.index}/${options.shard.count}: only rows whose item id hashes to ${options.shard.index} are claimed`);
    const sleep = deps.sleep ?? realSleep;
    const problems = new Map();
    const items = [];
    const errors = [];
    let fatal;
    let recovered = 0;
    let rejected = 0;
    let exhausted = false;
    let budgetSpent = false;
    const budgetEnds = startedAt.getTime() + options.timeBudgetSeconds * 1000;
    // The run's deadline: a real timer (the budget is wall time), cleared when the run ends.
    const deadline = new AbortController();
    const deadlineTimer = setTimeout(() => deadline.abort(new abort/* RunDeadlineError */.I7(options.timeBudgetSeconds)), options.timeBudgetSeconds * 1000);
    deadlineTimer.unref?.();
    const onDeadline = () => log.notice(`the time budget of ${options.timeBudgetSeconds} s ran out: no new item will be claimed; requests in flight are cancelled`);
    deadline.signal.addEventListener('abort', onDeadline, { once: true });
    /** Items the deadline cut short, released back to the queue. */
    const released = [];
    /** Something the run cannot go on from: no new claims; a UserError is rethrown at the end. */
    const stopOn = (error, what) => {
        if (error instanceof src_errors/* UserError */.yo) {
            fatal ??= { error };
            return;
        }
        const message = `${what}: ${(0,src_errors/* errorMessage */.gJ)(error)}`;
        errors.push(message);
        log.error(message);
    };
    const retryLog = (what, itemLog) => (error, attempt, waitMs) => itemLog.warn(`${what} failed (${(0,src_errors/* errorMessage */.gJ)(error)}); attempt ${attempt + 1} in ${waitMs / 1000} s`);
    const onAbort = () => log.notice('cancel requested: no new item will be claimed; the items in flight finish first');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    /** Appends run-log rows, retried; one that still fails stops the claiming (the store is not well). */
    const appendRunLog = async (results, itemLog = log) => {
        if (results.length === 0)
            return;
        const rows = results.map((r) => toRunLogRow(r, options, mode, deps.now()));
        const ids = results.map((r) => r.item_id).join(', ');
        try {
            // A retried append may land twice (its answer lost, not its write): reconcile ignores the copy.
            await withStoreRetry(() => deps.runLog.append(rows), { sleep, onRetry: retryLog(`run log of ${ids}`, itemLog) });
        }
        catch (error) {
            stopOn(error, `could not append the run-log row(s) of ${ids} (their outcome is in the queue, not in the run log)`);
        }
    };
    // A snapshot's rows leased to this run, by id, made once per snapshot: a transaction looks up
    // each of its outcomes, and a filter of the whole queue per outcome grew with the queue.
    const leased = new WeakMap();
    const leasedById = (rows) => {
        let byId = leased.get(rows);
        if (byId)
            return byId;
        byId = new Map();
        for (const r of rows) {
            // Owner and run: two runs on one machine share an owner name.
            if (r.lease_owner !== options.owner || r.run_id !== options.runId)
                continue;
            const list = byId.get(r.id);
            if (list)
                list.push(r);
            else
                byId.set(r.id, [r]);
        }
        leased.set(rows, byId);
        return byId;
    };
    /** Our claimed copy of an item in a fresh snapshot: same id, our lease and run; the same row number if it is still there. */
    const ours = (rows, id, row) => {
        const mine = leasedById(rows).get(id) ?? [];
        // A human may insert or delete rows above it meanwhile: the id (unique among our leased rows) still finds it.
        return mine.find((r) => r.row === row) ?? (mine.length === 1 ? mine[0] : undefined);
    };
    // Every queue write of the run takes its turn here: claims, outcome flushes and lease renewals.
    // A store without a lock (Sheets) would otherwise let two of our own writes read the same
    // snapshot (two workers claiming one row, a renewal landing after an outcome).
    const queueTurn = pLimit(1);
    const claimBatchSize = Math.max(options.concurrency, options.claimBatch ?? Math.max(MIN_CLAIM_BATCH, options.concurrency * CLAIM_ROWS_PER_WORKER));
    /** Claimed rows whose outcome is not written yet: their leases are renewed together. */
    const held = new Map();
    /** Claimed, not yet started (a batch claim takes more rows than there are workers). */
    const pool = [];
    let claimedCount = 0;
    let claims = 0;
    const stopping = () => fatal !== undefined || errors.length > 0 || options.signal?.aborted === true;
    const budgetOver = () => {
        if (deps.now().getTime() >= budgetEnds || deadline.signal.aborted)
            budgetSpent = true;
        return budgetSpent;
    };
    /** Claims a batch of rows in one transaction (verified with one re-read where the store has no compare-and-set). */
    const claimBatch = async (waiting) => {
        // Several rows per worker (fewer requests per item), never past max-items; a single worker starts with one.
        const first = claims === 0 && options.concurrency === 1;
        const want = Math.min(options.maxItems - claimedCount, first ? 1 : claimBatchSize);
        if (want <= 0) {
            exhausted = true;
            // No claim for them to ride with: the outcomes taken for it wait for the next flush (or the run's end).
            outcomes.putBack(waiting);
            return;
        }
        claims += 1;
        const now = deps.now();
        const written = new Set();
        let planned;
        try {
            planned = await deps.queue.transact((rows) => {
                // Finished items' outcomes ride along: one write for them and the claim.
                written.clear();
                const outcomesOf = new Map();
                for (const { outcome } of waiting) {
                    const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
                    if (!fresh)
                        continue;
                    outcomesOf.set(fresh.row, outcome.transition(fresh));
                    written.add(outcome.result.item_id);
                }
                const claim = planClaim(rows.map((row) => outcomesOf.get(row.row) ?? row), {
                    mode,
                    now,
                    owner: options.owner,
                    runId: options.runId,
                    leaseSeconds: options.leaseSeconds,
                    maxItems: want,
                    requireApproval,
                    shard: options.shard,
                    timeZone: options.timeZone,
                });
                const update = new Map(claim.update.map((row) => [row.row, row]));
                for (const [row, changed] of outcomesOf)
                    update.set(row, changed);
                return { update: [...update.values()], result: { claim, rows } };
            });
        }
        catch (error) {
            // Not written: the outcomes wait for the next flush (their run-log rows are in already).
            outcomes.putBack(waiting);
            throw error;
        }
        await settle(waiting, written, []);
        const { claim, rows } = planned;
        for (const warning of claim.skewed)
            log.warn(warning);
        recovered += claim.recovered.length;
        rejected += claim.rejected.length;
        for (const p of claim.problems)
            problems.set(`${p.row}:${p.field}`, p);
        // A rejection is an outcome: the claim wrote the row BLOCKED, the run log says so (with the next flush).
        for (const result of claim.rejected.map(rejectedResult)) {
            items.push(result);
            log.warn(`${result.item_id}: blocked — ${result.message}`, { item_id: result.item_id });
            outcomes.add({ result });
        }
        // Fewer rows than asked for: no more are eligible now, so this claim is the run's last.
        if (claim.claimed.length < want)
            exhausted = true;
        if (claim.claimed.length === 0)
            return;
        claimedCount += claim.claimed.length;
        const recoveredRows = new Set(claim.recovered.map((r) => r.row));
        const titles = articleTitles(rows);
        // Stores without compare-and-set (Sheets): one re-read makes sure the claims are still ours.
        const fresh = deps.queue.exclusive ? undefined : await deps.queue.list();
        for (const { row, from } of claim.claimed) {
            const mine = fresh ? ours(fresh, row.id, row.row) : row;
            const parsed = mine && (0,parse_row/* parseQueueRow */.T1)(mine, options);
            if (!parsed?.ok) {
                if (!mine)
                    log.warn(`item ${row.id}: another executor holds it; backing off`, { item_id: row.id });
                continue;
            }
            held.set(row.id, parsed.item);
            // Rows of one batch start together: the earlier row holds its title, so of two same-title rows
            // the first gets the article (DUPLICATE_TITLE), whichever draft finishes first.
            const key = (0,content_title/* normalizeTitle */.s)(row.title);
            if (key && !runTitles.has(key) && !titles.has(key))
                runTitles.set(key, row.id);
            pool.push({
                item: parsed.item,
                from,
                recovered: recoveredRows.has(row.row),
                // Shared, not copied per row (a copy of a 10,000-row queue's titles per item was most of a claim):
                // the row's own title is left out when it is looked up (titleLookup).
                titles,
                rows,
            });
        }
    };
    /** The next claimed item; undefined when none is left, the budget is spent, or the run is stopping. */
    const claimTurn = pLimit(1);
    const nextItem = () => claimTurn(async () => {
        for (;;) {
            if (stopping() || budgetOver())
                return undefined;
            const next = pool.shift();
            if (next)
                return next;
            if (exhausted)
                return undefined;
            // Outcomes waiting go with the next claim: their run-log rows first (an append the store
            // refuses stops the claiming), their queue rows in the claim's own transaction.
            const waiting = outcomes.take();
            await (0,abort/* outsideRun */.Ph)(() => logOutcomes(waiting));
            const transitions = waiting.filter(hasTransition);
            if (stopping()) {
                outcomes.putBack(transitions);
                return undefined;
            }
            await (0,abort/* outsideRun */.Ph)(() => queueTurn(() => claimBatch(transitions)));
        }
    });
    /** One queue transaction for many outcomes; which entries' rows were still ours is reported through `written`. */
    const writeTransitions = (entries, written) => queueTurn(() => deps.queue.transact((rows) => {
        written.clear();
        const update = [];
        for (const { outcome } of entries) {
            if (!outcome)
                continue;
            const fresh = ours(rows, outcome.result.item_id, outcome.result.row);
            if (!fresh)
                continue;
            update.push(outcome.transition(fresh));
            written.add(outcome.result.item_id);
        }
        // The result says whether every row was written (a boolean, like a single outcome write).
        return { update, result: written.size === entries.length };
    }));
    /** Writes one flush of outcomes: their run-log rows, then their queue rows, each retried. */
    const writeOutcomes = async (batch) => {
        // The run log first: killed between the two writes, the rows stay IN_PROGRESS and are redone
        // (idempotently) with log lines of their own — a logged outcome is never missing, at worst repeated.
        await logOutcomes(batch);
        const entries = batch.filter(hasTransition);
        if (entries.length === 0)
            return;
        const written = new Set();
        const failures = [];
        const retrying = (entry) => ({
            sleep,
            onRetry: retryLog(`writing the row of ${entry.result.item_id}`, entry.itemLog ?? log),
        });
        if (entries.length === 1) {
            const [entry] = entries;
            await withStoreRetry(() => writeTransitions(entries, written), retrying(entry)).catch((error) => failures.push({ entry, error }));
        }
        else {
            // Many rows in one write; refused, each row is written on its own (one moved row must not sink the others).
            try {
                await writeTransitions(entries, written);
            }
            catch (error) {
                if (error instanceof src_errors/* UserError */.yo)
                    failures.push(...entries.map((entry) => ({ entry, error })));
                else
                    for (const entry of entries) {
                        const one = new Set();
                        await withStoreRetry(() => writeTransitions([entry], one), retrying(entry)).then(() => {
                            for (const id of one)
                                written.add(id);
                        }, (error) => failures.push({ entry, error }));
                    }
            }
        }
        await settle(entries, written, failures);
    };
    /** Appends the run-log rows of outcomes not logged yet (a row given back unworked has none). */
    const logOutcomes = async (batch) => {
        const unlogged = batch.filter((p) => !p.release && !p.logged);
        for (const p of unlogged)
            p.logged = true;
        await appendRunLog(unlogged.map((p) => p.result));
    };
    /** After outcomes were written (or not): the rows are no longer held; each item's result is counted and said. */
    const settle = async (entries, written, failures) => {
        const failed = new Set(failures.map((f) => f.entry));
        const unwritten = [];
        for (const entry of entries) {
            held.delete(entry.result.item_id);
            const itemLog = entry.itemLog ?? log;
            const failure = failures.find((f) => f.entry === entry);
            if (failure && failure.error instanceof src_errors/* UserError */.yo) {
                fatal ??= { error: failure.error };
                continue;
            }
            if (failure) {
                const result = unwrittenResult(entry.result, (0,src_errors/* errorMessage */.gJ)(failure.error), options.leaseSeconds);
                items.push(result);
                unwritten.push(result);
                itemLog.error(`${entry.result.item_id}: failed — ${result.message}`);
                continue;
            }
            if (!failed.has(entry) && !written.has(entry.result.item_id) && !entry.release)
                itemLog.warn(`item ${entry.result.item_id}: lease lost before the result was written; the next run redoes it`);
            if (entry.release)
                continue;
            const { result } = entry;
            items.push(result);
            const level = result.outcome === 'failed' || result.outcome === 'blocked' ? 'warn' : 'info';
            itemLog[level](`${result.item_id}: ${result.outcome} — ${result.message}`);
        }
        await appendRunLog(unwritten);
    };
    const outcomes = createWriteBuffer({
        write: (batch) => (0,abort/* outsideRun */.Ph)(() => writeOutcomes(batch)),
        intervalMs: options.flushIntervalMs ?? FLUSH_INTERVAL_MS,
        onError: (error) => stopOn(error, 'could not write the outcomes of finished items'),
    });
    /**
     * Renews the leases of every claimed row whose outcome is not written yet,
     * in one transaction, every third of the lease; `stop` clears the timer and
     * waits for a renewal in flight, so it never lands after the outcomes are written.
     */
    const keepLeases = () => {
        let inFlight = Promise.resolve();
        const lost = new Set();
        const renew = async () => {
            const holding = [...held.values()];
            if (holding.length === 0)
                return;
            const kept = new Set();
            await (0,abort/* outsideRun */.Ph)(() => queueTurn(() => deps.queue.transact((rows) => {
                kept.clear();
                const update = [];
                for (const item of holding) {
                    const fresh = ours(rows, item.id, item.row.row);
                    const renewed = fresh &&
                        (0,lease/* renewLease */.EH)(fresh, { owner: options.owner, runId: options.runId }, deps.now(), options.leaseSeconds);
                    if (!renewed)
                        continue;
                    update.push(renewed);
                    kept.add(item.id);
                }
                return { update, result: kept.size === holding.length };
            }))).then(() => {
                for (const item of holding) {
                    // Written meanwhile (no longer held) is not lost.
                    if (kept.has(item.id) || lost.has(item.id) || !held.has(item.id))
                        continue;
                    lost.add(item.id);
                    log.warn(`item ${item.id}: its lease was lost while it was being worked on`, { item_id: item.id });
                }
            }, (error) => log.warn(`could not renew the leases of ${holding.length} row(s) (${(0,src_errors/* errorMessage */.gJ)(error)}); trying again`));
        };
        const timer = setInterval(() => {
            inFlight = inFlight.then(renew);
        }, Math.max(50, (options.leaseSeconds * 1000) / 3));
        timer.unref?.();
        return {
            stop: async () => {
                clearInterval(timer);
                await inFlight;
            },
        };
    };
    try {
        await (0,abort/* withinRun */.Rr)(deadline.signal, async () => deps.publisher.prepare?.());
    }
    catch (error) {
        stopOn(error, 'the publisher is not ready, so nothing was claimed');
    }
    /** Titles of this run's drafts that passed, normalised → item id: the DUPLICATE_TITLE rule's memory within the run. */
    const runTitles = new Map();
    const releaseTitle = (itemId) => {
        for (const [title, owner] of runTitles)
            if (owner === itemId)
                runTitles.delete(title);
    };
    // NEAR_DUPLICATE's corpus shingles text (marked, sanitize-html), so it loads
    // with the item pipeline, not at start; it is ready before any item is processed.
    let corpus;
    let corpusLoading;
    const loadCorpus = async () => {
        corpusLoading ??= Promise.all(/* import() */[__webpack_require__.e(9980), __webpack_require__.e(3972)]).then(__webpack_require__.bind(__webpack_require__, 3972)).then(({ createRunCorpus }) => createRunCorpus({ publisher: deps.publisher, readContent: deps.readContent, log }));
        corpus = await corpusLoading;
        return corpus;
    };
    const limit = pLimit(options.concurrency);
    const leases = keepLeases();
    await Promise.all(Array.from({ length: options.maxItems }, () => limit(async () => {
        let claimed;
        try {
            claimed = await nextItem();
        }
        catch (error) {
            stopOn(error, 'could not claim the next item, so claiming stopped (rows not claimed are as they were; ' +
                'a row this run had just claimed returns to PENDING when its lease ends)');
            return;
        }
        if (!claimed)
            return;
        const { item, from, titles, rows, recovered: fromExpiredLease } = claimed;
        const itemLog = log.child({ item_id: item.id });
        const content = {
            generator: deps.generator,
            readContent: deps.readContent,
            thresholds: options.thresholds,
            maxFixPasses: options.maxFixPasses,
            otherTitles: () => titleLookup(titles, runTitles, item.row.id),
            claimTitle: (title) => {
                const key = (0,content_title/* normalizeTitle */.s)(title);
                if (key && !runTitles.has(key))
                    runTitles.set(key, item.id);
            },
            // NEAR_DUPLICATE: the blog, the other rows of the claim's snapshot, this run's passed drafts
            // (the item's own row is in the snapshot; the corpus leaves the item's texts out by its id).
            corpus: async (itemId) => (await loadCorpus()).indexed(itemId, rows),
            claimText: (draft) => corpus?.add(item.id, draft),
            catalog: deps.catalog,
        };
        try {
            // The item's work runs under the run's deadline; writing its outcome does not (it must land).
            const outcome = await (0,abort/* withinRun */.Rr)(deadline.signal, async () => {
                // A row whose lease ran out may have been finished by the run that held it (see recover-item.ts).
                const live = fromExpiredLease ? await recoverLiveArticle(item, deps, options.runId) : undefined;
                if (live) {
                    itemLog.warn(`item ${item.id}: recovered from an expired lease, and its article is live: PUBLISHED`);
                    return live;
                }
                const [{ processItem }] = await Promise.all([loadItemPipeline(), loadCorpus()]);
                return processItem(item, from, mode, { ...deps, log: itemLog }, { ...options, requireApproval }, content);
            });
            if (outcome.released)
                released.push(item.id);
            // Only an article holds a title: a draft that passed but was not published or drafted lets it go.
            if (!['drafted', 'published', 'scheduled'].includes(outcome.result.outcome))
                releaseTitle(item.id);
            outcomes.add({ result: outcome.result, outcome, itemLog });
        }
        catch (error) {
            // The row keeps its lease (no longer renewed) and returns to PENDING when it expires.
            held.delete(item.id);
            releaseTitle(item.id);
            // A configuration error met mid-run (a revoked token, say): the other items in flight still finish.
            stopOn(error, `item ${item.id} stopped the run`);
        }
    })));
    // Rows claimed in a batch but never started (the run stopped early): given back as they were claimed.
    for (const { item, from } of pool.splice(0)) {
        const reason = 'released unworked: the run stopped before it reached this row';
        const now = deps.now();
        const result = { ...rejectedResult(item.row), codes: [], message: reason };
        outcomes.add({
            result,
            release: true,
            outcome: {
                result,
                transition: (fresh) => (0,lease/* releaseLease */.wL)(fresh, { from, attempts: item.attempts - 1, reason, now, runId: options.runId }),
            },
        });
    }
    await leases.stop();
    await outcomes.close();
    // The publisher's deferred work (the local site's index), once per run; the articles are durable without it.
    await (0,abort/* outsideRun */.Ph)(async () => deps.publisher.flush?.()).catch((error) => log.warn(`the publisher could not finish its deferred writes (the next run does): ${(0,src_errors/* errorMessage */.gJ)(error)}`));
    options.signal?.removeEventListener('abort', onAbort);
    clearTimeout(deadlineTimer);
    deadline.signal.removeEventListener('abort', onDeadline);
    if (deadline.signal.aborted)
        budgetSpent = true;
    if (released.length > 0) {
        const message = `the time budget of ${options.timeBudgetSeconds} s ran out with ${released.length} item(s) in flight ` +
            `(${released.join(', ')}): their requests were cancelled and their rows released for the next run`;
        errors.push(message);
        log.error(message);
    }
    const counts = emptyCounts();
    for (const item of items) {
        counts.processed += 1;
        counts[item.outcome] += 1;
    }
    const cancelled = options.signal?.aborted === true;
    const conclusion = fatal || errors.length > 0
        ? 'failure'
        : cancelled
            ? 'cancelled'
            : counts.failed > 0 || counts.retry > 0 || hasDuplicateIds([...problems.values()])
                ? 'failure'
                : 'success';
    if (cancelled)
        log.notice(`cancelled: ${counts.processed} item(s) finished; no more were claimed`);
    const finishedAt = deps.now();
    await deps.runs.record({
        run_id: options.runId,
        mode,
        status: 'completed',
        conclusion,
        started_at: startedAt.toISOString(),
        finished_at: finishedAt.toISOString(),
        counts,
    });
    if (fatal)
        throw fatal.error;
    for (const p of problems.values())
        log.warn(p.message);
    return {
        run_id: options.runId,
        requested_mode: options.mode,
        mode,
        downgraded,
        require_approval: requireApproval,
        items: items.sort((a, b) => a.row - b.row),
        problems: [...problems.values()],
        recovered,
        rejected,
        counts,
        conclusion,
        started_at: startedAt.toISOString(),
        finished_at: finishedAt.toISOString(),
        budget_spent: budgetSpent,
        errors,
    };
}

// EXTERNAL MODULE: ./packages/core/src/wiring/options.ts + 1 modules
var options = __webpack_require__(4130);
// EXTERNAL MODULE: ./packages/core/src/model.ts
var model = __webpack_require__(6388);
;// CONCATENATED MODULE: ./packages/core/src/metrics/names.ts
// Metric and label names of the Prometheus data model
// (https://prometheus.io/docs/concepts/data_model/): checked when a metric is
// declared, so a typo fails in a unit test, not in a scraper.

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Suffixes the exposition of each type adds itself; a declared name must not end with them. */
const RESERVED_SUFFIXES = {
    counter: ['_bucket', '_sum', '_count'],
    gauge: ['_total', '_bucket', '_sum', '_count'],
    histogram: ['_total', '_bucket', '_sum', '_count'],
};
function validateMetricName(name, type) {
    if (!METRIC_NAME.test(name)) {
        throw new src_errors/* UserError */.yo(`metric name "${name}" is invalid: expected letters, digits, '_' or ':' (not starting with a digit)`);
    }
    if (type === 'counter' && !name.endsWith('_total')) {
        throw new src_errors/* UserError */.yo(`counter "${name}" must end with "_total" (Prometheus naming convention)`);
    }
    const clash = RESERVED_SUFFIXES[type]?.find((suffix) => name.endsWith(suffix));
    if (clash)
        throw new src_errors/* UserError */.yo(`${type} "${name}" must not end with "${clash}"`);
}
function validateLabelName(metric, label) {
    if (!LABEL_NAME.test(label)) {
        throw new src_errors/* UserError */.yo(`label "${label}" of metric "${metric}" is invalid: expected letters, digits or '_' (not starting with a digit)`);
    }
    if (label.startsWith('__'))
        throw new src_errors/* UserError */.yo(`label "${label}" of metric "${metric}": names starting with "__" are reserved`);
    if (label === 'quantile' || label === 'le') {
        throw new src_errors/* UserError */.yo(`label "${label}" of metric "${metric}" is reserved for summaries and histograms`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/quantile.ts
// Quantiles of a short-lived process. A run records at most thousands of
// values, so we keep them all and compute exact quantiles by the nearest-rank
// method: the smallest recorded value v such that at least q·n values are <= v
// (rank ceil(q·n), 1-based). Unlike interpolation it always answers with a
// value that was actually observed, and unlike bucket estimates it is exact.
/** Nearest-rank quantile of `sorted` (ascending). NaN for no values. `q` in [0, 1]. */
function nearestRank(sorted, q) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile must be within [0, 1], got ${q}`);
    if (sorted.length === 0)
        return Number.NaN;
    // The epsilon keeps float noise (0.07 * 100 = 7.000000000000001) from bumping the rank.
    const rank = Math.max(1, Math.ceil(q * sorted.length - 1e-9));
    return sorted[rank - 1];
}
const DEFAULT_QUANTILES = [0.5, 0.95, 0.99];

;// CONCATENATED MODULE: ./packages/core/src/metrics/registry.ts
// A metrics registry for one short-lived process (an action run or a CLI
// command): it only accumulates in memory; exporters read a snapshot at the
// end (Prometheus file, OTLP). Hand-written rather than prom-client (not a
// dependency) because it is small and must also keep raw histogram values for
// exact quantiles (see quantile.ts).


class MetricsRegistry {
    #families = new Map();
    counter(name, options) {
        const family = this.#declare('counter', name, options);
        for (const labels of options.initialLabels ?? [])
            this.#series(family, labels);
        return {
            inc: (labels, value = 1) => {
                checkNumber(name, value);
                if (value < 0)
                    throw new RangeError(`counter ${name} can only go up, got inc(${value})`);
                this.#series(family, labels).value += value;
            },
        };
    }
    gauge(name, options) {
        const family = this.#declare('gauge', name, options);
        for (const labels of options.initialLabels ?? [])
            this.#series(family, labels);
        return {
            set: (value, labels) => {
                checkNumber(name, value);
                this.#series(family, labels).value = value;
            },
            inc: (labels, value = 1) => {
                checkNumber(name, value);
                this.#series(family, labels).value += value;
            },
        };
    }
    histogram(name, options) {
        const family = this.#declare('histogram', name, options);
        return {
            observe: (value, labels) => {
                checkNumber(name, value);
                const series = this.#series(family, labels);
                series.values.push(value);
                series.value += value;
            },
        };
    }
    /** Everything recorded so far, metrics by name, series in first-recorded order. */
    snapshot() {
        return [...this.#families.values()]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((f) => {
            const base = { name: f.name, help: f.help, labelNames: [...f.labelNames] };
            if (f.type !== 'histogram') {
                return {
                    ...base,
                    type: f.type,
                    series: [...f.series.values()].map((s) => ({ labels: { ...s.labels }, value: s.value })),
                };
            }
            return {
                ...base,
                type: 'histogram',
                quantiles: [...f.quantiles],
                series: [...f.series.values()].map((s) => {
                    const values = [...s.values].sort((a, b) => a - b);
                    return {
                        labels: { ...s.labels },
                        count: values.length,
                        sum: s.value,
                        values,
                        quantiles: f.quantiles.map((q) => ({ quantile: q, value: nearestRank(values, q) })),
                    };
                }),
            };
        });
    }
    #declare(type, name, options) {
        validateMetricName(name, type);
        const labelNames = [...(options.labelNames ?? [])];
        for (const label of labelNames)
            validateLabelName(name, label);
        if (new Set(labelNames).size !== labelNames.length)
            throw new Error(`metric ${name} declares a label twice`);
        const quantiles = [...(options.quantiles ?? DEFAULT_QUANTILES)];
        for (const q of quantiles)
            if (!(q >= 0 && q <= 1))
                throw new RangeError(`metric ${name}: quantile ${q} not in [0, 1]`);
        const existing = this.#families.get(name);
        if (existing) {
            // Declaring twice is fine (two modules share a metric) as long as it is the same metric.
            if (existing.type !== type || existing.labelNames.join() !== labelNames.join()) {
                throw new Error(`metric ${name} is already declared as a ${existing.type} with labels [${existing.labelNames}]`);
            }
            return existing;
        }
        const family = { type, name, help: options.help, labelNames, quantiles, series: new Map() };
        this.#families.set(name, family);
        return family;
    }
    #series(family, labels = {}) {
        const given = Object.keys(labels);
        const missing = family.labelNames.filter((l) => !(l in labels));
        const unknown = given.filter((l) => !family.labelNames.includes(l));
        if (missing.length > 0 || unknown.length > 0) {
            throw new Error(`metric ${family.name} takes labels [${family.labelNames}]` +
                (missing.length ? `; missing [${missing}]` : '') +
                (unknown.length ? `; unknown [${unknown}]` : ''));
        }
        const ordered = {};
        for (const l of family.labelNames)
            ordered[l] = String(labels[l]);
        const key = JSON.stringify(family.labelNames.map((l) => ordered[l]));
        let series = family.series.get(key);
        if (!series) {
            series = { labels: ordered, value: 0, values: [] };
            family.series.set(key, series);
        }
        return series;
    }
}
function checkNumber(name, value) {
    if (!Number.isFinite(value))
        throw new RangeError(`metric ${name}: value must be a finite number, got ${value}`);
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/autopilot-metrics.ts
// The pipeline's metrics, declared once so every host names them the same
// way. Units are in the names (seconds, usd), as Prometheus conventions ask.


/**
 * The metrics every run reports. Label sets known in advance (outcomes, token
 * directions) and unlabeled counters start at 0, so the Prometheus file
 * always holds their samples.
 */
function createAutopilotMetrics(registry = new MetricsRegistry()) {
    return {
        registry,
        items: registry.counter('autopilot_items_total', {
            help: 'Items processed, by outcome.',
            labelNames: ['outcome'],
            initialLabels: model/* OUTCOMES */.im.map((outcome) => ({ outcome })),
        }),
        itemDuration: registry.histogram('autopilot_item_duration_seconds', {
            help: 'Time to process one item, from claim to the written row.',
        }),
        retries: registry.counter('autopilot_retries_total', {
            help: 'Items put back for a retry (transient failures).',
            initialLabels: [{}],
        }),
        throttleWait: registry.counter('autopilot_throttle_wait_seconds_total', {
            help: 'Time spent waiting on rate limits, by service.',
            labelNames: ['service'],
        }),
        apiRequests: registry.counter('autopilot_api_requests_total', {
            help: 'Requests sent to outside services, by service.',
            labelNames: ['service'],
        }),
        apiRetries: registry.counter('autopilot_api_retries_total', {
            help: 'Requests sent again after a transient failure (429, 5xx, network), by service.',
            labelNames: ['service'],
        }),
        tokens: registry.counter('autopilot_tokens_total', {
            help: 'LLM tokens, by direction (in = prompt, out = completion).',
            labelNames: ['direction'],
            initialLabels: [{ direction: 'in' }, { direction: 'out' }],
        }),
        cost: registry.counter('autopilot_cost_usd_total', {
            help: 'Estimated LLM cost in US dollars.',
            initialLabels: [{}],
        }),
        queueItems: registry.gauge('autopilot_queue_items', {
            help: 'Queue rows by status at the end of the run.',
            labelNames: ['status'],
        }),
    };
}
/** Record one item outcome (the run-log row the executor writes). */
function recordItemOutcome(metrics, row) {
    metrics.items.inc({ outcome: row.outcome });
    metrics.itemDuration.observe(Math.max(0, row.duration_ms) / 1000);
    if (row.outcome === 'retry')
        metrics.retries.inc();
    if (row.tokens_in > 0)
        metrics.tokens.inc({ direction: 'in' }, row.tokens_in);
    if (row.tokens_out > 0)
        metrics.tokens.inc({ direction: 'out' }, row.tokens_out);
    if (row.cost_usd > 0)
        metrics.cost.inc(undefined, row.cost_usd);
}
/**
 * Record one outside service's call counts. Every service the run used gets
 * its series, zeros included.
 */
function recordServiceStats(metrics, service, stats) {
    metrics.apiRequests.inc({ service }, stats.requests);
    metrics.apiRetries.inc({ service }, stats.retries);
    metrics.throttleWait.inc({ service }, Math.max(0, stats.throttleWaitMs ?? 0) / 1000);
}
/** Set the queue gauge from status counts (every status, zeros included, so a dashboard sees them drop). */
function recordQueueCounts(metrics, counts, statuses) {
    for (const status of statuses)
        metrics.queueItems.set(counts[status] ?? 0, { status });
}

// EXTERNAL MODULE: ./packages/core/src/metrics/otlp-config.ts
var otlp_config = __webpack_require__(7851);
;// CONCATENATED MODULE: ./packages/core/src/metrics/prometheus.ts
// The Prometheus text exposition format (version 0.0.4), written to a file
// the workflows upload as an artifact. Histograms are written as summaries
// (quantile="0.5" … plus _sum and _count): each file is the snapshot of one
// run, read by people and diffed between runs rather than aggregated by a
// scraper, so exact quantiles say more than bucket counts.


const escapeHelp = (text) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabelValue = (text) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
function formatSampleValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Number.POSITIVE_INFINITY)
        return '+Inf';
    if (value === Number.NEGATIVE_INFINITY)
        return '-Inf';
    return String(value);
}
function labelText(labels, extra) {
    const pairs = Object.entries(labels);
    if (extra)
        pairs.push(extra);
    if (pairs.length === 0)
        return '';
    return `{${pairs.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}
function formatMetric(metric) {
    const type = metric.type === 'histogram' ? 'summary' : metric.type;
    const lines = [`# HELP ${metric.name} ${escapeHelp(metric.help)}`, `# TYPE ${metric.name} ${type}`];
    if (metric.type !== 'histogram') {
        for (const s of metric.series)
            lines.push(`${metric.name}${labelText(s.labels)} ${formatSampleValue(s.value)}`);
        return lines;
    }
    for (const s of metric.series) {
        for (const q of s.quantiles) {
            lines.push(`${metric.name}${labelText(s.labels, ['quantile', String(q.quantile)])} ${formatSampleValue(q.value)}`);
        }
        lines.push(`${metric.name}_sum${labelText(s.labels)} ${formatSampleValue(s.sum)}`);
        lines.push(`${metric.name}_count${labelText(s.labels)} ${formatSampleValue(s.count)}`);
    }
    return lines;
}
/** The registry as exposition text: HELP and TYPE for every declared metric, then its samples. */
function formatPrometheus(registry) {
    const lines = registry.snapshot().flatMap(formatMetric);
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
/** Write the exposition to `path` (atomically: a reader never sees half a file). */
async function writePrometheusFile(registry, path) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, formatPrometheus(registry), 'utf8');
    await (0,promises_.rename)(temp, path);
}

;// CONCATENATED MODULE: ./packages/core/src/services/run-metrics.ts
// After an executor run: its metrics (items by outcome, durations, retries,
// tokens, cost, requests, retries and throttle waits per service, queue by status) to a Prometheus text
// file when one is asked for, and over OTLP/HTTP when OTEL_* says where.
// Neither ever fails the run: a problem is logged as a warning.





function collectRunMetrics(input) {
    const metrics = createAutopilotMetrics();
    for (const item of input.result.items) {
        recordItemOutcome(metrics, {
            at: input.result.finished_at,
            run_id: input.result.run_id,
            trace_id: input.traceId,
            mode: input.result.mode,
            item_id: item.item_id,
            outcome: item.outcome,
            gate: item.gate,
            error_codes: item.codes,
            attempts: item.attempts,
            duration_ms: item.duration_ms,
            tokens_in: item.usage.tokens_in,
            tokens_out: item.usage.tokens_out,
            cost_usd: item.usage.cost_usd,
            article_id: item.article_id,
        });
    }
    for (const [service, stats] of Object.entries(input.services))
        recordServiceStats(metrics, service, stats);
    if (input.queueRows) {
        const counts = {};
        for (const row of input.queueRows) {
            const status = (row.status.trim().toUpperCase() || 'PENDING');
            if (model/* ITEM_STATUSES */.J4.includes(status))
                counts[status] = (counts[status] ?? 0) + 1;
        }
        recordQueueCounts(metrics, counts, model/* ITEM_STATUSES */.J4);
    }
    return metrics;
}
async function emitRunMetrics(input, options) {
    const metrics = collectRunMetrics(input);
    let file;
    if (options.metricsFile) {
        try {
            await writePrometheusFile(metrics.registry, options.metricsFile);
            file = options.metricsFile;
        }
        catch (error) {
            options.log.warn(`metrics file not written (${options.metricsFile}): ${(0,src_errors/* errorMessage */.gJ)(error)}`);
        }
    }
    // The OpenTelemetry SDK is loaded only when OTEL_EXPORTER_OTLP_* asks for an export (start-up, issue 12).
    const setup = (0,otlp_config/* resolveOtlpConfig */._F)(options.env);
    const otlp = setup.enabled || setup.error
        ? await (await Promise.all(/* import() */[__webpack_require__.e(3734), __webpack_require__.e(8568)]).then(__webpack_require__.bind(__webpack_require__, 8568))).exportOtlp(metrics.registry, options.env, { redact: options.redact })
        : { sent: false, skipped: setup.reason };
    if (otlp.error)
        options.log.warn(otlp.error);
    return { file, otlp };
}

;// CONCATENATED MODULE: ./packages/core/src/services/executor/notification.ts
// What the executor tells people after a run: only when something needs a
// human (an item blocked or failed) or the run itself failed. Pure.

function executorNotification(result, context) {
    const attention = result.items.filter((i) => i.outcome === 'blocked' || i.outcome === 'failed' || i.outcome === 'retry');
    // Rows sharing an id are never worked on: a human must give one a new id.
    const duplicates = result.problems.filter((p) => p.code === parse_row/* DUPLICATE_ID */.Gd);
    if (attention.length === 0 && duplicates.length === 0 && result.conclusion === 'success')
        return undefined;
    const c = result.counts;
    const dup = duplicates.length > 0 ? `, ${duplicates.length} rows with a duplicate id` : '';
    return {
        run_id: result.run_id,
        trace_id: context.traceId,
        task: 'executor',
        status: result.conclusion,
        title: `Executor ${result.mode} run: ${c.blocked} blocked, ${c.failed} failed, ${c.retry} to retry${dup} (${c.published} published, ${c.scheduled ? `${c.scheduled} scheduled, ` : ''}${c.drafted} drafted)`,
        outputs_uri: context.outputsUri,
        log_excerpt: [
            ...attention.map((i) => `${i.item_id} (row ${i.row}): ${i.outcome} — ${i.message}`),
            ...duplicates.map((p) => `${p.id} (row ${p.row}): ${parse_row/* DUPLICATE_ID */.Gd} — ${p.message}`),
        ].join('\n'),
    };
}

// EXTERNAL MODULE: ./packages/core/src/wiring/notifier.ts + 6 modules
var notifier = __webpack_require__(1733);
;// CONCATENATED MODULE: ./packages/core/src/domain/run-usage.ts
const toMicros = (usd) => (Number.isFinite(usd) ? Math.round(usd * 1e6) : 0);
const count = (n) => (Number.isFinite(n) && n > 0 ? n : 0);
/** Adds the usage of every item (an ExecutorResult's items, or run-log rows of one run). */
function runUsage(items) {
    let tokensIn = 0;
    let tokensOut = 0;
    let micros = 0;
    for (const item of items) {
        const usage = 'usage' in item ? item.usage : item;
        tokensIn += count(usage.tokens_in);
        tokensOut += count(usage.tokens_out);
        micros += toMicros(usage.cost_usd);
    }
    return { tokens_in: tokensIn, tokens_out: tokensOut, cost_usd: micros / 1e6 };
}

// EXTERNAL MODULE: ./packages/core/src/host/signals.ts
var signals = __webpack_require__(8197);
// EXTERNAL MODULE: ./packages/core/src/util/terminal.ts
var terminal = __webpack_require__(3268);
;// CONCATENATED MODULE: ./packages/cli/src/commands/executor.ts
// `autopilot executor --mode review|publish`: one executor run on the
// configured backends. Exit 0 when the run completed cleanly, 1 when it met
// errors it could not handle (any retry or failure), 2 for bad usage, and
// 128 + the signal's number (130 for Ctrl-C) when a signal cancelled it.



async function runExecutorFor(ctx, mode = ctx.config.mode, signal) {
    const backends = await buildBackends(ctx.config, { ...ctx.wiring, controlPlane: 'local' });
    const result = await runExecutor({ ...backends.executorDeps, log: ctx.log, now: ctx.now, random: Math.random }, {
        ...(0,options/* executorOptionsFrom */.en)(ctx.config, {
            mode,
            runId: ctx.runId,
            traceId: ctx.traceId,
            owner: ctx.owner,
            control: backends.control,
        }),
        signal,
    });
    await emitRunMetrics({ result, services: backends.stats(), queueRows: await backends.queue.list(), traceId: ctx.traceId }, { metricsFile: ctx.config.metricsFile ?? ctx.paths.metrics, env: ctx.env, redact: ctx.redact, log: ctx.log });
    const notification = executorNotification(result, { traceId: ctx.traceId, outputsUri: ctx.paths.siteIndex });
    if (notification) {
        const sent = await (0,notifier/* buildNotifier */.l)(ctx.config, ctx.wiring, true).notify(notification);
        if (!sent.delivered)
            ctx.log.warn(`notification not delivered: ${sent.error ?? 'unknown error'}`);
    }
    return result;
}
function describeRun(result) {
    const lines = [
        `Run ${(0,terminal/* escapeForTerminal */.f)(result.run_id)} (${result.mode}${result.downgraded ? `, ${(0,terminal/* escapeForTerminal */.f)(result.downgraded)}` : ''})`,
        ...result.items.map(
        // Ids and messages come from the queue and from servers: escaped, so they can neither drive the terminal nor forge a line.
        (i) => `  row ${String(i.row).padStart(3)}  ${(0,terminal/* escapeForTerminal */.f)(i.item_id).padEnd(32)} ${i.outcome.padEnd(9)} ${(0,terminal/* escapeForTerminal */.f)(i.message)}`),
        `Processed ${result.counts.processed}: ${result.counts.published} published, ` +
            (result.counts.scheduled ? `${result.counts.scheduled} scheduled, ` : '') +
            `${result.counts.drafted} drafted, ` +
            `${result.counts.blocked} blocked, ${result.counts.retry} to retry, ${result.counts.failed} failed` +
            (result.budget_spent ? ' (time budget spent)' : ''),
    ];
    const usage = runUsage(result.items);
    if (usage.tokens_in + usage.tokens_out > 0) {
        lines.push(`LLM: ${usage.tokens_in} tokens in, ${usage.tokens_out} out, $${usage.cost_usd.toFixed(4)}`);
    }
    if (result.require_approval === false)
        lines.push('require-approval is off: in publish mode drafts that pass the gate go live without approval');
    for (const p of result.problems)
        lines.push(`  ! ${(0,terminal/* escapeForTerminal */.f)(p.message)}`);
    for (const e of result.errors ?? [])
        lines.push(`  ! ${(0,terminal/* escapeForTerminal */.f)(e)}`);
    if (result.conclusion === 'cancelled')
        lines.push('Cancelled: no more items were claimed after the signal');
    return lines.join('\n');
}
async function executorCommand(ctx) {
    // First Ctrl-C (or SIGTERM): finish the items in flight and record the run. A second: leave now.
    const cancel = (0,signals/* abortOnSignals */.P)({
        log: ctx.log,
        onRepeat: (signal) => {
            ctx.io.stderr(`autopilot: ${signal} again: exiting now; rows in flight return to PENDING when their lease ends`);
            process.exit(128 + external_node_os_.constants.signals[signal]);
        },
    });
    try {
        const result = await runExecutorFor(ctx, ctx.config.mode, cancel.signal);
        ctx.say(describeRun(result));
        ctx.result({ ...result, usage: runUsage(result.items) });
        const signal = cancel.received();
        if (result.conclusion === 'cancelled' && signal)
            return 128 + external_node_os_.constants.signals[signal];
        return result.conclusion === 'success' ? 0 : 1;
    }
    finally {
        cancel.dispose();
    }
}


/***/ }),

/***/ 5514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ normalizeTitle)
/* harmony export */ });
// Titles compared case- and space-insensitively. Apart from text.ts (which
// loads marked and sanitize-html) so the executor can compare titles at
// claim time without loading the renderer.
function normalizeTitle(title) {
    return title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 8197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ abortOnSignals)
/* harmony export */ });
function abortOnSignals(options) {
    const source = options.source ?? process;
    const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
    const controller = new AbortController();
    let first;
    const listener = (signal) => {
        if (first === undefined) {
            first = signal;
            options.log.warn(`${signal} received: finishing the items in flight, claiming no more`);
            controller.abort(new Error(`cancelled by ${signal}`));
            return;
        }
        if (options.onRepeat)
            options.onRepeat(signal);
        else
            options.log.warn(`${signal} received again: still finishing the items in flight`);
    };
    for (const s of signals)
        source.on(s, listener);
    return {
        signal: controller.signal,
        received: () => first,
        dispose: () => {
            for (const s of signals)
                source.off(s, listener);
        },
    };
}


/***/ }),

/***/ 7851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _F: () => (/* binding */ resolveOtlpConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_SERVICE_NAME, parseKeyValueList */
const DEFAULT_SERVICE_NAME = 'shopify-blog-autopilot';
const DEFAULT_TIMEOUT_MS = 10_000;
const get = (env, name) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
};
/** `k1=v1,k2=v2` with percent-encoded values (the format of OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES). */
function parseKeyValueList(text) {
    const out = {};
    for (const part of (text ?? '').split(',')) {
        const at = part.indexOf('=');
        if (at <= 0)
            continue;
        const key = part.slice(0, at).trim();
        const raw = part.slice(at + 1).trim();
        if (!key)
            continue;
        try {
            out[key] = decodeURIComponent(raw);
        }
        catch {
            out[key] = raw;
        }
    }
    return out;
}
function metricsUrl(env) {
    const specific = get(env, 'OTEL_EXPORTER_OTLP_METRICS_ENDPOINT');
    if (specific)
        return specific; // used as is, per the spec
    const base = get(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    if (!base)
        return undefined;
    return `${base.replace(/\/+$/, '')}/v1/metrics`;
}
function timeout(env) {
    for (const name of ['OTEL_EXPORTER_OTLP_METRICS_TIMEOUT', 'OTEL_EXPORTER_OTLP_TIMEOUT']) {
        const value = Number(get(env, name));
        if (Number.isFinite(value) && value > 0)
            return value;
    }
    return DEFAULT_TIMEOUT_MS;
}
/**
 * Whether to export and where. The default protocol is http/json, like the
 * JavaScript HTTP exporter this uses (the spec's default is http/protobuf;
 * collectors accept both on port 4318): set OTEL_EXPORTER_OTLP_PROTOCOL to
 * choose. gRPC is not offered.
 */
function resolveOtlpConfig(env) {
    if (get(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true')
        return { enabled: false, reason: 'OTEL_SDK_DISABLED=true' };
    if (get(env, 'OTEL_METRICS_EXPORTER')?.toLowerCase() === 'none')
        return { enabled: false, reason: 'OTEL_METRICS_EXPORTER=none' };
    const url = metricsUrl(env);
    if (!url)
        return { enabled: false, reason: 'no OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_METRICS_ENDPOINT set' };
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
            throw new Error('not http(s)');
    }
    catch {
        return {
            enabled: false,
            reason: 'bad endpoint',
            error: `OTLP endpoint "${url}" is not a valid http(s) URL (OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_METRICS_ENDPOINT)`,
        };
    }
    const protocol = (get(env, 'OTEL_EXPORTER_OTLP_METRICS_PROTOCOL') ??
        get(env, 'OTEL_EXPORTER_OTLP_PROTOCOL') ??
        'http/json').toLowerCase();
    if (protocol !== 'http/json' && protocol !== 'http/protobuf') {
        return {
            enabled: false,
            reason: 'unsupported protocol',
            error: `OTEL_EXPORTER_OTLP_PROTOCOL "${protocol}" is not supported: expected http/json or http/protobuf`,
        };
    }
    const resource = parseKeyValueList(get(env, 'OTEL_RESOURCE_ATTRIBUTES'));
    resource['service.name'] = get(env, 'OTEL_SERVICE_NAME') ?? resource['service.name'] ?? DEFAULT_SERVICE_NAME;
    return {
        enabled: true,
        config: {
            url,
            protocol,
            timeoutMillis: timeout(env),
            headers: {
                ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_HEADERS')),
                ...parseKeyValueList(get(env, 'OTEL_EXPORTER_OTLP_METRICS_HEADERS')),
            },
            resource,
        },
    };
}


/***/ }),

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildVersionStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _data_plane__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8687);
/* harmony import */ var _github_options__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18);
// Where the update path keeps an article's previous versions (VersionStore),
// with the queue: `versions.jsonl` on the state branch when the queue is
// there (repo), `<state>/versions.jsonl` when it is the local file. With
// Sheets, the state branch in an action (a runner's folder is gone after the
// job) and wherever a GitHub token and repository are configured, so the CLI
// finds what the workflows kept; else the state folder. Not a Versions tab:
// a kept version holds a whole article body, and a Sheets cell holds at most
// 50,000 characters. Each adapter is loaded on first use: a run that updates
// nothing never loads it (issue 12).



function lazy(where, make) {
    let store;
    const get = () => {
        store ??= make().catch((error) => {
            store = undefined;
            throw error;
        });
        return store;
    };
    return {
        where,
        append: async (version) => (await get()).append(version),
        latest: async (itemId) => (await get()).latest(itemId),
    };
}
function buildVersionStore(config, ctx) {
    const backend = (0,_data_plane__WEBPACK_IMPORTED_MODULE_1__/* .queueBackendOf */ .z3)(config, ctx.controlPlane);
    const onBranch = backend === 'repo' ||
        (backend === 'sheets' && (ctx.controlPlane === 'actions' || Boolean(config.githubToken && config.repository)));
    if (!onBranch) {
        return lazy((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.paths.root, 'versions.jsonl'), async () => {
            const { JsonlVersionStore } = await Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(4178)]).then(__webpack_require__.bind(__webpack_require__, 4178));
            return new JsonlVersionStore({ stateDir: ctx.paths.root, log: ctx.log });
        });
    }
    return lazy(`${config.repository ?? 'the repository'}:versions.jsonl@${config.stateBranch}`, async () => {
        const { GitHubRepoVersionStore } = await Promise.all(/* import() */[__webpack_require__.e(3648), __webpack_require__.e(8816), __webpack_require__.e(9601), __webpack_require__.e(7050), __webpack_require__.e(1982)]).then(__webpack_require__.bind(__webpack_require__, 1982));
        return new GitHubRepoVersionStore({ ...(0,_github_options__WEBPACK_IMPORTED_MODULE_2__/* .gitHubOptions */ .u)(config, ctx), branch: config.stateBranch, logger: ctx.log });
    });
}


/***/ })

};
