// Queue rows a person has to look at: blocked and failed rows always, rows
// that share their id with another row (none of them is worked on until one
// gets a new id), and rows awaiting approval once they have waited longer
// than a day.
import type { QueueRow } from '../../model';
import { DUPLICATE_ID, findDuplicateIds } from '../queue/parse-row';

export interface NeedsHuman {
  row: number;
  id: string;
  title: string;
  /** The row's state, or DUPLICATE_ID for a row whose id another row also uses. */
  status: 'BLOCKED' | 'FAILED' | 'AWAITING_APPROVAL' | typeof DUPLICATE_ID;
  /** What the person should know: a BLOCKED row's notes, a FAILED row's last error, or how long it waits. */
  reason: string;
  updated_at: string;
  article_url: string;
}

const HOUR_MS = 3_600_000;

export function itemsNeedingHuman(rows: readonly QueueRow[], now: Date, approvalWaitHours = 24): NeedsHuman[] {
  const out: NeedsHuman[] = [];
  const duplicates = new Map(findDuplicateIds(rows).map((p) => [p.row, p]));
  for (const row of rows) {
    const status = row.status.trim().toUpperCase();
    const base = {
      row: row.row,
      id: row.id,
      title: row.title,
      updated_at: row.updated_at,
      article_url: row.article_url,
    };
    const duplicate = duplicates.get(row.row);
    if (duplicate) {
      out.push({ ...base, status: DUPLICATE_ID, reason: duplicate.message.replace(/^row \d+: /, '') });
    } else if (status === 'BLOCKED') {
      // A BLOCKED row's reason is in notes (`[CODE] …`); last_error, if any, is an older attempt's.
      out.push({ ...base, status, reason: row.notes.trim() || row.last_error.trim() || 'blocked' });
    } else if (status === 'FAILED') {
      out.push({ ...base, status, reason: row.last_error.trim() || row.notes.trim() || 'failed' });
    } else if (status === 'AWAITING_APPROVAL') {
      const since = Date.parse(row.updated_at);
      if (Number.isNaN(since)) {
        out.push({ ...base, status, reason: 'awaiting approval (updated_at unknown)' });
      } else if (now.getTime() - since > approvalWaitHours * HOUR_MS) {
        const hours = Math.floor((now.getTime() - since) / HOUR_MS);
        out.push({ ...base, status, reason: `awaiting approval for ${hours} h` });
      }
    }
  }
  return out;
}
