// Waiting is bounded (issue 10, "Waiting"): a Shopify server that takes
// articleCreate and never answers. Each request has its own timeout
// (`request-timeout`), the run's time budget bounds the whole run through one
// signal — requests in flight are cancelled and their rows released — and a
// create that got no answer is looked up before it is sent again, so no item
// gets a second article. The executor runs as the real CLI against the fake.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../packages/core/src/model';
import { cliOk, readJsonLines, readQueue, removeScratchDir, runCli } from '../../e2e/helpers';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';
import { RACE_HEADER, raceRows } from '../../fixtures/race-queue';

let base: string;
let shopify: FakeShopify;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'executor-timeout-'));
});
afterEach(async () => {
  await shopify?.close();
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
  await removeScratchDir();
});

async function setup(name: string, items: number) {
  const state = join(base, name);
  await mkdir(state, { recursive: true });
  await cliOk(['vars', 'set', 'WF_ENABLED', 'true', '--state', state]);
  await writeFile(join(state, 'queue.csv'), stringify([RACE_HEADER, ...raceRows(items)]));
  shopify = await startFakeShopify();
  const env = {
    SHOPIFY_STORE_DOMAIN: 'hang-tea.myshopify.com',
    SHOPIFY_ADMIN_TOKEN: 'shpat_test',
    SHOPIFY_API_URL: shopify.graphqlUrl(),
  };
  const executor = (runId: string, extra: string[] = []) =>
    runCli(
      [
        'executor',
        '--mode',
        'review',
        '--state',
        state,
        '--run-id',
        runId,
        '--request-timeout',
        '1',
        '--concurrency',
        '1',
        '--backoff',
        '0',
        '--backoff-jitter',
        '0',
        '--json',
        ...extra,
      ],
      env,
    );
  const articlesPerItem = () => {
    const count = new Map<string, number>();
    for (const a of shopify.articles) {
      const id = a.metafields.find((m) => m.key === 'item_id')?.value ?? '';
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    return count;
  };
  return { state, executor, articlesPerItem };
}

const creates = () => shopify.calls.filter((c) => c.operation === 'ArticleCreate');

describe('executor: a Shopify server that takes articleCreate and never answers', () => {
  it('times the create out, finds the article it made, and does not send it again', async () => {
    const { state, executor, articlesPerItem } = await setup('lookup', 1);
    shopify.hang({ operations: ['ArticleCreate'] });

    const started = Date.now();
    const run = await executor('lookup-1', ['--time-budget', '30']);
    const wall = Date.now() - started;

    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { counts: Record<string, number> };
    expect(result.counts).toMatchObject({ processed: 1, drafted: 1 });
    // One create, timed out after a second; the lookup found the article it made: never re-sent.
    expect(creates()).toHaveLength(1);
    expect([...articlesPerItem().values()]).toEqual([1]);
    const [row] = (await readQueue(state)).records;
    expect(row).toMatchObject({ status: 'AWAITING_APPROVAL', article_id: shopify.articles[0]?.id });
    // Generous: process start-up plus one request timeout, far below any default network timeout.
    expect(wall).toBeLessThan(20_000);
  }, 60_000);

  it('with --time-budget 3 and request-timeout 1: ends within the budget plus one request timeout, rows released, no second article', async () => {
    const { state, executor, articlesPerItem } = await setup('budget', 3);
    // The search index lags: a create that was applied is not found by handle, so the item keeps waiting.
    shopify.setSearchLag(true);
    shopify.hang({ operations: ['ArticleCreate'] });

    const started = Date.now();
    const run = await executor('budget-1', ['--time-budget', '3']);
    const wall = Date.now() - started;

    // The run said what happened: the budget ran out with an item in flight, released.
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as {
      counts: Record<string, number>;
      budget_spent: boolean;
      errors: string[];
      items: Array<{ item_id: string; outcome: string; codes: string[]; attempts: number }>;
    };
    expect(result.budget_spent).toBe(true);
    expect(result.counts.skipped).toBeGreaterThanOrEqual(1);
    expect(result.items.filter((i) => i.outcome === 'skipped').every((i) => i.codes.includes('TIME_BUDGET'))).toBe(
      true,
    );
    expect(result.errors.join(' ')).toContain('time budget of 3 s ran out');

    // The run record: started → finished within budget + one request timeout (+ slack for writing the rows back).
    const [record] = (await readJsonLines<RunRecord>(join(state, 'runs.jsonl'))).filter((r) => r.run_id === 'budget-1');
    expect(record).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const took = Date.parse(record?.finished_at ?? '') - Date.parse(record?.started_at ?? '');
    console.log(`time budget 3 s, request-timeout 1 s: the run took ${took} ms (process ${wall} ms)`);
    expect(took).toBeLessThan((3 + 1) * 1000 + 1_500);
    // And the whole process, start-up included, with generous slack (today: minutes).
    expect(wall).toBeLessThan(25_000);

    // No row left IN_PROGRESS: released rows went back to PENDING with the claim's attempt taken back.
    const rows = (await readQueue(state)).records;
    expect(rows.filter((r) => r.status === 'IN_PROGRESS')).toEqual([]);
    for (const released of result.items.filter((i) => i.outcome === 'skipped')) {
      const row = rows.find((r) => r.id === released.item_id);
      // The claim's attempt is taken back: the deadline cut the item short, the item did not fail.
      expect(row).toMatchObject({
        status: 'PENDING',
        lease_owner: '',
        lease_until: '',
        attempts: String(released.attempts - 1),
      });
      expect(row?.notes).toContain('time budget ran out');
    }
    expect([...articlesPerItem().values()].every((n) => n === 1)).toBe(true);

    // The service recovers: the next run finds the articles the cut-short creates made, and makes no second one.
    shopify.hang(false);
    shopify.catchUp();
    const again = await executor('budget-2', ['--time-budget', '60']);
    expect(again.code, again.stderr).toBe(0);
    const after = (await readQueue(state)).records;
    expect(after.map((r) => r.status)).toEqual(['AWAITING_APPROVAL', 'AWAITING_APPROVAL', 'AWAITING_APPROVAL']);
    const perItem = articlesPerItem();
    expect([...perItem.keys()].sort()).toEqual(after.map((r) => r.id).sort());
    expect([...perItem.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);
});
