import { describe, expect, it } from 'vitest';
import type { HeartbeatClassification } from '../../../packages/core/src/domain/heartbeat';
import {
  countRecentFailures,
  decideSupervisor,
  type Effect,
  healthWindow,
  type NoticeState,
  type SupervisorCode,
  type SupervisorSnapshot,
  shouldNotify,
} from '../../../packages/core/src/domain/supervisor';
import type { Incident, RunRecord } from '../../../packages/core/src/model';
import { defaultQueueRules } from '../../../packages/core/src/services/supervisor-queue-rules';
import { queueRow, runRecord } from './fakes';

const NOW = new Date('2025-03-01T12:00:00Z');
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

const idle: HeartbeatClassification = { level: 'dead', active: false, ageSeconds: null, owner: '', reason: 'missing' };
const local: HeartbeatClassification = {
  level: 'healthy',
  active: true,
  ageSeconds: 30,
  owner: 'laptop',
  reason: 'ok',
};

const ok = (id: string, hours: number, mode: RunRecord['mode'] = 'review'): RunRecord =>
  runRecord({ run_id: id, mode, conclusion: 'success', started_at: ago(hours + 0.1), finished_at: ago(hours) });
const bad = (id: string, hours: number, conclusion: RunRecord['conclusion'] = 'failure'): RunRecord =>
  runRecord({ run_id: id, mode: 'publish', conclusion, started_at: ago(hours + 0.1), finished_at: ago(hours) });
const openIncident = (key: string): Incident => ({
  key,
  id: key,
  state: 'open',
  title: key,
  severity: 'high',
  labels: [],
  created_at: ago(1),
  updated_at: ago(1),
});

