// Incident lifecycle rules: one incident per key; repeats comment at most once
// per interval; recovery closes; a trigger soon after closing reopens rather
// than filing a new issue. And the body: what happened is text, not markup —
// it comes from a workflow's input or a server's error message, so it is
// escaped, and an incident never pings anyone (`@name`) or links another
// issue (`#123`) from it (incident-text.ts). Pure: time is a parameter.
import type { Incident } from '../model';
import { codeSpan, incidentText } from './incident-text';

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

/**
 * Why a key cannot be an incident key, or undefined when it can. The key is
 * written into the hidden marker (an HTML comment) and found by it again:
 * `<`, `>` or a line break could end the comment early or make the marker
 * unreadable, so a key holding one is refused rather than escaped (an
 * escaped key would not find the incidents opened under it).
 */
export function incidentKeyProblem(key: string): string | undefined {
  if (!key.trim()) return 'is empty';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[<>\u0000-\u001f\u007f]/.test(key)) return 'holds <, > or a control character';
  return undefined;
}

export interface IncidentBodyInput {
  key: string;
  /** What happened: text (from a workflow's input or a server's message), shown as written, never as markup. */
  summary: string;
  /** Extra lines (a list, numbers): text, like the summary. */
  details?: string;
  /** The run's address (ours: from the runner's environment). */
  runUrl?: string;
  traceId?: string;
}

/** A URL on one line that cannot end early or start markup: the characters that could, percent-encoded. */
const inertUrl = (url: string) => url.trim().replace(/[\s()<>[\]`'"]/g, encodeURIComponent);

/**
 * The issue body (or comment): the summary and details as inert text
 * (incident-text.ts: escaped, mentions and issue references neutralised),
 * the run, the trace id and the key (code spans that no backtick closes
 * early), then the hidden marker. Redact the texts before: escaping can
 * split a secret so that the redactor no longer sees it.
 */
export function renderIncidentBody(input: IncidentBodyInput): string {
  const lines = [incidentText(input.summary.trim())];
  if (input.details?.trim()) lines.push('', incidentText(input.details.trim()));
  const refs: string[] = [];
  if (input.runUrl) refs.push(`Run: ${inertUrl(input.runUrl)}`);
  if (input.traceId) refs.push(`Trace: ${codeSpan(input.traceId)}`);
  refs.push(`Incident key: ${codeSpan(input.key)} — see RUNBOOK.md for what to do.`);
  lines.push('', ...refs.map((r) => `- ${r}`), '', incidentMarker(input.key));
  return lines.join('\n');
}
