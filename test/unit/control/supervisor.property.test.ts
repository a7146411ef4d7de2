// Property: whatever the world looks like, the supervisor can only make
// publishing safer — no effect re-enables it — and a dry run's plan is
// exactly the decision's effects while nothing is written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HeartbeatClassification } from '../../../packages/core/src/domain/heartbeat';
import { decideSupervisor, type SupervisorSnapshot } from '../../../packages/core/src/domain/supervisor';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import type { Incident, RunRecord } from '../../../packages/core/src/model';
import { runSupervisor } from '../../../packages/core/src/services/supervisor';
import { inMemoryMemory } from '../../../packages/core/src/services/supervisor-memory';
import {
  FakeDecisionLog,
  FakeDispatcher,
  FakeHeartbeat,
  FakeIncidents,
  FakeNotifier,
  FakeQueue,
  FakeRuns,
  FakeVars,
  queueRow,
} from './fakes';

const NOW = new Date('2025-03-01T12:00:00Z');
const isoWithin = (hours: number) =>
  fc.integer({ min: 0, max: hours * 60 }).map((m) => new Date(NOW.getTime() - m * 60_000).toISOString());

const run: fc.Arbitrary<RunRecord> = fc.record({
  run_id: fc.string({ minLength: 1, maxLength: 6 }),
  mode: fc.constantFrom('review', 'publish', 'unknown'),
  status: fc.constantFrom('queued', 'in_progress', 'completed'),
  conclusion: fc.constantFrom('success', 'failure', 'cancelled', 'skipped', 'timed_out', 'neutral', undefined),
  started_at: isoWithin(72),
  finished_at: fc.option(isoWithin(72), { nil: undefined }),
}) as fc.Arbitrary<RunRecord>;

const varValue = fc.option(fc.constantFrom('true', 'false', 'TRUE', 'human_enabled', 'human_disabled', '', 'yes'), {
  nil: undefined,
});

const heartbeat: fc.Arbitrary<HeartbeatClassification> = fc.record({
  level: fc.constantFrom('healthy', 'warn', 'stale', 'dead', 'invalid'),
  active: fc.boolean(),
  ageSeconds: fc.option(fc.nat(), { nil: null }),
  owner: fc.string({ maxLength: 5 }),
  reason: fc.string({ maxLength: 10 }),
});

const incident: fc.Arbitrary<Incident> = fc.record({
  key: fc.constantFrom('pipeline-unstable', 'dead-letter', 'schedule-stalled', 'heartbeat-stale'),
  id: fc.string({ minLength: 1, maxLength: 3 }),
  state: fc.constantFrom('open', 'closed'),
  title: fc.string({ maxLength: 5 }),
  severity: fc.constantFrom('critical', 'high', 'medium', 'low'),
  labels: fc.constant([]),
  created_at: isoWithin(48),
  updated_at: isoWithin(48),
}) as fc.Arbitrary<Incident>;

const snapshot: fc.Arbitrary<SupervisorSnapshot> = fc.record({
  now: fc.constant(NOW),
  pendingCount: fc.nat(20),
  runs: fc.array(run, { maxLength: 12 }),
  activeRuns: fc.array(run, { maxLength: 2 }),
  vars: fc.record({ WF_ENABLED: varValue, ALLOW_PUBLISH: varValue }),
  lastDecision: fc.option(
    fc.record({
      decision: fc.constantFrom('continue_publish', 'pause_and_review', 'review_only', 'no_data'),
      reason: fc.constant('r'),
      at: isoWithin(24),
      metrics: fc.constant({}),
      by: fc.constant('reconcile'),
    }),
    { nil: null },
  ),
  heartbeat,
  openIncidents: fc.array(incident, { maxLength: 4 }),
  failedWithin24h: fc.nat(10),
  expiredLeases: fc.nat(3),
}) as fc.Arbitrary<SupervisorSnapshot>;

