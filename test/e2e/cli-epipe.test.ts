// `autopilot executor … | head -2`: the reader goes away after two lines.
// A closed stdout/stderr must never leave a claimed row IN_PROGRESS or the
// run stuck at in_progress in runs.jsonl: the CLI ignores the broken pipe and
// finishes the run, writing every row and the completed run record.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, cliOk, ROOT, readJsonLines, readQueue } from './helpers';

const BIN = join(ROOT, 'packages/cli/src/bin.ts');
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-e2e-epipe-'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

/** Runs the CLI with both streams on pipes that the reader closes after `lines` lines. */
function runIntoClosedPipe(args: string[], lines: number): Promise<{ code: number | null; seen: string[] }> {
  const child = spawn(process.execPath, ['--import', `file://${TSX}`, BIN, ...args], {
    cwd: base,
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen: string[] = [];
  const onData = (chunk: Buffer) => {
    if (seen.length >= lines) return;
    seen.push(...chunk.toString().split('\n').filter(Boolean));
    if (seen.length >= lines) {
      // What `head` does: stop reading and close its end, for both streams (`2>&1 | head -2`).
      child.stdout.destroy();
      child.stderr.destroy();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, seen }));
  });
}

describe('output closed early', () => {
  it('executor | head -2 leaves no row IN_PROGRESS and records the run as completed', async () => {
    const state = join(base, 'state');
    await cliOk(['init', '--state', state]);
    const run = await runIntoClosedPipe(['executor', '--mode', 'review', '--max-items', '100', '--state', state], 2);
    expect(run.seen.length).toBeGreaterThanOrEqual(2);
    // The run met blocked rows (the example's failing ones): exit 1, not a crash.
    expect(run.code === 0 || run.code === 1).toBe(true);

    const { records } = await readQueue(state);

    expect(records.filter((r) => r.status === 'IN_PROGRESS').map((r) => r.id)).toEqual([]);
    expect(records.filter((r) => r.status === 'PENDING' || r.status === '').map((r) => r.id)).toEqual([]);
    const runs = await readJsonLines<{ status: string }>(join(state, 'runs.jsonl'));
    expect(runs.at(-1)?.status).toBe('completed');
  });
});
