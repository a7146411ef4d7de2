// Kill-and-throttle (issue 10, "Waiting" and "Proof"): under a storm of
// THROTTLED answers an item outlives a short lease. Two executors race on one
// queue in publish mode, one of them SIGKILLed at a seeded moment, while the
// Shopify fake answers THROTTLED at a seeded rate and refills its bucket
// slowly. The holder renews its lease while it works, so the other executor
// never takes an item in flight; and no worker writes FAILED (or a retry)
// over an article that is live. What must hold after the race and after the
// final passes: every live article's row is PUBLISHED and points at it, no
// item has two articles, nothing is left IN_PROGRESS. A bounded number of
// rounds, each with its own seed, so a failure can be replayed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeShopify, mulberry32, startFakeShopify } from '../fakes/shopify-server';
import { RACE_HEADER, raceRows } from '../fixtures/race-queue';
import { type CsvRecord, cliOk, readQueue, removeScratchDir, runCli, STACK_LINE, spawnCli } from './helpers';
import { LEASE_SECONDS, raceExecutorArgs } from './race-driver';

const SEEDS = [11, 29, 47];
const ITEMS = 2;

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-e2e-throttle-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
  await removeScratchDir();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds (true), `timeoutMs` passes or `stop()` (false). */
async function until(check: () => Promise<boolean>, timeoutMs: number, stop: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stop()) {
    if (await check()) return true;
    await sleep(50);
  }
  return false;
}

function executorArgs(state: string, runId: string, owner: string, maxItems: number): string[] {
  return raceExecutorArgs({
    state,
    runId,
    owner,
    maxItems,
    timeBudget: 60,
    // Few attempts: a second claim of a row in flight is its last, and a failure there ends FAILED.
    maxAttempts: 2,
  });
}

interface Snapshot {
  rows: CsvRecord[];
  live: Map<string, string>;
}

async function snapshot(state: string, shopify: FakeShopify): Promise<Snapshot> {
  const live = new Map<string, string>();
  for (const a of shopify.articles) {
    const item = a.metafields.find((m) => m.key === 'item_id')?.value ?? '';
    if (a.isPublished) live.set(item, a.id);
  }
  return { rows: (await readQueue(state)).records, live };
}

/** No row says FAILED (or waits for a retry) while its item's article is live; no item has two articles. */
function expectNoContradiction(snap: Snapshot, shopify: FakeShopify, when: string): void {
  const perItem = new Map<string, number>();
  for (const a of shopify.articles) {
    const item = a.metafields.find((m) => m.key === 'item_id')?.value ?? '';
    perItem.set(item, (perItem.get(item) ?? 0) + 1);
  }
  expect(
    [...perItem].filter(([, n]) => n > 1),
    `${when}: items with two articles`,
  ).toEqual([]);
  const contradicted = snap.rows
    .filter((r) => r.status === 'FAILED' && snap.live.has(r.id ?? ''))
    .map((r) => `${r.id} FAILED (${r.last_error})`);
  expect(contradicted, `${when}: FAILED rows whose article is live`).toEqual([]);
}

