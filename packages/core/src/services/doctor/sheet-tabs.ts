// The Google Sheet, when the queue lives there: each tab must exist and be
// readable with the configured credentials, and the Queue tab's header must
// name at least the `id` column (the queue's key). The run log's missing
// columns are written by the run log itself on its first append.
import { QUEUE_COLUMNS, RUN_LOG_COLUMNS } from '../../model';
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass } from './types';

export type SheetTabKind = 'queue' | 'runlog';

const TAB_SETTING: Record<SheetTabKind, string> = { queue: 'SHEETS_QUEUE_TAB', runlog: 'SHEETS_RUNLOG_TAB' };

/** Judge the answer to values.get of the tab's first row ('Tab'!1:1). */
export function evaluateSheetTab(kind: SheetTabKind, tab: string, o: HttpObservation, sheetsId: string): CheckResult {
  const id = `sheets.${kind}-tab`;
  const title = kind === 'queue' ? `Sheet tab "${tab}" has the queue header` : `Sheet tab "${tab}" (run log) is there`;
  if (!isAnswer(o))
    return fail(id, title, `no answer from Google Sheets: ${o.error}`, 'check the network and run again');
  if (o.status === 200) {
    const values = (o.body as { values?: unknown[][] } | undefined)?.values ?? [];
    const header = (values[0] ?? []).map((cell) =>
      String(cell ?? '')
        .trim()
        .toLowerCase(),
    );
    if (kind === 'runlog') {
      const missing = RUN_LOG_COLUMNS.filter((c) => !header.includes(c));
      return pass(
        id,
        title,
        missing.length === 0
          ? 'every run-log column is in the header'
          : `readable; the run log adds its missing columns on the first append (${missing.length} of ${RUN_LOG_COLUMNS.length})`,
      );
    }
    if (header.includes('id')) {
      const known = header.filter((h) => (QUEUE_COLUMNS as readonly string[]).includes(h)).length;
      return pass(id, title, `header row names id and ${known - 1} other queue column(s)`);
    }
    return fail(
      id,
      title,
      header.length === 0 ? `tab "${tab}" has no header row` : `the header row of "${tab}" has no id column`,
      `put the queue header in row 1 of "${tab}", at least: ${QUEUE_COLUMNS.slice(0, 4).join(', ')}, status ` +
        '(or copy the header of examples/queue.csv)',
    );
  }
  if (o.status === 400) {
    return fail(
      id,
      title,
      `the spreadsheet has no tab "${tab}" (400: ${messageOf(o)})`,
      `add a tab named "${tab}" to the spreadsheet, or set ${TAB_SETTING[kind]} to the tab's name`,
    );
  }
  if (o.status === 404) {
    return fail(
      id,
      title,
      `spreadsheet ${sheetsId} was not found (404)`,
      'check SHEETS_ID: the id in the sheet URL between /d/ and /edit',
    );
  }
  if (o.status === 401 || o.status === 403) {
    return fail(
      id,
      title,
      `Google refused the credentials (${o.status}: ${messageOf(o)})`,
      'share the spreadsheet with the service account’s client_email as Editor, and check GOOGLE_SERVICE_ACCOUNT_JSON ' +
        '(or GOOGLE_OAUTH_ACCESS_TOKEN, which expires after an hour)',
    );
  }
  return fail(id, title, `unexpected answer (HTTP ${o.status}: ${messageOf(o)})`, 'run the doctor again');
}
