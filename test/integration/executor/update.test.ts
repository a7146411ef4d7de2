// The update path (issue 11): a PUBLISHED row a human marks UPDATE is
// re-published in place — same article, same handle, still live — with the
// previous version kept first in versions.jsonl; a second run with the same
// content changes nothing; a gate block leaves the live article untouched.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonlVersionStore } from '../../../packages/core/src/adapters/local/versions-jsonl';
import { ServiceError } from '../../../packages/core/src/errors';
import type { ArticleVersion } from '../../../packages/core/src/ports';
import { createWorld, goodMarkdown, MINUTE, pendingRow, type World } from './world';

const ENABLED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

async function versionLines(w: World): Promise<ArticleVersion[]> {
  const text = await readFile(join(w.stateDir, 'versions.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ArticleVersion);
}

/** A world with one live article (row boots PUBLISHED) and a version store. */
async function published(publisher?: Parameters<typeof createWorld>[0]['publisher']): Promise<World> {
  const w = await createWorld({ rows: [pendingRow('boots', { approval: 'approved' })], vars: ENABLED, publisher });
  w.deps.versions = new JsonlVersionStore({ stateDir: w.stateDir });
  await w.run({ mode: 'publish' }); // drafted: require-approval is on
  await w.run({ mode: 'publish' }); // the approved draft goes live
  expect(await w.row('boots')).toMatchObject({ status: 'PUBLISHED' });
  return w;
}

describe('executor: UPDATE re-publishes a live article in place', () => {
  it('updates the same article (same id and handle), keeps the previous version, and the row is PUBLISHED again', async () => {
    world = await published();
    const before = (await world.articles()).find((a) => a.item_id === 'boots');
    expect(before?.status).toBe('published');
    const newBody = goodMarkdown(['winter boots'], 'A new paragraph about waterproof leather boots.');
    world.clock.advance(5 * MINUTE);
    await world.edit('boots', { status: 'UPDATE', content: newBody, title: 'Guide boots, revised' });

    const result = await world.run({ mode: 'publish' });
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['boots', 'published']]);
    expect(result.items[0]?.message).toMatch(
      /^updated live article guide-boots in place \(title, .*body.*\); previous version kept/,
    );
    const after = (await world.articles()).filter((a) => a.item_id === 'boots');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: before?.id,
      handle: before?.handle,
      status: 'published',
      title: 'Guide boots, revised',
    });
    expect(after[0]?.body_html).toContain('waterproof leather boots');
    expect(await world.row('boots')).toMatchObject({
      status: 'PUBLISHED',
      article_id: before?.id,
      handle: before?.handle,
    });

    const versions = await versionLines(world);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ item_id: 'boots', article_id: before?.id, run_id: 'run-3' });
    expect(versions[0]?.fields).toMatchObject({
      title: before?.title,
      body_html: before?.body_html,
      handle: before?.handle,
    });
    const runLog = await world.runLogRows();
    expect(runLog.at(-1)).toMatchObject({ item_id: 'boots', outcome: 'published', article_id: before?.id });
  });

  it('is idempotent: UPDATE again with the same content writes nothing and keeps no second version', async () => {
    world = await published();
    await world.edit('boots', { status: 'UPDATE', content: goodMarkdown(['winter boots'], 'Revised once.') });
    await world.run({ mode: 'publish' });
    const once = (await world.articles()).find((a) => a.item_id === 'boots');
    const content = (await world.row('boots')).content;
    world.clock.advance(10 * MINUTE);
    await world.edit('boots', { status: 'UPDATE', content });

    const result = await world.run({ mode: 'publish' });
    expect(result.items[0]).toMatchObject({ outcome: 'published', message: expect.stringMatching(/^unchanged: /) });
    const twice = (await world.articles()).find((a) => a.item_id === 'boots');
    expect(twice?.updated_at).toBe(once?.updated_at);
    expect(await versionLines(world)).toHaveLength(1);
    expect(await world.row('boots')).toMatchObject({ status: 'PUBLISHED' });
  });

  it('a gate block leaves the live article untouched and the row BLOCKED with the reason; no version is kept', async () => {
    world = await published();
    const before = (await world.articles()).find((a) => a.item_id === 'boots');
    await world.edit('boots', { status: 'UPDATE', content: 'Too short to publish.' });

    const result = await world.run({ mode: 'publish' });
    expect(result.items[0]?.outcome).toBe('blocked');
    const row = await world.row('boots');
    expect(row.status).toBe('BLOCKED');
    expect(row.notes).toMatch(/^\[[A-Z_, ]*BODY_TOO_SHORT/);
    expect((await world.articles()).find((a) => a.item_id === 'boots')).toEqual(before);
    expect(await versionLines(world)).toHaveLength(0);
  });

  it('is not taken in review mode, nor unapproved with require-approval on', async () => {
    world = await published();
    await world.edit('boots', { status: 'UPDATE', approval: 'pending', content: goodMarkdown(['winter boots'], 'X.') });
    expect((await world.run({ mode: 'review' })).items).toEqual([]);
    expect((await world.run({ mode: 'publish' })).items).toEqual([]);
    expect(await world.row('boots')).toMatchObject({ status: 'UPDATE' });
  });

  it('a store failure during the update is retried as UPDATE, never FAILED or PUBLISHED over the live article', async () => {
    let failUpdates = 1;
    world = await published((site) =>
      Object.assign(Object.create(site), {
        update: async (...args: Parameters<typeof site.update>) => {
          if (failUpdates-- > 0) throw new ServiceError('shopify', 'Shopify answered 503 three times');
          return site.update(...args);
        },
      }),
    );
    failUpdates = 1;
    const before = (await world.articles()).find((a) => a.item_id === 'boots');
    await world.edit('boots', { status: 'UPDATE', content: goodMarkdown(['winter boots'], 'Changed text.') });

    const result = await world.run({ mode: 'publish' });
    expect(result.items[0]).toMatchObject({ outcome: 'retry', codes: ['SHOPIFY_UNAVAILABLE'] });
    expect(await world.row('boots')).toMatchObject({ status: 'UPDATE', next_attempt_at: expect.any(String) });
    expect((await world.articles()).find((a) => a.item_id === 'boots')?.body_html).toBe(before?.body_html);

    world.clock.advance(60 * MINUTE);
    const again = await world.run({ mode: 'publish' });
    expect(again.items[0]?.outcome).toBe('published');
    expect((await world.articles()).find((a) => a.item_id === 'boots')?.body_html).toContain('Changed text.');
    expect(await world.row('boots')).toMatchObject({ status: 'PUBLISHED' });
  });
});
