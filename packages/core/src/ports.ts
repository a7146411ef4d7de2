// The ports of DESIGN §3: one small interface per outside thing. Each has a
// local adapter (files under the state folder) and a real one, and both pass
// the same contract suite in test/contract/.
import type {
  DecisionLogDoc,
  Heartbeat,
  Incident,
  Mode,
  NewQueueRow,
  QueueRow,
  RunLogRow,
  RunRecord,
  Severity,
} from './model';

/** What a queue transaction asks the store to persist. */
export interface QueueChange<T> {
  /** Rows to write back, matched by `row` (their position); other rows are left as they are. */
  update?: QueueRow[];
  /** Rows to add at the end of the table. */
  append?: NewQueueRow[];
  /** Handed back to the caller of `transact`. */
  result: T;
}

export interface QueueStore {
  /** One read of the whole table. */
  list(): Promise<QueueRow[]>;
  /**
   * Read a fresh snapshot, let `plan` (pure, synchronous) decide, persist its
   * changes. Local: under an exclusive cross-process lock, atomic write.
   * Sheets: no compare-and-set — callers re-read what they claimed.
   * Repository file: a compare-and-set on the blob sha; a conflict re-reads
   * and runs `plan` again (so it may run more than once).
   */
  transact<T>(plan: (rows: readonly QueueRow[]) => QueueChange<T>): Promise<T>;
  /**
   * True when a transaction that returned is known to have been applied to
   * the latest table (local lock, repository compare-and-set): a claim needs
   * no re-read to confirm it. Absent: re-read (Sheets).
   */
  readonly exclusive?: boolean;
}

export interface RunLog {
  append(rows: RunLogRow[]): Promise<void>;
  /** Rows with `at` >= since (all when omitted), oldest first, streamed. */
  read(since?: Date): AsyncIterable<RunLogRow>;
}

export interface RunHistory {
  /** The most recent runs, newest first, at most `limit`. */
  recent(limit: number): Promise<RunRecord[]>;
  /** Record or update a run (locally runs.jsonl; a no-op where the host records runs, as GitHub does). */
  record(run: RunRecord): Promise<void>;
}

export interface VariableStore {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  /** Several variables at once, where the backend reads them in one request (undefined: unset). */
  getMany?(names: readonly string[]): Promise<Record<string, string | undefined>>;
}

export type HeartbeatRead =
  | { ok: true; heartbeat: Heartbeat; source: string }
  | { ok: false; reason: 'missing' | 'malformed' | 'unreachable'; detail: string; source: string };

export interface HeartbeatSource {
  read(): Promise<HeartbeatRead>;
}

export interface HeartbeatSink {
  write(heartbeat: Heartbeat): Promise<void>;
}

export interface OpenIncident {
  key: string;
  title: string;
  body: string;
  severity: Severity;
  labels?: string[];
}

export interface IncidentTracker {
  /** The newest incident with this key, open or closed. */
  find(key: string): Promise<Incident | undefined>;
  list(state: 'open' | 'closed' | 'all'): Promise<Incident[]>;
  open(input: OpenIncident): Promise<Incident>;
  comment(incident: Incident, body: string): Promise<Incident>;
  reopen(incident: Incident, body: string): Promise<Incident>;
  close(incident: Incident, body: string): Promise<Incident>;
}

/** What the executor asks a publisher to write: an article's fields, whose item it is, and how it goes out. */
export interface ArticleInput extends ArticleFields {
  item_id: string;
  /** Wanted handle; the publisher may make it distinct if another article holds it. */
  handle: string;
  /** The article's language tag (en, de, pt-BR), when the row names one. */
  language?: string;
  /** When the article is to go live (ISO 8601), for a row whose publish_at is in the future. */
  publishAt?: string;
  published: boolean;
}

export interface ArticleRef {
  id: string;
  item_id: string;
  handle: string;
  title: string;
  url: string;
  status: 'draft' | 'published';
}

export interface ArticleLookup {
  article_id?: string;
  item_id: string;
  handle?: string;
}

export interface Publisher {
  /**
   * Called once at the start of a run, before any row is claimed: get
   * credentials and check the destination exists, so a bad token or a
   * missing blog fails the run at start (a UserError naming the setting)
   * instead of item by item. Optional: the local site has nothing to check.
   */
  prepare?(): Promise<void>;
  /** Stored id first, then handle / item id; only an article owned by `item_id` is returned. */
  find(lookup: ArticleLookup): Promise<ArticleRef | undefined>;
  create(article: ArticleInput): Promise<ArticleRef>;
  update(id: string, article: ArticleInput): Promise<ArticleRef>;
  /**
   * Make an existing draft live without touching its content: a human
   * approved exactly that text (the executor publishes approved drafts so).
   * With a future `publishAt` the store schedules it instead where it can
   * (Shopify: publishDate, shown at that moment; the ref stays 'draft').
   */
  publishDraft(id: string, options?: { publishAt?: string }): Promise<ArticleRef>;
  /**
   * The article's current fields (undefined when it is gone): what the
   * update path keeps as the previous version before it changes a live
   * article, and what a rollback reads back. Optional.
   */
  read?(id: string): Promise<ArticleFields | undefined>;
  /**
   * The blog's articles with their text, for NEAR_DUPLICATE (read once per
   * run). Optional: a publisher without it is not compared against.
   */
  articleTexts?(): Promise<ArticleText[]>;
  /**
   * Work a publisher defers so each article costs the same however many
   * there are (the local site's index and checkpoint): done once, when the
   * executor's items are finished. Optional; what was published before it
   * is durable either way.
   */
  flush?(): Promise<void>;
}

