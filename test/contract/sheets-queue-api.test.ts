// What the Sheets queue adapter does beyond the contract: retries of 429 and
// 5xx with backoff, the request budget, writes of changed cells only (so
// formulas survive), the id check before writing, and clear errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSheetsAuth } from '../../packages/core/src/adapters/sheets/auth';
import { SheetsQueueStore } from '../../packages/core/src/adapters/sheets/queue-store';
import type { SheetsOptions } from '../../packages/core/src/adapters/sheets/values-client';
import { ServiceError, UserError } from '../../packages/core/src/errors';
import type { QueueRow } from '../../packages/core/src/model';
import { type FakeGrid, type FakeSheetsServer, startFakeSheets } from '../fakes/sheets-server';

let server: FakeSheetsServer;
let next = 0;
beforeAll(async () => {
  server = await startFakeSheets();
});
afterAll(() => server.close());

function setup(grid: FakeGrid, options: Partial<SheetsOptions> = {}) {
  const spreadsheetId = `api-${++next}`;
  server.addSpreadsheet(spreadsheetId, { Queue: grid });
  const sleeps: number[] = [];
  const store = new SheetsQueueStore({
    spreadsheetId,
    auth: { accessToken: server.token },
    apiUrl: server.url,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...options,
  });
  const requestsBefore = server.requests.length;
  return { spreadsheetId, store, sleeps, requests: () => server.requests.slice(requestsBefore) };
}

const seedGrid = (): FakeGrid => [
  ['id', 'title', 'status', 'Score'],
  ['a', 'Alpha', 'PENDING', { formula: '=LEN(B2)', value: 5 }],
  ['b', 'Beta', 'PENDING', { formula: '=LEN(B3)', value: 4 }],
];

const claim = (id: string) => (rows: readonly QueueRow[]) => {
  const row = rows.find((r) => r.id === id) as QueueRow;
  return { update: [{ ...row, status: 'IN_PROGRESS' }], result: row.row };
};

