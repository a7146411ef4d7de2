// The supervisor over the real queue rules (domain/queue): what counts as
// pending work, and the lease watchdog.
import { describe, expect, it } from 'vitest';
import { runSupervisor } from '../../../packages/core/src/services/supervisor';
import { defaultQueueRules } from '../../../packages/core/src/services/supervisor-queue-rules';
import {
  FakeDispatcher,
  FakeQueue,
  FakeRuns,
  FakeVars,
  fakeSupervisorDeps,
  queueRow,
  runRecord,
} from '../../unit/control/fakes';

const NOW = new Date('2025-03-01T12:00:00Z');
const later = new Date(NOW.getTime() + 3_600_000).toISOString();
const earlier = new Date(NOW.getTime() - 3_600_000).toISOString();

describe('defaultQueueRules', () => {
  it('counts rows eligible in either mode, once each', () => {
    const rows = [
      queueRow({ row: 1, status: 'PENDING' }),
      queueRow({ row: 2, status: 'PENDING', publish_at: later }), // review may draft it early
      queueRow({ row: 3, status: 'APPROVED' }), // publish only
      queueRow({ row: 4, status: 'PENDING', next_attempt_at: later }), // backing off
      queueRow({ row: 5, status: 'PUBLISHED' }),
      queueRow({ row: 6, status: 'AWAITING_APPROVAL' }), // needs approval
      queueRow({ row: 7, status: 'PENDING', approval: 'rejected' }),
    ];
    expect(defaultQueueRules(true).eligibleCount(rows, NOW)).toBe(3);
    expect(defaultQueueRules(false).eligibleCount(rows, NOW)).toBe(4);
  });

  it('counts with the REQUIRE_APPROVAL variable as the executor does: the stricter wins', () => {
    const rows = [queueRow({ row: 1, status: 'AWAITING_APPROVAL' })];
    expect(defaultQueueRules(false).eligibleCount(rows, NOW)).toBe(1);
    expect(defaultQueueRules(false).eligibleCount(rows, NOW, 'true')).toBe(0);
    expect(defaultQueueRules(false).eligibleCount(rows, NOW, 'false')).toBe(1);
    expect(defaultQueueRules(true).eligibleCount(rows, NOW, 'false')).toBe(0);
  });

  it('reads REQUIRE_APPROVAL with the switches, so an unapproved draft is not work for a publish run', async () => {
    const dispatcher = new FakeDispatcher();
    const r = await runSupervisor(
      fakeSupervisorDeps(NOW, {
        queue: new FakeQueue([queueRow({ row: 1, status: 'AWAITING_APPROVAL' })]),
        vars: new FakeVars({ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled', REQUIRE_APPROVAL: 'true' }),
        dispatcher,
      }),
      { dryRun: false, now: NOW, runId: 'sup-2', queueRules: defaultQueueRules(false) },
    );
    expect(r.snapshot.pendingCount).toBe(0);
    expect(dispatcher.dispatched).toEqual([]);
  });

  it('recovers expired leases only', () => {
    const rows = [
      queueRow({ row: 1, status: 'IN_PROGRESS', lease_owner: 'gone', lease_until: earlier }),
      queueRow({ row: 2, status: 'IN_PROGRESS', lease_owner: 'busy', lease_until: later }),
    ];
    const recovered = defaultQueueRules().recoverExpiredLeases(rows, NOW, 'sup-9');
    expect(recovered.map((r) => [r.row, r.status, r.lease_owner, r.run_id])).toEqual([[1, 'PENDING', '', 'sup-9']]);
  });

  it('lets the supervisor see rows behind an expired lease as pending work, and recover them', async () => {
    const queue = new FakeQueue([
      queueRow({ row: 1, status: 'IN_PROGRESS', lease_owner: 'gone', lease_until: earlier }),
    ]);
    const dispatcher = new FakeDispatcher();
    const r = await runSupervisor(
      fakeSupervisorDeps(NOW, {
        queue,
        runs: new FakeRuns([runRecord({ run_id: 'r', finished_at: earlier, started_at: earlier })]),
        dispatcher,
      }),
      { dryRun: false, now: NOW, runId: 'sup-1', queueRules: defaultQueueRules() },
    );
    expect(r.snapshot.pendingCount).toBe(1);
    expect(r.snapshot.expiredLeases).toBe(1);
    expect(r.decision.code).toBe('publish');
    expect(queue.rows[0]).toMatchObject({ status: 'PENDING', lease_owner: '' });
    expect(dispatcher.dispatched).toEqual(['publish']);
  });
});
