// Reconcile tells content blocks (the gate or a reviewer stopping a draft:
// the rails working) apart from system failures (failed, retried: the
// pipeline failing). Blocks have their own threshold and reason, never lock
// publishing, and a block a human fixes that then passes counts as recovered.
import { describe, expect, it } from 'vitest';
import {
  currentDecision,
  DEFAULT_RECONCILE_POLICY,
  decisionMetrics,
  describeEvaluation,
  evaluationWords,
  RECONCILE_REASON_CODES,
  recommend,
  summarizeRunLog,
} from '../../../packages/core/src/domain/reconcile';
import { supervisorSummary } from '../../../packages/core/src/host/summaries';
import type { DecisionEntry, Outcome } from '../../../packages/core/src/model';
import { runSupervisor } from '../../../packages/core/src/services/supervisor';
import { FakeDecisionLog, FakeQueue, fakeSupervisorDeps, queueRow, runLogRow, stubQueueRules } from './fakes';

const FROM = new Date('2025-03-01T00:00:00Z');
const TO = new Date('2025-03-02T00:00:00Z');

function log(...outcomes: Array<[string, Outcome]>) {
  return outcomes.map(([item, outcome], i) =>
    runLogRow({
      at: new Date(FROM.getTime() + (i + 1) * 60_000).toISOString(),
      run_id: `r${i}`,
      item_id: item,
      outcome,
      error_codes: outcome === 'blocked' ? ['PLACEHOLDER'] : [],
    }),
  );
}

describe('content blocks apart from system failures', () => {
  it("the bundled example's first run (4 drafted, 1 blocked) continues publishing: blocks are not failures", () => {
    const m = summarizeRunLog(
      log(['a', 'drafted'], ['b', 'drafted'], ['c', 'drafted'], ['d', 'drafted'], ['e', 'blocked']),
      { from: FROM, to: TO },
    );
    expect(m.failureRate).toBe(0);
    expect(m.blockRate).toBe(0.2);
    const r = recommend(m);
    expect(r).toMatchObject({ decision: 'continue_publish', code: 'healthy' });
    expect(r.reason).toContain('block rate 20%');
  });

  it('a block rate at the threshold says the content needs a human, and publishing goes on', () => {
    const m = summarizeRunLog(
      log(['a', 'drafted'], ['b', 'blocked'], ['c', 'blocked'], ['d', 'drafted'], ['e', 'published'], ['f', 'blocked']),
      { from: FROM, to: TO },
    );
    expect(m.blockRate).toBe(0.5);
    const r = recommend(m);
    expect(r.decision).toBe('continue_publish');
    expect(r.code).toBe('content_needs_human');
    expect(r.reason).toMatch(/^content needs a human: 3 drafts blocked .*block rate 50% ≥ 25% over 6 processed/);
    expect(recommend(m, { blockRateThreshold: 0.6 }).code).toBe('healthy');
  });

  it('even every draft blocked is not a reason to pause or step back to review', () => {
    const m = summarizeRunLog(log(['a', 'blocked'], ['b', 'blocked'], ['c', 'blocked'], ['d', 'blocked']), {
      from: FROM,
      to: TO,
    });
    expect(recommend(m)).toMatchObject({ decision: 'continue_publish', code: 'content_needs_human' });
  });

  it('system failures still pause or step back to review, and say they are system failures', () => {
    const pause = summarizeRunLog(log(['a', 'failed'], ['b', 'retry'], ['c', 'drafted'], ['d', 'blocked']), {
      from: FROM,
      to: TO,
    });
    expect(pause.failureRate).toBe(0.5);
    expect(recommend(pause)).toMatchObject({ decision: 'pause_and_review', code: 'system_failures_pause' });
    const review = summarizeRunLog(
      log(['a', 'failed'], ['b', 'drafted'], ['c', 'drafted'], ['d', 'drafted'], ['e', 'blocked']),
      { from: FROM, to: TO },
    );
    const r = recommend(review);
    expect(r).toMatchObject({ decision: 'review_only', code: 'system_failures_review' });
    expect(r.reason).toContain('system failure rate 20%');
  });

  it('a blocked row that a human fixes and that then passes counts as recovered, not blocked', () => {
    const m = summarizeRunLog(
      log(['a', 'blocked'], ['b', 'blocked'], ['a', 'blocked'], ['a', 'drafted'], ['c', 'drafted'], ['d', 'drafted']),
      { from: FROM, to: TO },
    );
    expect(m.counts.blocked).toBe(3);
    expect(m.recovered).toBe(2);
    expect(m.openBlocks).toBe(1);
    expect(m.blockRate).toBe(Number((1 / 6).toFixed(4)));
    const r = recommend(m);
    expect(r.code).toBe('healthy');
    expect(r.reason).toContain('2 blocks fixed and passed since');
    expect(decisionMetrics(m)).toMatchObject({ open_blocks: 1, recovered: 2, block_rate: m.blockRate });
  });

  it('a pass before a block does not recover it', () => {
    const m = summarizeRunLog(log(['a', 'drafted'], ['a', 'blocked']), { from: FROM, to: TO });
    expect(m.recovered).toBe(0);
    expect(m.openBlocks).toBe(1);
  });

  it('every recommendation carries one of the exported reason codes', () => {
    const samples = [
      summarizeRunLog([], { from: FROM, to: TO }),
      summarizeRunLog(log(['a', 'failed']), { from: FROM, to: TO }),
      summarizeRunLog(log(['a', 'blocked']), { from: FROM, to: TO }),
      summarizeRunLog(log(['a', 'drafted']), { from: FROM, to: TO }),
    ];
    for (const m of samples) expect(RECONCILE_REASON_CODES).toContain(recommend(m).code);
    expect(DEFAULT_RECONCILE_POLICY.blockRateThreshold).toBe(0.25);
  });
});

