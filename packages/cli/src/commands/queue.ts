// `autopilot queue list|add|approve|reject|retry|cancel|rollback`: the
// operators' commands on the queue, each one transaction under the queue's
// lock; `rollback` restores a live article's kept version (services/rollback.ts).
// `add --request` reads plain words (request-parse.ts); `add --dry-run`
// shows the rows and writes nothing.
import {
  type AddRowsResult,
  applyQueueCommand,
  buildDataPlane,
  errorMessage,
  ITEM_STATUSES,
  type NewQueueRow,
  type QueueCommand,
  type QueueRow,
  queueBackendOf,
  rowsToAdd,
  UserError,
} from '@autopilot/core';
import { readRequestWithLlm } from '@autopilot/core/adapters/llm/request-reader';
import { parseRequest, type RequestedRow } from '@autopilot/core/domain/queue/request-parse';
import { rollbackItem } from '@autopilot/core/services/rollback';
import { escapeForTerminal } from '@autopilot/core/util/terminal';
import { buildVersionStore } from '@autopilot/core/wiring/versions';
import { type CliContext, requireStateFolder } from '../context';

async function queueStore(ctx: CliContext) {
  // The local queue file: a state folder that does not exist is a mistyped --state, not an empty queue.
  if (queueBackendOf(ctx.config, 'local') === 'local') requireStateFolder(ctx);
  return (await buildDataPlane(ctx.config, ctx.wiring)).queue;
}

const safe = (text: string | undefined) => escapeForTerminal(text ?? '');

function publicRow(row: QueueRow) {
  const { extra, ...known } = row;
  return { ...known, ...extra };
}

async function list(ctx: CliContext): Promise<number> {
  const wanted = ctx.args.flags.status?.toUpperCase();
  if (wanted && !(ITEM_STATUSES as readonly string[]).includes(wanted)) {
    throw new UserError(
      `--status "${ctx.args.flags.status}" is not valid; expected one of ${ITEM_STATUSES.join(', ')}`,
    );
  }
  const rows = (await (await queueStore(ctx)).list()).filter(
    (r) => !wanted || (r.status.trim().toUpperCase() || 'PENDING') === wanted,
  );
  ctx.say(
    rows.length === 0
      ? wanted
        ? `No ${wanted} rows.`
        : 'No rows.'
      : rows
          .map(
            (r) =>
              `${String(r.row).padStart(3)}  ${safe(r.status || 'PENDING').padEnd(17)} ${safe(r.priority || 'P2').padEnd(3)} ${safe(r.id).padEnd(32)} ${safe(r.title)}`,
          )
          .join('\n'),
  );
  ctx.result(rows.map(publicRow), { asIs: true });
  return 0;
}

/**
 * The rows a plain-words request asks for: read by the configured LLM (a
 * JSON schema), or by the built-in parser — without an LLM, and whenever the
 * LLM fails or answers rows that do not check.
 */
async function readRequest(ctx: CliContext, text: string, now: Date): Promise<RequestedRow[]> {
  const { llmBaseUrl, llmModel } = ctx.config;
  if (!llmBaseUrl || !llmModel) return parseRequest(text, now);
  try {
    const rows = await readRequestWithLlm(text, now, {
      baseUrl: llmBaseUrl,
      apiKey: ctx.config.llmApiKey,
      model: llmModel,
      timeoutMs: ctx.config.requestTimeout * 1000,
      redact: ctx.redact,
    });
    ctx.log.info(`request read by ${llmModel}: ${rows.length} row(s)`);
    return rows;
  } catch (error) {
    ctx.log.warn(
      `${llmModel} could not read the request (${errorMessage(error)}); read by the built-in parser instead`,
    );
    return parseRequest(text, now);
  }
}

/** A planned row as a reader checks it: title, id, and what the request said. */
function describeRow(row: NewQueueRow, verb: string): string {
  const facts = [
    row.priority ? `priority ${row.priority}` : '',
    row.publish_at ? `publish_at ${row.publish_at}` : '',
    row.keywords ? `keywords ${row.keywords}` : '',
    row.brief ? `brief "${row.brief}"` : '',
  ].filter(Boolean);
  return `${verb} ${safe(row.id)}: ${safe(row.title)}${facts.length > 0 ? ` (${safe(facts.join(', '))})` : ''}`;
}

