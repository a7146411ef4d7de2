import type { ContentThresholds } from '../../domain/content';
import type { RowProblem, Shard } from '../../domain/queue';
import type { GateVerdict, Mode, Outcome, RunConclusion } from '../../model';
import type {
  Catalog,
  Clock,
  Generator,
  Logger,
  Publisher,
  QueueStore,
  RunHistory,
  RunLog,
  Usage,
  VariableStore,
  VersionStore,
} from '../../ports';

export interface ExecutorDeps {
  queue: QueueStore;
  runLog: RunLog;
  runs: RunHistory;
  vars: VariableStore;
  publisher: Publisher;
  /** Absent: rows without ready content end BLOCKED, saying what to configure. */
  generator?: Generator;
  /** The shop's products, collections, pages and articles (internal links); absent: not looked up. */
  catalog?: Catalog;
  /** Where an UPDATE keeps the live article's previous version; absent: not kept (the message says so). */
  versions?: VersionStore;
  /** Reads a row's content_path (resolved and confined by the host). */
  readContent: (contentPath: string) => Promise<string>;
  log: Logger;
  now: Clock;
  random: () => number;
  /** Waits between retries of a queue or run-log write (default: a real timer). */
  sleep?: (ms: number) => Promise<void>;
}

export interface ExecutorOptions {
  mode: Mode;
  runId: string;
  traceId: string;
  /** Lease owner: who is working (host and run). */
  owner: string;
  maxItems: number;
  concurrency: number;
  timeBudgetSeconds: number;
  leaseSeconds: number;
  maxAttempts: number;
  maxFixPasses: number;
  requireApproval: boolean;
  /** The IANA zone a publish_at without a zone is read in (the `timezone` setting; default UTC). */
  timeZone?: string;
  backoff: { scheduleSeconds: number[]; jitter: number };
  thresholds: ContentThresholds;
  author?: string;
  /** Link to the run, for notes. */
  runUrl?: string;
  /**
   * Cancellation (SIGINT/SIGTERM in the hosts): once aborted, no new item is
   * claimed; items in flight finish and are written; the run ends `cancelled`.
   */
  signal?: AbortSignal;
  /** This run's part of the queue (`shard: k/n`); absent: all of it. */
  shard?: Shard;
  /** Rows one claim may take (default: concurrency × 5, at least 10); a single worker's first claim takes one. */
  claimBatch?: number;
  /** The longest a finished item's outcome waits to be written, in ms (default 15 s; it also goes with the next claim and at the end). */
  flushIntervalMs?: number;
}

export interface ItemResult {
  item_id: string;
  row: number;
  title: string;
  outcome: Outcome;
  gate: GateVerdict | '';
  codes: string[];
  message: string;
  attempts: number;
  duration_ms: number;
  usage: Usage;
  article_id: string;
  article_url: string;
}

export type OutcomeCounts = Record<Outcome | 'processed', number>;

export interface ExecutorResult {
  run_id: string;
  requested_mode: Mode;
  mode: Mode;
  /** Why publish was downgraded to review, when it was. */
  downgraded?: string;
  /** Whether publishing needed a human's approval in this run (setting and REQUIRE_APPROVAL variable, the stricter winning). */
  require_approval?: boolean;
  items: ItemResult[];
  problems: RowProblem[];
  recovered: number;
  rejected: number;
  counts: OutcomeCounts;
  conclusion: RunConclusion;
  started_at: string;
  finished_at: string;
  /** True when the time budget stopped claiming before max-items. */
  budget_spent: boolean;
  /**
   * Errors of the run outside any single item's outcome — a claim or a
   * run-log write the store refused — each a message for a human. Any makes
   * the run a failure. Absent or empty when there were none.
   */
  errors?: string[];
}
