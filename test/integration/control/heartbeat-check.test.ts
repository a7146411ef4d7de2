import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';
import { checkHeartbeat } from '../../../packages/core/src/services/heartbeat-check';
import { FakeHeartbeat, FakeIncidents } from '../../unit/control/fakes';

const NOW = new Date('2025-03-01T12:00:00Z');
const nowS = NOW.getTime() / 1000;

function setup(source: FakeHeartbeat) {
  const incidents = new FakeIncidents(() => NOW);
  const log = createMemoryLogger();
  return { incidents, log, deps: { source, incidents, log } };
}

describe('checkHeartbeat', () => {
  it('reports a fresh heartbeat as active and resolves nothing when no incident is open', async () => {
    const { deps, incidents, log } = setup(FakeHeartbeat.beat({ timestamp: nowS - 60 }));
    const r = await checkHeartbeat(deps, { now: NOW, expectLocal: true });
    expect(r.classification).toMatchObject({ level: 'healthy', active: true, ageSeconds: 60, owner: 'laptop' });
    expect(r.alert).toBe('resolve');
    expect(r.incidentAction).toBe('noop');
    expect(incidents.incidents).toEqual([]);
    expect(log.events.some((e) => e.level === 'info' && e.message.includes('local runner active'))).toBe(true);
  });

  it('opens heartbeat-stale past the grace period and resolves it when fresh again', async () => {
    const stale = FakeHeartbeat.beat({ timestamp: nowS - (15 + 11) * 60 });
    const { deps, incidents } = setup(stale);
    const within = await checkHeartbeat(
      { ...deps, source: FakeHeartbeat.beat({ timestamp: nowS - (15 + 9) * 60 }) },
      { now: NOW, expectLocal: true, staleGraceMinutes: 10 },
    );
    expect(within.staleSinceSeconds).toBe(9 * 60);
    expect(within.incidentAction).toBe('none');

    const opened = await checkHeartbeat(deps, { now: NOW, expectLocal: true, staleGraceMinutes: 10 });
    expect(opened.classification.level).toBe('stale');
    expect(opened.staleSinceSeconds).toBe(11 * 60);
    expect(opened.incidentAction).toBe('create');
    expect(incidents.incidents[0]).toMatchObject({ key: 'heartbeat-stale', state: 'open' });

    const fresh = await checkHeartbeat(
      { ...deps, source: FakeHeartbeat.beat({ timestamp: nowS }) },
      { now: NOW, expectLocal: true, staleGraceMinutes: 10 },
    );
    expect(fresh.incidentAction).toBe('close');
    expect(incidents.incidents[0]?.state).toBe('closed');
  });

  it('files nothing when no local runner is expected', async () => {
    const { deps, incidents } = setup(FakeHeartbeat.missing());
    const r = await checkHeartbeat(deps, { now: NOW });
    expect(r.classification.level).toBe('dead');
    expect(r.alert).toBe('none');
    expect(incidents.incidents).toEqual([]);
  });

  it('turns a throwing source into an unreachable heartbeat with a warning, not a crash', async () => {
    const { deps, log } = setup(new FakeHeartbeat(new Error('connect ECONNREFUSED 127.0.0.1:9')));
    const r = await checkHeartbeat(deps, { now: NOW });
    expect(r.classification).toMatchObject({ level: 'dead', active: false, ageSeconds: null });
    expect(r.classification.reason).toMatch(/unreachable.*ECONNREFUSED/);
    expect(log.events.some((e) => e.level === 'warn' && /ECONNREFUSED/.test(e.message))).toBe(true);
  });

  it('reports a future heartbeat as invalid and leaves incidents alone', async () => {
    const { deps, incidents } = setup(FakeHeartbeat.beat({ timestamp: nowS + 600 }));
    const r = await checkHeartbeat(deps, { now: NOW, expectLocal: true });
    expect(r.classification.level).toBe('invalid');
    expect(r.classification.active).toBe(false);
    expect(r.incidentAction).toBe('none');
    expect(incidents.incidents).toEqual([]);
  });

  it('keeps going when the incident tracker fails', async () => {
    const { deps } = setup(FakeHeartbeat.missing());
    deps.incidents.find = async () => {
      throw new Error('GitHub said 503');
    };
    const r = await checkHeartbeat(deps, { now: NOW, expectLocal: true });
    expect(r.alert).toBe('open');
    expect(r.incidentAction).toBe('none');
    expect(r.incidentError).toMatch(/503/);
  });
});
