// The executor command's exit codes as a user (or a scheduler) sees them,
// from a real process: 1 when the run met errors it could not handle (a
// model server that keeps failing: the item goes back with a backoff), and
// 130 when Ctrl-C cancelled it — the item in flight finishes, no other is
// claimed, and runs.jsonl records the run as cancelled.
//
// The SIGINT test is deterministic: the fake model answers after 1.5 s, and
// the signal is sent as soon as queue.csv shows the first row IN_PROGRESS
// (claims are written before the model is asked), so it always lands while
// that one item is in flight.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_COLUMNS, type RunRecord } from '../../packages/core/src/model';
import { type FakeOpenAiServer, startFakeOpenAiServer } from '../fakes/openai-server';
import { readJsonLines, readQueue, removeScratchDir, STACK_LINE, spawnCli } from './helpers';

let base: string;
let llm: FakeOpenAiServer | undefined;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-e2e-exit-'));
});
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
  await removeScratchDir();
});

/** A state folder whose queue has `ids` as PENDING rows with no content: the generator writes them. */
async function stateWithTopics(name: string, ids: string[]): Promise<string> {
  const state = join(base, name);
  await mkdir(state, { recursive: true });
  const rows = ids.map((id) =>
    QUEUE_COLUMNS.map((c) =>
      c === 'id' ? id : c === 'title' ? `All about ${id}` : c === 'keywords' ? 'tea' : c === 'status' ? 'PENDING' : '',
    ),
  );
  await writeFile(join(state, 'queue.csv'), stringify([[...QUEUE_COLUMNS], ...rows]));
  return state;
}

const llmEnv = (server: FakeOpenAiServer) => ({ LLM_BASE_URL: server.baseUrl, LLM_MODEL: 'test-model' });

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('autopilot executor: exit codes', () => {
  it('exits 1 when an item meets an error it could not handle, and puts it back with a backoff', async () => {
    llm = await startFakeOpenAiServer();
    llm.failNext(50, { status: 503, retryAfterMs: 1, message: 'The server is overloaded.' });
    const state = await stateWithTopics('transient', ['oolong']);
    const run = await (await spawnCli(['executor', '--state', state, '--json'], llmEnv(llm))).done;

    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const result = JSON.parse(run.stdout) as { conclusion: string; counts: Record<string, number> };
    expect(result).toMatchObject({ conclusion: 'failure', counts: { processed: 1, retry: 1 } });
    const [row] = (await readQueue(state)).records;
    expect(row).toMatchObject({ id: 'oolong', status: 'PENDING', attempts: '1', lease_owner: '' });
    expect(row?.last_error).toMatch(/unavailable/);
    expect(Date.parse(row?.next_attempt_at ?? '')).toBeGreaterThan(Date.now());
    const runs = await readJsonLines<RunRecord>(join(state, 'runs.jsonl'));
    expect(runs.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  }, 60_000);

  it('on SIGINT finishes the item in flight, claims no more, records the run cancelled, and exits 130', async () => {
    llm = await startFakeOpenAiServer({ latencyMs: 1_500 });
    const ids = ['assam', 'sencha', 'keemun'];
    const state = await stateWithTopics('cancel', ids);
    const cli = await spawnCli(
      ['executor', '--state', state, '--json', '--concurrency', '1', '--max-items', '3', '--run-id', 'ctrl-c'],
      llmEnv(llm),
    );
    let exited = false;
    const done = cli.done.finally(() => {
      exited = true;
    });
    await waitFor(
      async () => exited || (await readFile(join(state, 'queue.csv'), 'utf8').catch(() => '')).includes('IN_PROGRESS'),
      'the first claim',
    );
    expect(exited, 'the run ended before the first claim was seen').toBe(false);
    cli.child.kill('SIGINT');
    const run = await done;

    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toContain('SIGINT received: finishing the items in flight, claiming no more');
    expect(run.stderr).not.toMatch(STACK_LINE);
    const result = JSON.parse(run.stdout) as { conclusion: string; items: Array<{ item_id: string }> };
    expect(result.conclusion).toBe('cancelled');
    expect(result.items.map((i) => i.item_id)).toEqual(['assam']);
    const rows = (await readQueue(state)).records;
    expect(rows.find((r) => r.id === 'assam')?.status).not.toBe('IN_PROGRESS');
    expect(rows.filter((r) => r.id !== 'assam').map((r) => [r.id, r.status, r.attempts])).toEqual([
      ['sencha', 'PENDING', ''],
      ['keemun', 'PENDING', ''],
    ]);
    const runs = await readJsonLines<RunRecord>(join(state, 'runs.jsonl'));
    expect(runs.map((r) => [r.run_id, r.status, r.conclusion])).toEqual([['ctrl-c', 'completed', 'cancelled']]);
  }, 60_000);

  it("exits 0 on a clean run and reports the run's tokens and cost (text and --json)", async () => {
    llm = await startFakeOpenAiServer();
    const state = await stateWithTopics('usage', ['darjeeling']);
    const config = join(state, 'autopilot.yml');
    await writeFile(config, 'pricing:\n  input_per_million: 1\n  output_per_million: 2\n');
    const env = { ...llmEnv(llm), CONFIG_FILE: config };
    const json = await (await spawnCli(['executor', '--state', state, '--json', '--run-id', 'usage-json'], env)).done;
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout) as { usage: { tokens_in: number; tokens_out: number; cost_usd: number } };
    // One first pass: 100 tokens in, 500 out at $1 and $2 per million.
    expect(result.usage).toEqual({ tokens_in: 100, tokens_out: 500, cost_usd: 0.0011 });

    const again = await stateWithTopics('usage-text', ['nilgiri']);
    const text = await (await spawnCli(['executor', '--state', again], env)).done;
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('LLM: 100 tokens in, 500 out, $0.0011');
  }, 60_000);
});
