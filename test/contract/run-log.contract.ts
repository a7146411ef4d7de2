// The RunLog contract: append-only rows, read back oldest first, with the
// `since` filter, numbers and error codes intact. Every adapter passes it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunLogRow } from '../../packages/core/src/model';
import type { RunLog } from '../../packages/core/src/ports';

export interface RunLogHarness {
  log: RunLog;
  cleanup(): Promise<void>;
}

export function runLogRow(overrides: Partial<RunLogRow> = {}): RunLogRow {
  return {
    at: '2025-03-01T10:00:00.000Z',
    run_id: 'run-1',
    trace_id: 'trace-1',
    mode: 'review',
    item_id: 'item-1',
    outcome: 'drafted',
    gate: 'PASS',
    error_codes: [],
    attempts: 1,
    duration_ms: 1234,
    tokens_in: 100,
    tokens_out: 200,
    cost_usd: 0.0123,
    article_id: 'gid://shopify/Article/1',
    ...overrides,
  };
}

export async function collect(rows: AsyncIterable<RunLogRow>): Promise<RunLogRow[]> {
  const out: RunLogRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

export function describeRunLogContract(name: string, makeLog: () => Promise<RunLogHarness>): void {
  describe(`RunLog contract: ${name}`, () => {
    let h: RunLogHarness;
    beforeEach(async () => {
      h = await makeLog();
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('reads nothing from an empty log', async () => {
      expect(await collect(h.log.read())).toEqual([]);
    });

    it('reads back appended rows exactly, in order, across appends', async () => {
      const first = [runLogRow({ item_id: 'a' }), runLogRow({ item_id: 'b', at: '2025-03-01T11:00:00.000Z' })];
      const second = [runLogRow({ item_id: 'c', at: '2025-03-02T09:00:00.000Z', mode: 'publish' })];
      await h.log.append(first);
      await h.log.append([]);
      await h.log.append(second);
      expect(await collect(h.log.read())).toEqual([...first, ...second]);
    });

    it('round-trips numbers, error codes, an empty gate and text with commas and quotes; a line break becomes a space', async () => {
      const row = runLogRow({
        outcome: 'failed',
        gate: '',
        error_codes: ['BODY_TOO_SHORT', 'LLM_TIMEOUT'],
        attempts: 3,
        duration_ms: 98_765,
        tokens_in: 0,
        tokens_out: 123_456,
        cost_usd: 0.1 + 0.2,
        article_id: '',
        trace_id: 'a,b "c"\nd',
      });
      await h.log.append([row]);
      const [back] = await collect(h.log.read());
      // Log cells are one line each, so no record of the log spans lines (or can forge one).
      expect(back).toEqual({ ...row, trace_id: 'a,b "c" d' });
      expect(typeof back?.cost_usd).toBe('number');
    });

    it('filters by since (inclusive)', async () => {
      await h.log.append([
        runLogRow({ item_id: 'old', at: '2025-02-28T23:59:59.999Z' }),
        runLogRow({ item_id: 'edge', at: '2025-03-01T00:00:00.000Z' }),
        runLogRow({ item_id: 'new', at: '2025-03-05T12:00:00.000Z' }),
      ]);
      const since = new Date('2025-03-01T00:00:00.000Z');
      expect((await collect(h.log.read(since))).map((r) => r.item_id)).toEqual(['edge', 'new']);
      expect((await collect(h.log.read())).map((r) => r.item_id)).toEqual(['old', 'edge', 'new']);
    });
  });
}
