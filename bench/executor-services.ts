// Bench: the executor against the local Google Sheets and Shopify servers
// (test/fakes) with realistic latency injected (Sheets 120 ms, Shopify
// 150 ms, the model 2 s per draft), at concurrency 1 and 4, then the same
// queue split into 4 shards run side by side. Reports items/s, the speed-up
// of concurrency 4 over 1, requests per item for each service, the peak
// Sheets requests in any 60 s window against the client's per-minute budget
// (and how often it had to wait), and the most Shopify query-cost points in
// use at once against the bucket. Every item must end AWAITING_APPROVAL with
// exactly one draft article, or the bench fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildBackends,
  type Config,
  createMemoryLogger,
  executorOptionsFrom,
  loadConfig,
  runExecutor,
  statePaths,
} from '@autopilot/core';
import { GitHubRepoQueueStore, GitHubRepoRunLog } from '../packages/core/src/adapters/github';
import { newRepoRequestStats } from '../packages/core/src/adapters/github/repo-file';
import { SitePublisher } from '../packages/core/src/adapters/local/site-publisher';
import { StubGenerator } from '../packages/core/src/adapters/local/stub-generator';
import { SheetsQueueStore, SheetsRunLog, SheetsValuesClient } from '../packages/core/src/adapters/sheets';
import type { Shard } from '../packages/core/src/domain/queue/shard';
import type { Generator, Logger } from '../packages/core/src/ports';
import { FakeGitHub, fakeGitHubOptions } from '../test/fakes/github-server';
import { startFakeSheets } from '../test/fakes/sheets-server';
import { startFakeShopify } from '../test/fakes/shopify-server';
import { benchQueueCsv, benchQueueGrid } from './items';
import { type BenchResult, round } from './results';

export interface ServiceBenchOptions {
  items: number;
  /** Injected per-request latency (ms). */
  sheetsLatencyMs: number;
  shopifyLatencyMs: number;
  /** Injected time the model takes per draft (ms); 0: rows carry ready content and no model is asked. */
  llmLatencyMs: number;
  /** The Sheets client's own per-minute request budget. */
  sheetsBudgetPerMinute: number;
}

export const SERVICE_DEFAULTS: ServiceBenchOptions = {
  // Issue 12's case: a 20-item run.
  items: 20,
  sheetsLatencyMs: 120,
  shopifyLatencyMs: 150,
  llmLatencyMs: 2000,
  // Google counts one service account as one user: 60 requests a minute
  // (the default sheets-requests-per-minute), shared with everything else.
  sheetsBudgetPerMinute: 60,
};

/** Issue 12's targets for this group. */
export const SERVICE_TARGETS = { sheetsRequestsPerItem: 1, stretchPerItem: 0.5, speedUp: 3.5, repoRequestsPerItem: 2 };

/** A bench run's backends on the state folder `root`: the local control plane, nothing to redact, no environment. */
function benchBackends(config: Config, root: string, log: Logger) {
  return buildBackends(config, { paths: statePaths(root), log, redact: (t) => t, env: {}, controlPlane: 'local' });
}

/** A model that takes `latencyMs` per draft (the stub's drafts: each item worded differently). */
function slowModel(latencyMs: number): Generator {
  const stub = new StubGenerator();
  return {
    generate: async (request) => {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return stub.generate(request);
    },
  };
}

const SPREADSHEET = 'bench-spreadsheet';
/** Shopify's standard plan: 100 query-cost points a second, a 2,000-point bucket. */
const SHOPIFY_BUCKET = { size: 2000, restorePerSecond: 100 };

export interface ServiceRun {
  concurrency: number;
  seconds: number;
  itemsPerSecond: number;
  sheetsRequests: number;
  sheetsRetries: number;
  sheetsBudgetWaits: number;
  sheetsBudgetWaitSeconds: number;
  sheetsPeakPerMinute: number;
  shopifyRequests: number;
  shopifyThrottleWaits: number;
  shopifyRetries: number;
  shopifyMaxCostInUse: number;
  shopifyBucket: number;
  /** Query-cost points charged in all (every answered request), and those of the catalog look-ups. */
  shopifyCostPoints: number;
  shopifyCatalogCostPoints: number;
}

/** Most timestamps (ms) inside any window of `windowMs`. */
export function peakInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** Calls `each` after every push onto a fake's request journal (the fakes count requests but do not time them). */
function onPush<T>(list: T[], each: (item: T) => void): void {
  const push = list.push.bind(list);
  list.push = (...items: T[]) => {
    const length = push(...items);
    for (const item of items) each(item);
    return length;
  };
}

