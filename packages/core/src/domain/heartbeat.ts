// The heartbeat rules: parse what the local runner wrote, classify it by age
// against a clock passed in, and decide whether the stale-heartbeat incident
// should open or resolve. Pure: no clock reads, no I/O.
import { type Heartbeat, MODES } from '../model';
import type { HeartbeatRead } from '../ports';

export type HeartbeatLevel = 'healthy' | 'warn' | 'stale' | 'dead' | 'invalid';

export interface HeartbeatThresholds {
  /** Older than this is no longer active (healthy below half of it, warn up to it). */
  maxAgeMinutes: number;
  /** Older than this is dead rather than stale. */
  deadAfterHours: number;
  /** A timestamp further than this in the future is invalid; closer counts as age 0 (clock skew). */
  futureToleranceSeconds: number;
}

export const DEFAULT_HEARTBEAT_THRESHOLDS: HeartbeatThresholds = {
  maxAgeMinutes: 15,
  deadAfterHours: 24,
  futureToleranceSeconds: 120,
};

export interface HeartbeatClassification {
  level: HeartbeatLevel;
  /** True only for healthy and warn: the local runner owns the pipeline. */
  active: boolean;
  /** Whole seconds; null when there is no usable timestamp (missing, malformed, future). */
  ageSeconds: number | null;
  owner: string;
  reason: string;
}

/** Timestamps above this are milliseconds, not seconds (year 5138 in seconds). */
const MILLISECONDS_FROM = 1e11;

interface HeartbeatFields {
  timestamp?: number | string;
  iso?: string;
  owner?: string;
  mode?: (typeof MODES)[number];
  expires_at?: number;
  released?: boolean;
}

// Field by field rather than a zod schema: the heartbeat check is the first
// step of every publish tick and must start fast (issue 12), and zod was most
// of its bundle. Six optional fields, each with one test; undefined = absent.
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const FIELD_CHECKS: Record<keyof HeartbeatFields, (v: unknown) => boolean> = {
  timestamp: (v) => isNumber(v) || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)),
  iso: (v) => typeof v === 'string',
  owner: (v) => typeof v === 'string',
  mode: (v) => (MODES as readonly unknown[]).includes(v),
  expires_at: isNumber,
  released: (v) => typeof v === 'boolean',
};

/** The first field that is present and not what it should be, if any. */
function badField(raw: Record<string, unknown>): keyof HeartbeatFields | undefined {
  return (Object.keys(FIELD_CHECKS) as Array<keyof HeartbeatFields>).find(
    (field) => raw[field] !== undefined && !FIELD_CHECKS[field](raw[field]),
  );
}

const EXPECTED: Record<string, string> = {
  timestamp: 'unix seconds (a number)',
  iso: 'an ISO 8601 time (text)',
  owner: 'text',
  mode: 'review or publish',
  expires_at: 'unix seconds (a number)',
  released: 'true or false',
};

const malformed = (source: string, detail: string): HeartbeatRead => ({
  ok: false,
  reason: 'malformed',
  detail,
  source,
});

/**
 * Parse a heartbeat file or variable. `timestamp` (unix seconds) wins; a
 * heartbeat with only `iso` is accepted too (older writers). Owner defaults
 * to 'unknown' and mode to 'review' when absent.
 */
