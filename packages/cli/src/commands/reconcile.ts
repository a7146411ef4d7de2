// `autopilot reconcile [--json]`: metrics over the run-log window, the
// recommendation, what needs a human, and the decision log.
import {
  buildControlPlane,
  buildDataPlane,
  type ReconcileAlertResult,
  reconcileOptionsFrom,
  runReconcileWithAlerts,
} from '@autopilot/core';
import type { CliContext } from '../context';

export async function reconcileOnce(ctx: CliContext): Promise<ReconcileAlertResult> {
  const control = buildControlPlane(ctx.config, ctx.wiring, 'local');
  const data = await buildDataPlane(ctx.config, ctx.wiring);
  return runReconcileWithAlerts(
    {
      runLog: data.runLog,
      queue: data.queue,
      decisions: control.decisions,
      incidents: control.incidents,
      notifier: control.notifier,
      log: ctx.log,
      redact: ctx.redact,
    },
    reconcileOptionsFrom(ctx.config, {
      now: ctx.now(),
      runId: ctx.runId,
      traceId: ctx.traceId,
      by: ctx.args.flags.by,
    }),
  );
}

export function describeReconcile(result: ReconcileAlertResult): string {
  const m = result.metrics;
  const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
  return [
    `Reconcile: ${result.recommendation.decision} (${result.recommendation.code})${result.decisionChanged ? ' (changed)' : ''} — ${result.recommendation.reason}`,
    `  ${m.processed} processed, pass ${pct(m.passRate)}, system failures ${pct(m.failureRate)}, ` +
      `blocked ${pct(m.blockRate)} (${m.openBlocks} open, ${m.recovered} recovered), ${m.retries} retries, ` +
      `${m.tokensIn}/${m.tokensOut} tokens, $${m.costUsd.toFixed(4)}, p50 ${m.p50DurationMs ?? '–'} ms, p95 ${m.p95DurationMs ?? '–'} ms`,
    ...result.needHuman.map((n) => `  needs a human: row ${n.row} ${n.id} (${n.status}) — ${n.reason}`),
  ].join('\n');
}

export async function reconcileCommand(ctx: CliContext): Promise<number> {
  const result = await reconcileOnce(ctx);
  ctx.say(describeReconcile(result));
  ctx.result(result);
  return 0;
}
