// The run corpus keeps one shingle index for the whole run and follows the
// queue's snapshots: what NEAR_DUPLICATE finds through it is what it finds
// in the plain list of the same entries, and edits, removals and fixes of
// rows between snapshots show in it.
import { describe, expect, it } from 'vitest';
import {
  type Corpus,
  DEFAULT_THRESHOLDS,
  nearDuplicate,
  nearestEntry,
} from '../../../packages/core/src/domain/content';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { Draft, Publisher } from '../../../packages/core/src/ports';
import { createRunCorpus } from '../../../packages/core/src/services/executor/corpus';
import { queueRow } from '../queue/rows';

const tea =
  'Green tea turns bitter when the water is too hot. Use water at about eighty degrees, ' +
  'two grams of leaf for each cup, and steep it for two minutes. Taste it, then adjust the time.';
const boots =
  'Winter boots need a sole that grips on ice, a lining that stays dry, and room for a thick sock. ' +
  'Try them on in the afternoon, when your feet are at their largest, and walk a few steps on a slope.';
const draft = (body_markdown: string): Draft => ({ title: 'T', summary: '', body_markdown, tags: [] });

function corpusOf(files: Record<string, string> = {}) {
  const reads: string[] = [];
  const corpus = createRunCorpus({
    publisher: {
      articleTexts: async () => [{ id: 'a1', item_id: 'old', title: 'Old', body_html: `<p>${boots}</p>` }],
    } as unknown as Publisher,
    readContent: async (path) => {
      reads.push(path);
      const text = files[path];
      if (text === undefined) throw new Error(`no ${path}`);
      return text;
    },
    log: createMemoryLogger(),
  });
  return { corpus, reads };
}

/** NEAR_DUPLICATE's finding for `body` (item `itemId`), or undefined. */
function verdict(corpus: Corpus, itemId: string, body: string, plain = false) {
  const d = draft(body);
  const ctx = {
    itemId,
    keywords: [],
    otherTitles: new Map(),
    thresholds: { ...DEFAULT_THRESHOLDS, nearDuplicateThreshold: 0.6 },
    words: 0,
    // Without the index: the rule indexes the plain list itself.
    corpus: plain ? [...corpus] : corpus,
  };
  return nearDuplicate(d, ctx)[0]?.message;
}

