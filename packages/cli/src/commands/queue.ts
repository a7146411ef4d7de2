// `autopilot queue list|add|approve|reject|retry|cancel`: the operators'
// commands on the queue, each one transaction under the queue's lock.
import {
  type AddRowsResult,
  applyQueueCommand,
  buildDataPlane,
  ITEM_STATUSES,
  type QueueCommand,
  type QueueRow,
  rowsToAdd,
  splitRequest,
  UserError,
} from '@autopilot/core';
import type { CliContext } from '../context';

async function queueStore(ctx: CliContext) {
  return buildDataPlane(ctx.config, ctx.wiring).queue;
}

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
      ? 'No rows.'
      : rows
          .map(
            (r) =>
              `${String(r.row).padStart(3)}  ${(r.status || 'PENDING').padEnd(17)} ${(r.priority || 'P2').padEnd(3)} ${r.id.padEnd(32)} ${r.title}`,
          )
          .join('\n'),
  );
  ctx.result(rows.map(publicRow));
  return 0;
}

async function add(ctx: CliContext): Promise<number> {
  const { flags } = ctx.args;
  const title = ctx.config.incidentTitle; // `--title` is shared with the incident command
  const topics = flags.request ? splitRequest(flags.request) : title ? [title] : [];
  const fields = {
    id: flags.id,
    brief: flags.brief,
    keywords: flags.keywords,
    priority: flags.priority,
    publish_at: flags['publish-at'],
    content: flags.content,
    content_path: flags['content-path'],
  };
  const now = ctx.now();
  const added = await (await queueStore(ctx)).transact<AddRowsResult>((rows) => {
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
  ctx.say(added.rows.map((r) => `added ${r.id}: ${r.title}`).join('\n'));
  ctx.result(added.rows);
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
  ctx.say(`${id}: ${outcome.row.status}`);
  ctx.result(publicRow(outcome.row));
  return 0;
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
    default:
      throw new UserError(`queue needs a subcommand: list, add, approve, reject, retry or cancel (got "${sub ?? ''}")`);
  }
}
