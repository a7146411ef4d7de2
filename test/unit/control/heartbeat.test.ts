import { describe, expect, it } from 'vitest';
import {
  classifyHeartbeat,
  type HeartbeatLevel,
  parseHeartbeat,
  staleAlert,
} from '../../../packages/core/src/domain/heartbeat';
import type { Heartbeat } from '../../../packages/core/src/model';
import type { HeartbeatRead } from '../../../packages/core/src/ports';

const NOW = new Date('2025-03-01T12:00:00Z');
const nowS = NOW.getTime() / 1000;

const beat = (ageSeconds: number, extra: Partial<Heartbeat> = {}): HeartbeatRead => ({
  ok: true,
  source: 'local_heartbeat.json',
  heartbeat: { timestamp: nowS - ageSeconds, iso: '', owner: 'laptop', mode: 'review', ...extra },
});

describe('classifyHeartbeat (defaults: max age 15 min, dead after 24 h, tolerance 120 s)', () => {
  const rows: [string, HeartbeatRead, HeartbeatLevel, boolean, number | null, RegExp][] = [
    ['fresh', beat(0), 'healthy', true, 0, /healthy/],
    ['just under half of max age', beat(449), 'healthy', true, 449, /healthy/],
    ['at half of max age', beat(450), 'warn', true, 450, /warn/],
    ['just under max age', beat(899), 'warn', true, 899, /warn/],
    ['at max age', beat(900), 'stale', false, 900, /stale.*older than 15 min/],
    ['just under dead-after', beat(24 * 3600 - 1), 'stale', false, 24 * 3600 - 1, /stale/],
    ['at dead-after', beat(24 * 3600), 'dead', false, 24 * 3600, /older than 24 h/],
    ['skew within tolerance counts as age 0', beat(-120), 'healthy', true, 0, /healthy/],
    ['beyond tolerance in the future', beat(-121), 'invalid', false, null, /121 s in the future/],
    ['released while fresh', beat(10, { released: true }), 'stale', false, 10, /released/],
    ['released long ago', beat(30 * 3600, { released: true }), 'dead', false, 30 * 3600, /released/],
    ['expired while fresh', beat(10, { expires_at: nowS - 1 }), 'stale', false, 10, /expired at/],
    ['expires later: still active', beat(10, { expires_at: nowS + 60 }), 'healthy', true, 10, /healthy/],
    [
      'missing',
      { ok: false, reason: 'missing', detail: 'no such file', source: 'hb.json' },
      'dead',
      false,
      null,
      /missing \(hb\.json\): no such file/,
    ],
    [
      'malformed',
      { ok: false, reason: 'malformed', detail: 'field "timestamp"', source: 'hb.json' },
      'dead',
      false,
      null,
      /malformed/,
    ],
    [
      'unreachable',
      { ok: false, reason: 'unreachable', detail: 'timeout after 5 s', source: 'https://x' },
      'dead',
      false,
      null,
      /unreachable.*timeout/,
    ],
  ];
  it.each(rows)('%s', (_name, read, level, active, age, reason) => {
    const c = classifyHeartbeat(read, NOW);
    expect(c.level).toBe(level);
    expect(c.active).toBe(active);
    expect(c.ageSeconds).toBe(age);
    expect(c.reason).toMatch(reason);
  });

  it('uses the thresholds it is given', () => {
    const t = { maxAgeMinutes: 2, deadAfterHours: 1, futureToleranceSeconds: 5 };
    expect(classifyHeartbeat(beat(59), NOW, t).level).toBe('healthy');
    expect(classifyHeartbeat(beat(60), NOW, t).level).toBe('warn');
    expect(classifyHeartbeat(beat(120), NOW, t).level).toBe('stale');
    expect(classifyHeartbeat(beat(3600), NOW, t).level).toBe('dead');
    expect(classifyHeartbeat(beat(-6), NOW, t).level).toBe('invalid');
  });

  it('treats a non-numeric timestamp from an adapter as dead, not NaN', () => {
    const c = classifyHeartbeat(beat(0, { timestamp: Number.NaN }), NOW);
    expect(c).toMatchObject({ level: 'dead', active: false, ageSeconds: null });
    expect(c.reason).toMatch(/not a number/);
  });

  it('names the owner', () => {
    expect(classifyHeartbeat(beat(5, { owner: 'ci-box' }), NOW).owner).toBe('ci-box');
  });
});

describe('parseHeartbeat', () => {
  it('reads a full heartbeat', () => {
    const read = parseHeartbeat(
      '{"timestamp": 1740830400, "iso": "2025-03-01T12:00:00Z", "owner": "me", "mode": "publish", "expires_at": 1740831000}',
      'f',
    );
    expect(read).toEqual({
      ok: true,
      source: 'f',
      heartbeat: {
        timestamp: 1740830400,
        iso: '2025-03-01T12:00:00Z',
        owner: 'me',
        mode: 'publish',
        expires_at: 1740831000,
      },
    });
  });

  it('accepts an iso-only heartbeat and a numeric-string timestamp, with defaults', () => {
    const iso = parseHeartbeat('{"iso": "2025-03-01T12:00:00Z"}', 'f');
    expect(iso.ok && iso.heartbeat).toMatchObject({ timestamp: 1740830400, owner: 'unknown', mode: 'review' });
    const text = parseHeartbeat('{"timestamp": "1740830400"}', 'f');
    expect(text.ok && text.heartbeat.timestamp).toBe(1740830400);
  });

  it('keeps released', () => {
    const read = parseHeartbeat('{"timestamp": 1, "released": true}', 'f');
    expect(read.ok && read.heartbeat.released).toBe(true);
  });

  const bad: [string, string, RegExp][] = [
    ['empty text', '  ', /empty/],
    ['not JSON', '{timestamp', /not valid JSON/],
    ['an array', '[1]', /not a JSON object/],
    ['no time at all', '{"owner": "me"}', /field "timestamp" is missing/],
    [
      'a timestamp that is text',
      '{"timestamp": "yesterday"}',
      /field "timestamp" is "yesterday"; expected unix seconds/,
    ],
    ['milliseconds', '{"timestamp": 1740830400000}', /looks like milliseconds/],
    ['a bad mode', '{"timestamp": 1, "mode": "yolo"}', /field "mode" is "yolo"; expected review or publish/],
    ['a bad iso', '{"iso": "soon"}', /field "iso" is "soon"/],
    ['a bad expires_at', '{"timestamp": 1, "expires_at": "later"}', /field "expires_at"/],
  ];
  it.each(bad)('reports %s as malformed, naming the field', (_name, text, detail) => {
    const read = parseHeartbeat(text, 'local_heartbeat.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toBe('malformed');
    expect(read.source).toBe('local_heartbeat.json');
    expect(read.detail).toMatch(detail);
  });
});

describe('staleAlert (grace 10 min)', () => {
  const rows: [HeartbeatLevel, number | null, boolean, 'open' | 'resolve' | 'none'][] = [
    ['healthy', -800, true, 'resolve'],
    ['warn', -100, true, 'resolve'],
    ['stale', 600, true, 'none'],
    ['stale', 601, true, 'open'],
    ['stale', null, true, 'open'],
    ['dead', null, true, 'open'],
    ['invalid', null, true, 'none'],
    ['dead', null, false, 'none'],
    ['healthy', -800, false, 'none'],
  ];
  it.each(rows)('%s, stale for %s s, expect-local %s → %s', (level, since, expectLocal, action) => {
    expect(staleAlert(level, since, 10, expectLocal)).toBe(action);
  });
});
