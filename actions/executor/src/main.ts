// executor: claim eligible rows, write or load each article, check it, and
// publish it (draft in review mode, live in publish mode) — idempotently.
import { existsSync } from 'node:fs';
// Each import names its module, not the core's index: the bundle loads what
// this action uses, and the backends' adapters only when configured.
import { runUsage } from '@autopilot/core/domain/run-usage';
import { abortOnSignals, runAction } from '@autopilot/core/host/action';
import { executorSummary } from '@autopilot/core/host/summaries';
import * as core from '@autopilot/core/host/toolkit';
import { executorNotification } from '@autopilot/core/services/executor/notification';
import { runExecutor } from '@autopilot/core/services/executor/run';
import { emitRunMetrics } from '@autopilot/core/services/run-metrics';
import { buildBackends } from '@autopilot/core/wiring/backends';
import { buildNotifier } from '@autopilot/core/wiring/notifier';
import { executorOptionsFrom } from '@autopilot/core/wiring/options';
import { statePaths } from '@autopilot/core/wiring/paths';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const paths = statePaths(config.state);
    const backends = await buildBackends(config, { paths, log, redact, env, controlPlane: 'actions' });
    if (backends.queueBackend === 'local' && !existsSync(paths.queue)) {
      // A misconfigured repository must not look healthy: say where the queue was expected.
      log.warn(`no queue: ${paths.queue} does not exist and queue-backend is local; nothing to do`);
    }
    const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
    // Cancelling the workflow sends SIGINT, then SIGTERM: stop claiming, finish what is in flight.
    const cancel = abortOnSignals({ log });
    const result = await runExecutor(
      { ...backends.executorDeps, log, now: () => new Date(), random: Math.random },
      {
        ...executorOptionsFrom(config, {
          mode: config.mode,
          runId,
          traceId,
          owner: `actions:${runId}`,
          control: backends.control,
        }),
        signal: cancel.signal,
      },
    ).finally(cancel.dispose);
    for (const item of result.items) {
      const properties = { title: `${item.item_id} (row ${item.row})` };
      if (item.outcome === 'failed') core.error(redact(item.message), properties);
      if (item.outcome === 'blocked') core.warning(redact(item.message), properties);
    }
    const usage = runUsage(result.items);
    for (const [name, value] of Object.entries({
      mode: result.mode,
      processed: result.counts.processed,
      published: result.counts.published,
      drafted: result.counts.drafted,
      blocked: result.counts.blocked,
      failed: result.counts.failed,
      retried: result.counts.retry,
      conclusion: result.conclusion,
      // The run's LLM usage, summed over its items.
      tokens: usage.tokens_in + usage.tokens_out,
      'cost-usd': usage.cost_usd.toFixed(6),
    })) {
      output(name, value);
    }
    await core.summary.addRaw(redact(executorSummary(result, backends.describe))).write();
    const runUrl = env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
    const metrics = await emitRunMetrics(
      { result, services: backends.stats(), queueRows: await backends.queue.list(), traceId },
      { metricsFile: config.metricsFile, env, redact, log },
    );
    if (metrics.file) output('metrics-file', metrics.file);
    const notification = executorNotification(result, { traceId, outputsUri: runUrl });
    if (notification) {
      const sent = await buildNotifier(config, { paths, log, redact, env }, false).notify(notification);
      if (!sent.delivered) log.warn(`notification not delivered: ${sent.error ?? 'no target'}`);
    }
    if (result.conclusion === 'failure') {
      const stopped = result.errors?.length ? `${result.errors.join('; ')}; ` : '';
      core.setFailed(
        redact(`${stopped}${result.counts.failed} failed and ${result.counts.retry} to retry: see the summary`),
      );
    }
  });
}
