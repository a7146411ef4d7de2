// reconcile: turn the run log into numbers and a recommendation
// (continue_publish / review_only / pause_and_review / no_data, with a reason
// code that tells system failures from content blocks), list what needs a
// human, and keep the decision log — the pipeline's memory.
import { runAction } from '@autopilot/core/host/action';
import { reconcileSummary } from '@autopilot/core/host/summaries';
import * as core from '@autopilot/core/host/toolkit';
import { runReconcileWithAlerts } from '@autopilot/core/services/reconcile-alerts';
import { buildGitHubControlPlane } from '@autopilot/core/wiring/control-plane-github';
import { buildQueuePlane } from '@autopilot/core/wiring/data-plane';
import { reconcileOptionsFrom } from '@autopilot/core/wiring/options';
import { statePaths } from '@autopilot/core/wiring/paths';
import { INPUTS } from './inputs';

export async function run(): Promise<void> {
  await runAction(INPUTS, async ({ config, log, redact, env, output, traceId }) => {
    const paths = statePaths(config.state);
    // 'actions': with no sheets-id, the queue is queue.csv on the state branch (a fresh checkout has no local state).
    const ctx = { paths, log, redact, env, controlPlane: 'actions' as const };
    const control = buildGitHubControlPlane(config, ctx);
    const data = await buildQueuePlane(config, ctx);
    const result = await runReconcileWithAlerts(
      {
        runLog: data.runLog,
        queue: data.queue,
        decisions: control.decisions,
        incidents: control.incidents,
        notifier: control.notifier,
        log,
        redact,
      },
      reconcileOptionsFrom(config, { now: new Date(), runId: env.GITHUB_RUN_ID, traceId, runUrl: runUrlOf(env) }),
    );
    const m = result.metrics;
    output('decision', result.recommendation.decision);
    output('reason', result.recommendation.reason);
    output('reason-code', result.recommendation.code);
    output('changed', result.decisionChanged);
    output('processed', m.processed);
    output('failure-rate', m.failureRate ?? '');
    output('block-rate', m.blockRate ?? '');
    output('cost-usd', m.costUsd.toFixed(4));
    output('need-human', result.needHuman.length);
    if (result.recommendation.decision === 'pause_and_review') core.warning(redact(result.recommendation.reason));
    // Content blocks do not stop publishing, but a person has to look at the drafts.
    if (result.recommendation.code === 'content_needs_human') core.notice(redact(result.recommendation.reason));
    await core.summary.addRaw(redact(reconcileSummary(result))).write();
  });
}

/** The run's page, for the cost-budget incident (GitHub Actions only). */
function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return undefined;
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
