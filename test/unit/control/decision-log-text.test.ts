// The decision log's text (adapters/local/decision-log-text.ts): what reads,
// what is refused (naming the field), and that a human's extra keys survive.
import { describe, expect, it } from 'vitest';
import { parseDecisionLog } from '../../../packages/core/src/adapters/local/decision-log-text';

const entry = {
  decision: 'continue_publish',
  reason: 'ok',
  at: '2026-12-01T00:00:00Z',
  metrics: { runs: 3, rate: null, note: 'x' },
  by: 'reconcile',
};

describe('parseDecisionLog', () => {
  it('reads a log, keeps unknown keys, defaults absent ones', () => {
    const doc = parseDecisionLog(JSON.stringify({ last_decision: { ...entry, extra: 1 }, note: 'human' }), 'f.json');
    expect(doc.history).toEqual([]);
    expect(doc.last_decision).toEqual({ ...entry, extra: 1 });
    expect((doc as unknown as Record<string, unknown>).note).toBe('human');
    expect(parseDecisionLog('', 'f.json')).toEqual({ last_decision: null, history: [] });
    expect(parseDecisionLog('{}', 'f.json')).toEqual({ last_decision: null, history: [] });
  });

  it.each([
    ['a top level that is a list', '[]', /field "\(the top level\)" is not an object/],
    [
      'an unknown decision',
      JSON.stringify({ last_decision: { ...entry, decision: 'yolo' } }),
      /field "last_decision.decision" is not one of continue_publish/,
    ],
    [
      'a history entry without a reason',
      JSON.stringify({ history: [entry, { ...entry, reason: 3 }] }),
      /field "history.1.reason" is not text/,
    ],
    ['history not a list', JSON.stringify({ history: {} }), /field "history" is not a list/],
    [
      'a metric that is an object',
      JSON.stringify({ last_evaluation: { ...entry, metrics: { a: {} } } }),
      /field "last_evaluation.metrics.a"/,
    ],
    [
      'a code that is a number',
      JSON.stringify({ last_decision: { ...entry, code: 7 } }),
      /field "last_decision.code" is not text/,
    ],
  ])('refuses %s, naming the file and field', (_name, text, message) => {
    expect(() => parseDecisionLog(text, 'state/decision_log.json')).toThrow(message);
    expect(() => parseDecisionLog(text, 'state/decision_log.json')).toThrow(/^state\/decision_log.json: /);
  });
});
