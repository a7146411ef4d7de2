// Times in the queue are ISO 8601. People also type "YYYY-MM-DD HH:MM" or
// a bare date; a time without a zone is read in the `timezone` setting's
// IANA zone (default UTC).
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether Intl knows this IANA zone name (Europe/Berlin, America/New_York, UTC). */
export function isTimeZone(name: string): boolean {
  // The default, known to every Intl: answered without building a formatter,
  // which loads the zone data (a noticeable part of every start, issue 12).
  if (name === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`, in ms. */
function zoneOffsetMs(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant a wall-clock time in `zone` names. Written by hand on Intl
 * (the only zone database we carry: no date library is a dependency, and
 * chrono-node reads words, not zones): the zone's offsets half a day either
 * side give the candidates, and the one that reads back as the same wall
 * time wins. A time a fall-back repeats reads as its first occurrence; a
 * time a spring-forward skips is read with the offset before the change,
 * so it lands after the gap (02:30 → 03:30).
 */
export function zonedTimeToUtc(wallAsUtcMs: number, zone: string): number {
  const HALF_DAY = 12 * 3_600_000;
  const before = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs - HALF_DAY, zone);
  const after = wallAsUtcMs - zoneOffsetMs(wallAsUtcMs + HALF_DAY, zone);
  const valid = [before, after].filter((t) => t + zoneOffsetMs(t, zone) === wallAsUtcMs);
  return valid.length > 0 ? Math.min(...valid) : before;
}

export function parseQueueTime(text: string, timeZone = 'UTC'): Date | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, time, zone] = match;
  // Date() rolls 2026-02-30 over into March; a day the calendar lacks is a typo.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return undefined;
  const date = new Date(`${year}-${month}-${day}T${time ?? '00:00:00'}${zone ?? 'Z'}`);
  if (Number.isNaN(date.getTime())) return undefined;
  if (zone || timeZone === 'UTC' || !isTimeZone(timeZone)) return date;
  return new Date(zonedTimeToUtc(date.getTime(), timeZone));
}
