// Cross-process safety of the CSV queue: several node processes hammering
// transact on one state folder lose no update and no row; a lock holder
// killed with SIGKILL blocks others only until its lock goes stale.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { ServiceError } from '../../packages/core/src/errors';

const WORKER = join(import.meta.dirname, '../fixtures/queue-lock-worker.ts');

function startWorker(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(check: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('CsvQueueStore across processes', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'queue-lock-'));
    await writeFile(join(stateDir, 'queue.csv'), 'id,title,attempts,Owner\ncounter,Counter,0,keep\n');
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  it('never loses an increment or a row when processes transact concurrently', async () => {
    const workers = 4;
    const count = 15;
    const runs = Array.from({ length: workers }, (_, w) =>
      startWorker(['increment', stateDir, `w${w}`, String(count)]),
    );
    const codes = await Promise.all(runs.map((run) => run.exited));
    expect(codes, runs.map((run) => run.output()).join('\n')).toEqual(Array(workers).fill(0));

    const rows = await new CsvQueueStore({ stateDir }).list();
    const counter = rows.find((row) => row.id === 'counter');
    expect(counter?.attempts).toBe(String(workers * count));
    expect(counter?.extra).toEqual({ Owner: 'keep' });
    const appended = rows.filter((row) => row.id !== 'counter').map((row) => row.id);
    const expected = Array.from({ length: workers }, (_, w) => Array.from({ length: count }, (_, i) => `w${w}-${i}`));
    expect(appended.sort()).toEqual(expected.flat().sort());
    expect(rows.find((row) => row.id === 'w2-3')?.title).toBe('row "3", from w2\nsecond line');
    // No temp files or lock left behind.
    expect((await readdir(stateDir)).sort()).toEqual(['queue.csv']);
  });

  it('waits a bounded time for a held lock, then takes it over once a killed holder goes stale', async () => {
    const holder = startWorker(['hold', stateDir]);
    await waitFor(() => holder.output().includes('locked'), 'the holder to lock');
    const store = (timeoutMs: number) => new CsvQueueStore({ stateDir, lock: { staleMs: 2_000, timeoutMs } });
    const plan = (rows: readonly { id: string }[]) => ({ result: rows.length });

    // Held by a live process (kept fresh): a short wait fails with a clear error.
    const error = await store(300)
      .transact(plan)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/could not lock .*queue\.csv.*another autopilot process holds/);

    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(existsSync(join(stateDir, 'queue.csv.lock'))).toBe(true);

    await expect(store(20_000).transact(plan)).resolves.toBe(1);
    expect(existsSync(join(stateDir, 'queue.csv.lock'))).toBe(false);
  });
});
