// What a draft is compared with for NEAR_DUPLICATE, within one run: the
// blog's articles (read once, when the publisher can list them), the text of
// other queue rows (inline content, or content_path read once per path), and
// the drafts of this run that passed. A source that cannot be read is left
// out with a warning: a missing comparison never fails an item. Queue rows
// with a problem are left out too (they are not items until fixed).
import type { CorpusEntry } from '../../domain/content';
import { parseQueueRow } from '../../domain/queue';
import { errorMessage } from '../../errors';
import type { QueueRow } from '../../model';
import type { Draft, Logger, Publisher } from '../../ports';

export interface RunCorpus {
  /** Everything but the item's own texts, as of now. */
  entries(itemId: string, rows: readonly QueueRow[]): Promise<CorpusEntry[]>;
  /** A draft of this run that passed. */
  add(itemId: string, draft: Draft): void;
}

export function createRunCorpus(deps: {
  publisher: Publisher;
  readContent: (contentPath: string) => Promise<string>;
  log: Logger;
}): RunCorpus {
  let blog: Promise<CorpusEntry[]> | undefined;
  const files = new Map<string, Promise<string | undefined>>();
  const passed = new Map<string, CorpusEntry>();

  const readBlog = (): Promise<CorpusEntry[]> => {
    blog ??= (deps.publisher.articleTexts?.() ?? Promise.resolve([])).then(
      (articles) =>
        articles.map((a) => ({
          itemId: a.item_id,
          label: `article "${a.title}" (item ${a.item_id})`,
          text: a.body_html,
        })),
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

  return {
    async entries(itemId, rows) {
      const queue = await Promise.all(
        rows
          // A row with a problem (a mistyped priority) is not an item until a human fixes it; then it is compared itself.
          .filter((row) => row.id.trim() && row.id.trim() !== itemId && parseQueueRow(row).ok)
          .map(async (row): Promise<CorpusEntry | undefined> => {
            const text = row.content.trim()
              ? row.content
              : row.content_path.trim()
                ? await readFile(row.content_path.trim())
                : undefined;
            return text?.trim()
              ? { itemId: row.id.trim(), label: `queue row ${row.row} (id "${row.id.trim()}")`, text }
              : undefined;
          }),
      );
      const run = [...passed.values()].filter((entry) => entry.itemId !== itemId);
      return [...(await readBlog()), ...queue.filter((e): e is CorpusEntry => e !== undefined), ...run];
    },
    add(itemId, draft) {
      passed.set(itemId, {
        itemId,
        label: `this run's draft for item ${itemId} ("${draft.title}")`,
        text: draft.body_markdown,
      });
    },
  };
}
