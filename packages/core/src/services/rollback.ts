// `autopilot queue rollback --id ID [--dry-run]`: put a live article back to
// the newest version the update path kept of it (versions journal), through
// the same publisher.update an UPDATE uses. Everything is checked before
// anything is written — the row exists once and is PUBLISHED, a version is
// kept, the version is of the row's article, the article is in the store —
// so a refusal (UserError, exit 2) changes nothing. After the update the
// article is read back and compared field by field: what the command says is
// what the store holds. Then a run-log row (outcome `published`) and the
// queue row's notes ("rolled back to the version of <at>") record it.
//
// The version replaced by a rollback is not kept: the row's content still
// holds it, and setting the row to UPDATE writes it again.
import { changedFields, inputOfFields } from '../domain/article-fields';
import { cellText } from '../domain/queue/transitions';
import { errorMessage, UserError } from '../errors';
import type { QueueRow, RunLogRow } from '../model';
import type { ArticleVersion, Clock, Publisher, QueueStore, RunLog, VersionStore } from '../ports';

export interface RollbackDeps {
  queue: QueueStore;
  runLog: RunLog;
  publisher: Publisher;
  versions: VersionStore;
  now: Clock;
}

export interface RollbackOptions {
  id: string;
  dryRun: boolean;
  runId: string;
  traceId: string;
  /** Where the versions are kept, for messages. */
  versionsWhere?: string;
}

export interface RollbackResult {
  item_id: string;
  row: number;
  article_id: string;
  handle: string;
  /** The kept version restored (or to be restored). */
  version: { at: string; run_id: string };
  /** The fields that differed from the version before the rollback. */
  changed: string[];
  dry_run: boolean;
  /** Fields that still differ from the version when read back after the update (empty: restored). */
  not_restored: string[];
  /** Whether the run-log row and the queue row's note were written. */
  logged: boolean;
  noted: boolean;
  /** What happened, in one sentence per line, for a person. */
  lines: string[];
}

function theRow(rows: readonly QueueRow[], id: string): QueueRow {
  const matching = rows.filter((r) => r.id.trim() === id);
  if (matching.length === 0)
    throw new UserError(`queue rollback: no row with id "${id}" in the queue; nothing changed`);
  if (matching.length > 1) {
    throw new UserError(
      `queue rollback: rows ${matching.map((r) => r.row).join(', ')} share the id "${id}"; give one a new id first; nothing changed`,
    );
  }
  const row = matching[0] as QueueRow;
  const status = row.status.trim().toUpperCase() || 'PENDING';
  if (status !== 'PUBLISHED') {
    throw new UserError(
      `queue rollback: row ${row.row} (id "${id}") is ${status}, not PUBLISHED: only a live article the pipeline published is rolled back; nothing changed`,
    );
  }
  return row;
}

export async function rollbackItem(deps: RollbackDeps, options: RollbackOptions): Promise<RollbackResult> {
  const id = options.id.trim();
  if (!id) throw new UserError('queue rollback needs --id ID');
  if (!deps.publisher.read) throw new UserError('queue rollback: this publisher cannot read an article back');
  const row = theRow(await deps.queue.list(), id);
  const version: ArticleVersion | undefined = await deps.versions.latest(id);
  if (!version) {
    throw new UserError(
      `queue rollback: no kept version of "${id}" in ${options.versionsWhere ?? 'the versions journal'} (a version is kept when an UPDATE changes a live article); nothing changed`,
    );
  }
  if (row.article_id.trim() && row.article_id.trim() !== version.article_id) {
    throw new UserError(
      `queue rollback: the newest kept version of "${id}" is of article ${version.article_id}, but row ${row.row} names article ${row.article_id.trim()}; nothing changed`,
    );
  }
  const current = await deps.publisher.read(version.article_id);
  if (!current) {
    throw new UserError(
      `queue rollback: article ${version.article_id} of "${id}" is not in the store any more; nothing changed`,
    );
  }
  const changed = changedFields(current, version.fields);
  const base = {
    item_id: id,
    row: row.row,
    article_id: version.article_id,
    handle: current.handle,
    version: { at: version.at, run_id: version.run_id },
    changed,
    dry_run: options.dryRun,
  };
  const named = `article ${current.handle} (${version.article_id}) of "${id}" (row ${row.row})`;
  if (changed.length === 0) {
    return {
      ...base,
      not_restored: [],
      logged: false,
      noted: false,
      lines: [`${named} already matches the version of ${version.at}; nothing changed.`],
    };
  }
  if (options.dryRun) {
    return {
      ...base,
      not_restored: [],
      logged: false,
      noted: false,
      lines: [
        `Dry run: would restore ${named} to the version of ${version.at} (kept by run ${version.run_id}): ${changed.join(', ')} would change. Nothing was changed.`,
      ],
    };
  }

  const started = deps.now();
  await deps.publisher.update(version.article_id, inputOfFields(id, version.fields));
  const after = await deps.publisher.read(version.article_id);
  const notRestored = after ? changedFields(after, version.fields) : ['the article (not found when read back)'];
  const lines =
    notRestored.length === 0
      ? [`Restored ${named} to the version of ${version.at}: ${changed.join(', ')} (read back: matches).`]
      : [
          `Updated ${named} from the version of ${version.at}, but read back it still differs in: ${notRestored.join(', ')}.`,
        ];

  if (notRestored.length > 0) {
    // Only what took place is recorded: no run-log row or note for a version the store does not hold.
    lines.push('No run-log row or note was written; run it again, or restore the fields named in the store admin.');
    return { ...base, not_restored: notRestored, logged: false, noted: false, lines };
  }
  const at = deps.now();
  const note = `rolled back to the version of ${version.at}`;
  const logRow: RunLogRow = {
    at: at.toISOString(),
    run_id: options.runId,
    trace_id: options.traceId,
    mode: 'publish',
    item_id: id,
    outcome: 'published',
    gate: '',
    error_codes: [],
    attempts: 0,
    duration_ms: at.getTime() - started.getTime(),
    tokens_in: 0,
    tokens_out: 0,
    cost_usd: 0,
    article_id: version.article_id,
  };
  let logged = false;
  try {
    await deps.runLog.append([logRow]);
    logged = true;
    lines.push(`Run log: a row for "${id}" (outcome published, run ${options.runId}).`);
  } catch (error) {
    lines.push(`The run log could not be written: ${errorMessage(error)}.`);
  }
  let noted = false;
  try {
    noted = await deps.queue.transact((rows) => {
      const fresh = rows.find((r) => r.row === row.row && r.id.trim() === id);
      if (!fresh || (fresh.status.trim().toUpperCase() || 'PENDING') !== 'PUBLISHED') return { result: false };
      const notes = cellText(fresh.notes.trim() ? `${note} | ${fresh.notes}` : note);
      return {
        update: [{ ...fresh, notes, updated_at: at.toISOString(), run_id: options.runId }],
        result: true,
      };
    });
    lines.push(
      noted
        ? `Queue row ${row.row}: notes say "${note}".`
        : `Queue row ${row.row} changed meanwhile (no longer PUBLISHED): its notes were left as they are.`,
    );
  } catch (error) {
    lines.push(`The queue row's notes could not be written: ${errorMessage(error)}.`);
  }
  return { ...base, not_restored: notRestored, logged, noted, lines };
}