describe('SheetsQueueStore against the Sheets API', () => {
  it('retries 429 RESOURCE_EXHAUSTED with growing backoff and counts every request', async () => {
    const { store, sleeps, requests } = setup(seedGrid());
    server.failNext(2, 429);
    const rows = await store.list();
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(store.stats()).toEqual({ requests: 3, retries: 2 });
    // The googleapis client did not retry on its own: the server saw exactly our 3 requests.
    expect(requests()).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] as number);
  });

  it('retries a failed write (503) too, and honours Retry-After', async () => {
    const { store, sleeps, spreadsheetId } = setup(seedGrid());
    server.failNext(1, 503, { method: 'POST', headers: { 'retry-after': '7' } });
    await expect(store.transact(claim('a'))).resolves.toBe(1);
    expect(server.grid(spreadsheetId, 'Queue')[1]?.[2]).toBe('IN_PROGRESS');
    expect(store.stats().retries).toBe(1);
    expect(sleeps).toEqual([7_000]);
  });

  it('gives up after maxAttempts with a retryable ServiceError', async () => {
    const { store } = setup(seedGrid(), { maxAttempts: 3 });
    server.failNext(5, 429);
    const error = await store.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ status: 429, retryable: true });
    expect((error as Error).message).toMatch(/Quota exceeded.*after 3 attempts/);
    expect(store.stats()).toEqual({ requests: 3, retries: 2 });
    await store.list(); // drain the remaining injected failures
  });

  it('retries when the connection fails, then reports a retryable ServiceError', async () => {
    const gone = await startFakeSheets();
    await gone.close();
    const store = new SheetsQueueStore({
      spreadsheetId: 'x',
      auth: { accessToken: gone.token },
      apiUrl: gone.url,
      maxAttempts: 2,
      sleep: async () => {},
    });
    const error = await store.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ retryable: true, service: 'Google Sheets' });
    expect(store.stats()).toEqual({ requests: 2, retries: 1 });
  });

  it('waits for the per-minute request budget instead of exceeding it', async () => {
    let now = 1_000_000;
    const waits: number[] = [];
    const { store } = setup(seedGrid(), {
      requestBudgetPerMinute: 2,
      clock: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    await store.list();
    now += 10_000;
    await store.list();
    await store.list();
    expect(waits).toEqual([50_000]);
    expect(store.stats().requests).toBe(3);
  });

  it('writes only the changed cells (RAW), so formulas in other cells survive', async () => {
    const { store, spreadsheetId, requests } = setup(seedGrid());
    await store.transact(claim('b'));
    const grid = server.grid(spreadsheetId, 'Queue');
    expect(grid[2]).toEqual(['b', 'Beta', 'IN_PROGRESS', { formula: '=LEN(B3)', value: 4 }]);
    expect(grid[1]?.[3]).toEqual({ formula: '=LEN(B2)', value: 5 });
    const writes = requests().filter((r) => r.method === 'POST');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.body).toEqual({
      valueInputOption: 'RAW',
      data: [{ range: "'Queue'!C3:C3", values: [['IN_PROGRESS']], majorDimension: 'ROWS' }],
    });
    // Humans' display values are what the store reads.
    expect((await store.list())[0]?.extra).toEqual({ Score: '5' });
  });

  it('writes nothing when rows moved under the plan, and says so', async () => {
    const { store, spreadsheetId } = setup(seedGrid());
    const error = await store
      .transact((rows) => {
        // A human inserts a row above while we plan.
        server.grid(spreadsheetId, 'Queue').splice(1, 0, ['new', 'Inserted', 'PENDING']);
        return claim('b')(rows);
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ retryable: true });
    expect((error as Error).message).toMatch(/sheet row 3 held id 'b', now 'a'.*Nothing was written/);
    expect(server.grid(spreadsheetId, 'Queue').map((r) => r[2])).toEqual(['status', 'PENDING', 'PENDING', 'PENDING']);
  });

  it('appends below rows someone else appended meanwhile', async () => {
    const { store, spreadsheetId } = setup(seedGrid());
    await store.transact((rows) => {
      server.grid(spreadsheetId, 'Queue').push(['other', 'Theirs']);
      return { append: [{ id: 'mine', title: 'Mine' }], result: rows.length };
    });
    expect((await store.list()).map((r) => [r.row, r.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'other'],
      [4, 'mine'],
    ]);
  });

  it('reports a missing tab, an unknown spreadsheet and a refused token as user errors, without retrying', async () => {
    const { store } = setup(seedGrid(), { queueTab: 'Nope' });
    await expect(store.list()).rejects.toThrow(UserError);
    await expect(store.list()).rejects.toThrow(/has no tab for the range 'Nope'.*sheets-queue-tab/);

    const missing = new SheetsQueueStore({
      spreadsheetId: 'no-such',
      auth: { accessToken: server.token },
      apiUrl: server.url,
    });
    await expect(missing.list()).rejects.toThrow(/spreadsheet 'no-such' was not found/);

    const { spreadsheetId } = setup(seedGrid());
    const badToken = new SheetsQueueStore({ spreadsheetId, auth: { accessToken: 'wrong' }, apiUrl: server.url });
    const error = await badToken.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/access to spreadsheet .* was refused \(401/);
    expect((error as Error).message).not.toContain('wrong');
    expect(store.stats().retries + missing.stats().retries + badToken.stats().retries).toBe(0);
  });
});

describe('createSheetsAuth', () => {
  it('rejects a malformed service-account key by setting name, without echoing it', () => {
    const secret = '{"private_key": "-----BEGIN SECRET';
    expect(() => createSheetsAuth({ serviceAccountJson: secret })).toThrow(UserError);
    expect(() => createSheetsAuth({ serviceAccountJson: secret })).toThrow(
      /GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON/,
    );
    expect(() => createSheetsAuth({ serviceAccountJson: secret })).not.toThrow(/BEGIN SECRET/);
    expect(() => createSheetsAuth({ serviceAccountJson: '{"private_key":"k"}' })).toThrow(
      /GOOGLE_SERVICE_ACCOUNT_JSON has no client_email/,
    );
  });

  it('builds a JWT for a key, an OAuth2 client for a token, and asks for credentials when none are given', async () => {
    const jwt = createSheetsAuth({
      serviceAccountJson: JSON.stringify({ client_email: 'bot@p.iam.gserviceaccount.com', private_key: 'k' }),
    });
    expect(jwt.constructor.name).toBe('JWT');
    const oauth = createSheetsAuth({ accessToken: 'tok' });
    expect(oauth.constructor.name).toBe('OAuth2Client');
    expect((await (oauth as { getAccessToken(): Promise<{ token?: string | null }> }).getAccessToken()).token).toBe(
      'tok',
    );
    expect(createSheetsAuth({ useAdc: true }).constructor.name).toBe('GoogleAuth');
    expect(() => createSheetsAuth({})).toThrow(/needs credentials: set GOOGLE_SERVICE_ACCOUNT_JSON/);
  });
});
