// A copy-pasted queue row, end to end: the executor leaves both rows alone,
// notes them, says so, and exits 1.
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOk, parseCsv, removeScratchDir, runCli } from './helpers';

let state: string;
beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'autopilot-dup-'));
});
afterAll(async () => {
  await rm(state, { recursive: true, force: true });
  await removeScratchDir();
});

describe('autopilot executor with a copy-pasted row', () => {
  it('flags both rows in their notes, works on neither, and exits 1', async () => {
    await cliOk(['init', '--state', state]);
    const queuePath = join(state, 'queue.csv');
    const text = await readFile(queuePath, 'utf8');
    const copy = text.split('\n').find((line) => line.startsWith('oolong-tea-for-beginners,'));
    expect(copy).toBeDefined();
    await appendFile(queuePath, `${copy}\n`);

    const run = await runCli(['executor', '--mode', 'review', '--max-items', '3', '--state', state]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('id "oolong-tea-for-beginners" is also used by row');

    const { records } = parseCsv(await readFile(queuePath, 'utf8'));
    const rows = records.filter((r) => r.id === 'oolong-tea-for-beginners');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.status).toBe('PENDING');
      expect(row.notes).toMatch(/^DUPLICATE_ID: id "oolong-tea-for-beginners" is also used by row \d+/);
    }
  }, 60_000);
});
