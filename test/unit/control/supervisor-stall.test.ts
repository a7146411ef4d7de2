import { describe, expect, it } from 'vitest';
import { judgeStall, type StallFacts } from '../../../packages/core/src/domain/supervisor/stall';
import { runRecord } from './fakes';

const NOW = new Date('2026-03-02T12:00:00Z');
const ago = (hours: number) => NOW.getTime() - hours * 3_600_000;
const iso = (hours: number) => new Date(ago(hours)).toISOString();
const queued = (id: string, hours: number) => runRecord({ run_id: id, status: 'queued', started_at: iso(hours) });
const running = (id: string, hours: number) => runRecord({ run_id: id, status: 'in_progress', started_at: iso(hours) });

const facts = (fields: Partial<StallFacts> = {}): StallFacts => ({
  now: NOW,
  pendingCount: 2,
  activeRuns: [],
  ...fields,
});
const stalled = (fields: Partial<StallFacts>) => judgeStall(facts(fields), 3).stalled;

describe('judgeStall (stall-after-hours 3)', () => {
  it.each<[string, Partial<StallFacts>, boolean]>([
    [
      'the first run queued seconds ago, nothing completed, work due 5 h ago',
      { activeRuns: [queued('1', 0.01)], dueSince: ago(5) },
      false,
    ],
    ['the first run queued seconds ago, no due time known', { activeRuns: [queued('1', 0.01)] }, false],
    ['a run in progress for 2.9 h', { activeRuns: [running('1', 2.9)], lastCompletion: ago(10) }, false],
    ['a run queued for 4 h, nothing else known', { activeRuns: [queued('1', 4)] }, true],
    ['no run, no due time, nothing completed: nothing to measure from', {}, false],
    ['work due 4 h ago, no run at all', { dueSince: ago(4) }, true],
    ['work due 2 h ago, no run at all', { dueSince: ago(2) }, false],
    ['work due 10 h ago but a run completed 1 h ago', { dueSince: ago(10), lastCompletion: ago(1) }, false],
    ['a run completed 5 h ago, the work became due 1 h ago', { dueSince: ago(1), lastCompletion: ago(5) }, false],
    ['a run completed 5 h ago and the work was due before it', { dueSince: ago(8), lastCompletion: ago(5) }, true],
    ['nothing pending', { pendingCount: 0, dueSince: ago(10), activeRuns: [queued('1', 9)] }, false],
    ['a stuck old run does not hide a young one', { activeRuns: [queued('old', 9), queued('new', 0.1)] }, false],
    ['an old stuck run, work due only 1 h ago', { activeRuns: [queued('old', 9)], dueSince: ago(1) }, false],
    ['a due time in the future says nothing', { dueSince: ago(-5), activeRuns: [queued('1', 4)] }, true],
  ])('%s → stalled %s', (_name, fields, expected) => {
    expect(stalled(fields)).toBe(expected);
  });

  it('measures from the later of the due time and the last completion, and says which', () => {
    expect(judgeStall(facts({ dueSince: ago(8), lastCompletion: ago(5) }), 3)).toEqual({
      stalled: true,
      since: ago(5),
      basis: 'completion',
    });
    expect(judgeStall(facts({ dueSince: ago(4), lastCompletion: ago(6) }), 3)).toEqual({
      stalled: true,
      since: ago(4),
      basis: 'due',
    });
  });

  it('names the oldest stuck run when that is the only clock', () => {
    const verdict = judgeStall(facts({ activeRuns: [queued('b', 4), queued('a', 5)] }), 3);
    expect(verdict).toMatchObject({ stalled: true, basis: 'active_run', since: ago(5), run: { run_id: 'a' } });
  });

  it('says why it is not stalled', () => {
    expect(judgeStall(facts({ activeRuns: [queued('7', 0.5)] }), 3)).toEqual({
      stalled: false,
      why: 'run 7 is queued (started 0.5 h ago)',
    });
    expect(judgeStall(facts({ pendingCount: 0 }), 3)).toEqual({ stalled: false, why: 'no work is pending' });
  });

  it('a run exactly stall-after-hours old still counts as young; a moment later it does not', () => {
    expect(stalled({ activeRuns: [queued('1', 3)] })).toBe(false);
    expect(stalled({ activeRuns: [queued('1', 3.001)] })).toBe(true);
  });
});