/** The bench's queue: ready content, or (with a model) a brief for the model to draft from. */
function queueGrid(options: ServiceBenchOptions): string[][] {
  const [header = [], ...rows] = benchQueueGrid(options.items);
  const content = header.indexOf('content');
  if (options.llmLatencyMs <= 0 || content < 0) return [header, ...rows];
  return [header, ...rows.map((row) => row.map((cell, i) => (i === content ? '' : cell)))];
}

export async function runServiceExecutor(
  concurrency: number,
  options: ServiceBenchOptions,
  shards: Shard[] = [],
): Promise<ServiceRun> {
  const sheets = await startFakeSheets();
  const shopify = await startFakeShopify({
    latencyMs: options.shopifyLatencyMs,
    maximumAvailable: SHOPIFY_BUCKET.size,
    restoreRate: SHOPIFY_BUCKET.restorePerSecond,
    // The catalog is searched for every item (CatalogSearch); none of these match the
    // bench keywords, so articles need no product link and no link is looked up.
    scopes: ['read_content', 'write_content', 'read_products'],
    products: [
      { handle: 'gaiwan', title: 'Gaiwan' },
      { handle: 'kettle', title: 'Gooseneck kettle' },
    ],
  });
  const root = await mkdtemp(join(tmpdir(), 'bench-services-'));
  try {
    sheets.latencyMs = options.sheetsLatencyMs;
    sheets.addSpreadsheet(SPREADSHEET, { Queue: queueGrid(options), RunLog: [] });
    const sheetsTimes: number[] = [];
    onPush(sheets.requests, () => sheetsTimes.push(Date.now()));
    const bucket = shopify.available();
    let lowest = bucket;
    onPush(shopify.calls, () => {
      lowest = Math.min(lowest, shopify.available());
    });

    // Shopify through the ordinary wiring (SHOPIFY_* settings). The Sheets
    // adapters are built here as the wiring builds them (same settings), but
    // with a sleep that counts the budget waits, which the client does not report.
    const config = loadConfig({
      flags: {
        state: root,
        mode: 'review',
        'max-items': String(options.items),
        concurrency: String(concurrency),
        'time-budget': '3600',
        lease: '3600',
      },
      env: {
        SHOPIFY_STORE_DOMAIN: 'bench.myshopify.com',
        SHOPIFY_ADMIN_TOKEN: 'shpat_test',
        SHOPIFY_API_URL: shopify.graphqlUrl(),
        SHOPIFY_AUTHOR: 'Bench',
        SHEETS_REQUESTS_PER_MINUTE: String(options.sheetsBudgetPerMinute),
      },
    });
    const log = createMemoryLogger();
    const backends = await benchBackends(config, root, log);
    let budgetWaits = 0;
    let budgetWaitMs = 0;
    // One executor per shard, each with its own Sheets client (a matrix job of its own); none: one run.
    const parts = shards.length > 0 ? shards : [undefined];
    const clients: SheetsValuesClient[] = [];
    const sheetsOptions = {
      spreadsheetId: SPREADSHEET,
      auth: { accessToken: sheets.token },
      apiUrl: sheets.url,
      // Shards share the one service account's quota: each gets its part of the budget.
      requestBudgetPerMinute: Math.max(1, Math.floor(config.sheetsRequestsPerMinute / parts.length)),
      logger: log,
    };
    const generator = options.llmLatencyMs > 0 ? slowModel(options.llmLatencyMs) : backends.executorDeps.generator;
    const started = performance.now();
    const results = await Promise.all(
      parts.map((shard, index) => {
        let retrySleeps = 0;
        const client: SheetsValuesClient = new SheetsValuesClient({
          ...sheetsOptions,
          // The client sleeps for two reasons: the budget and retry backoff. Retries are counted in its stats().
          sleep: async (ms: number) => {
            if (client.stats().retries > retrySleeps) retrySleeps++;
            else {
              budgetWaits++;
              budgetWaitMs += ms;
            }
            await new Promise((resolve) => setTimeout(resolve, ms));
          },
        });
        clients.push(client);
        const deps = {
          ...backends.executorDeps,
          generator,
          queue: new SheetsQueueStore(sheetsOptions, client),
          runLog: new SheetsRunLog(sheetsOptions, client),
        };
        const runId = `bench-services-c${concurrency}${shard ? `-s${shard.index}of${shard.count}` : ''}-${index}`;
        return runExecutor(
          { ...deps, log, now: () => new Date(), random: Math.random },
          {
            ...executorOptionsFrom(config, {
              mode: 'review',
              runId,
              traceId: runId,
              owner: 'bench',
              control: backends.control,
            }),
            shard,
          },
        );
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const result = {
      counts: { drafted: results.reduce((sum, r) => sum + r.counts.drafted, 0) },
      items: results.flatMap((r) => r.items),
    };

    const rows = await new SheetsQueueStore({ ...sheetsOptions, sleep: undefined }).list();
    const awaiting = rows.filter((r) => r.status === 'AWAITING_APPROVAL').length;
    const articleItems = new Set(shopify.articles.map((a) => a.metafields.map((m) => m.value).join()));
    const distinct = new Set(result.items.map((i) => i.item_id)).size;
    if (result.counts.drafted !== options.items || awaiting !== options.items || distinct !== options.items) {
      const first = result.items.find((i) => i.outcome !== 'drafted');
      const lost = log.events.filter((e) => /lease lost/.test(e.message)).length;
      throw new Error(
        `services executor bench (concurrency ${concurrency}): expected ${options.items} rows AWAITING_APPROVAL, ` +
          `got ${awaiting}; the run reported ${result.items.length} outcomes for ${distinct} distinct items` +
          (lost ? ` and ${lost} "lease lost" warnings` : '') +
          (first ? `; first other outcome: ${first.item_id} ${first.outcome} ${first.message}` : ''),
      );
    }
    if (shopify.articles.length !== options.items || articleItems.size !== options.items) {
      throw new Error(
        `services executor bench (concurrency ${concurrency}): expected one draft article per item (${options.items}), ` +
          `found ${shopify.articles.length} articles for ${articleItems.size} distinct items`,
      );
    }

    const sheetsStats = clients
      .map((c) => c.stats())
      .reduce((a, b) => ({ requests: a.requests + b.requests, retries: a.retries + b.retries }));
    const shopifyStats = backends.stats().shopify ?? { requests: 0, retries: 0, throttleWaits: 0 };
    return {
      concurrency,
      seconds,
      itemsPerSecond: options.items / seconds,
      sheetsRequests: sheetsStats.requests,
      sheetsRetries: sheetsStats.retries,
      sheetsBudgetWaits: budgetWaits,
      sheetsBudgetWaitSeconds: budgetWaitMs / 1000,
      sheetsPeakPerMinute: peakInWindow(sheetsTimes, 60_000),
      shopifyRequests: shopifyStats.requests,
      shopifyThrottleWaits: shopifyStats.throttleWaits ?? 0,
      shopifyRetries: shopifyStats.retries,
      shopifyMaxCostInUse: Math.round(bucket - lowest),
      shopifyBucket: bucket,
      shopifyCostPoints: shopify.calls.reduce((sum, c) => sum + (c.cost ?? 0), 0),
      shopifyCatalogCostPoints: shopify.calls
        .filter((c) => c.operation.startsWith('Catalog'))
        .reduce((sum, c) => sum + (c.cost ?? 0), 0),
    };
  } finally {
    await Promise.all([sheets.close(), shopify.close(), rm(root, { recursive: true, force: true })]);
  }
}

export async function benchServiceExecutor(options: ServiceBenchOptions = SERVICE_DEFAULTS): Promise<BenchResult[]> {
  const group = 'executor (Sheets + Shopify)';
  const latency =
    `latency Sheets ${options.sheetsLatencyMs} ms, Shopify ${options.shopifyLatencyMs} ms per request` +
    (options.llmLatencyMs > 0 ? `, model ${options.llmLatencyMs / 1000} s per draft` : '');
  const results: BenchResult[] = [];
  const runs = new Map<number, ServiceRun>();
  for (const concurrency of [1, 4]) {
    const c = `concurrency ${concurrency}`;
    let run: ServiceRun;
    try {
      run = await runServiceExecutor(concurrency, options);
    } catch (error) {
      // Keep the other concurrency's figures; the FAILED row fails the bench.
      results.push({ group, name: `FAILED, ${c}`, value: null, unit: '', notes: (error as Error).message });
      continue;
    }
    runs.set(concurrency, run);
    const perItem = run.sheetsRequests / options.items;
    // Issue 12's target is for concurrency 4 on a 20-item run.
    const target =
      concurrency === 4
        ? {
            target: `<= ${SERVICE_TARGETS.sheetsRequestsPerItem} (stretch ${SERVICE_TARGETS.stretchPerItem})`,
            pass: perItem <= SERVICE_TARGETS.sheetsRequestsPerItem,
          }
        : {};
    const stretch =
      concurrency === 4 ? `; stretch ${perItem <= SERVICE_TARGETS.stretchPerItem ? 'met' : 'not met'}` : '';
    results.push(
      {
        group,
        name: `throughput, ${c}`,
        value: round(run.itemsPerSecond, 2),
        unit: 'items/s',
        notes: `${options.items} items drafted in ${round(run.seconds, 1)} s; ${latency}`,
      },
      {
        group,
        name: `Sheets requests per item, ${c}`,
        value: round(perItem, 2),
        unit: 'requests',
        ...target,
        notes: `${run.sheetsRequests} requests, ${run.sheetsRetries} retries on a ${options.items}-item run${stretch}`,
      },
      ...serviceFigures(group, c, run, options),
    );
  }
  const [one, four] = [runs.get(1), runs.get(4)];
  if (one && four) {
    const speedUp = four.itemsPerSecond / one.itemsPerSecond;
    results.push({
      group,
      name: 'speed-up, concurrency 4 over 1',
      value: round(speedUp, 2),
      unit: '×',
      target: `>= ${SERVICE_TARGETS.speedUp}x, inside every rate budget`,
      pass: speedUp >= SERVICE_TARGETS.speedUp && withinBudgets(one, options) && withinBudgets(four, options),
      notes:
        `${latency}; peak Sheets ${one.sheetsPeakPerMinute} and ${four.sheetsPeakPerMinute}/min against ${options.sheetsBudgetPerMinute}; ` +
        `Shopify cost ${one.shopifyMaxCostInUse} and ${four.shopifyMaxCostInUse} of ${four.shopifyBucket} points, ` +
        `${one.shopifyThrottleWaits + four.shopifyThrottleWaits} throttle waits`,
    });
  }
  // Sharding: the same queue split 4 ways, four runs side by side (a workflow matrix), each at concurrency 4.
  const shardCount = 4;
  const shards = Array.from({ length: shardCount }, (_, i) => ({ index: i + 1, count: shardCount }));
  try {
    const sharded = await runServiceExecutor(4, options, shards);
    const versus = four ? `; 1 run: ${round(four.seconds, 1)} s, ${four.sheetsRequests} requests` : '';
    results.push(
      {
        group,
        name: `${shardCount} shards, wall time`,
        value: round(sharded.seconds, 1),
        unit: 's',
        notes: `${options.items} items over ${shardCount} runs side by side (shard k/${shardCount}, concurrency 4 each)${versus}`,
      },
      {
        group,
        name: `${shardCount} shards, Sheets requests per item`,
        value: round(sharded.sheetsRequests / options.items, 2),
        unit: 'requests',
        notes:
          `${sharded.sheetsRequests} requests in all; peak ${sharded.sheetsPeakPerMinute}/min against the shared ` +
          `${options.sheetsBudgetPerMinute}/min (each shard's budget ${Math.floor(options.sheetsBudgetPerMinute / shardCount)}/min)`,
      },
    );
  } catch (error) {
    results.push({
      group,
      name: `FAILED, ${shardCount} shards`,
      value: null,
      unit: '',
      notes: (error as Error).message,
    });
  }
  try {
    results.push(...(await benchRepoQueue(options.items)));
  } catch (error) {
    results.push({ group, name: 'FAILED, repository queue', value: null, unit: '', notes: (error as Error).message });
  }
  return results;
}

/** The run stayed inside the Sheets budget (server-counted peak) and the Shopify bucket. */
function withinBudgets(run: ServiceRun, options: ServiceBenchOptions): boolean {
  return run.sheetsPeakPerMinute <= options.sheetsBudgetPerMinute && run.shopifyMaxCostInUse <= run.shopifyBucket;
}

/**
 * The repository queue (queue.csv and run_log.csv on the state branch,
 * through the contents API of the fake GitHub): requests per item and per
 * queue write (claims with the outcomes riding along, and flushes), at
 * concurrency 4, ready content, the local site as publisher.
 */
export async function benchRepoQueue(items: number): Promise<BenchResult[]> {
  const group = 'executor (repository queue)';
  const fake = await new FakeGitHub().start();
  const root = await mkdtemp(join(tmpdir(), 'bench-repo-'));
  try {
    const branch = 'autopilot-state';
    fake.commitFile('queue.csv', benchQueueCsv(items), branch);
    const stats = newRepoRequestStats();
    const log = createMemoryLogger();
    const options = { ...fakeGitHubOptions(fake), logger: log, branch, file: { stats, backoffMs: 1 } };
    const config = loadConfig({
      flags: {
        state: root,
        mode: 'review',
        'max-items': String(items),
        concurrency: '4',
        lease: '3600',
        // The bench's ready articles are variations of one text (as in executor-local.ts): only an identical one blocks.
        'near-duplicate-threshold': '1',
      },
      env: {},
    });
    const backends = await benchBackends(config, root, log);
    const runId = 'bench-repo';
    const before = fake.requests.length;
    const started = performance.now();
    const result = await runExecutor(
      {
        ...backends.executorDeps,
        queue: new GitHubRepoQueueStore(options),
        runLog: new GitHubRepoRunLog(options),
        publisher: new SitePublisher({ stateDir: root }),
        log,
        now: () => new Date(),
        random: Math.random,
      },
      executorOptionsFrom(config, { mode: 'review', runId, traceId: runId, owner: 'bench', control: backends.control }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.counts.drafted !== items) {
      throw new Error(
        `repository queue bench: expected ${items} items drafted, got ${JSON.stringify(result.counts)}; first: ${result.items[0]?.message ?? ''}`,
      );
    }
    const requests = fake.requests.length - before;
    const queueWrites = fake.commits.filter((c) => c.message.startsWith('chore(autopilot): queue')).length;
    const perItem = requests / items;
    return [
      {
        group,
        name: 'GitHub requests per item, concurrency 4',
        value: round(perItem, 2),
        unit: 'requests',
        target: `<= ${SERVICE_TARGETS.repoRequestsPerItem}`,
        pass: perItem <= SERVICE_TARGETS.repoRequestsPerItem,
        notes: `${requests} requests (${stats.reads} reads, ${stats.writes} writes, ${stats.conflicts} conflicts) for ${items} items drafted in ${round(seconds, 1)} s; was 4.5 per item before issue 12`,
      },
      {
        group,
        name: 'GitHub requests per queue write, concurrency 4',
        value: round((stats.reads + stats.writes) / Math.max(1, queueWrites), 2),
        unit: 'requests',
        notes: `${queueWrites} queue commits (claims, with finished items' outcomes riding along, and outcome flushes); all reads and writes (queue.csv and run_log.csv) over them`,
      },
    ];
  } finally {
    await Promise.all([fake.close(), rm(root, { recursive: true, force: true })]);
  }
}

function serviceFigures(group: string, c: string, run: ServiceRun, options: ServiceBenchOptions): BenchResult[] {
  return [
    {
      group,
      name: `Sheets peak requests per minute, ${c}`,
      value: run.sheetsPeakPerMinute,
      unit: 'requests/min',
      notes:
        `counted by the server in any 60 s window; budget ${options.sheetsBudgetPerMinute}/min ` +
        `(sheets-requests-per-minute); the client waited ${run.sheetsBudgetWaits} times ` +
        `(${round(run.sheetsBudgetWaitSeconds, 1)} s) for it`,
    },
    {
      group,
      name: `Shopify requests per item, ${c}`,
      value: round(run.shopifyRequests / options.items, 2),
      unit: 'requests',
      notes: `${run.shopifyRequests} requests (one blog lookup per run), ${run.shopifyRetries} retries`,
    },
    {
      group,
      name: `Shopify max query cost in use, ${c}`,
      value: run.shopifyMaxCostInUse,
      unit: 'points',
      notes: `bucket ${run.shopifyBucket} points, restore ${SHOPIFY_BUCKET.restorePerSecond}/s (standard plan); ${run.shopifyThrottleWaits} throttle waits`,
    },
    {
      group,
      name: `Shopify cost points per item, ${c}`,
      value: round(run.shopifyCostPoints / options.items, 1),
      unit: 'points',
      notes: `actual query cost charged, ${round(run.shopifyCatalogCostPoints / options.items, 1)} of it the catalog look-up (one CatalogSearch per item)`,
    },
  ];
}
