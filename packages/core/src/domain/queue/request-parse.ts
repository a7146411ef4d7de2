// `queue add --request "…"` in plain words: one line of topics becomes one
// row each, with what the words say about them. Pure: dates are resolved
// against `now` (in UTC) by chrono-node, a maintained date parser.
//
//   "Earl Grey history, high priority, publish next Friday"
//     → one row "Earl Grey history", P1, publish_at the Friday of next week
//   "Matcha guide: whisking without lumps; Oolong basics, urgent, keywords: oolong; roast"
//     → "Matcha guide" with brief "whisking without lumps"; "Oolong basics", P0, keywords "oolong;roast"
//
// The rules, in the order they apply:
// - lines are separate; `keywords: a; b` runs to the end of its line and
//   belongs to the topic before it;
// - `;` separates topics; `,` separates topics too, except inside a brief:
//   a brief starts after a topic's colon and runs to the next `;` or line end;
// - a part that is only a priority word ("urgent", "asap" → P0; "high
//   priority" → P1; "low priority" → P2) or only a date ("next Friday",
//   "publish on 2027-01-10", "in two weeks") belongs to the topic before it
//   (or, before any topic, to the next one); so does "(urgent)" in a title,
//   and a date after "publish" / "due" / "go live" at the end of a title;
// - a date anywhere else in a title stays part of the title ("Green tea in
//   5 minutes", "Sunday brunch teas"): only those cues make words a date.
import * as chrono from 'chrono-node';
import type { Priority } from '../../model';

/** One row the request asks for, with what its words said. */
export interface RequestedRow {
  title: string;
  brief?: string;
  /** Separated by `;`, as in the queue's keywords column. */
  keywords?: string;
  priority?: Priority;
  /** `YYYY-MM-DD` for a day, or an ISO 8601 time in UTC when the words gave one. */
  publish_at?: string;
}

const PRIORITY_WORDS: ReadonlyArray<[Priority, RegExp]> = [
  ['P0', /^(?:urgent|asap|as soon as possible|top priority|highest priority|critical|priority (?:urgent|top|p0)|p0)$/],
  ['P1', /^(?:high priority|high prio|priority high|important|high|priority p1|p1)$/],
  [
    'P2',
    /^(?:low priority|low prio|priority low|normal priority|priority normal|no rush|whenever|low|priority p2|p2)$/,
  ],
];

/** Words around a date that only say it is the publishing date. */
const DATE_FILLER = new Set([
  'publish',
  'published',
  'publishing',
  'publication',
  'go',
  'goes',
  'live',
  'schedule',
  'scheduled',
  'due',
  'post',
  'posted',
  'on',
  'at',
  'by',
  'for',
  'from',
  'not',
  'before',
  'date',
  'the',
  'to',
  'be',
]);

