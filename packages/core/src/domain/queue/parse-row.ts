// A queue row, checked and typed. A row with a problem is reported with its
// row number, id, field, value and what was expected, and never changed.
import { ITEM_STATUSES, type ItemStatus, PRIORITIES, type Priority, type QueueRow } from '../../model';
import { leaseTimeText } from './claimed-from';
import { parseQueueTime } from './time';
import type { Approval, QueueItem, RowProblem } from './types';

const APPROVALS: readonly Approval[] = ['', 'pending', 'approved', 'rejected'];

export function splitKeywords(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** A BCP 47 language tag, loosely: a 2–3 letter language, then optional subtags (pt-BR, zh-Hant). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export interface ParseRowOptions {
  /** The IANA zone a publish_at without a zone is read in (the `timezone` setting; default UTC). */
  timeZone?: string;
}

export type ParsedRow = { ok: true; item: QueueItem } | { ok: false; problems: RowProblem[] };

/**
 * The cells the parse reads, and the zone: two rows alike in these parse
 * alike. A parse that starts reading another cell adds it here (a test
 * checks that no other cell changes the result).
 */
export const PARSED_CELLS = [
  'id',
  'status',
  'priority',
  'publish_at',
  'next_attempt_at',
  'lease_until',
  'attempts',
  'approval',
  'image_url',
  'language',
  'keywords',
  'tags',
  'links',
] as const satisfies readonly (keyof QueueRow)[];

// Every claim reads the queue again, as new row objects, and parses every row:
// in a queue of 10,000 rows that is most of a claim's work, for rows that
// have not changed. Kept by content, so a row read again parses once; bounded
// (cleared when full), as a queue's rows change through a run.
const parsed = new Map<string, ParsedRow>();
const PARSED_LIMIT = 50_000;
// A frozen row (the CSV store shares unchanged rows between reads, frozen)
// cannot change: its parse is kept by the object itself, per time zone, and
// a claim over 10,000 unchanged rows builds no content key at all.
const byFrozenRow = new WeakMap<QueueRow, { timeZone: string | undefined; result: ParsedRow }>();

/** A queue row, checked and typed (from the memo when a row of the same cells was parsed). */
export function parseQueueRow(row: QueueRow, options: ParseRowOptions = {}): ParsedRow {
  const frozen = Object.isFrozen(row);
  if (frozen) {
    const known = byFrozenRow.get(row);
    if (known && known.timeZone === options.timeZone) return known.result;
  }
  const result = parseByContent(row, options);
  if (frozen) byFrozenRow.set(row, { timeZone: options.timeZone, result });
  return result;
}

function parseByContent(row: QueueRow, options: ParseRowOptions): ParsedRow {
  let key = `${row.row}\u0000${options.timeZone ?? ''}`;
  for (const cell of PARSED_CELLS) key += `\u0000${row[cell]}`;
  const known = parsed.get(key);
  // The item carries the row it was parsed from: this one.
  if (known) return known.ok ? { ok: true, item: { ...known.item, row } } : known;
  const result = parseQueueRowUnmemoized(row, options);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, result);
  return result;
}