describe('the latest evaluation in words', () => {
  const m = summarizeRunLog(log(['a', 'drafted'], ['b', 'blocked'], ['c', 'blocked'], ['d', 'drafted']), {
    from: FROM,
    to: TO,
  });
  const r = recommend(m);
  const entry: DecisionEntry = {
    decision: r.decision,
    code: r.code,
    reason: r.reason,
    at: TO.toISOString(),
    metrics: decisionMetrics(m),
    by: 'reconcile',
  };

  it('names the time, the window, the code and the numbers that matter', () => {
    const words = evaluationWords(entry);
    expect(words.headline).toBe('continue_publish (content_needs_human)');
    expect(words.meaning).toContain('the content needs a human');
    expect(words.when).toBe(
      'Evaluated at 2025-03-02T00:00:00.000Z over the window 2025-03-01T00:00:00.000Z → 2025-03-02T00:00:00.000Z by reconcile.',
    );
    expect(words.numbers).toContain('Block rate 50% (2 blocked, not fixed yet).');
    expect(words.numbers).toContain('System failure rate 0%.');
    expect(describeEvaluation(entry)).toContain(
      "Reconcile's latest evaluation: continue_publish (content_needs_human).",
    );
  });

  it('currentDecision: the newer of the latest evaluation and a hand-written last decision', () => {
    const older = { ...entry, at: '2025-03-01T00:00:00Z' };
    const human = { ...entry, decision: 'pause_and_review' as const, by: 'dana', at: '2025-03-03T00:00:00Z' };
    expect(currentDecision({ last_decision: older, last_evaluation: entry, history: [] })).toBe(entry);
    expect(currentDecision({ last_decision: human, last_evaluation: entry, history: [] })).toBe(human);
    expect(currentDecision({ last_decision: older, history: [] })).toBe(older);
    expect(currentDecision({ last_decision: null, history: [] })).toBeNull();
  });
});

describe('the supervisor reads and shows the latest evaluation, not the last change', () => {
  it('decides from it and names its time, window and numbers in the summary', async () => {
    const now = new Date('2025-03-02T00:10:00Z');
    const m = summarizeRunLog(log(['a', 'drafted'], ['b', 'blocked']), { from: FROM, to: TO });
    const r = recommend(m);
    const evaluation: DecisionEntry = {
      decision: r.decision,
      code: r.code,
      reason: r.reason,
      at: TO.toISOString(),
      metrics: decisionMetrics(m),
      by: 'reconcile',
    };
    const change: DecisionEntry = { ...evaluation, reason: 'the old change', at: '2025-02-20T00:00:00Z', metrics: {} };
    const deps = fakeSupervisorDeps(now, {
      queue: new FakeQueue([queueRow({ row: 1, status: 'PENDING' })]),
      decisions: new FakeDecisionLog({ last_decision: change, last_evaluation: evaluation, history: [change] }),
    });
    const result = await runSupervisor(deps, { dryRun: true, now, runId: 's1', queueRules: stubQueueRules });
    expect(result.snapshot.lastDecision).toEqual(evaluation);
    const md = supervisorSummary(result);
    expect(md).toContain('| continue_publish (content_needs_human) |');
    expect(md).toContain(
      "Reconcile's latest evaluation: continue_publish (content_needs_human). Evaluated at 2025-03-02T00:00:00.000Z over the window 2025-03-01T00:00:00.000Z → 2025-03-02T00:00:00.000Z",
    );
    expect(md).toContain('Block rate 50% (1 blocked, not fixed yet).');
    expect(md).not.toContain('the old change');
  });
});
