// Bench: executor throughput on the embedded default — N ready items in a
// local queue.csv, published as drafts to the local site — at each size
// (concurrency 4), and at the smallest with concurrency 1. Each
// item has an article file of its own (content_path), so queue.csv stays
// small and no two drafts are the same text. Every item must end
// AWAITING_APPROVAL, or the bench fails: a fast run that lost items
// measures nothing. "Flat" compares the cost of an item at the largest size
// with the smallest. Then the two stores alone (storeCosts): the local site's
// find + create and the CSV queue's transaction, sampled on a site and a
// queue that already hold 100, 1,000 and 10,000 items.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildBackends,
  CsvQueueStore,
  createMemoryLogger,
  executorOptionsFrom,
  loadConfig,
  QUEUE_COLUMNS,
  runExecutor,
  SitePublisher,
  statePaths,
} from '@autopilot/core';
import { stringify } from 'csv-stringify/sync';
import { benchArticle, benchRow } from './items';
import { type BenchResult, percentile, round } from './results';
import { busiestPorts, type PortTime, timePorts } from './timed-deps';

export interface LocalRun {
  items: number;
  concurrency: number;
  seconds: number;
  itemsPerSecond: number;
  /** Where the time went, per port method, busiest first. */
  ports: PortTime[];
}

/** The 1,000-item target of issue 12, and how much an item may cost at the largest size against the smallest. */
export const LOCAL_TARGETS = { thousandItemsSeconds: 10, flatRatio: 1.5 };

/** A run drafts at most this many items (the max-items setting's ceiling): a larger queue takes several runs. */
export const MAX_ITEMS_PER_RUN = 1000;

/**
 * Executor runs over a fresh state folder of `items` PENDING rows until every
 * one is drafted (one run up to MAX_ITEMS_PER_RUN; a larger queue, a run per
 * thousand, timed together). `cpuSeconds`: the process's CPU time meanwhile.
 */
