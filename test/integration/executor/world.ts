// A test world for the executor service: a temporary state folder with the
// local adapters (queue.csv, run_log.csv, runs.jsonl, variables.json, the
// site publisher), a fake clock the test advances, fixed randomness, and
// readers for what the run left behind.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CsvQueueStore } from '../../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../../packages/core/src/adapters/local/run-log-csv';
import { JsonlRunHistory } from '../../../packages/core/src/adapters/local/runs-jsonl';
import { readSiteArticles, SitePublisher } from '../../../packages/core/src/adapters/local/site-publisher';
import { stubSections } from '../../../packages/core/src/adapters/local/stub-generator';
import { JsonVariableStore } from '../../../packages/core/src/adapters/local/variables-json';
import { ShopifyPublisher } from '../../../packages/core/src/adapters/shopify';
import { DEFAULT_THRESHOLDS } from '../../../packages/core/src/domain/content';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { QUEUE_COLUMNS, type RunLogRow, type RunRecord } from '../../../packages/core/src/model';
import type { Generator, Publisher } from '../../../packages/core/src/ports';
import {
  type ExecutorDeps,
  type ExecutorOptions,
  type ExecutorResult,
  runExecutor,
} from '../../../packages/core/src/services/executor';
import { createContentReader } from '../../../packages/core/src/wiring/content-reader';
import { type FakeShopify, startFakeShopify } from '../../fakes/shopify-server';

export const START = new Date('2026-11-22T10:00:00.000Z');
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

/** Header of the test queues: the known columns plus one a human added. */
export const HEADER = [...QUEUE_COLUMNS, 'owner_notes'];

export const iso = (ms: number): string => new Date(START.getTime() + ms).toISOString();

export interface FakeClock {
  now: () => Date;
  advance: (ms: number) => void;
  set: (at: Date) => void;
}

export function fakeClock(start: Date = START): FakeClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (at) => {
      t = at.getTime();
    },
  };
}

/**
 * Human-written markdown that passes every rule with the default thresholds:
 * about 360 words, `##` headings, the keywords in the body, a first paragraph
 * long enough for a meta description. Each call words it differently, so two
 * rows' contents are not near-duplicates of each other (NEAR_DUPLICATE).
 */
