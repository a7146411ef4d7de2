// Crash/race proof (issue 2 "Proof", issue 4): two executors in publish mode
// on one state folder, one SIGKILLed at a random point each round, then a
// final pass once the leases have run out — first on the embedded default
// (queue.csv + the local site), then on the fake Google Sheets and Shopify
// servers, whose state is inspected here in-process.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFileLock } from '../../packages/core/src/adapters/local/file-lock';
import { QUEUE_CSV_FILE } from '../../packages/core/src/adapters/local/queue-csv-store';
import { RUN_LOG_COLUMNS } from '../../packages/core/src/model';
import { type FakeSheetsServer, startFakeSheets } from '../fakes/sheets-server';
import { type FakeShopify, startFakeShopify } from '../fakes/shopify-server';
import { RACE_HEADER, raceRows } from '../fixtures/race-queue';
import { type CsvRecord, cliOk, parseCsv, readArticles, readQueue, removeScratchDir } from './helpers';
import { expectRaceInvariants, type RaceSnapshot, raceWithKills } from './race-driver';

let base: string;
let sheets: FakeSheetsServer;
let shopify: FakeShopify;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-e2e-race-'));
  sheets = await startFakeSheets();
  // A little service latency widens the window between an article's creation and its row's write.
  shopify = await startFakeShopify({ latencyMs: 5 });
});

afterAll(async () => {
  await sheets?.close();
  await shopify?.close();
  await rm(base, { recursive: true, force: true });
  await removeScratchDir();
});

function records(header: string[], rows: string[][]): CsvRecord[] {
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** The kill-switch open, as a human sets it. */
async function openSwitches(state: string, env: Record<string, string> = {}): Promise<void> {
  await mkdir(state, { recursive: true });
  await cliOk(['vars', 'set', 'WF_ENABLED', 'true', '--state', state], env);
  await cliOk(['vars', 'set', 'ALLOW_PUBLISH', 'human_enabled', '--state', state], env);
}

// The two scenarios share nothing (own state folder, own backends) and mostly wait (leases, stale locks
// of killed processes): they run side by side.
describe.concurrent('two executors racing in publish mode, one killed with SIGKILL at random points', () => {
  it('on the embedded default: queue.csv and the local site', async () => {
    const state = join(base, 'local');
    const seeded = raceRows(30);
    await mkdir(state, { recursive: true });
    await writeFile(join(state, 'queue.csv'), stringify([RACE_HEADER, ...seeded]));
    await openSwitches(state);

    const snapshot = async (): Promise<RaceSnapshot> => {
      const queue = await readQueue(state);
      const articles = await readArticles(state).catch(() => []);
      const runLog = await readFile(join(state, 'run_log.csv'), 'utf8').then(
        (text) => parseCsv(text).records,
        () => [],
      );
      return {
        header: queue.header,
        rows: queue.records,
        articles: articles.map((a) => ({ id: a.id, item_id: a.item_id, published: a.status === 'published' })),
        runLog,
      };
    };
    // The lock the executors take to write queue.csv: held by the test, it stops a victim between
    // writing an article and writing its row, where round 1 kills it.
    const holdQueueLock = <T>(critical: () => Promise<T>) =>
      withFileLock(join(state, QUEUE_CSV_FILE), {}, () => critical());
    const report = await raceWithKills({
      state,
      env: {},
      rounds: 3,
      maxItems: 6,
      finalMaxItems: 30,
      snapshot,
      holdQueueLock,
    });
    console.log(`local race:\n  ${report.rounds.join('\n  ')}\n  final passes: ${report.finalPasses}`);
    // The scenario really crashed something, and once in the window that matters.
    expect(report.killedRuns.length).toBeGreaterThanOrEqual(1);
    expect(report.killedAfterPublish).toBeGreaterThanOrEqual(1);

    const end = await snapshot();
    const unlogged = expectRaceInvariants(
      { header: RACE_HEADER, rows: records(RACE_HEADER, seeded) },
      end,
      report.killedRuns,
    );
    console.log(`  published rows without a run-log line: ${unlogged}`);
    // Content that passes every rule is published in the end: nothing was dropped on the way.
    expect(end.rows.filter((r) => r.status === 'PUBLISHED')).toHaveLength(seeded.length);
    // queue.csv is still one valid table (parseCsv is strict about the cell count of every record).
    expect(parseCsv(await readFile(join(state, 'queue.csv'), 'utf8')).records).toHaveLength(seeded.length);
  }, 120_000);

  it('on the fake Google Sheets (queue, run log) and Shopify (articles) servers', async () => {
    const state = join(base, 'remote');
    const seeded = raceRows(16);
    sheets.addSpreadsheet('race-sheet', { Queue: [RACE_HEADER, ...seeded], RunLog: [[...RUN_LOG_COLUMNS]] });
    const env = {
      SHEETS_ID: 'race-sheet',
      SHEETS_API_URL: sheets.url,
      GOOGLE_OAUTH_ACCESS_TOKEN: sheets.token,
      SHOPIFY_STORE_DOMAIN: 'race-tea.myshopify.com',
      SHOPIFY_ADMIN_TOKEN: 'shpat_test',
      SHOPIFY_API_URL: shopify.graphqlUrl(),
    };
    await openSwitches(state, env);

    const table = (tab: string) => {
      const [header = [], ...rows] = sheets.grid('race-sheet', tab).map((cells) => cells.map((c) => String(c ?? '')));
      return { header, rows: records(header, rows) };
    };
    const snapshot = async (): Promise<RaceSnapshot> => {
      const queue = table('Queue');
      return {
        header: queue.header,
        rows: queue.rows,
        articles: shopify.articles.map((a) => ({
          id: a.id,
          item_id: a.metafields.find((m) => m.key === 'item_id')?.value ?? '',
          published: a.isPublished,
        })),
        runLog: table('RunLog').rows,
      };
    };
    // Sheets allows each run 60 requests a minute (about 9 per item, 4 more per claim lost to the other
    // executor): small runs stay inside it rather than wait for the next minute.
    const report = await raceWithKills({ state, env, rounds: 3, maxItems: 4, finalMaxItems: 5, snapshot });
    console.log(`Sheets + Shopify race:\n  ${report.rounds.join('\n  ')}\n  final passes: ${report.finalPasses}`);
    // Round 1 kills the victim while it holds a claimed row: the scenario never passes without a crash.
    expect(report.killedRuns).toContain('r1-victim');

    const end = await snapshot();
    const unlogged = expectRaceInvariants(
      { header: RACE_HEADER, rows: records(RACE_HEADER, seeded) },
      end,
      report.killedRuns,
    );
    console.log(`  published rows without a run-log line: ${unlogged}`);
    expect(end.rows.filter((r) => r.status === 'PUBLISHED')).toHaveLength(seeded.length);
    // Every article is one of ours, on a handle of its own.
    expect(new Set(shopify.articles.map((a) => a.handle)).size).toBe(shopify.articles.length);
    // The processes really used the fake services (not local files).
    expect(sheets.requests.length).toBeGreaterThan(0);
    console.log(
      `  ${sheets.requests.length} Sheets requests, ${shopify.calls.length} Shopify calls for ${seeded.length} items`,
    );
    expect(shopify.calls.some((c) => c.operation === 'ArticleCreate')).toBe(true);
  }, 120_000);
});