export async function runLocalExecutor(items: number, concurrency: number): Promise<LocalRun & { cpuSeconds: number }> {
  const root = await mkdtemp(join(tmpdir(), 'bench-executor-'));
  try {
    const paths = statePaths(root);
    await mkdir(join(root, 'articles'));
    const rows = [];
    for (let i = 1; i <= items; i++) {
      const contentPath = join('articles', `${i}.md`);
      await writeFile(join(root, contentPath), benchArticle(i));
      rows.push(benchRow(i, { contentPath }));
    }
    await writeFile(
      paths.queue,
      stringify(rows, { header: true, columns: [...QUEUE_COLUMNS], record_delimiter: 'unix' }),
    );
    const config = loadConfig({
      flags: {
        state: root,
        'content-root': root,
        mode: 'review',
        'max-items': String(Math.min(items, MAX_ITEMS_PER_RUN)),
        concurrency: String(concurrency),
        'time-budget': '3600',
        lease: '3600',
        // The bench's articles are variations of one text (~95% alike by NEAR_DUPLICATE's
        // measure): at 1 only an identical text blocks. The check still runs, through the
        // run's shingle index (at 1 it reads one shingle's list: the draft's rarest).
        'near-duplicate-threshold': '1',
      },
      env: {},
    });
    // The executor loads its item pipeline and NEAR_DUPLICATE's corpus lazily (run.ts); under tsx
    // that first import is a TypeScript transform (~1 s), not the executor's work: loaded before the clock.
    await warmLazyModules();
    const log = createMemoryLogger();
    const ctx = { paths, log, redact: (t: string) => t, env: {}, controlPlane: 'local' as const };
    const backends = await buildBackends(config, ctx);
    const { deps, times } = timePorts(backends.executorDeps);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = { counts: { drafted: 0 }, items: [] as Awaited<ReturnType<typeof runExecutor>>['items'] };
    for (let run = 1; result.counts.drafted < items; run++) {
      const runId = `bench-local-c${concurrency}-${run}`;
      const { counts, items: worked } = await runExecutor(
        { ...deps, log, now: () => new Date(), random: Math.random },
        executorOptionsFrom(config, {
          mode: 'review',
          runId,
          traceId: runId,
          owner: 'bench',
          control: backends.control,
        }),
      );
      result.counts.drafted += counts.drafted;
      result.items.push(...worked);
      if (counts.drafted === 0 || worked.some((i) => i.outcome !== 'drafted')) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;

    const after = await backends.queue.list();
    const awaiting = after.filter((r) => r.status === 'AWAITING_APPROVAL').length;
    if (result.counts.drafted !== items || awaiting !== items || after.length !== items) {
      const statuses = Object.entries(Object.groupBy(after, (r) => r.status)).map(
        ([s, list]) => `${s}=${list?.length}`,
      );
      const first = result.items.find((i) => i.outcome !== 'drafted');
      throw new Error(
        `local executor bench (${items} items, concurrency ${concurrency}): expected ${items} rows AWAITING_APPROVAL, ` +
          `got ${statuses.join(', ')}; drafted ${result.counts.drafted}` +
          (first ? `; first other outcome: ${first.item_id} ${first.outcome} ${first.message}` : ''),
      );
    }
    return { items, concurrency, seconds, cpuSeconds, itemsPerSecond: items / seconds, ports: busiestPorts(times) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The modules run.ts imports on its first claimed item, imported here so a timed run finds them loaded. */
async function warmLazyModules(): Promise<void> {
  await Promise.all([
    import('@autopilot/core/services/executor/process-item'),
    import('@autopilot/core/services/executor/corpus'),
  ]);
}

const msPerItem = (run: LocalRun) => (run.seconds * 1000) / run.items;

/** `sizes` at concurrency 4 (smallest first), then the smallest at concurrency 1. */
export async function benchLocalExecutor(sizes: readonly number[]): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const group = 'executor (local)';
  const runs: LocalRun[] = [];
  const plan: Array<[number, number]> = sizes.map((items) => [items, 4]);
  if (sizes[0] !== undefined) plan.push([sizes[0], 1]);
  for (const [items, concurrency] of plan) {
    const c = `${items} items, concurrency ${concurrency}`;
    let run: LocalRun & { cpuSeconds: number };
    try {
      run = await runLocalExecutor(items, concurrency);
    } catch (error) {
      results.push({ group, name: `FAILED, ${c}`, value: null, unit: '', notes: (error as Error).message });
      continue;
    }
    if (concurrency === 4) runs.push(run);
    results.push(
      {
        group,
        name: `throughput, ${c}`,
        value: round(run.itemsPerSecond, 1),
        unit: 'items/s',
        notes: `${items} items drafted to the local site; all AWAITING_APPROVAL`,
      },
      {
        group,
        name: `time, ${c}`,
        value: round(run.seconds, 1),
        unit: 's',
        ...(items === 1000 && {
          target: `<= ${LOCAL_TARGETS.thousandItemsSeconds} s`,
          pass: run.seconds <= LOCAL_TARGETS.thousandItemsSeconds,
        }),
      },
      {
        group,
        name: `cost per item, ${c}`,
        value: round(msPerItem(run), 2),
        unit: 'ms',
        // The machine may be shared: CPU time shows what the wall clock cannot.
        notes: `CPU ${round((run.cpuSeconds * 1000) / run.items, 2)} ms per item`,
      },
      // The two port methods that took the most time: where a bigger queue costs more.
      ...run.ports.slice(0, 2).map((port) => ({
        group,
        name: `${port.name} average, ${c}`,
        value: round(port.avgMs, 2),
        unit: 'ms',
        notes: `${port.calls} calls, ${round(port.totalMs / 1000, 1)} s in all`,
      })),
    );
  }
  const [smallest, largest] = [runs[0], runs.at(-1)];
  if (smallest && largest && largest !== smallest) {
    const ratio = msPerItem(largest) / msPerItem(smallest);
    results.push({
      group,
      name: `cost per item, ${largest.items} vs ${smallest.items} items`,
      value: round(ratio, 2),
      unit: '×',
      target: `<= ${LOCAL_TARGETS.flatRatio}× (flat)`,
      pass: ratio <= LOCAL_TARGETS.flatRatio,
    });
  }
  return results;
}

export interface StoreCosts {
  size: number;
  /** publisher.find then publisher.create of a new item, on a site of `size` articles. */
  siteMsPerArticle: number;
  /** The end-of-run flush: articles.json and the index, written once. */
  siteFlushMs: number;
  /** One queue.transact changing one row, on a queue of `size` rows. */
  queueMsPerTransaction: number;
}

/** A site holding `size` drafts (~2.5 KB of body each), written as its checkpoint. */
async function seedSite(root: string, size: number): Promise<void> {
  const at = new Date().toISOString();
  const body = `<p>${benchArticle(0).replace(/[<>&]/g, '')}</p>`;
  const records = Array.from({ length: size }, (_, i) => ({
    id: `local-${i + 1}`,
    item_id: `seed-${i + 1}`,
    handle: `seed-${i + 1}`,
    title: `Seed article ${i + 1}`,
    summary: 'A seeded article.',
    body_html: body,
    tags: ['tea'],
    status: 'draft',
    created_at: at,
    updated_at: at,
  }));
  await mkdir(join(root, 'site'), { recursive: true });
  await writeFile(join(root, 'site', 'articles.json'), JSON.stringify(records, null, 2));
}

/**
 * The site's and the queue's own cost per item when they already hold `size`
 * items: the median of `samples` timed items (fsync times on a busy machine
 * vary more than the costs compared), the site's sampled four times as often
 * (it is the cheaper).
 */
export async function storeCosts(size: number, samples = 100): Promise<StoreCosts> {
  const root = await mkdtemp(join(tmpdir(), 'bench-stores-'));
  try {
    await seedSite(root, size);
    const publisher = new SitePublisher({ stateDir: root });
    // The executor's first call of a run reads the site once; what grows with the site is what follows.
    await publisher.find({ item_id: 'none' });
    const site: number[] = [];
    for (let i = 1; i <= samples * 4; i++) {
      const started = performance.now();
      const item_id = `new-${i}`;
      if (await publisher.find({ item_id })) throw new Error(`${item_id} exists before it was created`);
      await publisher.create({
        item_id,
        handle: item_id,
        title: `New article ${i}`,
        summary: 'Bench',
        body_html: `<p>${benchArticle(i).replace(/[<>&]/g, '')}</p>`,
        tags: ['tea'],
        published: false,
      });
      site.push(performance.now() - started);
    }
    const siteMsPerArticle = percentile(site, 50);
    const started = performance.now();
    await publisher.flush();
    const siteFlushMs = performance.now() - started;

    const queuePath = statePaths(root).queue;
    const rows = Array.from({ length: size }, (_, i) => benchRow(i + 1, { contentPath: `articles/${i + 1}.md` }));
    await writeFile(
      queuePath,
      stringify(rows, { header: true, columns: [...QUEUE_COLUMNS], record_delimiter: 'unix' }),
    );
    const queue = new CsvQueueStore({ stateDir: root });
    await queue.list();
    const transactions: number[] = [];
    for (let i = 0; i < samples; i++) {
      const begun = performance.now();
      await queue.transact((current) => {
        const row = current[i % current.length];
        if (!row) throw new Error('empty queue');
        return { update: [{ ...row, status: 'CLAIMED', updated_at: new Date().toISOString() }], result: undefined };
      });
      transactions.push(performance.now() - begun);
    }
    const queueMsPerTransaction = percentile(transactions, 50);
    return { size, siteMsPerArticle, siteFlushMs, queueMsPerTransaction };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** storeCosts at each size, and how the largest compares with the smallest. */
export async function benchLocalStores(sizes: readonly number[], samples = 100): Promise<BenchResult[]> {
  const group = 'local stores';
  const results: BenchResult[] = [];
  const costs: StoreCosts[] = [];
  for (const size of sizes) {
    const cost = await storeCosts(size, samples);
    costs.push(cost);
    results.push(
      {
        group,
        name: `site find + create, ${size} articles`,
        value: round(cost.siteMsPerArticle, 2),
        unit: 'ms',
        notes: `median of ${samples * 4} created on a site of ${size}`,
      },
      {
        group,
        name: `site flush (index + articles.json), ${size} articles`,
        value: round(cost.siteFlushMs, 1),
        unit: 'ms',
        notes: 'once per run',
      },
      {
        group,
        name: `queue transaction, ${size} rows`,
        value: round(cost.queueMsPerTransaction, 2),
        unit: 'ms',
        notes: `median of ${samples} (one row changed each) on a queue.csv of ${size} rows`,
      },
    );
  }
  const [first, last] = [costs[0], costs.at(-1)];
  if (first && last && last !== first) {
    const site = last.siteMsPerArticle / first.siteMsPerArticle;
    const queue = last.queueMsPerTransaction / first.queueMsPerTransaction;
    const flat = (ratio: number) => ({
      target: `<= ${LOCAL_TARGETS.flatRatio}× (flat)`,
      pass: ratio <= LOCAL_TARGETS.flatRatio,
    });
    results.push(
      {
        group,
        name: `site cost per article, ${last.size} vs ${first.size}`,
        value: round(site, 2),
        unit: '×',
        ...flat(site),
      },
      {
        group,
        name: `queue cost per transaction, ${last.size} vs ${first.size}`,
        value: round(queue, 2),
        unit: '×',
        ...flat(queue),
        notes:
          'a transaction parses and re-renders only what changed, but still reads queue.csv whole (to see a ' +
          "person's edit) and writes and fsyncs it whole: I/O grows with the file (the executor batches transactions)",
      },
    );
  }
  return results;
}
