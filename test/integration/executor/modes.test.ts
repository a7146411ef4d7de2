// The executor's main paths on the local adapters: review drafts, the
// kill-switch downgrade, publishing, approvals and rejections.
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, goodMarkdown, HOUR, pendingRow, START, type World } from './world';

const ENABLED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('executor: review', () => {
  it('drafts each item: AWAITING_APPROVAL with article id, url and handle, a run-log row each, a success run', async () => {
    world = await createWorld({ rows: [pendingRow('boots'), pendingRow('socks', { keywords: 'wool socks' })] });
    const result = await world.run({ runId: 'review-1' });

    expect(result.mode).toBe('review');
    expect(result.conclusion).toBe('success');
    expect(result.counts).toMatchObject({ processed: 2, drafted: 2, published: 0, blocked: 0 });
    const articles = await world.articles();
    expect(articles).toHaveLength(2);
    for (const id of ['boots', 'socks']) {
      const row = await world.row(id);
      const article = articles.find((a) => a.item_id === id);
      expect(article?.status).toBe('draft');
      expect(row).toMatchObject({
        status: 'AWAITING_APPROVAL',
        approval: 'pending',
        article_id: article?.id,
        handle: article?.handle,
        article_url: `site/articles/${article?.handle}.html`,
        lease_owner: '',
        lease_until: '',
        attempts: '0',
        run_id: 'review-1',
        updated_at: START.toISOString(),
      });
    }

    const log = await world.runLogRows();
    expect(log.map((r) => [r.item_id, r.outcome, r.gate, r.mode, r.run_id]).sort()).toEqual([
      ['boots', 'drafted', 'PASS', 'review', 'review-1'],
      ['socks', 'drafted', 'PASS', 'review', 'review-1'],
    ]);
    expect(log.every((r) => r.trace_id === '0af7651916cd43dd8448eb211c80319c' && r.article_id !== '')).toBe(true);

    // Recorded when it started, then completed: one line in runs.jsonl, the completed one.
    expect(
      world
        .recorded()
        .filter((r) => r.run_id === 'review-1')
        .map((r) => r.status),
    ).toEqual(['in_progress', 'completed']);
    const lines = (await world.runLines()).filter((r) => r.run_id === 'review-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ mode: 'review', conclusion: 'success', counts: { processed: 2, drafted: 2 } });
  });
});

describe('executor: the kill-switch', () => {
  it('downgrades publish to review when ALLOW_PUBLISH is not human_enabled, and says why', async () => {
    world = await createWorld({
      rows: [pendingRow('boots')],
      vars: { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' },
    });
    const result = await world.run({ mode: 'publish', requireApproval: false });

    expect(result.requested_mode).toBe('publish');
    expect(result.mode).toBe('review');
    expect(result.downgraded).toContain('ALLOW_PUBLISH is "human_disabled" (needs "human_enabled")');
    expect(world.log.events.some((e) => e.level === 'warn' && e.message === result.downgraded)).toBe(true);
    expect((await world.row('boots')).status).toBe('AWAITING_APPROVAL');
    expect((await world.articles())[0]?.status).toBe('draft');
    expect((await world.runLogRows())[0]?.mode).toBe('review');
    expect((await world.runLines()).at(-1)?.mode).toBe('review');
  });

  it('names WF_ENABLED too when the workflow is off', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: { ALLOW_PUBLISH: 'human_enabled' } });
    const result = await world.run({ mode: 'publish' });
    expect(result.mode).toBe('review');
    expect(result.downgraded).toContain('WF_ENABLED is "" (needs "true")');
    expect(result.downgraded).not.toContain('ALLOW_PUBLISH');
  });

  it('publishes live with both switches on and no approval required', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    const result = await world.run({ mode: 'publish', requireApproval: false, runId: 'pub-1' });

    expect(result.mode).toBe('publish');
    expect(result.downgraded).toBeUndefined();
    expect(result.counts).toMatchObject({ processed: 1, published: 1 });
    const [article] = await world.articles();
    expect(article?.status).toBe('published');
    expect(await world.row('boots')).toMatchObject({ status: 'PUBLISHED', article_id: article?.id, run_id: 'pub-1' });
    expect((await world.runLogRows())[0]).toMatchObject({ outcome: 'published', mode: 'publish' });
  });

  it('still only drafts a PENDING row in publish mode when approval is required', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    const result = await world.run({ mode: 'publish', requireApproval: true });
    expect(result.mode).toBe('publish');
    expect(result.items[0]?.outcome).toBe('drafted');
    expect((await world.row('boots')).status).toBe('AWAITING_APPROVAL');
    expect((await world.articles())[0]?.status).toBe('draft');
  });
});