function snapshot(fields: Partial<SupervisorSnapshot> = {}): SupervisorSnapshot {
  return {
    now: NOW,
    pendingCount: 3,
    runs: [ok('r1', 1)],
    activeRuns: [],
    vars: { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' },
    lastDecision: null,
    heartbeat: idle,
    openIncidents: [],
    failedWithin24h: 0,
    expiredLeases: 0,
    ...fields,
  };
}

const decision = (decision: 'continue_publish' | 'pause_and_review' | 'review_only' | 'no_data') => ({
  decision,
  reason: 'r',
  at: ago(1),
  metrics: {},
  by: 'reconcile',
});

const types = (effects: Effect[]) => effects.map((e) => (e.type === 'dispatch' ? `dispatch:${e.mode}` : e.type));

describe('decideSupervisor: one row per decision code, in order', () => {
  const rows: [string, Partial<SupervisorSnapshot>, SupervisorCode, 'review' | 'publish' | undefined, RegExp][] = [
    [
      '2 failures among the last 5 runs',
      { runs: [ok('a', 1), bad('b', 2), ok('c', 3), bad('d', 4), ok('e', 5)] },
      'disable_unstable',
      undefined,
      /2 of the last 5 completed runs failed \(threshold 2\)/,
    ],
    [
      'unstable wins over an active run',
      {
        runs: [bad('a', 1), bad('b', 2, 'timed_out')],
        activeRuns: [runRecord({ run_id: 'x', status: 'in_progress' })],
      },
      'disable_unstable',
      undefined,
      /2 of the last 2/,
    ],
    [
      'a run in progress',
      { activeRuns: [runRecord({ run_id: 'x', status: 'in_progress' })] },
      'wait_run_active',
      undefined,
      /x \(in_progress\)/,
    ],
    [
      'a run queued',
      { activeRuns: [runRecord({ run_id: 'q', status: 'queued' })] },
      'wait_run_active',
      undefined,
      /q \(queued\)/,
    ],
    ['the local runner is active', { heartbeat: local }, 'skip_local_active', undefined, /laptop owns the pipeline/],
    ['nothing pending', { pendingCount: 0 }, 'skip_no_pending', undefined, /no queue rows are eligible/],
    [
      'WF_ENABLED off',
      { vars: { WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_enabled' } },
      'review_locked',
      'review',
      /WF_ENABLED is "false"/,
    ],
    [
      'ALLOW_PUBLISH not human-enabled',
      { vars: { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' } },
      'review_locked',
      'review',
      /ALLOW_PUBLISH is "human_disabled"/,
    ],
    ['variables unset', { vars: {} }, 'review_locked', 'review', /WF_ENABLED is ""; ALLOW_PUBLISH is ""/],
    [
      'reconcile says pause',
      { lastDecision: decision('pause_and_review') },
      'review_locked',
      'review',
      /reconcile decided pause_and_review/,
    ],
    ['reconcile says review only', { lastDecision: decision('review_only') }, 'review_locked', 'review', /review_only/],
    [
      'no review run ever',
      { runs: [ok('p', 1, 'publish')] },
      'review_no_recent_success',
      'review',
      /no successful review run within 24 h \(last: never\)/,
    ],
    [
      'last review success 25 h ago',
      { runs: [ok('p', 1, 'publish'), ok('r', 25)] },
      'review_no_recent_success',
      'review',
      /last: 25\.0 h ago/,
    ],
    [
      'a failed review run does not count',
      { runs: [bad('f', 1), ok('p', 2, 'publish')] },
      'review_no_recent_success',
      'review',
      /never/,
    ],
    ['all clear', { lastDecision: decision('continue_publish') }, 'publish', 'publish', /3 eligible rows; switches on/],
  ];
  it.each(rows)('%s → %s', (_name, fields, code, mode, reason) => {
    const d = decideSupervisor(snapshot(fields));
    expect(d.code).toBe(code);
    expect(d.dispatchMode).toBe(mode);
    expect(d.reason).toMatch(reason);
    const dispatches = d.effects.filter((e) => e.type === 'dispatch');
    expect(dispatches).toEqual(mode ? [{ type: 'dispatch', mode }] : []);
  });

  it('one failure, or cancelled and skipped runs, are not unstable', () => {
    const runs = [ok('a', 1), bad('b', 2), bad('c', 3, 'cancelled'), bad('d', 4, 'skipped'), ok('e', 5)];
    expect(decideSupervisor(snapshot({ runs })).code).toBe('publish');
    expect(healthWindow(runs, 5)).toEqual({ judged: 3, failures: 1 });
  });

  it('judges only the last health-window runs, by finish time', () => {
    const runs = [bad('old1', 10), bad('old2', 11), ok('a', 1), ok('b', 2), ok('c', 3), ok('d', 4), ok('e', 5)];
    expect(decideSupervisor(snapshot({ runs })).code).toBe('publish');
    expect(decideSupervisor(snapshot({ runs }), { healthWindow: 7 }).code).toBe('disable_unstable');
  });
});

describe('decideSupervisor: effects', () => {
  it('disable_unstable sets both switches to safe values, opens the incident and notifies; no dispatch', () => {
    const d = decideSupervisor(snapshot({ runs: [bad('a', 1), bad('b', 2)] }));
    expect(d.effects.slice(0, 2)).toEqual([
      { type: 'set_variable', name: 'WF_ENABLED', value: 'false' },
      { type: 'set_variable', name: 'ALLOW_PUBLISH', value: 'human_disabled' },
    ]);
    expect(types(d.effects)).toEqual(['set_variable', 'set_variable', 'open_incident', 'notify']);
    const incident = d.effects.find((e) => e.type === 'open_incident');
    expect(incident).toMatchObject({ key: 'pipeline-unstable', severity: 'high' });
    expect(d.incidents).toEqual(['pipeline-unstable']);
  });

  it('does not set a switch that is already safe', () => {
    const d = decideSupervisor(
      snapshot({ runs: [bad('a', 1), bad('b', 2)], vars: { WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_disabled' } }),
    );
    expect(d.effects.filter((e) => e.type === 'set_variable')).toEqual([]);
  });

  it('keeps pipeline-unstable open while a failure remains in the window, resolves it once clean', () => {
    const open = [openIncident('pipeline-unstable')];
    const oneFailure = decideSupervisor(snapshot({ runs: [ok('a', 1), bad('b', 2)], openIncidents: open }));
    expect(oneFailure.effects.some((e) => e.type === 'resolve_incident')).toBe(false);
    expect(oneFailure.incidents).toEqual(['pipeline-unstable']);
    const clean = decideSupervisor(snapshot({ runs: [ok('a', 1), ok('b', 2)], openIncidents: open }));
    expect(clean.effects).toContainEqual(
      expect.objectContaining({ type: 'resolve_incident', key: 'pipeline-unstable' }),
    );
    expect(clean.incidents).toEqual([]);
  });

  const deadLetters: [number, string[]][] = [
    [3, []],
    [4, ['open_incident']],
  ];
  it.each(deadLetters)('dead letters: %i FAILED rows in 24 h (threshold 3) → %j', (count, expected) => {
    const d = decideSupervisor(snapshot({ failedWithin24h: count }));
    const effects = d.effects.filter((e) => 'key' in e && e.key === 'dead-letter');
    expect(effects.map((e) => e.type)).toEqual(expected);
  });

  it('resolves dead-letter once under the threshold', () => {
    const d = decideSupervisor(snapshot({ failedWithin24h: 1, openIncidents: [openIncident('dead-letter')] }));
    expect(d.effects).toContainEqual({
      type: 'resolve_incident',
      key: 'dead-letter',
      body: 'Resolved: 1 rows became FAILED within 24 h (threshold 3).',
    });
  });

  const stalls: [string, Partial<SupervisorSnapshot>, boolean][] = [
    ['last completion 3.5 h ago with work pending', { runs: [ok('a', 3.5)] }, true],
    ['last completion 2 h ago', { runs: [ok('a', 2)] }, false],
    ['stalled but nothing pending', { runs: [ok('a', 5)], pendingCount: 0 }, false],
    [
      'only an in-progress run started long ago',
      { runs: [runRecord({ run_id: 'x', status: 'in_progress', started_at: ago(6) })] },
      true,
    ],
    ['no runs at all (a fresh setup)', { runs: [] }, false],
    ['no runs ever, work waiting 1 h', { runs: [], pendingSince: ago(1) }, false],
    ['no runs ever, work waiting 4 h (a schedule that never fired)', { runs: [], pendingSince: ago(4) }, true],
    ['a recent completion outranks old waiting work', { runs: [ok('a', 1)], pendingSince: ago(10) }, false],
    ['a completion known from elsewhere', { runs: [ok('a', 5)], lastCompletedPublishRunAt: ago(1) }, false],
    ['a failed run still counts as a completed run', { runs: [bad('a', 1), ok('b', 5)] }, false],
  ];
  it.each(stalls)('schedule-stalled: %s → %s', (_name, fields, stalled) => {
    const d = decideSupervisor(snapshot(fields));
    const opened = d.effects.some((e) => e.type === 'open_incident' && e.key === 'schedule-stalled');
    expect(opened).toBe(stalled);
  });

  it('resolves schedule-stalled when runs complete again', () => {
    const d = decideSupervisor(snapshot({ openIncidents: [openIncident('schedule-stalled')] }));
    expect(d.effects).toContainEqual({
      type: 'resolve_incident',
      key: 'schedule-stalled',
      body: 'Resolved: Not stalled: work has waited 1.0 h (limit 3 h); last completed run: 1.0 h ago.',
    });
  });

  it('names the hours in the stall incident, never the cadence', () => {
    const d = decideSupervisor(snapshot({ runs: [ok('a', 4)] }));
    const e = d.effects.find((x) => x.type === 'open_incident' && x.key === 'schedule-stalled');
    expect(e && 'body' in e && e.body).toMatch(/within 3 h while 3 rows wait \(last completed run: 4\.0 h ago\)/);
  });

  it('recovers expired leases unless something is running', () => {
    expect(decideSupervisor(snapshot({ expiredLeases: 2 })).effects).toContainEqual({
      type: 'recover_leases',
      count: 2,
    });
    const busy = snapshot({ expiredLeases: 2, activeRuns: [runRecord({ run_id: 'x', status: 'in_progress' })] });
    expect(types(decideSupervisor(busy).effects)).not.toContain('recover_leases');
    expect(types(decideSupervisor(snapshot({ expiredLeases: 2, heartbeat: local })).effects)).not.toContain(
      'recover_leases',
    );
  });

  it('orders effects: switches, leases, incidents, dispatch, notify', () => {
    const d = decideSupervisor(snapshot({ expiredLeases: 1, failedWithin24h: 9 }));
    expect(types(d.effects)).toEqual(['recover_leases', 'open_incident', 'dispatch:publish', 'notify']);
  });

  it('notifies only on change', () => {
    const first = decideSupervisor(snapshot());
    expect(types(first.effects)).toContain('notify');
    const lastNotice: NoticeState = { code: 'publish', incidents: [], at: ago(0.5) };
    expect(types(decideSupervisor(snapshot({ lastNotice })).effects)).not.toContain('notify');
  });
});

describe('shouldNotify (repeat every 6 h)', () => {
  const prev = (code: SupervisorCode, incidents: string[], hours: number): NoticeState => ({
    code,
    incidents,
    at: ago(hours),
  });
  const rows: [string, NoticeState | undefined, SupervisorCode, string[], boolean][] = [
    ['first tick', undefined, 'publish', [], true],
    ['first tick while waiting, nothing wrong', undefined, 'wait_run_active', [], false],
    ['same code, no incidents, long ago', prev('publish', [], 48), 'publish', [], false],
    ['code changed', prev('publish', [], 0.5), 'review_locked', [], true],
    ['incident opened', prev('publish', [], 0.5), 'publish', ['dead-letter'], true],
    ['incident resolved', prev('publish', ['dead-letter'], 0.5), 'publish', [], true],
    ['same incident within the interval', prev('publish', ['dead-letter'], 5.9), 'publish', ['dead-letter'], false],
    ['same incident after the interval', prev('publish', ['dead-letter'], 6), 'publish', ['dead-letter'], true],
    ['still unstable after the interval', prev('disable_unstable', [], 7), 'disable_unstable', [], true],
    ['a run in progress is not a change', prev('publish', [], 0.5), 'wait_run_active', [], false],
    ['local runner active is not a change', prev('review_locked', [], 0.5), 'skip_local_active', [], false],
    ['incident order does not matter', prev('publish', ['b', 'a'], 1), 'publish', ['a', 'b'], false],
  ];
  it.each(rows)('%s → %s', (_name, last, code, incidents, expected) => {
    expect(shouldNotify(last, { code, incidents }, NOW, 6)).toBe(expected);
  });
});

describe('countRecentFailures', () => {
  it('counts FAILED rows updated within 24 h', () => {
    const rows = [
      queueRow({ row: 1, status: 'FAILED', updated_at: ago(1) }),
      queueRow({ row: 2, status: 'failed', updated_at: ago(23.9) }),
      queueRow({ row: 3, status: 'FAILED', updated_at: ago(25) }),
      queueRow({ row: 4, status: 'FAILED', updated_at: '' }),
      queueRow({ row: 5, status: 'BLOCKED', updated_at: ago(1) }),
    ];
    expect(countRecentFailures(rows, NOW)).toBe(2);
  });
});

describe('defaultQueueRules().waitingSince', () => {
  const rules = defaultQueueRules(false);
  it('is the earliest time an eligible row has been waiting (latest of updated_at, next_attempt_at, passed publish_at)', () => {
    const rows = [
      queueRow({ row: 1, status: 'PENDING', updated_at: ago(5), next_attempt_at: ago(2) }), // waiting since 2 h
      queueRow({ row: 2, status: 'PENDING', updated_at: ago(9), publish_at: ago(4) }), // since 4 h
      queueRow({ row: 3, status: 'PUBLISHED', updated_at: ago(50) }), // not eligible
      queueRow({ row: 4, status: 'PENDING', updated_at: '', next_attempt_at: ago(-1) }), // not due yet
    ];
    expect(rules.waitingSince?.(rows, NOW)).toBe(ago(4));
  });

  it('says nothing when no eligible row carries a time', () => {
    expect(rules.waitingSince?.([queueRow({ row: 1, status: 'PENDING', updated_at: '' })], NOW)).toBeUndefined();
  });
});
