// Kill before flush (issue 12): outcomes are buffered and written together,
// so a process killed after publishing but before the flush leaves the row
// IN_PROGRESS with its lease and no run-log line. The next run, once the
// lease has run out, finds the row's article live (it carries the item id)
// and writes PUBLISHED — without drafting or publishing again. Nothing lost,
// nothing published twice.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { JsonlRunHistory } from '../../packages/core/src/adapters/local/runs-jsonl';
import { readSiteArticles, SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { JsonVariableStore } from '../../packages/core/src/adapters/local/variables-json';
import { DEFAULT_THRESHOLDS } from '../../packages/core/src/domain/content';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { QUEUE_COLUMNS, type RunLogRow } from '../../packages/core/src/model';
import type { Generator } from '../../packages/core/src/ports';
import { runExecutor } from '../../packages/core/src/services/executor';
import { createContentReader } from '../../packages/core/src/wiring/content-reader';
import { goodMarkdown } from '../integration/executor/world';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Runs the child until it says an item is in flight, then SIGKILLs it. */
function runUntilInFlight(stateDir: string, hangOn: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'kill-before-flush-child.ts'), stateDir, hangOn],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child never got to ${hangOn}: ${err.slice(-2000)}`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes(`in-flight ${hangOn}`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(out);
      else reject(new Error(`the child ended by itself (${_code}): ${err.slice(-2000)}`));
    });
  });
}

describe('an executor killed after a publish and before its outcomes are flushed', () => {
  it('loses nothing: the next run finds the live article and writes PUBLISHED, with no second article', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'kill-before-flush-'));
    dirs.push(stateDir);
    const header = [...QUEUE_COLUMNS];
    const rows = ['first', 'second'].map((id) => ({
      id,
      title: `Guide ${id}`,
      keywords: 'winter boots',
      content: goodMarkdown(['winter boots']),
      status: 'PENDING',
    }));
    await writeFile(
      join(stateDir, 'queue.csv'),
      stringify([header, ...rows.map((r) => header.map((c) => (r as Record<string, string>)[c] ?? ''))], {
        record_delimiter: 'unix',
      }),
    );
    await writeFile(
      join(stateDir, 'variables.json'),
      JSON.stringify({ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' }),
    );

    await runUntilInFlight(stateDir, 'second');

    const log = createMemoryLogger();
    const queue = new CsvQueueStore({ stateDir, logger: log });
    const runLog = new CsvRunLog({ stateDir, logger: log });
    const readRunLog = async () => {
      const out: RunLogRow[] = [];
      for await (const row of runLog.read()) out.push(row);
      return out;
    };
    // Killed before the flush: `first` is live on the site, but its row still says IN_PROGRESS and the run log is silent.
    const live = await readSiteArticles(stateDir);
    expect(live.map((a) => [a.item_id, a.status])).toEqual([['first', 'published']]);
    const killed = await queue.list();
    expect(killed.map((r) => [r.id, r.status, r.lease_owner])).toEqual([
      ['first', 'IN_PROGRESS', 'victim'],
      ['second', 'IN_PROGRESS', 'victim'],
    ]);
    expect(await readRunLog()).toEqual([]);

    // The next run, after the leases ran out (its clock an hour on).
    let drafts = 0;
    const generator: Generator = {
      generate: async () => {
        drafts += 1;
        throw new Error('no draft should be needed: both rows have ready content');
      },
    };
    const later = () => new Date(Date.now() + 3_600_000);
    const result = await runExecutor(
      {
        queue,
        runLog,
        runs: new JsonlRunHistory({ stateDir, log }),
        vars: new JsonVariableStore({ stateDir }),
        publisher: new SitePublisher({ stateDir, now: later }),
        generator,
        readContent: createContentReader([stateDir]),
        log,
        now: later,
        random: () => 0.5,
      },
      {
        mode: 'publish',
        runId: 'next-run',
        traceId: '0af7651916cd43dd8448eb211c80319c',
        owner: 'rescuer',
        maxItems: 10,
        concurrency: 2,
        timeBudgetSeconds: 600,
        leaseSeconds: 60,
        maxAttempts: 3,
        maxFixPasses: 0,
        requireApproval: false,
        backoff: { scheduleSeconds: [60], jitter: 0 },
        thresholds: DEFAULT_THRESHOLDS,
      },
    );

    expect(result.recovered).toBe(2);
    const first = result.items.find((i) => i.item_id === 'first');
    expect(first).toMatchObject({ outcome: 'published', article_id: live[0]?.id });
    expect(first?.message).toMatch(/is live \(the run that published it stopped before writing this row\)/);
    expect(result.items.find((i) => i.item_id === 'second')?.outcome).toBe('published');
    expect(drafts).toBe(0);
    const after = await queue.list();
    expect(after.map((r) => [r.id, r.status, r.article_id === '' ? '' : 'set'])).toEqual([
      ['first', 'PUBLISHED', 'set'],
      ['second', 'PUBLISHED', 'set'],
    ]);
    expect(after.find((r) => r.id === 'first')?.article_id).toBe(live[0]?.id);
    // One article per item, and every outcome in the run log once.
    const articles = await readSiteArticles(stateDir);
    expect(articles.map((a) => a.item_id).sort()).toEqual(['first', 'second']);
    expect((await readRunLog()).map((r) => [r.item_id, r.outcome]).sort()).toEqual([
      ['first', 'published'],
      ['second', 'published'],
    ]);
  }, 90_000);
});
