// `autopilot executor --mode review|publish`: one executor run on the
// configured backends. Exit 0 when the run completed cleanly, 1 when it met
// errors it could not handle (any retry or failure), 2 for bad usage.
import {
  buildBackends,
  buildNotifier,
  type ExecutorResult,
  emitRunMetrics,
  executorNotification,
  executorOptionsFrom,
  runExecutor,
} from '@autopilot/core';
import type { CliContext } from '../context';

export async function runExecutorFor(ctx: CliContext, mode = ctx.config.mode): Promise<ExecutorResult> {
  const backends = await buildBackends(ctx.config, { ...ctx.wiring, controlPlane: 'local' });
  const result = await runExecutor(
    { ...backends.executorDeps, log: ctx.log, now: ctx.now, random: Math.random },
    executorOptionsFrom(ctx.config, {
      mode,
      runId: ctx.runId,
      traceId: ctx.traceId,
      owner: ctx.owner,
      control: backends.control,
    }),
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
    `Run ${result.run_id} (${result.mode}${result.downgraded ? `, ${result.downgraded}` : ''})`,
    ...result.items.map(
      (i) => `  row ${String(i.row).padStart(3)}  ${i.item_id.padEnd(32)} ${i.outcome.padEnd(9)} ${i.message}`,
    ),
    `Processed ${result.counts.processed}: ${result.counts.published} published, ${result.counts.drafted} drafted, ` +
      `${result.counts.blocked} blocked, ${result.counts.retry} to retry, ${result.counts.failed} failed` +
      (result.budget_spent ? ' (time budget spent)' : ''),
  ];
  for (const p of result.problems) lines.push(`  ! ${p.message}`);
  return lines.join('\n');
}

export async function executorCommand(ctx: CliContext): Promise<number> {
  const result = await runExecutorFor(ctx);
  ctx.say(describeRun(result));
  ctx.result(result);
  return result.conclusion === 'success' ? 0 : 1;
}