/** An article's content as the store holds it (Publisher.read): what a version keeps. */
export interface ArticleFields {
  handle: string;
  title: string;
  summary: string;
  body_html: string;
  tags: string[];
  author?: string;
  /** The featured image: a URL a human gave (never one a model made up) and its alt text. */
  image?: { url: string; altText: string };
  /** What search engines show: the SEO title and meta description. */
  seo?: { title: string; description: string };
}

/** One kept version of a live article: its fields just before an update changed them. */
export interface ArticleVersion {
  item_id: string;
  article_id: string;
  /** When it was kept (ISO 8601): just before the update. */
  at: string;
  run_id: string;
  fields: ArticleFields;
}

/**
 * The versions journal (append only): locally `<state>/versions.jsonl`, on
 * GitHub `versions.jsonl` on the state branch. Kept beside the run log, whose
 * columns stay as they are.
 */
export interface VersionStore {
  append(version: ArticleVersion): Promise<void>;
  /** The item's newest kept version, if any. */
  latest(itemId: string): Promise<ArticleVersion | undefined>;
}

/** A thing of the shop an article can link to. */
export interface CatalogEntry {
  kind: 'product' | 'collection' | 'page' | 'article';
  handle: string;
  title: string;
  /** Its address on the shop's storefront (https://shop/products/handle). */
  url: string;
}

/** What a link on the shop's own domain points at (from its path). */
export interface CatalogTarget {
  kind: CatalogEntry['kind'];
  handle: string;
  /** The blog's handle, for an article. */
  blog?: string;
}

export interface Catalog {
  /** Host names of the shop's storefront: an absolute link to one of them is internal. */
  readonly hosts: readonly string[];
  /**
   * A few products and collections matching the terms (an item's keywords
   * and the handles in its `links`), with their real URLs. Never throws for
   * a lookup the store refused: that is an empty answer and a warning.
   */
  search(terms: readonly string[], limit?: number): Promise<CatalogEntry[]>;
  /**
   * Whether the product, collection, page or article exists (looked up once
   * per run and cached). `undefined`: it could not be checked (the store
   * refused the lookup), so nobody is told the link is broken.
   */
  exists(target: CatalogTarget): Promise<boolean | undefined>;
}

export interface ArticleText {
  id: string;
  item_id: string;
  title: string;
  body_html: string;
}

export interface Draft {
  title: string;
  summary: string;
  body_markdown: string;
  tags: string[];
  /** SEO title (≤ 60 characters); the row's, else the model's, else the title. */
  meta_title?: string;
  /** Meta description (70–160 characters); the row's, else the model's, else the summary. */
  meta_description?: string;
  /** The featured image's URL: only ever from the row or front matter, never from a model. */
  image_url?: string;
  /** The featured image's alt text; the row's, else the model's. */
  image_alt?: string;
  author?: string;
  language?: string;
}

export interface Finding {
  code: string;
  message: string;
}

export interface GenerateRequest {
  item: {
    id: string;
    title: string;
    brief: string;
    keywords: string[];
    /** The row's language tag, when it names one: the article is written in it. */
    language?: string;
    /** The row's image, so the model can describe it in the alt text (the URL itself is never the model's). */
    image_url?: string;
    /** Products or collections to feature, by handle. */
    links?: string[];
    /** The shop's products and collections matching the item, with their real URLs (to link to). */
    catalog?: CatalogEntry[];
  };
  /** Present on an auto-fix pass: the draft to fix and what the validator found. */
  fix?: { draft: Draft; findings: Finding[] };
}

export interface Usage {
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
}

export interface Generator {
  generate(request: GenerateRequest): Promise<{ draft: Draft; usage: Usage }>;
}

export interface Notification {
  run_id: string;
  trace_id?: string;
  task: string;
  status: string;
  title: string;
  outputs_uri?: string;
  log_excerpt: string;
}

export interface Notifier {
  /** Never throws: a failed notification never fails the run. */
  notify(message: Notification): Promise<{ delivered: boolean; error?: string }>;
}

export interface DecisionLog {
  read(): Promise<DecisionLogDoc>;
  /** Writes only when the content changes. */
  write(doc: DecisionLogDoc): Promise<{ changed: boolean }>;
}

export interface Dispatcher {
  /** Start a run of the publish workflow (locally: the executor in-process). */
  dispatch(mode: Mode): Promise<{ run_id?: string; url?: string }>;
  /** Runs queued or in progress now. */
  active(): Promise<RunRecord[]>;
  /** The active runs among runs just read from the RunHistory, where they say it (saves a second read). */
  activeAmong?(runs: readonly RunRecord[]): RunRecord[];
}

/** Fields a log event may carry. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  /** Something a human should see (an annotation in Actions). */
  notice(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export type Clock = () => Date;