describe('executor: approvals', () => {
  it('publishes an APPROVED row’s existing draft: same article, content unchanged, even if the row’s text changed', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    await world.run();
    const [draft] = await world.articles();
    expect(draft?.status).toBe('draft');
    // A human approves, and someone edits the content cell afterwards: the approved text is what goes live.
    await world.edit('boots', {
      status: 'APPROVED',
      content: goodMarkdown(['winter boots'], 'A late edit nobody approved.'),
    });

    world.clock.advance(HOUR);
    const result = await world.run({ mode: 'publish' });
    expect(result.items[0]).toMatchObject({ outcome: 'published', article_id: draft?.id });
    const articles = await world.articles();
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: draft?.id, status: 'published', body_html: draft?.body_html });
    expect(articles[0]?.body_html).not.toContain('late edit');
    expect(await world.row('boots')).toMatchObject({ status: 'PUBLISHED', article_id: draft?.id });
  });

  it('leaves AWAITING_APPROVAL alone under require-approval until approval=approved', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    await world.run();
    const [draft] = await world.articles();

    const waiting = await world.run({ mode: 'publish', requireApproval: true });
    expect(waiting.counts.processed).toBe(0);
    expect(await world.row('boots')).toMatchObject({ status: 'AWAITING_APPROVAL', approval: 'pending' });
    expect((await world.articles())[0]?.status).toBe('draft');

    await world.edit('boots', { approval: 'approved', approver: 'alice' });
    const approved = await world.run({ mode: 'publish', requireApproval: true });
    expect(approved.items.map((i) => [i.item_id, i.outcome])).toEqual([['boots', 'published']]);
    expect(await world.row('boots')).toMatchObject({ status: 'PUBLISHED', article_id: draft?.id, approver: 'alice' });
    expect((await world.articles())[0]).toMatchObject({ id: draft?.id, status: 'published' });
  });

  it('publishes an AWAITING_APPROVAL draft without an approval when approval is not required', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    await world.run();
    const result = await world.run({ mode: 'publish', requireApproval: false });
    expect(result.counts.published).toBe(1);
    expect((await world.row('boots')).status).toBe('PUBLISHED');
  });

  it('parks a rejected row as BLOCKED with a note naming the reviewer, and never publishes it', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    await world.run();
    const [draft] = await world.articles();
    await world.edit('boots', { approval: 'rejected', approver: 'alice' });

    const result = await world.run({ mode: 'publish', requireApproval: false, runId: 'pub-r' });
    expect(result.rejected).toBe(1);
    const row = await world.row('boots');
    expect(row).toMatchObject({ status: 'BLOCKED', run_id: 'pub-r' });
    expect(row.notes).toBe('[REJECTED] rejected by alice');
    expect((await world.articles())[0]?.status).toBe('draft');

    // A rejection is an item outcome like any other: counted, listed, logged, run-logged.
    expect(result.counts).toMatchObject({ processed: 1, blocked: 1, published: 0 });
    expect(result.items).toEqual([
      expect.objectContaining({ item_id: 'boots', outcome: 'blocked', codes: ['REJECTED'], article_id: draft?.id }),
    ]);
    expect(result.items[0]?.message).toContain('rejected by alice');
    expect(result.conclusion).toBe('success');
    const logged = (await world.runLogRows()).filter((r) => r.run_id === 'pub-r');
    expect(logged).toEqual([
      expect.objectContaining({ item_id: 'boots', outcome: 'blocked', error_codes: ['REJECTED'], mode: 'publish' }),
    ]);
    expect((await world.runLines()).at(-1)).toMatchObject({ run_id: 'pub-r', counts: { processed: 1, blocked: 1 } });
    expect(
      world.log.events.some((e) => e.level === 'warn' && e.fields?.item_id === 'boots' && e.message.includes('alice')),
    ).toBe(true);

    // Once BLOCKED it is no longer an outcome of later runs.
    const later = await world.run({ mode: 'publish', requireApproval: false });
    expect(later.counts.processed).toBe(0);
  });
});
