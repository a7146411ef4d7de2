// Changes asked for together are written together (one lock, one append, one
// fsync): each plan sees the changes planned before it, a plan that throws
// fails alone, and every change is in the journal — durable, read by another
// process's store — by the time it is answered.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteArticle } from '../../../packages/core/src/adapters/local/site-articles';
import { readSiteArticles, SiteStore } from '../../../packages/core/src/adapters/local/site-store';

const article = (id: string, itemId: string): SiteArticle => {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id,
    item_id: itemId,
    handle: itemId,
    title: `Title ${itemId}`,
    summary: '',
    body_html: '<p>x</p>',
    tags: [],
    author: '',
    meta_title: '',
    meta_description: '',
    image_url: '',
    image_alt: '',
    language: '',
    publish_at: null,
    status: 'draft',
    created_at: at,
    updated_at: at,
    published_at: null,
  };
};

describe('local site store: changes asked for together', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'site-group-'));
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  it('plans them in order, each seeing the ones before it, and answers each once its record is in the journal', async () => {
    const store = new SiteStore(stateDir, 10_000);
    const seen: string[] = [];
    const create = (itemId: string) =>
      store.transact((lookup) => {
        const id = lookup.nextId();
        seen.push(id);
        return { touched: [article(id, itemId)], result: id };
      });
    const answers = await Promise.all(
      ['a', 'b', 'c', 'd'].map(async (itemId) => {
        const id = await create(itemId);
        // Durable when answered: another store (another process) reads it from the files.
        const onDisk = await readSiteArticles(stateDir);
        expect(onDisk.map((a) => a.id)).toContain(id);
        return id;
      }),
    );
    expect(answers).toEqual(['local-1', 'local-2', 'local-3', 'local-4']);
    expect(seen).toEqual(answers);
    const journal = (await readFile(join(stateDir, 'site', 'articles.jsonl'), 'utf8')).trim().split('\n');
    expect(journal.map((line) => JSON.parse(line).item_id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails a plan that throws alone; the others of its commit are written', async () => {
    const store = new SiteStore(stateDir, 10_000);
    const results = await Promise.allSettled([
      store.transact((lookup) => ({ touched: [article(lookup.nextId(), 'a')], result: 'a' })),
      store.transact(() => {
        throw new Error('refused');
      }),
      store.transact((lookup) => ({ touched: [article(lookup.nextId(), 'c')], result: 'c' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused');
    expect((await readSiteArticles(stateDir)).map((a) => a.item_id)).toEqual(['a', 'c']);
  });

  it("sees another store's appends on its next read, and reads nothing new when the journal has not moved", async () => {
    const writer = new SiteStore(stateDir, 10_000);
    const reader = new SiteStore(stateDir, 10_000);
    const create = (itemId: string) =>
      writer.transact((lookup) => ({ touched: [article(lookup.nextId(), itemId)], result: undefined }));
    await create('a');
    expect((await reader.all()).map((a) => a.item_id)).toEqual(['a']);
    expect((await reader.all()).map((a) => a.item_id)).toEqual(['a']);
    await create('b');
    expect((await reader.all()).map((a) => a.item_id)).toEqual(['a', 'b']);
    // Compacted by the writer (journal gone, checkpoint replaced), then appended to again.
    await writer.flush();
    await create('c');
    expect((await reader.all()).map((a) => a.item_id)).toEqual(['a', 'b', 'c']);
  });
});
