// What the CSV run log does beyond the contract: streaming a huge file,
// reporting bad rows without stopping, concurrent appends, a torn last line.
import { createWriteStream } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { RUN_LOG_COLUMNS } from '../../packages/core/src/model';
import { collect, runLogRow } from './run-log.contract';

describe('CsvRunLog file handling', () => {
  let stateDir: string;
  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'run-log-file-'));
  });
  afterAll(() => rm(stateDir, { recursive: true, force: true }));

  it('streams a 1,000,000-row file, filtering by since, without holding it in memory', async () => {
    const dir = join(stateDir, 'big');
    await mkdir(dir);
    const out = createWriteStream(join(dir, 'run_log.csv'));
    out.write(`${RUN_LOG_COLUMNS.join(',')}\n`);
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let chunk = 0; chunk < 100; chunk++) {
      let text = '';
      for (let i = chunk * 10_000; i < (chunk + 1) * 10_000; i++) {
        const at = new Date(start + i * 1000).toISOString();
        text += `${at},run-${i},trace-${i},review,item-${i},drafted,PASS,A|B,1,${i},10,20,0.5,gid://shopify/Article/${i}\n`;
      }
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise((resolve) => out.end(resolve));
    const fileSize = (await stat(join(dir, 'run_log.csv'))).size;

    const log = new CsvRunLog({ stateDir: dir });
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    }, 20);
    const tail = await collect(log.read(new Date(start + 999_990 * 1000))).finally(() => clearInterval(sampler));
    expect(tail).toHaveLength(10);
    expect(tail[0]).toMatchObject({ item_id: 'item-999990', error_codes: ['A', 'B'], cost_usd: 0.5 });
    expect(tail[9]?.duration_ms).toBe(999_999);
    // Loading the file whole would hold its text (and a million row objects) at once.
    expect(fileSize).toBeGreaterThan(120_000_000);
    expect(peak).toBeLessThan(fileSize / 2);
  }, 120_000);

  it('reports a bad row with its line and keeps reading', async () => {
    const dir = join(stateDir, 'bad');
    const logger = createMemoryLogger();
    const log = new CsvRunLog({ stateDir: dir, logger });
    await log.append([runLogRow({ item_id: 'a' })]);
    await appendFile(join(dir, 'run_log.csv'), '2025-03-01T10:00:00Z,r,t,review,b,drafted,PASS,,one,1,1,1,1,\n');
    await log.append([runLogRow({ item_id: 'c' })]);
    expect((await collect(log.read())).map((r) => r.item_id)).toEqual(['a', 'c']);
    expect(logger.events.map((e) => e.message)).toEqual([
      expect.stringMatching(/run_log\.csv line 3: attempts 'one' is not a number; row skipped/),
    ]);
  });

  it('writes the header once and survives a torn last line and concurrent appends', async () => {
    const dir = join(stateDir, 'many');
    const log = new CsvRunLog({ stateDir: dir, lock: { staleMs: 2_000 } });
    await log.append([runLogRow({ item_id: 'first' })]);
    await appendFile(join(dir, 'run_log.csv'), '2025-03-01T10:00:00Z,torn');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        log.append([runLogRow({ item_id: `p${i}` }), runLogRow({ item_id: `q${i}` })]),
      ),
    );
    const text = await readFile(join(dir, 'run_log.csv'), 'utf8');
    expect(text.split('\n').filter((line) => line.startsWith('at,'))).toHaveLength(1);
    const ids = (await collect(log.read())).map((r) => r.item_id);
    expect(ids[0]).toBe('first');
    expect(ids.slice(1).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => [`p${i}`, `q${i}`])
        .flat()
        .sort(),
    );
  });

  it('reads and appends to a file whose columns a human reordered', async () => {
    const dir = join(stateDir, 'reordered');
    await mkdir(dir);
    const header = [...RUN_LOG_COLUMNS].reverse();
    const row = runLogRow({ error_codes: ['X'] });
    const cells = header.map((c) => (c === 'error_codes' ? 'X' : String(row[c as keyof typeof row])));
    await writeFile(join(dir, 'run_log.csv'), `${header.map((h) => h.toUpperCase()).join(',')}\n${cells.join(',')}\n`);
    const log = new CsvRunLog({ stateDir: dir });
    const appended = runLogRow({ item_id: 'appended', error_codes: ['Y', 'Z'] });
    await log.append([appended]);
    expect(await collect(log.read())).toEqual([row, appended]);

    await writeFile(join(dir, 'run_log.csv'), 'at,item_id\n');
    await expect(log.append([row])).rejects.toThrow(/run_log\.csv: the header lacks run_id, trace_id/);
  });
});