async function add(ctx: CliContext): Promise<number> {
  const { flags } = ctx.args;
  const title = ctx.config.incidentTitle; // `--title` is shared with the incident command
  const now = ctx.now();
  const topics = flags.request ? await readRequest(ctx, flags.request, now) : title ? [title] : [];
  const fields = {
    id: flags.id,
    brief: flags.brief,
    keywords: flags.keywords,
    priority: flags.priority,
    publish_at: flags['publish-at'],
    content: flags.content,
    content_path: flags['content-path'],
  };
  const store = await queueStore(ctx);
  if (ctx.config.dryRun) {
    // The same checks as a real add, against the queue as it is now; nothing is written.
    const planned = rowsToAdd(
      topics,
      fields,
      (await store.list()).map((r) => r.id),
      now,
    );
    if (!planned.ok) throw new UserError(planned.message);
    ctx.say([...planned.rows.map((r) => describeRow(r, 'would add')), 'Dry run: nothing was written.'].join('\n'));
    ctx.result({ dry_run: true, rows: planned.rows }, { asIs: true });
    return 0;
  }
  const added = await store.transact<AddRowsResult>((rows) => {
    const planned = rowsToAdd(
      topics,
      fields,
      rows.map((r) => r.id),
      now,
    );
    // A refused add writes nothing: the message goes back out of the transaction.
    return planned.ok ? { append: planned.rows, result: planned } : { result: planned };
  });
  if (!added.ok) throw new UserError(added.message);
  ctx.say(added.rows.map((r) => describeRow(r, 'added')).join('\n'));
  ctx.result(added.rows, { asIs: true });
  return 0;
}

async function change(ctx: CliContext, command: QueueCommand): Promise<number> {
  const id = ctx.args.flags.id;
  if (!id) throw new UserError(`queue ${command} needs --id ID`);
  const by = ctx.args.flags.approver ?? ctx.args.flags.by ?? ctx.owner;
  const now = ctx.now();
  type Applied = ReturnType<typeof applyQueueCommand>;
  const outcome = await (await queueStore(ctx)).transact<Applied>((rows) => {
    const row = rows.find((r) => r.id === id);
    if (!row) return { result: { ok: false, message: `no row with id "${id}" in the queue` } };
    const applied = applyQueueCommand(row, command, { by, now, reason: ctx.args.flags.reason });
    return applied.ok ? { update: [applied.row], result: applied } : { result: applied };
  });
  if (!outcome.ok) throw new UserError(outcome.message);
  ctx.say(`${safe(id)}: ${outcome.row.status}`);
  ctx.result(publicRow(outcome.row), { asIs: true });
  return 0;
}

/**
 * Restore a live article to the newest version an UPDATE kept of it. Exit 0
 * when the store holds the version again (read back) and the run log has its
 * row (or on a dry run); 1 when either is not so; 2 (UserError) when the row
 * is missing or not PUBLISHED or no version is kept — nothing changed then.
 */
async function rollback(ctx: CliContext): Promise<number> {
  const id = ctx.args.flags.id;
  if (!id) throw new UserError('queue rollback needs --id ID');
  if (queueBackendOf(ctx.config, 'local') === 'local') requireStateFolder(ctx);
  const data = await buildDataPlane(ctx.config, ctx.wiring);
  const versions = buildVersionStore(ctx.config, { ...ctx.wiring, controlPlane: 'local' });
  await data.publisher.prepare?.();
  const result = await rollbackItem(
    { queue: data.queue, runLog: data.runLog, publisher: data.publisher, versions, now: ctx.now },
    { id, dryRun: ctx.config.dryRun, runId: ctx.runId, traceId: ctx.traceId, versionsWhere: versions.where },
  );
  // The local site's index page and records file follow the change (a no-op for Shopify).
  if (!result.dry_run && result.changed.length > 0) await data.publisher.flush?.();
  ctx.say(result.lines.map(safe).join('\n'));
  ctx.result(result, { asIs: true });
  const done = result.dry_run || result.changed.length === 0 || (result.not_restored.length === 0 && result.logged);
  return done ? 0 : 1;
}

export async function queueCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [sub] = rest;
  switch (sub) {
    case 'list':
      return list(ctx);
    case 'add':
      return add(ctx);
    case 'approve':
    case 'reject':
    case 'retry':
    case 'cancel':
      return change(ctx, sub);
    case 'rollback':
      return rollback(ctx);
    default:
      throw new UserError(
        `queue needs a subcommand: list, add, approve, reject, retry, cancel or rollback (got "${sub ?? ''}")`,
      );
  }
}
