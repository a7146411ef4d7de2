// Bench: the executor against the local Google Sheets and Shopify servers
// (test/fakes) with realistic latency injected, at concurrency 1 and 4.
// Reports items/s, requests per item for each service, the peak Sheets
// requests in any 60 s window against the client's per-minute budget (and
// how often it had to wait), and the most Shopify query-cost points in use
// at once against the bucket. Every item must end AWAITING_APPROVAL with
// exactly one draft article, or the bench fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildBackends,
  createMemoryLogger,
  executorOptionsFrom,
  loadConfig,
  runExecutor,
  statePaths,
} from '@autopilot/core';
import { SheetsQueueStore, SheetsRunLog, SheetsValuesClient } from '../packages/core/src/adapters/sheets';
import { startFakeSheets } from '../test/fakes/sheets-server';
import { startFakeShopify } from '../test/fakes/shopify-server';
import { benchQueueGrid } from './items';
import { type BenchResult, round } from './results';

export interface ServiceBenchOptions {
  items: number;
  /** Injected per-request latency (ms). */
  sheetsLatencyMs: number;
  shopifyLatencyMs: number;
  /** The Sheets client's own per-minute request budget. */
  sheetsBudgetPerMinute: number;
}

export const SERVICE_DEFAULTS: ServiceBenchOptions = {
  items: 40,
  sheetsLatencyMs: 120,
  shopifyLatencyMs: 150,
  // Google's default quota is 60 reads + 60 writes per minute per user and
  // 300 + 300 per project; the default sheets-requests-per-minute (60
  // requests of any kind) would stretch this bench to minutes, so it runs
  // as a project whose per-user quota was raised would, with the setting at 300.
  sheetsBudgetPerMinute: 300,
};

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

export async function runServiceExecutor(concurrency: number, options: ServiceBenchOptions): Promise<ServiceRun> {
  const sheets = await startFakeSheets();
  const shopify = await startFakeShopify({
    latencyMs: options.shopifyLatencyMs,
    maximumAvailable: SHOPIFY_BUCKET.size,
    restoreRate: SHOPIFY_BUCKET.restorePerSecond,
  });
  const root = await mkdtemp(join(tmpdir(), 'bench-services-'));
  try {
    sheets.latencyMs = options.sheetsLatencyMs;
    sheets.addSpreadsheet(SPREADSHEET, { Queue: benchQueueGrid(options.items), RunLog: [] });
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
    const backends = await buildBackends(config, {
      paths: statePaths(root),
      log,
      redact: (t) => t,
      env: {},
      controlPlane: 'local',
    });
    let budgetWaits = 0;
    let budgetWaitMs = 0;
    let retrySleeps = 0;
    const sheetsOptions = {
      spreadsheetId: SPREADSHEET,
      auth: { accessToken: sheets.token },
      apiUrl: sheets.url,
      requestBudgetPerMinute: config.sheetsRequestsPerMinute,
      logger: log,
      // The client sleeps for two reasons: the budget and retry backoff. Retries are counted in its stats().
      sleep: async (ms: number) => {
        if (client.stats().retries > retrySleeps) retrySleeps++;
        else {
          budgetWaits++;
          budgetWaitMs += ms;
        }
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
    };
    const client = new SheetsValuesClient(sheetsOptions);
    const deps = {
      ...backends.executorDeps,
      queue: new SheetsQueueStore(sheetsOptions, client),
      runLog: new SheetsRunLog(sheetsOptions, client),
    };

    const runId = `bench-services-c${concurrency}`;
    const started = performance.now();
    const result = await runExecutor(
      { ...deps, log, now: () => new Date(), random: Math.random },
      executorOptionsFrom(config, { mode: 'review', runId, traceId: runId, owner: 'bench', control: backends.control }),
    );
    const seconds = (performance.now() - started) / 1000;

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

    const sheetsStats = client.stats();
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
    };
  } finally {
    await Promise.all([sheets.close(), shopify.close(), rm(root, { recursive: true, force: true })]);
  }
}

export async function benchServiceExecutor(options: ServiceBenchOptions = SERVICE_DEFAULTS): Promise<BenchResult[]> {
  const group = 'executor (Sheets + Shopify)';
  const latency = `latency Sheets ${options.sheetsLatencyMs} ms, Shopify ${options.shopifyLatencyMs} ms per request`;
  const results: BenchResult[] = [];
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
        value: round(run.sheetsRequests / options.items, 2),
        unit: 'requests',
        notes: `${run.sheetsRequests} requests, ${run.sheetsRetries} retries`,
      },
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
    );
  }
  return results;
}
