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
// added once. So an item costs the same in a queue of 100 rows or 10,000.
import { type Corpus, type CorpusEntry, emptyShingleIndex, indexEntry, unindexEntry } from '../../domain/content';
import { parseQueueRow } from '../../domain/queue';
import { errorMessage } from '../../errors';
import type { QueueRow } from '../../model';
import type { Draft, Logger, Publisher } from '../../ports';

export interface RunCorpus {
  /** Everything but the item's own texts, as of now; with the run's shingle index of it all. */
  entries(itemId: string, rows: readonly QueueRow[]): Promise<Corpus>;
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

// Where each source stands in the corpus (the first of two equally similar entries is named): blog, queue, run.
const QUEUE_ORDER = 2 ** 32;
const RUN_ORDER = 2 * 2 ** 32;

export function createRunCorpus(deps: {
  publisher: Publisher;
  readContent: (contentPath: string) => Promise<string>;
  log: Logger;
}): RunCorpus {
  const index = emptyShingleIndex();
  let blog: Promise<CorpusEntry[]> | undefined;
  const files = new Map<string, Promise<string | undefined>>();
  const passed = new Map<string, { entry: CorpusEntry; order: number }>();
  const queue = new Map<number, RowState>();
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

  /** Brings the queue's part of the index to `rows`; the item's own row may be missing from them (it stays). */
  const update = async (itemId: string, rows: readonly QueueRow[]): Promise<void> => {
    const seen = ++snapshot;
    const changed: RowState[] = [];
    for (const row of rows) {
      const state = queue.get(row.row);
      if (state?.row === row) {
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
      changed.push(next);
    }
    for (const [number, state] of queue)
      if (state.seen !== seen && state.id !== itemId) {
        queue.delete(number);
        unindexEntry(index, `queue:${number}`);
      }
    await Promise.all(
      changed.map(async (state) => {
        const text =
          !state.id || !state.valid
            ? undefined
            : state.content.trim()
              ? state.content
              : state.contentPath
                ? await readFile(state.contentPath)
                : undefined;
        state.entry = text?.trim()
          ? { itemId: state.id, label: `queue row ${state.row.row} (id "${state.id}")`, text }
          : undefined;
        // A newer snapshot may have replaced this row meanwhile: only the state still held is indexed.
        if (queue.get(state.row.row) !== state) return;
        if (state.entry) indexEntry(index, `queue:${state.row.row}`, state.entry, QUEUE_ORDER + state.row.row);
        else unindexEntry(index, `queue:${state.row.row}`);
      }),
    );
  };

  return {
    async entries(itemId, rows) {
      const articles = await readBlog();
      const done = updating.then(() => update(itemId, rows));
      updating = done.catch(() => undefined);
      await done;
      const list: CorpusEntry[] = [...articles];
      for (const row of rows) {
        const entry = queue.get(row.row)?.entry;
        if (entry && entry.itemId !== itemId) list.push(entry);
      }
      for (const { entry } of passed.values()) if (entry.itemId !== itemId) list.push(entry);
      // The index rides along unlisted: the entries compare and print as the plain list they are.
      return Object.defineProperty(list, 'index', { value: index, enumerable: false }) as Corpus;
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
