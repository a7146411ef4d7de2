// Kill during an UPDATE: a run that dies holding an UPDATE row (SIGKILL after
// it kept the article's previous version, before its update of the live
// article returned) leaves the row IN_PROGRESS. Once the lease has run out
// the next run must take the row back as an UPDATE and apply the update — not
// find the (old) live article and write PUBLISHED as if the work were done.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { JsonlRunHistory } from '../../packages/core/src/adapters/local/runs-jsonl';
import { readSiteArticles, SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { JsonVariableStore } from '../../packages/core/src/adapters/local/variables-json';
import { JsonlVersionStore } from '../../packages/core/src/adapters/local/versions-jsonl';
import { DEFAULT_THRESHOLDS } from '../../packages/core/src/domain/content';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { QUEUE_COLUMNS } from '../../packages/core/src/model';
import { runExecutor } from '../../packages/core/src/services/executor';
import type { ExecutorDeps, ExecutorOptions } from '../../packages/core/src/services/executor/types';
import { createContentReader } from '../../packages/core/src/wiring/content-reader';
import { goodMarkdown } from '../integration/executor/world';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Runs the child until its update is in flight, then SIGKILLs it. */
function runUntilUpdateInFlight(stateDir: string, id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'kill-during-update-child.ts'), stateDir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child never got to updating ${id}: ${err.slice(-2000)}`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes(`in-flight ${id}`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child ended by itself (${code}): ${err.slice(-2000)}`));
    });
  });
}

describe('an executor killed while it updates a live article (UPDATE row)', () => {
  it('the next run applies the update: the row is not taken as published from the old live article', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'kill-during-update-'));
    dirs.push(stateDir);
    const header = [...QUEUE_COLUMNS];
    const row: Record<string, string> = {
      id: 'boots',
      title: 'Guide boots',
      keywords: 'winter boots',
      content: goodMarkdown(['winter boots']),
      status: 'PENDING',
    };
    await writeFile(
      join(stateDir, 'queue.csv'),
      stringify([header, header.map((c) => row[c] ?? '')], { record_delimiter: 'unix' }),
    );
    await writeFile(
      join(stateDir, 'variables.json'),
      JSON.stringify({ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' }),
    );
    const log = createMemoryLogger();
    const queue = new CsvQueueStore({ stateDir, logger: log });
    const deps = (now: () => Date): ExecutorDeps => ({
      queue,
      runLog: new CsvRunLog({ stateDir, logger: log }),
      runs: new JsonlRunHistory({ stateDir, log }),
      vars: new JsonVariableStore({ stateDir }),
      versions: new JsonlVersionStore({ stateDir }),
      publisher: new SitePublisher({ stateDir, now }),
      readContent: createContentReader([stateDir]),
      log,
      now,
      random: () => 0.5,
    });
    const options = (runId: string): ExecutorOptions => ({
      mode: 'publish',
      runId,
      traceId: '0af7651916cd43dd8448eb211c80319c',
      owner: 'rescuer',
      maxItems: 10,
      concurrency: 1,
      timeBudgetSeconds: 600,
      leaseSeconds: 60,
      maxAttempts: 3,
      maxFixPasses: 0,
      requireApproval: false,
      backoff: { scheduleSeconds: [60], jitter: 0 },
      thresholds: DEFAULT_THRESHOLDS,
    });

    // The article goes live, then a human marks the row UPDATE with new text.
    await runExecutor(
      deps(() => new Date()),
      options('first-run'),
    );
    const [live] = await readSiteArticles(stateDir);
    expect(live).toMatchObject({ item_id: 'boots', status: 'published' });
    const newBody = goodMarkdown(['winter boots'], 'A new paragraph about waterproof leather boots.');
    await queue.transact((rows) => ({
      update: rows.map((r) => ({ ...r, status: 'UPDATE', content: newBody })),
      result: undefined,
    }));

    await runUntilUpdateInFlight(stateDir, 'boots');

    // The dead run held the row; the live article still has the old text; the previous version was kept.
    const [killed] = await queue.list();
    expect(killed).toMatchObject({ status: 'IN_PROGRESS', lease_owner: 'victim' });
    expect((await readSiteArticles(stateDir))[0]?.body_html).not.toContain('waterproof leather boots');
    const versionsText = () => readFile(join(stateDir, 'versions.jsonl'), 'utf8').catch(() => '');
    expect((await versionsText()).split('\n').filter(Boolean)).toHaveLength(1);

    // The next run, after the lease ran out (its clock an hour on).
    const later = () => new Date(Date.now() + 3_600_000);
    const result = await runExecutor(deps(later), options('next-run'));

    expect(result.recovered).toBe(1);
    expect(result.items.map((i) => [i.item_id, i.outcome])).toEqual([['boots', 'published']]);
    expect(result.items[0]?.message).toMatch(/^updated live article guide-boots in place/);
    const after = await readSiteArticles(stateDir);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: live?.id, handle: live?.handle, status: 'published' });
    expect(after[0]?.body_html).toContain('waterproof leather boots');
    expect((await queue.list())[0]).toMatchObject({ status: 'PUBLISHED', lease_owner: '', lease_until: '' });
    // The version the dead run kept is the one the update replaced: kept once, not twice.
    const versions = (await versionsText()).split('\n').filter(Boolean);
    expect(versions).toHaveLength(1);
    expect(JSON.parse(versions[0] ?? '{}')).toMatchObject({ item_id: 'boots', run_id: 'killed-run' });
  }, 90_000);
});