/** parseQueueRow without the memo (the tests compare the two). */
export function parseQueueRowUnmemoized(row: QueueRow, options: ParseRowOptions = {}): ParsedRow {
  const problems: RowProblem[] = [];
  const id = row.id.trim();
  const problem = (field: string, value: string, expected: string) =>
    problems.push({
      row: row.row,
      id,
      field,
      value,
      expected,
      message: `row ${row.row}${id ? ` (id "${id}")` : ''}: ${field} ${value === '' ? 'is empty' : `"${value}" is not valid`}; expected ${expected}`,
    });

  if (!id) problem('id', '', 'a unique, stable id');
  const statusText = row.status.trim().toUpperCase();
  const status = (statusText || 'PENDING') as ItemStatus;
  if (!ITEM_STATUSES.includes(status))
    problem('status', row.status, `one of ${ITEM_STATUSES.join(', ')} (or empty for PENDING)`);
  const priorityText = row.priority.trim().toUpperCase();
  const priority = (priorityText || 'P2') as Priority;
  if (!PRIORITIES.includes(priority)) problem('priority', row.priority, 'P0, P1 or P2 (or empty for P2)');
  const times: Record<'publish_at' | 'next_attempt_at' | 'lease_until', Date | undefined> = {
    publish_at: undefined,
    next_attempt_at: undefined,
    lease_until: undefined,
  };
  for (const field of ['publish_at', 'next_attempt_at', 'lease_until'] as const) {
    if (!row[field].trim()) continue;
    // Only a person's time is read in the configured zone; the lease and retry times are ours, written in UTC.
    // A lease may carry the state it was claimed from after its time (claimed-from.ts).
    const text = field === 'lease_until' ? leaseTimeText(row[field]) : row[field];
    times[field] = parseQueueTime(text, field === 'publish_at' ? options.timeZone : undefined);
    if (!times[field])
      problem(
        field,
        row[field],
        `an ISO 8601 time such as 2026-11-22T09:00:00Z, or YYYY-MM-DD HH:MM (${field === 'publish_at' ? options.timeZone || 'UTC' : 'UTC'})`,
      );
  }
  const attemptsText = row.attempts.trim();
  const attempts = attemptsText === '' ? 0 : Number(attemptsText);
  if (!/^\d*$/.test(attemptsText)) problem('attempts', row.attempts, 'a whole number ≥ 0 (or empty)');
  const approval = row.approval.trim().toLowerCase() as Approval;
  if (!APPROVALS.includes(approval)) problem('approval', row.approval, 'pending, approved or rejected (or empty)');
  // The article's own fields: only the two with a shape to get wrong are checked here.
  if (row.image_url.trim() && !isWebUrl(row.image_url.trim()))
    problem(
      'image_url',
      row.image_url,
      'an http(s) URL of the image, such as https://cdn.example.com/tea.jpg (or empty)',
    );
  if (row.language.trim() && !LANGUAGE_TAG.test(row.language.trim()))
    problem('language', row.language, 'a language tag such as en, de or pt-BR (or empty)');

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    item: {
      id,
      status,
      priority,
      publishAt: times.publish_at,
      nextAttemptAt: times.next_attempt_at,
      leaseUntil: times.lease_until,
      attempts,
      keywords: splitKeywords(row.keywords),
      tags: splitKeywords(row.tags),
      links: splitKeywords(row.links),
      approval,
      row,
    },
  };
}

export const DUPLICATE_ID = 'DUPLICATE_ID';

/**
 * Every row whose id another row also uses is a problem — all of them, the
 * first too: ids are the idempotency keys, and which row is the copy only a
 * human can tell. None of them is worked on until one gets a new id.
 */
export function findDuplicateIds(rows: readonly QueueRow[]): RowProblem[] {
  // Asked on every claim of every row: one pass that allocates only for ids
  // that are used twice (nearly never), then the problems of those alone.
  const firstRow = new Map<string, number>();
  const shared = new Map<string, number[]>();
  for (const row of rows) {
    const id = row.id.trim();
    if (!id) continue;
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row.row);
    else shared.set(id, [...(shared.get(id) ?? [first]), row.row]);
  }
  if (shared.size === 0) return [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const id = row.id.trim();
    const all = shared.get(id);
    if (!id || !all) continue;
    const others = all.filter((r) => r !== row.row);
    problems.push({
      row: row.row,
      id,
      field: 'id',
      value: id,
      expected: 'an id no other row uses',
      code: DUPLICATE_ID,
      message: `row ${row.row}: id "${id}" is also used by row ${others.join(', ')}; expected an id no other row uses (neither row is worked on until one gets a new id)`,
    });
  }
  return problems;
}

/** The note a duplicated row gets, once: what is wrong and what to do. */
export function duplicateIdNote(problem: RowProblem): string {
  return `${DUPLICATE_ID}: ${problem.message.replace(/^row \d+: /, '')} — give one of the rows a new id`;
}