let goodArticles = 0;
export function goodMarkdown(keywords: string[] = [], extra = ''): string {
  goodArticles += 1;
  const topic = keywords.join(' and ') || 'our products';
  return [
    `A short guide about ${topic}: what to look for, how to choose well and how to look after it.`,
    stubSections(`good-${goodArticles}`, topic, 360),
    extra,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The Shopify publisher against a fake store, on the world's clock, with no wait between retries. */
export function fakeShopifyPublisher(store: FakeShopify, clock: FakeClock): ShopifyPublisher {
  return new ShopifyPublisher({
    storeDomain: 'demo.myshopify.com',
    accessToken: 'shpat_test',
    apiUrl: store.graphqlUrl(),
    now: clock.now,
    sleep: async () => {},
  });
}

export interface WorldOptions {
  rows: Array<Record<string, string>>;
  vars?: Record<string, string>;
  generator?: Generator;
  /** Wrap the site publisher (to count calls, throw, advance the clock). */
  publisher?: (site: SitePublisher, clock: FakeClock) => Publisher;
  random?: () => number;
  /** Queue header (default HEADER). */
  header?: string[];
}

export async function createWorld(options: WorldOptions) {
  const stateDir = await mkdtemp(join(tmpdir(), 'executor-it-'));
  const contentRoot = join(stateDir, 'content');
  await mkdir(contentRoot, { recursive: true });
  const header = options.header ?? HEADER;
  const queuePath = join(stateDir, 'queue.csv');
  await writeFile(
    queuePath,
    stringify([header, ...options.rows.map((r) => header.map((c) => r[c] ?? ''))], { record_delimiter: 'unix' }),
  );
  await writeFile(
    join(stateDir, 'variables.json'),
    JSON.stringify(options.vars ?? { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' }),
  );
  const clock = fakeClock();
  const log = createMemoryLogger();
  const site = new SitePublisher({ stateDir, now: clock.now });
  const publisher = options.publisher ? options.publisher(site, clock) : site;
  let runs = 0;
  /** Every record() the executor made, in order (the file keeps only each run's last). */
  const recorded: RunRecord[] = [];
  const history = new JsonlRunHistory({ stateDir, log });
  const runHistory = {
    recent: (limit: number) => history.recent(limit),
    record: async (run: RunRecord) => {
      recorded.push(run);
      await history.record(run);
    },
  };

  const deps: ExecutorDeps = {
    queue: new CsvQueueStore({ stateDir, logger: log }),
    runLog: new CsvRunLog({ stateDir, logger: log }),
    runs: runHistory,
    vars: new JsonVariableStore({ stateDir }),
    publisher,
    generator: options.generator,
    readContent: createContentReader([contentRoot]),
    log,
    now: clock.now,
    random: options.random ?? (() => 0.5),
  };

  const world = {
    stateDir,
    contentRoot,
    queuePath,
    clock,
    log,
    site,
    deps,
    options: (overrides: Partial<ExecutorOptions> = {}): ExecutorOptions => ({
      mode: 'review',
      runId: `run-${runs}`,
      traceId: '0af7651916cd43dd8448eb211c80319c',
      owner: 'test-host',
      maxItems: 10,
      concurrency: 2,
      timeBudgetSeconds: 600,
      leaseSeconds: 900,
      maxAttempts: 3,
      maxFixPasses: 2,
      requireApproval: true,
      backoff: { scheduleSeconds: [60, 180, 600], jitter: 0.3 },
      thresholds: DEFAULT_THRESHOLDS,
      ...overrides,
    }),
    /** One executor run; each gets its own run id. */
    run: (
      overrides: Partial<ExecutorOptions> = {},
      depOverrides: Partial<ExecutorDeps> = {},
    ): Promise<ExecutorResult> => {
      runs += 1;
      return runExecutor({ ...deps, ...depOverrides }, world.options(overrides));
    },
    /** The queue as the store reads it, keyed by id (a duplicate id keeps its first row). */
    rows: async () => {
      const list = await deps.queue.list();
      const byId = new Map<string, (typeof list)[number]>();
      for (const row of list) if (!byId.has(row.id)) byId.set(row.id, row);
      return byId;
    },
    row: async (id: string) => {
      const row = (await world.rows()).get(id);
      if (!row) throw new Error(`no row ${id}`);
      return row;
    },
    /** Change cells of one row, as a human editing the file would. */
    edit: async (id: string, fields: Record<string, string>) => {
      await deps.queue.transact((rows) => {
        const row = rows.find((r) => r.id === id);
        if (!row) throw new Error(`no row ${id}`);
        return { update: [{ ...row, ...fields }], result: undefined };
      });
    },
    rawQueue: () => readFile(queuePath, 'utf8'),
    /** Each data row's exact text in queue.csv (quotes and line breaks included), by row number from 1. */
    rawRows: async (): Promise<string[]> => {
      const records = parse(await readFile(queuePath, 'utf8'), {
        raw: true,
        relax_column_count: true,
      }) as unknown as Array<{
        raw: string;
      }>;
      return records.slice(1).map((r) => r.raw);
    },
    runLogRows: async (): Promise<RunLogRow[]> => {
      const out: RunLogRow[] = [];
      for await (const row of deps.runLog.read()) out.push(row);
      return out;
    },
    /** Every record() call of the run history, in order. */
    recorded: () => [...recorded],
    /** Every line of runs.jsonl, in order (one per run). */
    runLines: async (): Promise<RunRecord[]> => {
      const text = await readFile(join(stateDir, 'runs.jsonl'), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RunRecord);
    },
    articles: () => readSiteArticles(stateDir),
    writeContent: async (path: string, text: string) => {
      const full = join(contentRoot, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
    },
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
  return world;
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * A world that publishes to a new fake Shopify store whose clock is the
 * world's (so publishDate and "live" are judged on the test's time). The
 * store is closed again if the world cannot be made.
 */
export async function createShopifyWorld(
  options: Omit<WorldOptions, 'publisher'>,
): Promise<{ fake: FakeShopify; world: World }> {
  let now = () => new Date(0);
  const fake = await startFakeShopify({ now: () => now().getTime() });
  try {
    const world = await createWorld({
      ...options,
      publisher: (_site, clock) => {
        now = clock.now;
        return fakeShopifyPublisher(fake, clock);
      },
    });
    return { fake, world };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** A pending row with good human content. */
export function pendingRow(id: string, fields: Record<string, string> = {}): Record<string, string> {
  const keywords = fields.keywords ?? 'winter boots';
  return {
    id,
    title: `Guide ${id}`,
    keywords,
    content: goodMarkdown(keywords.split(/[;,]/).map((k) => k.trim())),
    status: 'PENDING',
    ...fields,
  };
}
