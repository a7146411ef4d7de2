// Date.parse for run-log times, fast. Date.parse costs about half a
// microsecond — a second per million rows, read twice (the reader checks
// `at`, the report buckets it) — while nearly every `at` we read is the
// canonical form our writers produce, YYYY-MM-DDTHH:MM:SS.sssZ. That form is
// taken apart by hand; anything else goes to Date.parse. Same answers.

/** The two-digit number at `at`, or -1 when either character is not an ASCII digit. */
function two(text: string, at: number): number {
  const high = text.charCodeAt(at) - 48;
  const low = text.charCodeAt(at + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}

/** The last day the fast path computed ("YYYY-MM-DDT" and its first millisecond): rows come in time order. */
let lastDay = '';
let lastDayMs = 0;

/** Milliseconds since the epoch, NaN when `text` is not a time: Date.parse(text), with a fast path. */
export function parseIsoTime(text: string): number {
  if (
    text.length === 24 &&
    text.charCodeAt(23) === 90 && // Z
    text.charCodeAt(13) === 58 && // :
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46 // .
  ) {
    const hour = two(text, 11);
    const minute = two(text, 14);
    const second = two(text, 17);
    const msHigh = two(text, 20);
    const msLow = text.charCodeAt(22) - 48;
    // Within these ranges Date.parse and Date.UTC agree; outside them (hour 24, second 60, …) Date.parse decides.
    if (
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      msHigh >= 0 &&
      msLow >= 0 &&
      msLow <= 9
    ) {
      const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + msHigh * 10 + msLow;
      if (lastDay !== '' && text.startsWith(lastDay)) return lastDayMs + timeOfDay;
      const dayMs = dayStart(text);
      if (!Number.isNaN(dayMs)) {
        lastDay = text.slice(0, 11);
        lastDayMs = dayMs;
        return dayMs + timeOfDay;
      }
    }
  }
  return Date.parse(text);
}

/** The first millisecond of the day "YYYY-MM-DDT…" names, NaN when it is not one the fast path takes. */
function dayStart(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return Number.NaN; // - - T
  const century = two(text, 0);
  const yy = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  // Within these ranges Date.parse and Date.UTC agree (a 30 February rolls over in both);
  // outside them (month 13, a year below 100, …) Date.parse decides.
  if (century < 1 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  return Date.UTC(century * 100 + yy, month - 1, day);
}
