// What every DecisionLog must do: an empty log when missing, writes only
// when the content changes, and a clear UserError for a broken file.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../packages/core/src/errors';
import type { DecisionLogDoc } from '../../packages/core/src/model';
import type { DecisionLog } from '../../packages/core/src/ports';

export interface DecisionLogFixture {
  log: DecisionLog;
  /** Put raw text where the log lives (a human's hand edit). */
  writeRaw: (text: string) => Promise<void>;
  /** How the location is named in messages (a file path, or the repository path). */
  where: string;
  cleanup?: () => Promise<void>;
}

const entry = (decision: 'continue_publish' | 'review_only', at: string) => ({
  decision,
  reason: `failure rate for ${decision}`,
  at,
  metrics: { runs: 12, failure_rate: 0.1, top_error: null, note: 'ok' },
  by: 'reconcile',
});

export function describeDecisionLogContract(name: string, factory: () => Promise<DecisionLogFixture>): void {
  describe(`DecisionLog contract: ${name}`, () => {
    const withLog = async (test: (f: DecisionLogFixture) => Promise<void>) => {
      const fixture = await factory();
      try {
        await test(fixture);
      } finally {
        await fixture.cleanup?.();
      }
    };

    it('reads a missing log as empty', () =>
      withLog(async ({ log }) => {
        expect(await log.read()).toEqual({ last_decision: null, history: [] });
      }));

    it('writes a new log, then reports no change for the same content', () =>
      withLog(async ({ log }) => {
        const first = entry('continue_publish', '2026-01-05T08:00:00Z');
        const doc: DecisionLogDoc = { last_decision: first, history: [first] };
        expect(await log.write(doc)).toEqual({ changed: true });
        expect(await log.read()).toEqual(doc);
        expect(await log.write(structuredClone(doc))).toEqual({ changed: false });
      }));

    it('writes again when the content changes', () =>
      withLog(async ({ log }) => {
        const first = entry('continue_publish', '2026-01-05T08:00:00Z');
        const second = entry('review_only', '2026-01-05T09:00:00Z');
        await log.write({ last_decision: first, history: [first] });
        const next: DecisionLogDoc = { last_decision: second, history: [first, second] };
        expect(await log.write(next)).toEqual({ changed: true });
        expect((await log.read()).last_decision?.decision).toBe('review_only');
        expect((await log.read()).history).toHaveLength(2);
      }));

    it('treats a hand-formatted file with the same content as unchanged', () =>
      withLog(async ({ log, writeRaw }) => {
        const first = entry('continue_publish', '2026-01-05T08:00:00Z');
        const doc: DecisionLogDoc = { last_decision: first, history: [first] };
        await writeRaw(JSON.stringify(doc));
        expect(await log.write(doc)).toEqual({ changed: false });
      }));

    it('rejects a broken file with a UserError naming where it is', () =>
      withLog(async ({ log, writeRaw, where }) => {
        await writeRaw('{"last_decision": ');
        const error = await log.read().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserError);
        expect((error as Error).message).toContain(where);
      }));

    it('rejects an unknown decision naming the field', () =>
      withLog(async ({ log, writeRaw }) => {
        await writeRaw(
          JSON.stringify({ last_decision: { ...entry('review_only', 'x'), decision: 'go_wild' }, history: [] }),
        );
        const error = await log.read().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UserError);
        expect((error as Error).message).toContain('last_decision.decision');
      }));
  });
}