describe('the run corpus: one index for the run', () => {
  it('carries an index with which the rule finds what it finds in the plain list', async () => {
    const { corpus } = corpusOf({ 'posts/tea.md': tea });
    const rows = [
      queueRow({ row: 2, id: 'me', content: 'my own text, not compared with itself at all here' }),
      queueRow({ row: 3, id: 'tea', content_path: 'posts/tea.md' }),
    ];
    const entries = await corpus.entries('me', rows);
    expect(entries.index).toBeDefined();
    expect(verdict(entries, 'me', tea)).toContain('queue row 3 (id "tea")');
    expect(verdict(entries, 'me', tea)).toBe(verdict(entries, 'me', tea, true));
    expect(verdict(entries, 'me', boots)).toContain('article "Old" (item old)');
    expect(verdict(entries, 'me', boots)).toBe(verdict(entries, 'me', boots, true));
    // A draft of this run that passed is compared from then on.
    corpus.add('run-item', draft(`${tea} Then drink it.`));
    const after = await corpus.entries('tea', rows);
    expect(verdict(after, 'tea', tea)).toContain("this run's draft for item run-item");
  });

  it('a row whose article is on the blog is compared through the article: its file is not read again', async () => {
    const { corpus, reads } = corpusOf({ 'posts/old.md': boots, 'posts/tea.md': tea });
    const rows = [
      queueRow({ row: 2, id: 'me', content: 'my own text, not compared with itself at all here' }),
      // Drafted, and its article is on the blog: the blog's copy stands for it.
      queueRow({ row: 3, id: 'old', status: 'AWAITING_APPROVAL', content_path: 'posts/old.md' }),
      // Drafted, but the blog does not list it (a publisher that lists no drafts): read as before.
      queueRow({ row: 4, id: 'tea', status: 'AWAITING_APPROVAL', content_path: 'posts/tea.md' }),
    ];
    const entries = await corpus.entries('me', rows);
    expect(reads).toEqual(['posts/tea.md']);
    expect(verdict(entries, 'me', boots)).toContain('article "Old" (item old)');
    expect(verdict(entries, 'me', tea)).toContain('queue row 4 (id "tea")');
    expect(verdict(entries, 'me', boots)).toBe(verdict(entries, 'me', boots, true));
  });

  it('follows the snapshots: an edited text, a removed row and a fixed row; the own row is never compared', async () => {
    const { corpus, reads } = corpusOf({ 'posts/tea.md': tea });
    const first = [
      queueRow({ row: 2, id: 'a', content: tea }),
      queueRow({ row: 3, id: 'b', content: boots, priority: 'P9' }),
      queueRow({ row: 4, id: 'c', content_path: 'posts/tea.md' }),
    ];
    let entries = await corpus.entries('x', first);
    expect(entries.map((e) => e.label)).toEqual([
      'article "Old" (item old)',
      'queue row 2 (id "a")',
      'queue row 4 (id "c")',
    ]);
    // A row with a problem is left out of the index too, not only the list.
    expect(nearestEntry(entries.index!, `${boots}`, 1, 'x')?.entry.label).toBe('article "Old" (item old)');

    // Row a edited to the boots text, row b fixed, row c gone (the file is not read again).
    const second = [
      queueRow({ row: 2, id: 'a', content: boots }),
      queueRow({ row: 3, id: 'b', content: 'short fixed text of row b for the corpus now', priority: 'P1' }),
    ];
    entries = await corpus.entries('x', second);
    expect(entries.map((e) => e.label)).toEqual([
      'article "Old" (item old)',
      'queue row 2 (id "a")',
      'queue row 3 (id "b")',
    ]);
    expect(verdict(entries, 'x', tea)).toBeUndefined();
    expect(nearestEntry(entries.index!, 'short fixed text of row b for the corpus now', 1, 'x')?.entry.label).toBe(
      'queue row 3 (id "b")',
    );
    expect(reads).toEqual(['posts/tea.md']);

    // The claimed row is missing from its item's snapshot (others): it is never compared with its own item.
    entries = await corpus.entries('a', [second[1]!]);
    expect(verdict(entries, 'a', boots)).toContain('article "Old" (item old)');
    expect(verdict(entries, 'a', boots)).toBe(verdict(entries, 'a', boots, true));
    // The next item of the same claim: its own row out, row 2 back in (the same objects: nothing read again).
    entries = await corpus.entries('b', [second[0]!]);
    expect(nearestEntry(entries.index!, boots, 1, 'old')?.entry.label).toBe('queue row 2 (id "a")');
    expect(entries.map((e) => e.label)).toEqual(['article "Old" (item old)', 'queue row 2 (id "a")']);
    // A row gone that is not the item's own leaves the corpus.
    entries = await corpus.entries('z', []);
    expect(entries.map((e) => e.label)).toEqual(['article "Old" (item old)']);
    expect(verdict(entries, 'z', 'short fixed text of row b for the corpus now')).toBeUndefined();
    expect(reads).toEqual(['posts/tea.md']);
  });
});

describe('the run corpus as its index alone (what the executor passes the rule)', () => {
  it('gives every verdict the listed corpus gives, with no list', async () => {
    const { corpus } = corpusOf({ 'posts/tea.md': tea });
    const rows = [
      queueRow({ row: 2, id: 'old-row', content: boots }),
      queueRow({ row: 3, id: 'tea', content_path: 'posts/tea.md' }),
    ];
    for (const [itemId, body] of [
      ['me', tea],
      ['me', boots],
      ['tea', tea],
      ['old-row', boots],
      ['me', 'a text nobody wrote before, not even once'],
    ] as const) {
      const listed = await corpus.entries(itemId, rows);
      const indexed = await corpus.indexed(itemId, rows);
      expect([...indexed]).toEqual([]);
      expect(verdict(indexed, itemId, body)).toBe(verdict(listed, itemId, body));
    }
  });
});
