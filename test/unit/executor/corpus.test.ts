import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { Publisher } from '../../../packages/core/src/ports';
import { createRunCorpus } from '../../../packages/core/src/services/executor/corpus';
import { queueRow } from '../queue/rows';

const publisher = (texts?: () => Promise<Array<{ id: string; item_id: string; title: string; body_html: string }>>) =>
  ({ articleTexts: texts }) as unknown as Publisher;

describe('the run corpus (NEAR_DUPLICATE)', () => {
  it("holds the blog's articles, other valid rows' texts (file read once) and this run's drafts, never the item's own", async () => {
    let blogReads = 0;
    const reads: string[] = [];
    const corpus = createRunCorpus({
      publisher: publisher(async () => {
        blogReads += 1;
        return [{ id: 'a1', item_id: 'old', title: 'Old post', body_html: '<p>old text</p>' }];
      }),
      readContent: async (path) => {
        reads.push(path);
        return `text of ${path}`;
      },
      log: createMemoryLogger(),
    });
    const rows = [
      queueRow({ row: 1, id: 'me', content: 'my text' }),
      queueRow({ row: 2, id: 'inline', content: 'inline text' }),
      queueRow({ row: 3, id: 'file', content_path: 'posts/x.md' }),
      queueRow({ row: 4, id: 'bad', content: 'bad text', priority: 'P9' }),
      queueRow({ row: 5, id: 'empty' }),
    ];
    corpus.add('other-run-item', { title: 'Run draft', summary: '', body_markdown: 'run text', tags: [] });
    corpus.add('me', { title: 'Mine', summary: '', body_markdown: 'mine', tags: [] });
    const entries = await corpus.entries('me', rows);
    expect(entries.map((e) => e.label)).toEqual([
      'article "Old post" (item old)',
      'queue row 2 (id "inline")',
      'queue row 3 (id "file")',
      'this run\'s draft for item other-run-item ("Run draft")',
    ]);
    await corpus.entries('inline', rows);
    expect(blogReads).toBe(1);
    expect(reads).toEqual(['posts/x.md']);
  });

  it('a blog that cannot be read is left out with a warning, and a publisher without articleTexts adds nothing', async () => {
    const log = createMemoryLogger();
    const failing = createRunCorpus({
      publisher: publisher(async () => {
        throw new Error('HTTP 503');
      }),
      readContent: async () => '',
      log,
    });
    expect(await failing.entries('x', [])).toEqual([]);
    expect(log.events).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('HTTP 503') }),
    );
    const none = createRunCorpus({ publisher: publisher(undefined), readContent: async () => '', log });
    expect(await none.entries('x', [])).toEqual([]);
  });
});
