// `vars set REQUIRE_APPROVAL true` is honoured by the executor, end to end:
// even with `--require-approval false`, publish mode publishes only the draft
// a human approved.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOk, parseCsv, removeScratchDir } from './helpers';

let state: string;
beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'autopilot-approval-'));
});
afterAll(async () => {
  await rm(state, { recursive: true, force: true });
  await removeScratchDir();
});

describe('REQUIRE_APPROVAL from the local variables', () => {
  it('keeps unapproved drafts as drafts even when the setting is off', async () => {
    await cliOk(['init', '--state', state]);
    await cliOk(['executor', '--mode', 'review', '--max-items', '2', '--state', state]);
    await cliOk(['queue', 'approve', '--id', 'green-tea-brewing-guide', '--state', state]);
    await cliOk(['vars', 'set', 'ALLOW_PUBLISH', 'human_enabled', '--state', state]);
    await cliOk(['vars', 'set', 'REQUIRE_APPROVAL', 'true', '--state', state]);

    const run = await cliOk([
      'executor',
      '--mode',
      'publish',
      '--require-approval',
      'false',
      '--max-items',
      '10',
      '--json',
      '--state',
      state,
    ]);
    const result = JSON.parse(run.stdout) as {
      require_approval: boolean;
      items: Array<{ item_id: string; outcome: string; message: string }>;
    };
    expect(result.require_approval).toBe(true);
    const published = result.items.filter((i) => i.outcome === 'published');
    expect(published.map((i) => [i.item_id, i.message])).toEqual([
      ['green-tea-brewing-guide', expect.stringContaining('published approved draft')],
    ]);
    const { records } = parseCsv(await readFile(join(state, 'queue.csv'), 'utf8'));
    expect(records.find((r) => r.id === 'oolong-tea-for-beginners')?.status).toBe('AWAITING_APPROVAL');
  }, 90_000);
});
