// require-approval: on by default, honoured from the REQUIRE_APPROVAL
// variable too (the stricter of setting and variable wins), and messages
// that say "approved" only of a row a human approved.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../packages/core/src/config';
import { approvalRequired } from '../../../packages/core/src/domain/queue';
import { executorSummary } from '../../../packages/core/src/host/summaries';
import { createWorld, pendingRow, type World } from './world';

const ENABLED = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' };
let world: World | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('approvalRequired: the setting and the REQUIRE_APPROVAL variable, the stricter wins', () => {
  it.each([
    [true, undefined, true],
    [false, undefined, false],
    [false, '', false],
    [false, 'true', true],
    [false, ' TRUE ', true],
    [false, 'false', false],
    [true, 'false', true],
    [false, 'yes please', true],
  ] as const)('setting %s, variable %j → %s', (setting, variable, expected) => {
    expect(approvalRequired(setting, variable)).toBe(expected);
  });

  it('is on when nothing is configured', () => {
    expect(loadConfig({}).requireApproval).toBe(true);
  });
});

describe('executor: require-approval', () => {
  it('honours REQUIRE_APPROVAL=true from the variables even when the setting is off', async () => {
    world = await createWorld({ rows: [pendingRow('boots'), pendingRow('socks')], vars: ENABLED });
    await world.run();
    await world.deps.vars.set('REQUIRE_APPROVAL', 'true');
    await world.edit('socks', { approval: 'approved', approver: 'alice' });

    const result = await world.run({ mode: 'publish', requireApproval: false });
    expect(result.require_approval).toBe(true);
    expect(result.items.map((i) => [i.item_id, i.outcome, i.message])).toEqual([
      ['socks', 'published', expect.stringContaining('published approved draft')],
    ]);
    expect(await world.row('boots')).toMatchObject({ status: 'AWAITING_APPROVAL', approval: 'pending' });
    const articles = await world.articles();
    expect(articles.find((a) => a.item_id === 'boots')?.status).toBe('draft');
  });

  it('never calls an unapproved draft "approved", and the summary says require-approval is off', async () => {
    world = await createWorld({ rows: [pendingRow('boots')], vars: ENABLED });
    await world.run();
    const result = await world.run({ mode: 'publish', requireApproval: false });
    expect(result.require_approval).toBe(false);
    const [item] = result.items;
    expect(item?.outcome).toBe('published');
    expect(item?.message).not.toContain('approved draft');
    expect(item?.message).toContain('without approval');
    const summary = executorSummary(result, { queue: 'q', publisher: 'p', generator: 'g' });
    expect(summary).toContain('require-approval is off');

    const strict = await world.run({ mode: 'review', requireApproval: true });
    expect(executorSummary(strict, { queue: 'q', publisher: 'p', generator: 'g' })).not.toContain(
      'require-approval is off',
    );
  });
});