const policy = fc.record({
  failureThreshold: fc.integer({ min: 1, max: 5 }),
  healthWindow: fc.integer({ min: 1, max: 10 }),
  reviewWindowHours: fc.integer({ min: 1, max: 48 }),
  deadLetterThreshold: fc.nat(5),
  stallAfterHours: fc.integer({ min: 1, max: 12 }),
  repeatIntervalHours: fc.integer({ min: 1, max: 12 }),
});

const ALLOWED_WRITES = new Set(['WF_ENABLED=false', 'ALLOW_PUBLISH=human_disabled']);

describe('supervisor safety properties', () => {
  it('no effect ever sets a variable to anything but WF_ENABLED=false or ALLOW_PUBLISH=human_disabled', () => {
    fc.assert(
      fc.property(snapshot, policy, (s, p) => {
        const d = decideSupervisor(s, p);
        for (const e of d.effects) {
          if (e.type === 'set_variable') expect(ALLOWED_WRITES.has(`${e.name}=${e.value}`)).toBe(true);
        }
        // Never a dispatch while a run is active, never publish when a switch is off.
        const dispatch = d.effects.find((e) => e.type === 'dispatch');
        if (s.activeRuns.length > 0) expect(dispatch).toBeUndefined();
        if (dispatch?.type === 'dispatch' && dispatch.mode === 'publish') {
          expect(s.vars.WF_ENABLED?.trim().toLowerCase()).toBe('true');
          expect(s.vars.ALLOW_PUBLISH).toBe('human_enabled');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a dry run plans exactly the decision effects and writes nothing', async () => {
    const rows = fc.array(
      fc.record({
        status: fc.constantFrom('PENDING', 'IN_PROGRESS', 'FAILED', 'PUBLISHED'),
        lease_until: isoWithin(2),
        updated_at: isoWithin(48),
      }),
      { maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(snapshot, rows, policy, async (s, queueFields, p) => {
        const queue = new FakeQueue(queueFields.map((f, i) => queueRow({ row: i + 1, ...f })));
        const vars = new FakeVars(
          Object.fromEntries(Object.entries(s.vars).filter(([, v]) => v !== undefined)) as Record<string, string>,
        );
        const incidents = new FakeIncidents(() => NOW);
        incidents.incidents = s.openIncidents.map((i) => ({ ...i }));
        const dispatcher = new FakeDispatcher([...s.activeRuns]);
        const notifier = new FakeNotifier();
        const decisions = new FakeDecisionLog({ last_decision: s.lastDecision, history: [] });
        const state = inMemoryMemory();
        const before = JSON.stringify({ q: queue.rows, v: vars.values, i: incidents.incidents });
        const r = await runSupervisor(
          {
            queue,
            runs: new FakeRuns([...s.runs]),
            dispatcher,
            vars,
            decisions,
            heartbeat: FakeHeartbeat.missing(),
            incidents,
            notifier,
            log: createMemoryLogger(),
            state,
          },
          {
            dryRun: true,
            now: NOW,
            runId: 'prop',
            policy: p,
            queueRules: {
              eligibleCount: (all) => all.filter((row) => row.status === 'PENDING').length,
              recoverExpiredLeases: (all, now) =>
                all.filter((row) => row.status === 'IN_PROGRESS' && Date.parse(row.lease_until) < now.getTime()),
            },
          },
        );
        expect(r.planned).toEqual(r.decision.effects);
        expect(r.decision).toEqual(decideSupervisor(r.snapshot, p));
        expect(r.applied).toEqual([]);
        expect(vars.writes).toEqual([]);
        expect(dispatcher.dispatched).toEqual([]);
        expect(incidents.posted).toEqual([]);
        expect(notifier.sent).toEqual([]);
        expect(decisions.writes).toBe(0);
        expect(state.state).toBeUndefined();
        expect(JSON.stringify({ q: queue.rows, v: vars.values, i: incidents.incidents })).toBe(before);
        for (const e of r.planned) {
          if (e.type === 'set_variable') expect(ALLOWED_WRITES.has(`${e.name}=${e.value}`)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
