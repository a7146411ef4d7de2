// What every RunHistory must do. A GitHub history only reads (GitHub records
// runs itself), so each fixture says how to put runs in place: locally
// through record(), on the fake server by adding workflow runs.
import { describe, expect, it } from 'vitest';
import type { Mode, RunRecord } from '../../packages/core/src/model';
import type { RunHistory } from '../../packages/core/src/ports';

export interface SeedRun {
  mode: Mode;
  status: RunRecord['status'];
  conclusion?: 'success' | 'failure' | 'cancelled';
  started_at: string;
  finished_at?: string;
}

export interface RunHistoryFixture {
  history: RunHistory;
  /** Put these runs in place, oldest first. */
  seed: (runs: SeedRun[]) => Promise<void>;
  cleanup?: () => Promise<void>;
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 8, minute)).toISOString().replace('.000Z', 'Z');

export function describeRunHistoryContract(name: string, factory: () => Promise<RunHistoryFixture>): void {
  describe(`RunHistory contract: ${name}`, () => {
    const withHistory = async (test: (f: RunHistoryFixture) => Promise<void>) => {
      const fixture = await factory();
      try {
        await test(fixture);
      } finally {
        await fixture.cleanup?.();
      }
    };

    it('has no runs at first', () =>
      withHistory(async ({ history }) => {
        expect(await history.recent(5)).toEqual([]);
      }));

    it('lists runs newest first, at most `limit`, with mode, status and times', () =>
      withHistory(async ({ history, seed }) => {
        await seed([
          { mode: 'review', status: 'completed', conclusion: 'success', started_at: at(0), finished_at: at(5) },
          { mode: 'publish', status: 'completed', conclusion: 'failure', started_at: at(10), finished_at: at(12) },
          { mode: 'review', status: 'in_progress', started_at: at(20) },
        ]);
        const runs = await history.recent(2);
        expect(runs.map((r) => [r.mode, r.status])).toEqual([
          ['review', 'in_progress'],
          ['publish', 'completed'],
        ]);
        expect(runs[1]).toMatchObject({ conclusion: 'failure', started_at: at(10) });
        expect(runs[1]?.finished_at).toBeDefined();
        expect(runs[0]?.finished_at).toBeUndefined();
        expect(runs[0]?.conclusion).toBeUndefined();

        const all = await history.recent(10);
        expect(all).toHaveLength(3);
        expect(all[2]).toMatchObject({ mode: 'review', status: 'completed', conclusion: 'success', started_at: at(0) });
        expect(new Set(all.map((r) => r.run_id)).size).toBe(3);
        for (const run of all) expect(typeof run.run_id).toBe('string');
      }));

    it('returns nothing for a limit of 0', () =>
      withHistory(async ({ history, seed }) => {
        await seed([{ mode: 'review', status: 'queued', started_at: at(1) }]);
        expect(await history.recent(0)).toEqual([]);
      }));

    it('accepts record() without failing', () =>
      withHistory(async ({ history }) => {
        await expect(
          history.record({ run_id: 'r-1', mode: 'review', status: 'queued', started_at: at(30) }),
        ).resolves.toBeUndefined();
      }));
  });
}
