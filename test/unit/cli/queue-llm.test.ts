// `queue add --request` with an LLM configured: the model reads the request
// into rows through a JSON schema; when it fails, or answers rows that do not
// check, the built-in parser reads it instead (and says so).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeDraft, type FakeOpenAiServer, startFakeOpenAiServer } from '../../fakes/openai-server';
import { runMain } from './run-main';

let state: string;
let llm: FakeOpenAiServer;
let answer: unknown;

beforeAll(async () => {
  llm = await startFakeOpenAiServer({ respond: () => answer as FakeDraft });
});
afterAll(() => llm.close());
beforeEach(async () => {
  state = await mkdtemp(join(tmpdir(), 'autopilot-queue-llm-'));
  await writeFile(join(state, 'queue.csv'), 'id,title,status\n');
  llm.requests.length = 0;
});
afterEach(() => rm(state, { recursive: true, force: true }));

const add = (request: string) =>
  runMain([
    'queue',
    'add',
    '--request',
    request,
    '--json',
    '--llm-base-url',
    llm.baseUrl,
    '--llm-model',
    'test-model',
    '--state',
    state,
  ]);

describe('queue add --request with an LLM', () => {
  it('adds the rows the model read, asking through the queue_rows JSON schema', async () => {
    answer = {
      rows: [
        {
          title: 'Earl Grey history',
          brief: 'bergamot',
          keywords: ['earl grey'],
          priority: 'P1',
          publish_at: '2026-12-11',
        },
      ],
    };
    const run = await add('please write about the history of earl grey soon-ish, fairly important, next friday');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([
      {
        id: 'earl-grey-history',
        title: 'Earl Grey history',
        priority: 'P1',
        publish_at: '2026-12-11',
        keywords: 'earl grey',
      },
    ]);
    const body = llm.requests[0]?.body;
    expect(body?.response_format?.json_schema?.name).toBe('queue_rows');
    expect(body?.messages?.at(-1)?.content).toContain('history of earl grey');
  });

  it.each([
    ['a priority outside P0–P2', { rows: [{ title: 'X', brief: '', keywords: [], priority: 'P9', publish_at: '' }] }],
    [
      'a date the queue cannot read',
      { rows: [{ title: 'X', brief: '', keywords: [], priority: '', publish_at: 'soon' }] },
    ],
    ['no rows', { rows: [] }],
  ])('falls back to the built-in parser on %s', async (_what, bad) => {
    answer = bad;
    const run = await add('Earl Grey history, high priority');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('read by the built-in parser instead');
    expect(JSON.parse(run.stdout)).toMatchObject([{ title: 'Earl Grey history', priority: 'P1' }]);
    expect(await readFile(join(state, 'queue.csv'), 'utf8')).not.toContain('P9');
  });

  it('falls back when the model server fails', async () => {
    llm.failNext(2, { status: 503, retryAfterMs: 1 });
    const run = await add('Chai at home, urgent');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('read by the built-in parser instead');
    expect(JSON.parse(run.stdout)).toMatchObject([{ title: 'Chai at home', priority: 'P0' }]);
  });
});
