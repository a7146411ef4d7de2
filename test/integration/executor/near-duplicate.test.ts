// NEAR_DUPLICATE end to end: a draft too much like another queue row's text,
// or like an article the blog already has, is blocked naming the other.
import { afterEach, describe, expect, it } from 'vitest';
import type { SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { renderMarkdown } from '../../../packages/core/src/domain/content';
import { createWorld, goodMarkdown, pendingRow, type World } from './world';

let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: NEAR_DUPLICATE', () => {
  it('blocks two rows whose texts are nearly the same, each naming the other; a different row drafts', async () => {
    const text = goodMarkdown(['winter boots']);
    world = await createWorld({
      rows: [
        pendingRow('boots-a', { content: text }),
        pendingRow('boots-b', { title: 'Another title', content: text.replace('A short guide', 'A brief guide') }),
        pendingRow('socks', { keywords: 'wool socks' }),
      ],
    });
    const result = await world.run();
    expect(result.counts).toMatchObject({ drafted: 1, blocked: 2 });
    const a = await world.row('boots-a');
    const b = await world.row('boots-b');
    expect(a.status).toBe('BLOCKED');
    expect(a.notes).toContain('NEAR_DUPLICATE');
    expect(a.notes).toContain('id "boots-b"');
    expect(b.notes).toContain('id "boots-a"');
    expect((await world.row('socks')).status).toBe('AWAITING_APPROVAL');
  });

  it('blocks a row that repeats an article the blog already has, naming it; an item is never compared with its own article', async () => {
    const text = goodMarkdown(['rain jackets']);
    let site: SitePublisher | undefined;
    world = await createWorld({
      rows: [pendingRow('copy', { title: 'Rain jackets, again', content: text, keywords: 'rain jackets' })],
      publisher: (publisher) => {
        site = publisher;
        return publisher;
      },
    });
    await site?.create({
      item_id: 'old-post',
      handle: 'rain-jackets',
      title: 'Rain jackets explained',
      summary: '',
      body_html: renderMarkdown(text),
      tags: [],
      published: true,
    });
    const result = await world.run({ runId: 'r1' });
    const item = result.items.find((i) => i.item_id === 'copy');
    expect(item).toMatchObject({ outcome: 'blocked', gate: 'BLOCK', codes: ['NEAR_DUPLICATE'] });
    expect(item?.message).toContain('article "Rain jackets explained" (item old-post)');

    // Its own article is not a duplicate of it: once drafted, a rerun of the same item updates it.
    await world.edit('copy', { status: 'PENDING', notes: '', content: goodMarkdown(['rain jackets']) });
    await world.run({ runId: 'r2' });
    await world.edit('copy', { status: 'PENDING' });
    const again = await world.run({ runId: 'r3' });
    expect(again.items.find((i) => i.item_id === 'copy')?.outcome).toBe('drafted');
  });
});