/** "publish next Friday" at the end of a title: the cue that makes the words after it a date. */
const TRAILING_DATE = /\s+(?:to\s+)?(?:publish(?:ed)?|due|go(?:es)?\s+live)(?:\s+(?:on|at|by|from))?\s+(.+)$/i;

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The priority this text is, when it is only a priority word. */
export function priorityOf(text: string): Priority | undefined {
  const normalized = words(text.toLowerCase().replace(/[-_:!.]+/g, ' '));
  return PRIORITY_WORDS.find(([, pattern]) => pattern.test(normalized))?.[0];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function publishAt(result: chrono.ParsedResult): string {
  const start = result.start;
  if (start.isCertain('hour'))
    return start
      .date()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  return `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
}

function parseDates(text: string, now: Date): chrono.ParsedResult[] {
  // timezone 0: "next Friday" and "9am" are read in UTC, like the queue's times without a zone.
  return chrono.parse(text, { instant: now, timezone: 0 }, { forwardDate: true });
}

/** The publish date this text is, when it is only a date (with words like "publish on" around it). */
export function dateOf(text: string, now: Date): string | undefined {
  const results = parseDates(text, now);
  if (results.length !== 1) return undefined;
  const [result] = results as [chrono.ParsedResult];
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`;
  const others = words(rest.toLowerCase().replace(/[:,.!]/g, ' '))
    .split(' ')
    .filter(Boolean);
  return others.every((w) => DATE_FILLER.has(w)) ? publishAt(result) : undefined;
}

type Modifier = { priority: Priority } | { publish_at: string };

function modifierOf(text: string, now: Date): Modifier | undefined {
  const priority = priorityOf(text);
  if (priority) return { priority };
  const date = dateOf(text, now);
  return date ? { publish_at: date } : undefined;
}

interface Draft extends RequestedRow {
  /** After a colon: commas continue the brief. */
  inBrief: boolean;
}

/** A title part: its own inline modifiers out ("(urgent)", "… publish next Friday"), a brief after a colon. */
function topicFrom(part: string, now: Date): { draft: Draft; modifiers: Modifier[] } {
  const modifiers: Modifier[] = [];
  let text = part.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const modifier = modifierOf(inner, now);
    if (!modifier) return whole;
    modifiers.push(modifier);
    return ' ';
  });
  const colon = text.indexOf(':');
  let brief: string | undefined;
  if (colon >= 0) {
    const before = words(text.slice(0, colon));
    const lead = modifierOf(before, now);
    if (lead) {
      // "urgent: Earl Grey history" — the word before the colon is not a title.
      modifiers.push(lead);
      text = text.slice(colon + 1);
    } else {
      brief = words(text.slice(colon + 1)) || undefined;
      text = before;
    }
  }
  const trailing = TRAILING_DATE.exec(text);
  const date = trailing?.[1] ? dateOf(trailing[1], now) : undefined;
  if (trailing && date) {
    modifiers.push({ publish_at: date });
    text = text.slice(0, trailing.index);
  }
  return { draft: { title: words(text), brief, inBrief: brief !== undefined }, modifiers };
}

function apply(row: RequestedRow, modifier: Modifier): void {
  Object.assign(row, modifier);
}

function keywordsOf(text: string): string | undefined {
  const list = text.split(/[;,]/).map(words).filter(Boolean);
  return list.length > 0 ? list.join(';') : undefined;
}

/** The rows a request asks for, in order; repeated titles (ignoring case) once. */
export function parseRequest(text: string, now: Date): RequestedRow[] {
  const rows: Draft[] = [];
  let pending: Modifier[] = [];
  const attach = (modifier: Modifier) => {
    const last = rows.at(-1);
    if (last) apply(last, modifier);
    else pending.push(modifier);
  };
  for (const line of text.split(/\r?\n/)) {
    const marker = /\bkey\s*words?\s*[:=]/i.exec(line);
    const body = marker ? line.slice(0, marker.index) : line;
    const firstOfLine = rows.length;
    for (const chunk of body.split(';')) {
      const current = () => (rows.length > firstOfLine ? rows.at(-1) : undefined);
      for (const raw of chunk.split(',')) {
        const part = words(raw);
        if (!part) continue;
        const modifier = modifierOf(part, now);
        if (modifier) {
          attach(modifier);
          continue;
        }
        const last = current();
        if (last?.inBrief) {
          last.brief = `${last.brief}, ${part}`;
          continue;
        }
        const { draft, modifiers } = topicFrom(part, now);
        if (!draft.title) {
          for (const m of modifiers) attach(m);
          continue;
        }
        for (const m of [...pending, ...modifiers]) apply(draft, m);
        pending = [];
        rows.push(draft);
      }
      // A brief runs to the next `;`.
      const last = current();
      if (last) last.inBrief = false;
    }
    const keywords = marker ? keywordsOf(line.slice(marker.index + marker[0].length)) : undefined;
    if (keywords) {
      const owner = rows.at(-1);
      if (owner) owner.keywords = owner.keywords ? `${owner.keywords};${keywords}` : keywords;
    }
  }
  const seen = new Set<string>();
  const out: RequestedRow[] = [];
  for (const { inBrief: _, ...row } of rows) {
    const key = row.title.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as unknown as RequestedRow);
  }
  return out;
}
