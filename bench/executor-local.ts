// Bench: executor throughput on the embedded default — 1,000 ready items in a
// local queue.csv, published as drafts to the local site, at concurrency 1
// and 4. Every item must end AWAITING_APPROVAL, or the bench fails: a fast
// run that lost items measures nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
import { benchArticle, benchQueueCsv } from './items';
import { type BenchResult, round } from './results';
import { busiestPorts, type PortTime, timePorts } from './timed-deps';

export interface LocalRun {
  items: number;
  concurrency: number;
  seconds: number;
  itemsPerSecond: number;
  /** Where the time went, per port method, busiest first. */
  ports: PortTime[];
}

/** One executor run over a fresh state folder of `items` PENDING rows. */
export async function runLocalExecutor(items: number, concurrency: number): Promise<LocalRun> {
  const root = await mkdtemp(join(tmpdir(), 'bench-executor-'));
  try {
    const paths = statePaths(root);
    // content_path keeps queue.csv small (the queue file is rewritten on every claim and outcome).
    await writeFile(join(root, 'bench-article.md'), benchArticle(1));
    await writeFile(paths.queue, benchQueueCsv(items, { contentPath: 'bench-article.md' }));
    const config = loadConfig({
      flags: {
        state: root,
        mode: 'review',
        'max-items': String(items),
        concurrency: String(concurrency),
        'time-budget': '3600',
        lease: '3600',
      },
      env: {},
    });
    const log = createMemoryLogger();
    const ctx = { paths, log, redact: (t: string) => t, env: {}, controlPlane: 'local' as const };
    const backends = await buildBackends(config, ctx);
    const runId = `bench-local-c${concurrency}`;
    const { deps, times } = timePorts(backends.executorDeps);
    const started = performance.now();
    const result = await runExecutor(
      { ...deps, log, now: () => new Date(), random: Math.random },
      executorOptionsFrom(config, { mode: 'review', runId, traceId: runId, owner: 'bench', control: backends.control }),
    );
    const seconds = (performance.now() - started) / 1000;

    const rows = await backends.queue.list();
    const awaiting = rows.filter((r) => r.status === 'AWAITING_APPROVAL').length;
    if (result.counts.drafted !== items || awaiting !== items || rows.length !== items) {
      const statuses = Object.entries(Object.groupBy(rows, (r) => r.status)).map(([s, list]) => `${s}=${list?.length}`);
      const first = result.items.find((i) => i.outcome !== 'drafted');
      throw new Error(
        `local executor bench (concurrency ${concurrency}): expected ${items} rows AWAITING_APPROVAL, ` +
          `got ${statuses.join(', ')}; drafted ${result.counts.drafted}` +
          (first ? `; first other outcome: ${first.item_id} ${first.outcome} ${first.message}` : ''),
      );
    }
    return { items, concurrency, seconds, itemsPerSecond: items / seconds, ports: busiestPorts(times) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function benchLocalExecutor(items: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const group = 'executor (local)';
  for (const concurrency of [1, 4]) {
    const c = `concurrency ${concurrency}`;
    let run: LocalRun;
    try {
      run = await runLocalExecutor(items, concurrency);
    } catch (error) {
      results.push({ group, name: `FAILED, ${c}`, value: null, unit: '', notes: (error as Error).message });
      continue;
    }
    results.push(
      {
        group,
        name: `throughput, ${c}`,
        value: round(run.itemsPerSecond, 1),
        unit: 'items/s',
        notes: `${items} items drafted to the local site in ${round(run.seconds, 1)} s; all AWAITING_APPROVAL`,
      },
      // The two port methods that took the most time: where a bigger queue costs more.
      ...run.ports.slice(0, 2).map((port) => ({
        group,
        name: `${port.name} average, ${c}`,
        value: round(port.avgMs, 1),
        unit: 'ms',
        notes: `${port.calls} calls, ${round(port.totalMs / 1000, 1)} s in all`,
      })),
    );
  }
  return results;
}
