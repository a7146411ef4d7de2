// The update path against the fake Shopify server (issue 11): an UPDATE row
// is sent as articleUpdate on the same article (no articleCreate, the handle
// untouched, still published), the article's fields read with ArticleRead
// kept first; the same content again sends no articleUpdate at all.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonlVersionStore } from '../../../packages/core/src/adapters/local/versions-jsonl';
import type { ArticleVersion } from '../../../packages/core/src/ports';
import type { FakeShopify } from '../../fakes/shopify-server';
import { createShopifyWorld, goodMarkdown, MINUTE, pendingRow, type World } from './world';

const ENABLED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
let world: World | undefined;
let fake: FakeShopify | undefined;
afterEach(async () => {
  await world?.cleanup();
  await fake?.close();
  world = undefined;
  fake = undefined;
});

describe('executor: UPDATE on Shopify', () => {
  it('articleUpdate on the same article and handle after keeping its fields; the same content again sends nothing', async () => {
    const made = await createShopifyWorld({ rows: [pendingRow('boots', { approval: 'approved' })], vars: ENABLED });
    ({ fake, world } = made);
    const store = made.fake;
    world.deps.versions = new JsonlVersionStore({ stateDir: world.stateDir });
    await world.run({ mode: 'publish', requireApproval: false });
    const first = store.articles[0];
    expect(first).toMatchObject({ isPublished: true });
    const before = { id: first?.id, handle: first?.handle, body: first?.body, title: first?.title };

    world.clock.advance(5 * MINUTE);
    await world.edit('boots', {
      status: 'UPDATE',
      title: 'A new title that would slug differently',
      content: goodMarkdown(['winter boots'], 'A paragraph added on review.'),
    });
    const creates = store.calls.filter((c) => c.operation === 'ArticleCreate').length;
    const result = await world.run({ mode: 'publish', requireApproval: false });
    expect(result.items[0]).toMatchObject({ outcome: 'published', article_id: before.id });
    expect(store.articles).toHaveLength(1);
    expect(store.calls.filter((c) => c.operation === 'ArticleCreate')).toHaveLength(creates);
    const update = store.calls.filter((c) => c.operation === 'ArticleUpdate').at(-1);
    expect(update?.variables.id).toBe(before.id);
    expect(update?.variables.article).not.toHaveProperty('handle');
    expect(update?.variables.article).not.toHaveProperty('publishDate');
    expect(store.articles[0]).toMatchObject({
      id: before.id,
      handle: before.handle,
      isPublished: true,
      title: 'A new title that would slug differently',
    });
    expect(store.articles[0]?.body).toContain('A paragraph added on review.');
    // The read came before the write, and what it read is the kept version.
    const ops = store.calls.map((c) => c.operation);
    expect(ops.lastIndexOf('ArticleRead')).toBeLessThan(ops.lastIndexOf('ArticleUpdate'));
    const text = await readFile(join(world.stateDir, 'versions.jsonl'), 'utf8');
    const kept = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ArticleVersion);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.fields).toMatchObject({ handle: before.handle, title: before.title, body_html: before.body });
    expect(await world.row('boots')).toMatchObject({ status: 'PUBLISHED', handle: before.handle });

    // Same content again: read, compared, nothing sent.
    const updates = store.calls.filter((c) => c.operation === 'ArticleUpdate').length;
    await world.edit('boots', { status: 'UPDATE' });
    const again = await world.run({ mode: 'publish', requireApproval: false });
    expect(again.items[0]?.message).toMatch(/^unchanged: /);
    expect(store.calls.filter((c) => c.operation === 'ArticleUpdate')).toHaveLength(updates);
    expect((await readFile(join(world.stateDir, 'versions.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });
});