export function parseHeartbeat(text: string, source: string): HeartbeatRead {
  if (!text.trim()) return malformed(source, 'the heartbeat is empty; expected a JSON object with "timestamp"');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return malformed(source, `the heartbeat is not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return malformed(source, 'the heartbeat is not a JSON object; expected {"timestamp": <unix seconds>, ...}');
  }
  const field = badField(raw as Record<string, unknown>);
  if (field) {
    const value = JSON.stringify((raw as Record<string, unknown>)[field]);
    return malformed(source, `field "${field}" is ${value}; expected ${EXPECTED[field]}`);
  }
  const hb = raw as HeartbeatFields;
  let timestamp: number;
  if (hb.timestamp !== undefined) {
    timestamp = Number(hb.timestamp);
    if (timestamp >= MILLISECONDS_FROM) {
      return malformed(
        source,
        `field "timestamp" is ${timestamp}, which looks like milliseconds; expected unix seconds`,
      );
    }
  } else if (hb.iso !== undefined) {
    const ms = Date.parse(hb.iso);
    if (Number.isNaN(ms)) return malformed(source, `field "iso" is "${hb.iso}"; expected an ISO 8601 time`);
    timestamp = Math.floor(ms / 1000);
  } else {
    return malformed(source, 'field "timestamp" is missing; expected unix seconds (or "iso", an ISO 8601 time)');
  }
  const heartbeat: Heartbeat = {
    timestamp,
    iso: hb.iso ?? new Date(timestamp * 1000).toISOString(),
    owner: hb.owner?.trim() || 'unknown',
    mode: hb.mode ?? 'review',
  };
  if (hb.expires_at !== undefined) heartbeat.expires_at = hb.expires_at;
  if (hb.released !== undefined) heartbeat.released = hb.released;
  return { ok: true, heartbeat, source };
}

function levelByAge(ageSeconds: number, t: HeartbeatThresholds): Exclude<HeartbeatLevel, 'invalid'> {
  const maxAge = t.maxAgeMinutes * 60;
  if (ageSeconds < maxAge / 2) return 'healthy';
  if (ageSeconds < maxAge) return 'warn';
  if (ageSeconds < t.deadAfterHours * 3600) return 'stale';
  return 'dead';
}

function describeAge(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function classifyHeartbeat(
  read: HeartbeatRead,
  now: Date,
  thresholds: Partial<HeartbeatThresholds> = {},
): HeartbeatClassification {
  const t = { ...DEFAULT_HEARTBEAT_THRESHOLDS, ...thresholds };
  if (!read.ok) {
    return {
      level: 'dead',
      active: false,
      ageSeconds: null,
      owner: '',
      reason: `heartbeat ${read.reason} (${read.source}): ${read.detail}`,
    };
  }
  const { heartbeat } = read;
  if (!Number.isFinite(heartbeat.timestamp)) {
    return {
      level: 'dead',
      active: false,
      ageSeconds: null,
      owner: heartbeat.owner,
      reason: `heartbeat malformed (${read.source}): timestamp is not a number of unix seconds`,
    };
  }
  const nowSeconds = now.getTime() / 1000;
  const rawAge = Math.floor(nowSeconds - heartbeat.timestamp);
  if (-rawAge > t.futureToleranceSeconds) {
    return {
      level: 'invalid',
      active: false,
      ageSeconds: null,
      owner: heartbeat.owner,
      reason: `heartbeat timestamp is ${-rawAge} s in the future (tolerance ${t.futureToleranceSeconds} s): check the clocks of ${heartbeat.owner} and this runner`,
    };
  }
  const ageSeconds = Math.max(0, rawAge);
  const byAge = levelByAge(ageSeconds, t);
  const aged = `last beat ${describeAge(ageSeconds)} ago by ${heartbeat.owner}`;

  const handedBack = heartbeat.released
    ? 'released'
    : heartbeat.expires_at !== undefined && heartbeat.expires_at <= nowSeconds
      ? 'expired'
      : undefined;
  if (handedBack) {
    // The owner gave the pipeline back: never active, however fresh.
    const level = byAge === 'dead' ? 'dead' : 'stale';
    const why =
      handedBack === 'released' ? 'ownership released' : `ownership expired at ${isoOf(heartbeat.expires_at)}`;
    return { level, active: false, ageSeconds, owner: heartbeat.owner, reason: `${why}; ${aged}` };
  }
  const limits =
    byAge === 'healthy' || byAge === 'warn'
      ? `max age ${t.maxAgeMinutes} min`
      : byAge === 'stale'
        ? `older than ${t.maxAgeMinutes} min`
        : `older than ${t.deadAfterHours} h`;
  return {
    level: byAge,
    active: byAge === 'healthy' || byAge === 'warn',
    ageSeconds,
    owner: heartbeat.owner,
    reason: `${byAge}: ${aged} (${limits})`,
  };
}

function isoOf(unixSeconds: number | undefined): string {
  return unixSeconds === undefined ? '?' : new Date(unixSeconds * 1000).toISOString();
}

/**
 * Should the `heartbeat-stale` incident open or resolve? Only when a local
 * runner is expected: stale (or dead, or missing) for longer than the grace
 * opens; healthy/warn resolves; an invalid (future) heartbeat decides nothing
 * — it is a clock problem, reported as a warning instead.
 * `staleSinceSeconds` is age minus max age; null when the age is unknown.
 */
export function staleAlert(
  level: HeartbeatLevel,
  staleSinceSeconds: number | null,
  graceMinutes: number,
  expectLocal: boolean,
): 'open' | 'resolve' | 'none' {
  if (!expectLocal) return 'none';
  if (level === 'healthy' || level === 'warn') return 'resolve';
  if (level === 'invalid') return 'none';
  if (level === 'dead') return 'open';
  if (staleSinceSeconds === null) return 'open';
  return staleSinceSeconds > graceMinutes * 60 ? 'open' : 'none';
}
