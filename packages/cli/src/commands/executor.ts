// `autopilot executor --mode review|publish`: one executor run on the
// configured backends. Exit 0 when the run completed cleanly, 1 when it met
// errors it could not handle (any retry or failure), 2 for bad usage, and
// 128 + the signal's number (130 for Ctrl-C) when a signal cancelled it.
import { constants } from 'node:os';
import {
  abortOnSignals,
  buildBackends,
  buildNotifier,
  type ExecutorResult,
  emitRunMetrics,
  executorNotification,
  executorOptionsFrom,
  runExecutor,
  runUsage,
} from '@autopilot/core';
import { escapeForTerminal } from '@autopilot/core/util/terminal';
import type { CliContext } from '../context';

export async function runExecutorFor(
  ctx: CliContext,
  mode = ctx.config.mode,
  signal?: AbortSignal,
): Promise<ExecutorResult> {
  const backends = await buildBackends(ctx.config, { ...ctx.wiring, controlPlane: 'local' });
  const result = await runExecutor(
    { ...backends.executorDeps, log: ctx.log, now: ctx.now, random: Math.random },
    {
      ...executorOptionsFrom(ctx.config, {
        mode,
        runId: ctx.runId,
        traceId: ctx.traceId,
        owner: ctx.owner,
        control: backends.control,
      }),
      signal,
    },
  );
  await emitRunMetrics(
    { result, services: backends.stats(), queueRows: await backends.queue.list(), traceId: ctx.traceId },
    { metricsFile: ctx.config.metricsFile ?? ctx.paths.metrics, env: ctx.env, redact: ctx.redact, log: ctx.log },
  );
  const notification = executorNotification(result, { traceId: ctx.traceId, outputsUri: ctx.paths.siteIndex });
  if (notification) {
    const sent = await buildNotifier(ctx.config, ctx.wiring, true).notify(notification);
    if (!sent.delivered) ctx.log.warn(`notification not delivered: ${sent.error ?? 'unknown error'}`);
  }
  return result;
}

export function describeRun(result: ExecutorResult): string {
  const lines = [
    `Run ${escapeForTerminal(result.run_id)} (${result.mode}${result.downgraded ? `, ${escapeForTerminal(result.downgraded)}` : ''})`,
    ...result.items.map(
      // Ids and messages come from the queue and from servers: escaped, so they can neither drive the terminal nor forge a line.
      (i) =>
        `  row ${String(i.row).padStart(3)}  ${escapeForTerminal(i.item_id).padEnd(32)} ${i.outcome.padEnd(9)} ${escapeForTerminal(i.message)}`,
    ),
    `Processed ${result.counts.processed}: ${result.counts.published} published, ` +
      (result.counts.scheduled ? `${result.counts.scheduled} scheduled, ` : '') +
      `${result.counts.drafted} drafted, ` +
      `${result.counts.blocked} blocked, ${result.counts.retry} to retry, ${result.counts.failed} failed` +
      (result.budget_spent ? ' (time budget spent)' : ''),
  ];
  const usage = runUsage(result.items);
  if (usage.tokens_in + usage.tokens_out > 0) {
    lines.push(`LLM: ${usage.tokens_in} tokens in, ${usage.tokens_out} out, $${usage.cost_usd.toFixed(4)}`);
  }
  if (result.require_approval === false)
    lines.push('require-approval is off: in publish mode drafts that pass the gate go live without approval');
  for (const p of result.problems) lines.push(`  ! ${escapeForTerminal(p.message)}`);
  for (const e of result.errors ?? []) lines.push(`  ! ${escapeForTerminal(e)}`);
  if (result.conclusion === 'cancelled') lines.push('Cancelled: no more items were claimed after the signal');
  return lines.join('\n');
}

export async function executorCommand(ctx: CliContext): Promise<number> {
  // First Ctrl-C (or SIGTERM): finish the items in flight and record the run. A second: leave now.
  const cancel = abortOnSignals({
    log: ctx.log,
    onRepeat: (signal) => {
      ctx.io.stderr(`autopilot: ${signal} again: exiting now; rows in flight return to PENDING when their lease ends`);
      process.exit(128 + constants.signals[signal]);
    },
  });
  try {
    const result = await runExecutorFor(ctx, ctx.config.mode, cancel.signal);
    ctx.say(describeRun(result));
    ctx.result({ ...result, usage: runUsage(result.items) });
    const signal = cancel.received();
    if (result.conclusion === 'cancelled' && signal) return 128 + constants.signals[signal];
    return result.conclusion === 'success' ? 0 : 1;
  } finally {
    cancel.dispose();
  }
}
