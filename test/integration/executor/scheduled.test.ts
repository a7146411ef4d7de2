// Scheduled visibility (issue 11): in publish mode an approved row whose
// publish_at is ahead is sent to Shopify with that publishDate and without
// isPublished (the store shows it then, run or no run); the row is SCHEDULED,
// and the first publish run after publish_at that finds it live marks it
// PUBLISHED. Against the fake Shopify server on the world's clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeShopify } from '../../fakes/shopify-server';
import { createShopifyWorld, createWorld, HOUR, iso, pendingRow, type World } from './world';

const ENABLED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
let world: World | undefined;
let fake: FakeShopify | undefined;
afterEach(async () => {
  await world?.cleanup();
  await fake?.close();
  world = undefined;
  fake = undefined;
});

async function shopifyWorld(rows: Array<Record<string, string>>) {
  const made = await createShopifyWorld({ rows, vars: ENABLED });
  ({ fake, world } = made);
  return made;
}

describe('executor: scheduled visibility on Shopify', () => {
  it('schedules an approved row with a future publish_at, then marks it PUBLISHED once the store shows it', async () => {
    const at = iso(3 * HOUR);
    const { fake, world } = await shopifyWorld([pendingRow('later', { publish_at: at })]);
    const review = await world.run();
    expect(review.items.map((i) => i.outcome)).toEqual(['drafted']);
    await world.edit('later', { approval: 'approved' });

    const early = await world.run({ mode: 'publish', requireApproval: true });
    expect(early.items.map((i) => [i.outcome, i.message])).toEqual([
      ['scheduled', expect.stringContaining(`scheduled for ${at}`)],
    ]);
    expect((await world.row('later')).status).toBe('SCHEDULED');
    const update = fake.calls.filter((c) => c.operation === 'ArticleUpdate').at(-1);
    expect(update?.variables.article).toEqual({ publishDate: at });
    expect(fake.articles[0]).toMatchObject({ isPublished: false, publishedAt: at });
    // The run log says what happened: through the gate and scheduled in the store, not live (yet), not a draft.
    expect((await world.runLogRows()).at(-1)).toMatchObject({ item_id: 'later', outcome: 'scheduled', gate: 'PASS' });
    expect(early.counts).toMatchObject({ scheduled: 1, drafted: 0, published: 0 });

    // Before publish_at, a publish run leaves it alone.
    world.clock.advance(HOUR);
    expect((await world.run({ mode: 'publish' })).counts.processed).toBe(0);

    // No run at publish_at: the store shows it anyway; the next run sees it live.
    world.clock.advance(2 * HOUR + 1000);
    const after = await world.run({ mode: 'publish' });
    expect(after.items.map((i) => i.outcome)).toEqual(['published']);
    expect((await world.row('later')).status).toBe('PUBLISHED');
    // Seen live, not made live: no write after the schedule.
    expect(fake.calls.filter((c) => c.operation === 'ArticleUpdate')).toHaveLength(1);
  });

  it('an approved row whose draft is gone is written again, scheduled', async () => {
    const at = iso(5 * HOUR);
    const { fake, world } = await shopifyWorld([
      pendingRow('fresh', { status: 'APPROVED', approval: 'approved', publish_at: at }),
    ]);
    const run = await world.run({ mode: 'publish' });
    expect(run.items.map((i) => i.outcome)).toEqual(['scheduled']);
    const create = fake.calls.find((c) => c.operation === 'ArticleCreate');
    expect(create?.variables.article).toMatchObject({ publishDate: at });
    expect(create?.variables.article).not.toHaveProperty('isPublished');
    expect((await world.row('fresh')).status).toBe('SCHEDULED');
  });

  it('local site: an approved row with a future publish_at goes SCHEDULED, PUBLISHED after it; one nobody approved waits', async () => {
    const at = iso(2 * HOUR);
    world = await createWorld({
      rows: [pendingRow('approved', { publish_at: at }), pendingRow('unapproved', { publish_at: at })],
      vars: ENABLED,
    });
    await world.run();
    await world.edit('approved', { approval: 'approved' });
    const early = await world.run({ mode: 'publish', requireApproval: false });
    expect(early.items.map((i) => [i.item_id, i.outcome])).toEqual([['approved', 'scheduled']]);
    expect((await world.row('approved')).status).toBe('SCHEDULED');
    expect((await world.row('unapproved')).status).toBe('AWAITING_APPROVAL');
    // The site keeps the draft's publish_at, so its page says "scheduled for …".
    expect((await world.articles()).find((a) => a.item_id === 'approved')?.publish_at).toBe(at);

    world.clock.advance(2 * HOUR);
    const due = await world.run({ mode: 'publish', requireApproval: false });
    expect(due.items.map((i) => [i.item_id, i.outcome]).sort()).toEqual([
      ['approved', 'published'],
      ['unapproved', 'published'],
    ]);
    expect((await world.row('approved')).status).toBe('PUBLISHED');
  });
});
