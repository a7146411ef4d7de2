// Incident lifecycle rules: one incident per key; repeats comment at most once
// per interval; recovery closes; a trigger soon after closing reopens rather
// than filing a new issue. Pure: time is a parameter.
import type { Incident } from '../model';

export type IncidentTrigger = 'open' | 'update' | 'resolve';
export type IncidentAction = 'create' | 'comment' | 'reopen' | 'close' | 'noop';

export interface IncidentPolicy {
  /** A repeated `open` comments on the open incident at most once per this many hours. */
  repeatIntervalHours: number;
  /** A trigger within this many hours of closing reopens; later it files a new incident. */
  reopenWindowHours: number;
}

export const DEFAULT_INCIDENT_POLICY: IncidentPolicy = { repeatIntervalHours: 6, reopenWindowHours: 24 };

const HOUR_MS = 3_600_000;

/** When we last spoke on the incident: our newest comment, else its creation. */
function lastSpokeAt(incident: Incident): number {
  const times = [incident.created_at, incident.last_comment_at].map((t) => (t ? Date.parse(t) : Number.NaN));
  const valid = times.filter((t) => !Number.isNaN(t));
  return valid.length > 0 ? Math.max(...valid) : Number.NEGATIVE_INFINITY;
}

/**
 * What to do with the tracker for a trigger.
 * - `open` is a repeat of the condition: comments on an open incident only
 *   when the repeat interval has passed since we last spoke (else noop).
 * - `update` brings new information on purpose (a human or CLI): it always
 *   comments on an open incident; with none open it acts like `open`.
 * - `resolve` closes an open incident; with none open it is a noop.
 */
export function planIncident(
  existing: Incident | undefined,
  trigger: IncidentTrigger,
  now: Date,
  policy: Partial<IncidentPolicy> = {},
): IncidentAction {
  const p = { ...DEFAULT_INCIDENT_POLICY, ...policy };
  if (trigger === 'resolve') return existing?.state === 'open' ? 'close' : 'noop';
  if (!existing) return 'create';
  if (existing.state === 'open') {
    if (trigger === 'update') return 'comment';
    return now.getTime() - lastSpokeAt(existing) >= p.repeatIntervalHours * HOUR_MS ? 'comment' : 'noop';
  }
  const closedAt = Date.parse(existing.closed_at ?? existing.updated_at);
  if (Number.isNaN(closedAt)) return 'create';
  return now.getTime() - closedAt <= p.reopenWindowHours * HOUR_MS ? 'reopen' : 'create';
}

/** The hidden marker that ties an issue to its key (found through the list endpoint, not search). */
export function incidentMarker(key: string): string {
  return `<!-- autopilot-incident:${key} -->`;
}

export interface IncidentBodyInput {
  key: string;
  summary: string;
  /** Extra lines (a list, numbers); markdown. */
  details?: string;
  runUrl?: string;
  traceId?: string;
}

export function renderIncidentBody(input: IncidentBodyInput): string {
  const lines = [input.summary.trim()];
  if (input.details?.trim()) lines.push('', input.details.trim());
  const refs: string[] = [];
  if (input.runUrl) refs.push(`Run: ${input.runUrl}`);
  if (input.traceId) refs.push(`Trace: \`${input.traceId}\``);
  refs.push(`Incident key: \`${input.key}\` — see RUNBOOK.md for what to do.`);
  lines.push('', ...refs.map((r) => `- ${r}`), '', incidentMarker(input.key));
  return lines.join('\n');
}
