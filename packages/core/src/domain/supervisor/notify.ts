// Notify on change, not on every tick; repeat an unchanged problem at most
// once per interval.
import type { NoticeState, SupervisorCode } from './types';

/**
 * Codes that describe a pause rather than a state: a run in progress or the
 * local runner holding the pipeline. They never notify on their own account
 * (a publish → wait → publish cycle is business as usual), only incident
 * changes do.
 */
const WAITING: ReadonlySet<SupervisorCode> = new Set(['wait_run_active', 'skip_local_active']);

const HOUR_MS = 3_600_000;

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((key, i) => key === [...b].sort()[i]);

export function shouldNotify(
  prev: NoticeState | undefined,
  next: { code: SupervisorCode; incidents: readonly string[] },
  now: Date,
  repeatIntervalHours = 6,
): boolean {
  if (!prev) return !WAITING.has(next.code) || next.incidents.length > 0;
  if (!sameKeys(prev.incidents, next.incidents)) return true;
  if (!WAITING.has(next.code) && prev.code !== next.code) return true;
  // Unchanged: repeat only what needs attention, and only after the interval.
  const attention = next.incidents.length > 0 || next.code === 'disable_unstable';
  const since = now.getTime() - Date.parse(prev.at);
  return attention && !(since < repeatIntervalHours * HOUR_MS);
}

/** The notification's text: the decision, its reason, and the incidents open after the tick. */
export function noticeText(code: SupervisorCode, reason: string, incidents: readonly string[]): string {
  const tail = incidents.length > 0 ? ` Open incidents: ${incidents.join(', ')}.` : '';
  return `Supervisor: ${code} — ${reason}.${tail}`;
}
