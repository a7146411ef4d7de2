// The data model of DESIGN §4: queue rows, run-log rows, runs, heartbeat,
// decision log and incidents. Plain data, no behaviour.

/** Every queue state of the state machine (DESIGN §4). */
export const ITEM_STATUSES = [
  'PENDING',
  'IN_PROGRESS',
  'AWAITING_APPROVAL',
  'APPROVED',
  /** Sent to the store with a future publish date: the store shows it then (issue 11). */
  'SCHEDULED',
  'PUBLISHED',
  /**
   * Set by a human on a PUBLISHED row whose content or fields changed: the next
   * publish run re-publishes it in place (same article, same handle), keeping
   * the previous version (VersionStore), then the row is PUBLISHED again.
   */
  'UPDATE',
  'FAILED',
  'BLOCKED',
  'SKIPPED',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const PRIORITIES = ['P0', 'P1', 'P2'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MODES = ['review', 'publish'] as const;
export type Mode = (typeof MODES)[number];

/** The queue's known columns, in the order a new table is written. */
export const QUEUE_COLUMNS = [
  'id',
  'title',
  'brief',
  'keywords',
  'content',
  'content_path',
  // The article's own fields (issue 11), all optional: a human's value wins over the model's.
  'meta_title',
  'meta_description',
  'image_url',
  'image_alt',
  'author',
  'tags',
  /** Products or collections to feature, by handle, separated like keywords. */
  'links',
  'language',
  'priority',
  'publish_at',
  'status',
  'approval',
  'approver',
  'attempts',
  'next_attempt_at',
  'lease_owner',
  'lease_until',
  'article_id',
  'article_url',
  'handle',
  'last_error',
  'notes',
  'updated_at',
  'run_id',
] as const;
export type QueueColumn = (typeof QUEUE_COLUMNS)[number];

/**
 * One queue row as the humans keep it: every known column as text ('' when
 * empty), the unknown columns untouched in `extra`, and `row`, its 1-based
 * position among the data rows (the header is not counted) — the row number
 * messages name and the key a store writes back to.
 */
export type QueueRow = { [K in QueueColumn]: string } & {
  row: number;
  extra: Record<string, string>;
};

/** A row to add: any known columns, the rest default to ''. */
export type NewQueueRow = Partial<{ [K in QueueColumn]: string }> & {
  extra?: Record<string, string>;
};

// scheduled: the article is in the store with a future publish date (the row is SCHEDULED); it goes live then.
export const OUTCOMES = ['published', 'scheduled', 'drafted', 'blocked', 'failed', 'retry', 'skipped'] as const;
/** What happened to one item in one run. `retry` = transient failure, back to PENDING. */
export type Outcome = (typeof OUTCOMES)[number];

export type GateVerdict = 'PASS' | 'RETRY' | 'BLOCK';

/** The run log's columns (append only), in file order. */
export const RUN_LOG_COLUMNS = [
  'at',
  'run_id',
  'trace_id',
  'mode',
  'item_id',
  'outcome',
  'gate',
  'error_codes',
  'attempts',
  'duration_ms',
  'tokens_in',
  'tokens_out',
  'cost_usd',
  'article_id',
] as const;

export interface RunLogRow {
  /** ISO 8601 time of the outcome. */
  at: string;
  run_id: string;
  trace_id: string;
  mode: Mode;
  item_id: string;
  outcome: Outcome;
  /** '' when the item never reached the gate. */
  gate: GateVerdict | '';
  /** Rule or error codes, e.g. ['BODY_TOO_SHORT']. Stored joined by '|'. */
  error_codes: string[];
  attempts: number;
  duration_ms: number;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  article_id: string;
}

export type RunConclusion = 'success' | 'failure' | 'cancelled';

/** One run of the executor (locally a line of runs.jsonl; on GitHub a workflow run). */
export interface RunRecord {
  run_id: string;
  /** 'unknown' when a GitHub run's name does not carry the mode. */
  mode: Mode | 'unknown';
  status: 'queued' | 'in_progress' | 'completed';
  conclusion?: RunConclusion | 'skipped' | 'timed_out' | 'neutral';
  started_at: string;
  finished_at?: string;
  url?: string;
  /** Outcome counts of the run, when known. */
  counts?: Partial<Record<Outcome | 'processed', number>>;
}

export interface Heartbeat {
  /** Unix seconds. */
  timestamp: number;
  iso: string;
  owner: string;
  mode: Mode;
  /** Unix seconds after which the owner gives up ownership by itself. */
  expires_at?: number;
  /** True when the owner handed ownership back (`--release`). */
  released?: boolean;
}

export const DECISIONS = ['continue_publish', 'pause_and_review', 'review_only', 'no_data'] as const;
export type ReconcileDecision = (typeof DECISIONS)[number];

export interface DecisionEntry {
  decision: ReconcileDecision;
  /** Why, as a stable code (reconcile's RECONCILE_REASON_CODES); absent in entries written by hand or before codes. */
  code?: string;
  reason: string;
  at: string;
  metrics: Record<string, number | string | null>;
  /** 'reconcile', or a human's name. */
  by: string;
}

export interface DecisionLogDoc {
  /** The entry of the last change of decision. */
  last_decision: DecisionEntry | null;
  /** Reconcile's latest evaluation, written on every run (same decision or not): what is current. */
  last_evaluation?: DecisionEntry | null;
  /** Bounded; grows only when the decision changes. */
  history: DecisionEntry[];
}

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export interface Incident {
  key: string;
  /** Issue number on GitHub, a file id locally. */
  id: string;
  state: 'open' | 'closed';
  title: string;
  severity: Severity;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at?: string;
  /** Time of the last comment we posted, for repeat throttling. */
  last_comment_at?: string;
  url?: string;
}