// The seeds are independent (each its own state folder and fake Shopify), so they run side by side.
describe.concurrent('kill-and-throttle: short leases, a storm of THROTTLED answers, two executors, one killed', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: every live article's row ends PUBLISHED`, async () => {
      const state = join(base, `seed-${seed}`);
      await mkdir(state, { recursive: true });
      await writeFile(join(state, 'queue.csv'), stringify([RACE_HEADER, ...raceRows(ITEMS)]));
      // A slow refill (20 points/s): one THROTTLED answer costs a wait near or beyond the 2 s lease.
      const shopify = await startFakeShopify({ restoreRate: 20, maximumAvailable: 200, latencyMs: 5 });
      try {
        const env = {
          SHOPIFY_STORE_DOMAIN: 'storm-tea.myshopify.com',
          SHOPIFY_ADMIN_TOKEN: 'shpat_test',
          SHOPIFY_API_URL: shopify.graphqlUrl(),
        };
        await cliOk(['vars', 'set', 'WF_ENABLED', 'true', '--state', state], env);
        await cliOk(['vars', 'set', 'ALLOW_PUBLISH', 'human_enabled', '--state', state], env);
        // The storm: creates are refused often enough that one outlives the 2 s lease before it lands,
        // updates almost always (a second worker that finds the article and updates it is throttled out).
        shopify.throttleStorm({ seed, rates: { ArticleCreate: 0.8, ArticleUpdate: 0.95 } });

        // The round's kill moment, from the same seeded PRNG as the fake's storm.
        const random = mulberry32(seed);
        const a = await spawnCli(executorArgs(state, `s${seed}-a`, 'host-a', ITEMS), env);
        let aExited = false;
        void a.done.finally(() => {
          aExited = true;
        });
        // The second executor comes when the first holds a row whose lease has run out while its create
        // is still being throttled — the window a stale lease opens (with renewal it never opens: then
        // it comes after a while anyway).
        const started = Date.now();
        const window = await until(
          async () => {
            const rows = (await readQueue(state).catch(() => ({ records: [] as CsvRecord[] }))).records;
            return rows.some(
              (r) =>
                r.status === 'IN_PROGRESS' && r.run_id === `s${seed}-a` && Date.parse(r.lease_until ?? '') < Date.now(),
            );
          },
          12_000,
          () => aExited,
        );
        const stagger = Date.now() - started;
        const b = await spawnCli(executorArgs(state, `s${seed}-b`, 'host-b', ITEMS), env);
        // And dies at a seeded moment, late enough to have written what it decided.
        const killAfter = 14_000 + Math.floor(random() * 6_000);
        const killer = sleep(killAfter).then(() => b.child.kill('SIGKILL'));
        const [survived] = await Promise.all([a.done, b.done, killer]);
        expect([0, 1], `survivor exited ${survived.code}\n${survived.stderr}`).toContain(survived.code);
        expect(survived.stderr).not.toMatch(STACK_LINE);

        const raced = await snapshot(state, shopify);
        console.log(
          `seed ${seed}: second executor after ${stagger} ms (${window ? 'a lease had run out' : 'no lease ran out'}), killed ${killAfter} ms later; ${shopify.calls.filter((c) => c.throttled).length} THROTTLED of ` +
            `${shopify.calls.length} calls; rows ${raced.rows.map((r) => `${r.id}=${r.status}`).join(' ')}`,
        );
        expectNoContradiction(raced, shopify, 'after the race');

        // The storm passes; the killed run's leases run out; final passes take what is left.
        shopify.throttleStorm(false);
        await sleep(LEASE_SECONDS * 1000 + 200);
        for (let pass = 1; pass <= 5; pass++) {
          const run = await runCli([...executorArgs(state, `s${seed}-final-${pass}`, 'final', ITEMS), '--json'], env);
          expect([0, 1], run.stderr).toContain(run.code);
          if ((JSON.parse(run.stdout) as { counts: { processed: number } }).counts.processed === 0) break;
        }

        const end = await snapshot(state, shopify);
        expectNoContradiction(end, shopify, 'at the end');
        expect(end.rows.filter((r) => r.status === 'IN_PROGRESS').map((r) => r.id)).toEqual([]);
        // Not vacuous: articles went live (a gate that blocks every fixture row would prove nothing).
        expect(end.live.size, 'live articles at the end').toBeGreaterThan(0);
        // Every live article's row is PUBLISHED and points at it; every PUBLISHED row has a live article.
        for (const [item, article] of end.live) {
          expect(
            end.rows.find((r) => r.id === item),
            `row of live article ${article}`,
          ).toMatchObject({
            status: 'PUBLISHED',
            article_id: article,
          });
        }
        expect(
          end.rows
            .filter((r) => r.status === 'PUBLISHED')
            .map((r) => r.id)
            .sort(),
        ).toEqual([...end.live.keys()].sort());
      } finally {
        await shopify.close();
      }
    }, 180_000);
  }
});
