// What a draft is compared with for NEAR_DUPLICATE, within one run: the
// blog's articles (read once, when the publisher can list them), the text of
// other queue rows (inline content, or content_path read once per path), and
// the drafts of this run that passed. A source that cannot be read is left
// out with a warning: a missing comparison never fails an item. Queue rows
// with a problem are left out too (they are not items until fixed).
//
// Kept once per run as a shingle index (domain/content/rules/shingle-index.ts)
// and updated as it changes: a queue row is shingled again only when its id,
// text or validity changed since the last snapshot, and a passed draft is
// added once; the items of one claim share its snapshot, which is walked once.
// So an item costs the same in a queue of 100 rows or 10,000 (the run's
// first read of the queue's texts and of the blog is once per run). A row
// whose article is already on the blog (drafted, approved, scheduled or
// published) is compared through that article alone: its file is not read
// again every run, and a near duplicate of it is named as the article.
import { emptyShingleIndex, indexEntry, unindexEntry } from '../../domain/content/rules/shingle-index';
import type { Corpus, CorpusEntry } from '../../domain/content/rules/types';
import { parseQueueRow } from '../../domain/queue';
import { errorMessage } from '../../errors';
import { QUEUE_COLUMNS, type QueueRow } from '../../model';
import type { Draft, Logger, Publisher } from '../../ports';

export interface RunCorpus {
  /** Everything but the item's own texts, as of now; with the run's shingle index of it all. */
  entries(itemId: string, rows: readonly QueueRow[]): Promise<Corpus>;
  /**
   * The same corpus as the index alone (its list left empty): what the rule
   * reads. Listing the blog and the queue per item cost the whole queue per item.
   */
  indexed(itemId: string, rows: readonly QueueRow[]): Promise<Corpus>;
  /** A draft of this run that passed. */
  add(itemId: string, draft: Draft): void;
}

/** A queue row as last seen, and what it put in the corpus. */
interface RowState {
  row: QueueRow;
  id: string;
  content: string;
  contentPath: string;
  valid: boolean;
  entry?: CorpusEntry;
  /** The snapshot that last listed it. */
  seen: number;
}

/** Every column the same: nothing of the row changed, however it was read again. */
function sameCells(a: QueueRow, b: QueueRow): boolean {
  if (a.row !== b.row) return false;
  for (const column of QUEUE_COLUMNS) if (a[column] !== b[column]) return false;
  return true;
}

/**
 * `next` is `prev` with at most one row left out and one row added, the
 * same objects otherwise: the rows an item is claimed with are its claim's
 * snapshot less its own row, so items of one claim differ only so.
 * Undefined when it is not (another snapshot: walked whole).
 */
function oneRowApart(
  prev: readonly QueueRow[],
  next: readonly QueueRow[],
): { missing?: QueueRow; extra?: QueueRow } | undefined {
  let missing: QueueRow | undefined;
  let extra: QueueRow | undefined;
  let i = 0;
  let j = 0;
  while (i < prev.length || j < next.length) {
    const a = prev[i];
    const b = next[j];
    if (a !== undefined && a === b) {
      i += 1;
      j += 1;
    } else if (!missing && a !== undefined && prev[i + 1] === b) {
      missing = a;
      i += 1;
    } else if (!extra && b !== undefined && next[j + 1] === a) {
      extra = b;
      j += 1;
    } else if (!missing && !extra && a !== undefined && b !== undefined && prev[i + 1] === next[j + 1]) {
      missing = a;
      extra = b;
      i += 1;
      j += 1;
    } else return undefined;
  }
  // Two rows that swapped places: the same rows.
  return missing === extra ? {} : { missing, extra };
}

// Where each source stands in the corpus (the first of two equally similar entries is named): blog, queue, run.
const QUEUE_ORDER = 2 ** 32;

/** A row in these states has its article on the blog: the blog's copy stands for it. */
const ON_THE_BLOG: ReadonlySet<string> = new Set(['AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED', 'PUBLISHED']);
const RUN_ORDER = 2 * 2 ** 32;

