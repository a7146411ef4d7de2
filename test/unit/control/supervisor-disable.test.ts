import { describe, expect, it } from 'vitest';
import {
  decideSupervisor,
  type SupervisorSnapshot,
  type SwitchWrite,
  settleDisable,
} from '../../../packages/core/src/domain/supervisor';
import type { Incident } from '../../../packages/core/src/model';
import { runRecord } from './fakes';

const NOW = new Date('2026-03-02T12:00:00Z');
const iso = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();
const failed = (id: string, hours: number) =>
  runRecord({
    run_id: id,
    mode: 'publish',
    conclusion: 'failure',
    started_at: iso(hours + 0.1),
    finished_at: iso(hours),
  });
const openIncident = (key: string): Incident => ({
  key,
  id: '9',
  state: 'open',
  title: key,
  severity: 'critical',
  labels: [],
  created_at: iso(2),
  updated_at: iso(2),
});

function snapshot(fields: Partial<SupervisorSnapshot> = {}): SupervisorSnapshot {
  return {
    now: NOW,
    pendingCount: 1,
    runs: [failed('a', 1), failed('b', 2)],
    activeRuns: [],
    vars: { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' },
    lastDecision: null,
    heartbeat: { level: 'dead', active: false, ageSeconds: null, owner: '', reason: 'missing' },
    openIncidents: [],
    failedWithin24h: 0,
    expiredLeases: 0,
    ...fields,
  };
}

const refused: SwitchWrite[] = [
  {
    name: 'WF_ENABLED',
    value: 'false',
    done: false,
    status: 403,
    error: 'HTTP 403: Resource not accessible by integration',
  },
  {
    name: 'ALLOW_PUBLISH',
    value: 'human_disabled',
    done: false,
    status: 403,
    error: 'HTTP 403: Resource not accessible by integration',
  },
];
const written: SwitchWrite[] = [
  { name: 'WF_ENABLED', value: 'false', done: true },
  { name: 'ALLOW_PUBLISH', value: 'human_disabled', done: true },
];

describe('the decision claims no switch change before it happened', () => {
  it("the disable's reason and the planned incident speak of the plan", () => {
    const d = decideSupervisor(snapshot());
    expect(d.code).toBe('disable_unstable');
    expect(d.reason).not.toMatch(/disabled/);
    const incident = d.effects.find((e) => e.type === 'open_incident' && e.key === 'pipeline-unstable');
    expect(incident && 'body' in incident && incident.body).toContain(
      'The supervisor sets WF_ENABLED=false and ALLOW_PUBLISH=human_disabled.',
    );
  });

  it('says the switches were already off when they were', () => {
    const d = decideSupervisor(snapshot({ vars: { WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_disabled' } }));
    expect(d.effects.some((e) => e.type === 'set_variable')).toBe(false);
    const incident = d.effects.find((e) => e.type === 'open_incident');
    expect(incident && 'body' in incident && incident.body).toContain('were already off');
  });
});

describe('settleDisable', () => {
  it('a refused disable: disable-failed (critical) instead of pipeline-unstable, in the notice too', () => {
    const s = snapshot();
    const settled = settleDisable(decideSupervisor(s), s, refused);
    const keys = settled.effects.flatMap((e) => (e.type === 'open_incident' ? [e.key] : []));
    expect(keys).toEqual(['disable-failed']);
    const incident = settled.effects.find((e) => e.type === 'open_incident');
    expect(incident).toMatchObject({ severity: 'critical', title: expect.stringMatching(/FAILED/) });
    const body = incident && 'body' in incident ? incident.body : '';
    expect(body).toContain('- WF_ENABLED=false: FAILED — HTTP 403: Resource not accessible by integration');
    expect(body).toContain('Variables: write');
    expect(body).toContain('actions_variables: write');
    expect(body).toContain('Publishing was NOT switched off');
    expect(settled.incidents).toEqual(['disable-failed']);
    expect(settled.reason).toMatch(
      /the disable FAILED: WF_ENABLED=false: HTTP 403 — the token may not write variables; ALLOW_PUBLISH=human_disabled: HTTP 403/,
    );
    const notice = settled.effects.find((e) => e.type === 'notify');
    expect(notice && 'text' in notice && notice.text).toMatch(/disable FAILED.*Open incidents: disable-failed\./);
    expect(settled.effects.some((e) => e.type === 'set_variable')).toBe(false);
  });

  it('a partly refused disable says so, and a non-permission failure gets a different fix', () => {
    const s = snapshot();
    const partly: SwitchWrite[] = [
      { name: 'WF_ENABLED', value: 'false', done: true },
      { name: 'ALLOW_PUBLISH', value: 'human_disabled', done: false, status: 502, error: 'HTTP 502' },
    ];
    const incident = settleDisable(decideSupervisor(s), s, partly).effects.find((e) => e.type === 'open_incident');
    const body = incident && 'body' in incident ? incident.body : '';
    expect(body).toContain('- WF_ENABLED=false: set (read back)');
    expect(body).toContain('only partly switched off');
    expect(body).not.toContain('Variables: write');
  });

  it('a disable that took: the instability incident says what was set, and an open disable-failed resolves', () => {
    const s = snapshot({ openIncidents: [openIncident('disable-failed')] });
    const settled = settleDisable(decideSupervisor(s), s, written);
    const incident = settled.effects.find((e) => e.type === 'open_incident' && e.key === 'pipeline-unstable');
    expect(incident && 'body' in incident && incident.body).toContain(
      'The supervisor set WF_ENABLED=false and ALLOW_PUBLISH=human_disabled (read back to check).',
    );
    expect(settled.effects).toContainEqual(
      expect.objectContaining({ type: 'resolve_incident', key: 'disable-failed' }),
    );
    expect(settled.incidents).toEqual(['pipeline-unstable']);
  });

  it('disable-failed resolves in the decision once no disable is needed', () => {
    const healthy = snapshot({
      runs: [runRecord({ run_id: 'ok', finished_at: iso(1) })],
      openIncidents: [openIncident('disable-failed')],
    });
    const d = decideSupervisor(healthy);
    expect(d.effects).toContainEqual(expect.objectContaining({ type: 'resolve_incident', key: 'disable-failed' }));
    // Still unstable with the switches still on: it stays open until a disable succeeds.
    const still = decideSupervisor(snapshot({ openIncidents: [openIncident('disable-failed')] }));
    expect(still.effects.some((e) => e.type === 'resolve_incident' && e.key === 'disable-failed')).toBe(false);
  });
});
