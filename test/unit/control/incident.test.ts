import { describe, expect, it } from 'vitest';
import {
  type IncidentAction,
  type IncidentTrigger,
  incidentMarker,
  planIncident,
  renderIncidentBody,
} from '../../../packages/core/src/domain/incident';
import type { Incident } from '../../../packages/core/src/model';

const NOW = new Date('2025-03-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

const incident = (fields: Partial<Incident>): Incident => ({
  key: 'dead-letter',
  id: '7',
  state: 'open',
  title: 't',
  severity: 'medium',
  labels: [],
  created_at: hoursAgo(10),
  updated_at: hoursAgo(10),
  ...fields,
});

describe('planIncident (repeat every 6 h, reopen within 24 h)', () => {
  const rows: [string, Incident | undefined, IncidentTrigger, IncidentAction][] = [
    ['open, none yet → create', undefined, 'open', 'create'],
    ['update, none yet → create', undefined, 'update', 'create'],
    ['resolve, none → noop', undefined, 'resolve', 'noop'],
    ['open again, created 1 h ago → noop', incident({ created_at: hoursAgo(1) }), 'open', 'noop'],
    ['open again, created 6 h ago → comment', incident({ created_at: hoursAgo(6) }), 'open', 'comment'],
    [
      'open again, last comment 5 h ago → noop',
      incident({ created_at: hoursAgo(20), last_comment_at: hoursAgo(5) }),
      'open',
      'noop',
    ],
    [
      'open again, last comment 7 h ago → comment',
      incident({ created_at: hoursAgo(20), last_comment_at: hoursAgo(7) }),
      'open',
      'comment',
    ],
    ['update on open, just created → comment', incident({ created_at: hoursAgo(0) }), 'update', 'comment'],
    ['resolve on open → close', incident({}), 'resolve', 'close'],
    ['resolve on closed → noop', incident({ state: 'closed', closed_at: hoursAgo(1) }), 'resolve', 'noop'],
    ['open, closed 2 h ago → reopen', incident({ state: 'closed', closed_at: hoursAgo(2) }), 'open', 'reopen'],
    ['open, closed 24 h ago → reopen', incident({ state: 'closed', closed_at: hoursAgo(24) }), 'open', 'reopen'],
    ['open, closed 25 h ago → create', incident({ state: 'closed', closed_at: hoursAgo(25) }), 'open', 'create'],
    [
      'open, closed without closed_at: uses updated_at',
      incident({ state: 'closed', updated_at: hoursAgo(3) }),
      'open',
      'reopen',
    ],
  ];
  it.each(rows)('%s', (_name, existing, trigger, action) => {
    expect(planIncident(existing, trigger, NOW)).toBe(action);
  });

  it('honours a custom policy', () => {
    const open = incident({ created_at: hoursAgo(2) });
    expect(planIncident(open, 'open', NOW, { repeatIntervalHours: 1 })).toBe('comment');
    const closed = incident({ state: 'closed', closed_at: hoursAgo(2) });
    expect(planIncident(closed, 'open', NOW, { reopenWindowHours: 1 })).toBe('create');
  });
});

describe('incident bodies', () => {
  it('marks the key in a hidden comment', () => {
    expect(incidentMarker('dead-letter')).toBe('<!-- autopilot-incident:dead-letter -->');
  });

  it('renders summary, details, links and the marker', () => {
    const body = renderIncidentBody({
      key: 'schedule-stalled',
      summary: 'No run for 4 h.',
      details: '- queue: 3 pending',
      runUrl: 'https://github.com/o/r/actions/runs/1',
      traceId: 'abc-1',
    });
    expect(body).toContain('No run for 4 h.');
    expect(body).toContain('- queue: 3 pending');
    expect(body).toContain('Run: https://github.com/o/r/actions/runs/1');
    expect(body).toContain('`abc-1`');
    expect(body.trim().endsWith('<!-- autopilot-incident:schedule-stalled -->')).toBe(true);
  });
});