export function createRunCorpus(deps: {
  publisher: Publisher;
  readContent: (contentPath: string) => Promise<string>;
  log: Logger;
}): RunCorpus {
  const index = emptyShingleIndex();
  let blog: Promise<CorpusEntry[]> | undefined;
  /** Item ids of the blog's articles (known once the blog is read). */
  const onBlog = new Set<string>();
  const files = new Map<string, Promise<string | undefined>>();
  const passed = new Map<string, { entry: CorpusEntry; order: number }>();
  const queue = new Map<number, RowState>();
  /** The snapshot the queue's part was last brought to, and the rows kept beside it: the items' own. */
  let lastRows: readonly QueueRow[] | undefined;
  const kept = new Set<number>();
  /** The queue's entries in row order, when they have not changed since. */
  let queueList: CorpusEntry[] | undefined;
  let snapshot = 0;
  // One update of the queue's part at a time: a later one starts from what the earlier left.
  let updating: Promise<void> = Promise.resolve();

  const readBlog = (): Promise<CorpusEntry[]> => {
    blog ??= (deps.publisher.articleTexts?.() ?? Promise.resolve([])).then(
      (articles) => {
        const entries = articles.map((a) => ({
          itemId: a.item_id,
          label: `article "${a.title}" (item ${a.item_id})`,
          text: a.body_html,
        }));
        entries.forEach((entry, i) => {
          indexEntry(index, `blog:${i}`, entry, i);
          onBlog.add(entry.itemId);
        });
        return entries;
      },
      (error) => {
        deps.log.warn(`could not read the blog's articles to compare drafts with: ${errorMessage(error)}`);
        return [];
      },
    );
    return blog;
  };
  const readFile = (path: string): Promise<string | undefined> => {
    let text = files.get(path);
    if (!text) {
      text = deps.readContent(path).catch(() => undefined);
      files.set(path, text);
    }
    return text;
  };

  const drop = (number: number) => {
    queue.delete(number);
    unindexEntry(index, `queue:${number}`);
    queueList = undefined;
  };

  /** The same snapshot as last time, less the item's own row (another item's back): nothing to read or shingle. */
  const follow = (itemId: string, rows: readonly QueueRow[]): boolean => {
    const apart = lastRows && oneRowApart(lastRows, rows);
    if (!apart) return false;
    const { missing, extra } = apart;
    if (missing && missing.id.trim() !== itemId) return false;
    if (extra && queue.get(extra.row)?.row !== extra) return false;
    for (const number of kept)
      if (number === extra?.row) kept.delete(number);
      else if (queue.get(number)?.id !== itemId) {
        kept.delete(number);
        drop(number);
      }
    if (missing) kept.add(missing.row);
    lastRows = rows;
    return true;
  };

  /** Brings the queue's part of the index to `rows`; the item's own row may be missing from them (it stays). */
  const update = async (itemId: string, rows: readonly QueueRow[]): Promise<void> => {
    // The same snapshot as the last item's (the rows of one claim share it): nothing to walk.
    if (rows === lastRows && kept.size === 0) return;
    if (follow(itemId, rows)) return;
    const seen = ++snapshot;
    const changed: RowState[] = [];
    for (const row of rows) {
      const state = queue.get(row.row);
      if (state && (state.row === row || sameCells(state.row, row))) {
        state.row = row;
        state.seen = seen;
        continue;
      }
      const next: RowState = {
        row,
        id: row.id.trim(),
        content: row.content,
        contentPath: row.content_path.trim(),
        // A row with a problem (a mistyped priority) is not an item until a human fixes it; then it is compared itself.
        valid: parseQueueRow(row).ok,
        seen,
      };
      if (
        state &&
        state.id === next.id &&
        state.content === next.content &&
        state.contentPath === next.contentPath &&
        state.valid === next.valid
      ) {
        // The same text under the same id (its status or lease moved): nothing to shingle again.
        state.row = row;
        state.seen = seen;
        continue;
      }
      queue.set(row.row, next);
      queueList = undefined;
      changed.push(next);
    }
    kept.clear();
    for (const [number, state] of queue)
      if (state.seen === seen) continue;
      else if (state.id === itemId) kept.add(number);
      else drop(number);
    lastRows = rows;
    await Promise.all(
      changed.map(async (state) => {
        const covered = ON_THE_BLOG.has(state.row.status.trim().toUpperCase()) && onBlog.has(state.id);
        const text =
          !state.id || !state.valid || covered
            ? undefined
            : state.content.trim()
              ? state.content
              : state.contentPath
                ? await readFile(state.contentPath)
                : undefined;
        state.entry = text?.trim()
          ? { itemId: state.id, label: `queue row ${state.row.row} (id "${state.id}")`, text }
          : undefined;
        if (state.entry) indexEntry(index, `queue:${state.row.row}`, state.entry, QUEUE_ORDER + state.row.row);
        else unindexEntry(index, `queue:${state.row.row}`);
        // A list made while this text was being read lacks it.
        queueList = undefined;
      }),
    );
  };

  /** The blog read and the queue's part brought to `rows`, one update at a time. */
  const prepare = async (itemId: string, rows: readonly QueueRow[]): Promise<CorpusEntry[]> => {
    const articles = await readBlog();
    const done = updating.then(() => update(itemId, rows));
    updating = done.catch(() => undefined);
    await done;
    return articles;
  };
  const withIndex = (list: CorpusEntry[]): Corpus =>
    // The index rides along unlisted: the entries compare and print as the plain list they are.
    Object.defineProperty(list, 'index', { value: index, enumerable: false }) as Corpus;

  return {
    async indexed(itemId, rows) {
      await prepare(itemId, rows);
      return withIndex([]);
    },
    async entries(itemId, rows) {
      const articles = await prepare(itemId, rows);
      queueList ??= [...queue.values()]
        .sort((a, b) => a.row.row - b.row.row)
        .flatMap((state) => (state.entry ? [state.entry] : []));
      const list: CorpusEntry[] = [...articles];
      for (const entry of queueList) if (entry.itemId !== itemId) list.push(entry);
      for (const { entry } of passed.values()) if (entry.itemId !== itemId) list.push(entry);
      return withIndex(list);
    },
    add(itemId, draft) {
      const entry = {
        itemId,
        label: `this run's draft for item ${itemId} ("${draft.title}")`,
        text: draft.body_markdown,
      };
      const order = passed.get(itemId)?.order ?? RUN_ORDER + passed.size;
      passed.set(itemId, { entry, order });
      indexEntry(index, `run:${itemId}`, entry, order);
    },
  };
}
